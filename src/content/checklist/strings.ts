/** The English interface strings of `<pushup-form-checklist>`. */
import type { CommonStringKey, ElementStrings } from '../types.js';

export const checklistStrings: Omit<ElementStrings<'checklist'>, CommonStringKey> = {
  checklistHeading: 'Push-up form checklist',
  checklistProgress: '{checked} of {total} checked',
  checklistComplete: 'Every cue checked. Nice, careful work.',
  checklistReset: 'Clear all ticks',
  checklistWhy: 'Why it matters',
  checklistMistake: 'Mistake it prevents:',
  checklistForVariation: 'Cues for the {variation}',
  checklistDo: 'Do',
  checklistAvoid: 'Avoid',
};

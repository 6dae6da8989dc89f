/**
 * The English content `<pushup-form-checklist>` shows: its phases and cues whole
 * (`cues.ts`), each variation by name (for "Cues for the …" and for checking the
 * `variation` id), the references, and its own interface strings (`strings.ts`) with the
 * common ones. The names, references and common strings are in `../shared/`, as the other
 * elements show them too. The element loads this module, not the whole English.
 */
import { cues, phases } from './cues.js';
import { variationNames } from '../shared/variation-names.js';
import { references } from '../shared/references.js';
import { checklistStrings } from './strings.js';
import { commonStrings } from '../shared/strings.js';
import type { ChecklistContent, ContentShape } from '../types.js';

export const checklistShape = {
  references: 'all',
  phases: 'all',
  cues: 'all',
  variations: ['id', 'name'],
} as const satisfies ContentShape;

export const enChecklist: ChecklistContent = {
  locale: 'en',
  strings: { ...commonStrings, ...checklistStrings },
  references,
  phases,
  cues,
  variations: variationNames,
};

/**
 * Each variation's name, easiest-first as the cards list them: the part of a variation
 * that `<pushup-form-checklist>` ("Key cues: Knee push-up") and `<back-pain-quiz>` (easier
 * variations to try) show, so they load this and not the rest. `../card/variations.ts`
 * holds the rest of each variation under the same id.
 */
import type { VariationName } from '../types.js';

export const variationNames: readonly VariationName[] = [
  { id: 'plank', name: 'Forearm plank' },
  { id: 'knee', name: 'Knee push-up' },
  { id: 'standard', name: 'Standard push-up' },
  { id: 'diamond', name: 'Diamond push-up' },
  { id: 'deficit', name: 'Deficit (deep) push-up' },
  { id: 'weighted', name: 'Weighted push-up' },
  { id: 'forward', name: 'Forward-hands push-up' },
  { id: 'backward', name: 'Backward-hands push-up' },
];

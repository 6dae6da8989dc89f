/**
 * The English content `<variation-risk-card>` shows: the variations whole
 * (`variations.ts`), each cue by its text (a variation's key cues), the references, and its
 * own interface strings (`strings.ts`) with the common ones. The cue texts, references and
 * common strings are in `../shared/`, as the other elements show them too. The element
 * loads this module, not the whole English.
 */
import { cueTexts } from '../shared/cue-texts.js';
import { references } from '../shared/references.js';
import { cardStrings } from './strings.js';
import { commonStrings } from '../shared/strings.js';
import type { CardContent, ContentShape } from '../types.js';
import { variations } from './variations.js';

export const cardShape = {
  references: 'all',
  cues: ['id', 'text'],
  variations: 'all',
} as const satisfies ContentShape;

export const enCard: CardContent = {
  locale: 'en',
  strings: { ...commonStrings, ...cardStrings },
  references,
  cues: cueTexts,
  variations,
};

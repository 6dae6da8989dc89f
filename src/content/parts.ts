/**
 * The parts of the English collections that an element needs without the rest: a cue's
 * text (for the card and the quiz) and a variation's name (for the checklist and the
 * quiz). Derived here from the whole collections, which stay the one place content is
 * written. The package build turns this module into plain data and builds `cues.js` and
 * `variations.js` from these parts plus the other fields, so an element that imports a
 * part does not load the rest, and a page that loads both loads each text once (see
 * `scripts/split-content.mjs`).
 */
import { cues } from './cues.js';
import type { CueText, VariationName } from './types.js';
import { variations } from './variations.js';

export const cueTexts: readonly CueText[] = cues.map(({ id, text }) => ({ id, text }));

export const variationNames: readonly VariationName[] = variations.map(({ id, name }) => ({ id, name }));

/**
 * The built-in English content every element needs: interface strings, references, the
 * checklist's phases and cues, and the variations. The quiz's questions and outcomes are
 * left out (see `en.ts`), so an element that does not ask them does not load them.
 */
import { cues, phases } from './cues.js';
import { references } from './references.js';
import { strings } from './strings.js';
import type { Content, LocaleStrings } from './types.js';
import { variations } from './variations.js';

export const enCore: Content = {
  locale: 'en',
  strings,
  references,
  phases,
  cues,
  variations,
  questions: [],
  outcomes: [],
};

/** Every interface string a locale must provide. */
export const uiStringKeys = Object.keys(strings) as (keyof LocaleStrings)[];

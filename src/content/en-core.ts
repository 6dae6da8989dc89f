/**
 * The built-in English content but the quiz's: every interface string, the references,
 * the phases and cues, and the variations; `en.ts` adds the questions and outcomes. The
 * elements load neither: each loads the part it shows (`checklist/content.ts`,
 * `card/content.ts`, `quiz/content.ts`).
 */
import { cues, phases } from './checklist/cues.js';
import { references } from './shared/references.js';
import { strings } from './strings.js';
import type { Content, LocaleStrings } from './types.js';
import { variations } from './card/variations.js';

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

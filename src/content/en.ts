/** The built-in English content: the base every locale and override is merged over. */
import { cues, phases } from './cues.js';
import { outcomes, questions } from './quiz.js';
import { references } from './references.js';
import { strings } from './strings.js';
import type { Content, LocaleStrings } from './types.js';
import { variations } from './variations.js';

export const en: Content = {
  locale: 'en',
  strings,
  references,
  phases,
  cues,
  variations,
  questions,
  outcomes,
};

/** Every interface string a locale must provide. */
export const uiStringKeys = Object.keys(strings) as (keyof LocaleStrings)[];

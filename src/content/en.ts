/**
 * The whole built-in English content, put together from the parts each element shows
 * (`checklist/`, `card/`, `quiz/` and `shared/`): every interface string, the references,
 * the phases and cues, the variations, and the quiz's questions and outcomes. It is what a
 * translation is checked against. The elements load none of this module: each loads the
 * part it shows (`checklist/content.ts`, `card/content.ts`, `quiz/content.ts`).
 */
import { cues, phases } from './checklist/cues.js';
import { references } from './shared/references.js';
import { cardStrings } from './card/strings.js';
import { checklistStrings } from './checklist/strings.js';
import { commonStrings } from './shared/strings.js';
import { quizStrings } from './quiz/strings.js';
import type { Content, LocaleStrings } from './types.js';
import { variations } from './card/variations.js';
import { outcomes, questions } from './quiz/questions.js';

/** Every interface string, as a translation must give them. */
export const strings: LocaleStrings = { ...commonStrings, ...checklistStrings, ...quizStrings, ...cardStrings };

/** The built-in English content but the quiz's: `en` without the questions and outcomes. */
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

/** The whole built-in English content: the core, plus the quiz's questions and outcomes. */
export const en: Content = { ...enCore, questions, outcomes };

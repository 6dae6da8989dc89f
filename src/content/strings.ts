/**
 * The English interface strings: buttons, headings, progress. Each element's are a module
 * of their own, so an element loads only its own strings and the common ones.
 */
import { cardStrings } from './card/strings.js';
import { checklistStrings } from './checklist/strings.js';
import { commonStrings } from './shared/strings.js';
import { quizStrings } from './quiz/strings.js';
import type { LocaleStrings } from './types.js';

export { cardStrings, checklistStrings, commonStrings, quizStrings };

/** Every interface string, as a translation must give them. */
export const strings: LocaleStrings = { ...commonStrings, ...checklistStrings, ...quizStrings, ...cardStrings };

/**
 * The content module: typed, sourced content for every element, and the functions that
 * merge, validate and localize it. No DOM: usable in Node (`pushup-widgets/content.js`).
 * `README.md` beside it says which file holds each text.
 */
export type * from './types.js';
export { en, enCore, uiStringKeys } from './en.js';
export { enChecklist, checklistShape } from './checklist/content.js';
export { enCard, cardShape } from './card/content.js';
export { enQuiz, quizShape } from './quiz/content.js';
export { references } from './shared/references.js';
export { cues, phases } from './checklist/cues.js';
export { variations } from './card/variations.js';
export { questions, outcomes } from './quiz/questions.js';
export { formatString } from './registry/format.js';
export { mergeContent } from './registry/merge.js';
export { validateContent, isWebAddress, ID_PATTERN } from './registry/validate.js';
export { weakenedRedFlags } from './registry/safety.js';
export {
  loadContentCheck,
  loadLocale,
  matchLocale,
  needsLoading,
  onContentChange,
  registerContent,
  registerLocale,
  resetRegisteredContent,
  resolveContent,
  type LocaleSource,
  type ResolvedContent,
} from './registry/registry.js';

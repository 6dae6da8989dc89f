/**
 * `pushup-widgets`: registers every element and exports the element classes, the
 * content module and every public type. Import a single tag's entry instead
 * (`pushup-widgets/pushup-form-checklist.js`) to load only what it needs.
 */
// Content first: its text sits together in the bundle, which gzip compresses best. The
// validator is left to `pushup-widgets/content.js`: here it loads only when a page
// supplies content (see `loadContentCheck`).
export type * from './content/types.js';
export { en, enCore, uiStringKeys } from './content/en.js';
export { enChecklist, checklistShape } from './content/checklist/content.js';
export { enCard, cardShape } from './content/card/content.js';
export { enQuiz, quizShape } from './content/quiz/content.js';
export { references } from './content/shared/references.js';
export { cues, phases } from './content/checklist/cues.js';
export { variations } from './content/card/variations.js';
export { questions, outcomes } from './content/quiz/questions.js';
export { formatString } from './content/registry/format.js';
export { mergeContent } from './content/registry/merge.js';
export { isWebAddress, ID_PATTERN } from './content/registry/patterns.js';
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
} from './content/registry/registry.js';
export * from './quiz/index.js';
export * from './pushup-form-checklist.js';
export * from './back-pain-quiz.js';
export * from './variation-risk-card.js';
export type { PushupEventMap, PushupEventDetail } from './shared/events.js';
export { PushupElement } from './shared/pushup-element.js';
export { STORAGE_PREFIX } from './shared/persist-controller.js';
export { configure, type PageSettings } from './shared/page-settings.js';

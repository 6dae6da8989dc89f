/**
 * `pushup-widgets`: registers every element and exports the element classes, the
 * content module and every public type. Import a single tag's entry instead
 * (`pushup-widgets/pushup-form-checklist.js`) to load only what it needs.
 */
// Content first: its text sits together in the bundle, which gzip compresses best.
export * from './content/index.js';
export * from './quiz/index.js';
export * from './pushup-form-checklist.js';
export * from './back-pain-quiz.js';
export * from './variation-risk-card.js';
export type { PushupEventMap, PushupEventDetail } from './shared/events.js';
export { PushupElement } from './shared/pushup-element.js';
export { STORAGE_PREFIX } from './shared/persist-controller.js';

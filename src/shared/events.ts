/**
 * Every event the elements fire, with its `detail`. Declared in `GlobalEventHandlersEventMap`,
 * so a listener on the element, the document or the window is typed:
 * `document.addEventListener('pushup-quiz-complete', (e) => e.detail.triage)`.
 * Details carry ids and counts only, never free text a person typed.
 */
import type { Triage } from '../content/types.js';

/** `pushup-checklist-change`: a cue was ticked or unticked, or the list was reset. */
export interface ChecklistChangeDetail {
  /** Ids of the checked cues, in checklist order. */
  checked: string[];
  /** How many cues the checklist shows. */
  total: number;
  /** Whether every cue is checked. */
  complete: boolean;
}

/** `pushup-checklist-complete`: the last unchecked cue was ticked. */
export interface ChecklistCompleteDetail {
  checked: string[];
  total: number;
}

/** `pushup-variation-select`: an easier or harder neighbour was chosen on a variation card. */
export interface VariationSelectDetail {
  /** Id of the chosen variation. */
  variation: string;
  /** Id of the variation the card showed when it was chosen. */
  from: string;
}

/** `pushup-quiz-answer`: the reader accepted a step of the self-check with Next. */
export interface QuizAnswerDetail {
  /** Id of the question answered. */
  questionId: string;
  /** The chosen answer id for a single-choice question; the chosen ids, in content order, for a multiple-choice one. */
  answer: string | string[];
}

/** `pushup-quiz-complete`: the self-check reached a result. */
export interface QuizCompleteDetail {
  /** How urgent the result is: `emergency`, `see-doctor` or `self-care`. */
  triage: Triage;
  /** Ids of the outcomes shown: referrals first, then likely causes, most likely first. */
  outcomeIds: string[];
}

/** `pushup-quiz-restart`: the self-check was cleared to start again. Carries nothing. */
export type QuizRestartDetail = Record<string, never>;

/** Every event of the library, by name. */
export interface PushupEventMap {
  'pushup-checklist-change': CustomEvent<ChecklistChangeDetail>;
  'pushup-checklist-complete': CustomEvent<ChecklistCompleteDetail>;
  'pushup-quiz-answer': CustomEvent<QuizAnswerDetail>;
  'pushup-quiz-complete': CustomEvent<QuizCompleteDetail>;
  'pushup-quiz-restart': CustomEvent<QuizRestartDetail>;
  /** Cancelable: a page that calls `preventDefault()` keeps the card as it is. */
  'pushup-variation-select': CustomEvent<VariationSelectDetail>;
}

/** The `detail` type of a library event. */
export type PushupEventDetail<K extends keyof PushupEventMap> =
  PushupEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // The events bubble and are composed: they reach the document and the window too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PushupEventMap {}
}

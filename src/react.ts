/**
 * `pushup-widgets/react`: React components for the three elements, made with `@lit/react`.
 *
 * React 19 needs none of this: it sets properties and takes `onpushup-*` listeners on the
 * tags themselves (see `pushup-widgets/custom-elements-jsx`). These wrappers are for
 * React 18, which passes only strings as attributes and ignores custom events, and for
 * React server rendering (Next.js), where a tag's array props and `on*` listeners are not
 * applied after hydration. Each wrapper sets every prop as a property on the element and
 * adds each `on…` handler as an event listener, typed with the event's `detail`:
 *
 * ```tsx
 * <PushupFormChecklist persist onChecklistChange={(e) => setDone(e.detail.checked)} />
 * ```
 *
 * Importing this module registers the three elements; `react` is an optional peer
 * dependency of the package, needed only here. The built `dist/react.js` opens with
 * `'use client'` (see `rollup.config.ts`), so a React Server Component can import it.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { BackPainQuiz as BackPainQuizElement } from './back-pain-quiz.js';
import { PushupFormChecklist as PushupFormChecklistElement } from './pushup-form-checklist.js';
import type { PushupEventMap } from './shared/events.js';
import { VariationRiskCard as VariationRiskCardElement } from './variation-risk-card.js';

/** The event name, typed with its event, so the handler prop gets the right `detail`. */
const event = <K extends keyof PushupEventMap>(name: K) => name as EventName<PushupEventMap[K]>;

/** `<pushup-form-checklist>`; `onChecklistChange` and `onChecklistComplete` take its events. */
export const PushupFormChecklist = createComponent({
  react: React,
  tagName: 'pushup-form-checklist',
  elementClass: PushupFormChecklistElement,
  displayName: 'PushupFormChecklist',
  events: {
    onChecklistChange: event('pushup-checklist-change'),
    onChecklistComplete: event('pushup-checklist-complete'),
  },
});

/** `<back-pain-quiz>`; `onQuizAnswer`, `onQuizComplete` and `onQuizRestart` take its events. */
export const BackPainQuiz = createComponent({
  react: React,
  tagName: 'back-pain-quiz',
  elementClass: BackPainQuizElement,
  displayName: 'BackPainQuiz',
  events: {
    onQuizAnswer: event('pushup-quiz-answer'),
    onQuizComplete: event('pushup-quiz-complete'),
    onQuizRestart: event('pushup-quiz-restart'),
  },
});

/** `<variation-risk-card>`; `onVariationSelect` takes its cancelable event. */
export const VariationRiskCard = createComponent({
  react: React,
  tagName: 'variation-risk-card',
  elementClass: VariationRiskCardElement,
  displayName: 'VariationRiskCard',
  events: {
    onVariationSelect: event('pushup-variation-select'),
  },
});

export type {
  ChecklistChangeDetail,
  ChecklistCompleteDetail,
  PushupEventDetail,
  PushupEventMap,
  QuizAnswerDetail,
  QuizCompleteDetail,
  QuizRestartDetail,
  VariationSelectDetail,
} from './shared/events.js';

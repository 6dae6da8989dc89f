/**
 * The English content `<back-pain-quiz>` shows: its questions and outcomes whole
 * (`questions.ts`), the cues and variations a result names (by text and by name; each
 * suggested variation is a `<variation-risk-card>` with content of its own), the
 * references, and its own interface strings (`strings.ts`) with the common ones. The cue
 * texts, variation names, references and common strings are in `../shared/`, as the other
 * elements show them too. The element loads this module, not the whole English.
 */
import { cueTexts } from '../shared/cue-texts.js';
import { variationNames } from '../shared/variation-names.js';
import { outcomes, questions } from './questions.js';
import { references } from '../shared/references.js';
import { quizStrings } from './strings.js';
import { commonStrings } from '../shared/strings.js';
import type { ContentShape, QuizElementContent } from '../types.js';

export const quizShape = {
  references: 'all',
  cues: ['id', 'text'],
  variations: ['id', 'name'],
  questions: 'all',
  outcomes: 'all',
} as const satisfies ContentShape;

export const enQuiz: QuizElementContent = {
  locale: 'en',
  strings: { ...commonStrings, ...quizStrings },
  references,
  cues: cueTexts,
  variations: variationNames,
  questions,
  outcomes,
};

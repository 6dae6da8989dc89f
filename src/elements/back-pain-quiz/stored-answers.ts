/**
 * What `<back-pain-quiz>` keeps with `persist`: the accepted answers, which are health
 * data, so they expire; and how they are read back, since anything in storage may be
 * corrupt or written for other content.
 */
import type { QuizElementContent } from '../../content/types.js';
import { sanitizeAnswers, type QuizAnswers } from '../../quiz/engine.js';

/** An hour in milliseconds: the unit of `persist-hours`. */
export const HOUR = 3_600_000;

/** How long stored answers last by default: health data is not kept past a day. */
export const DEFAULT_PERSIST_HOURS = 24;

/**
 * Stored answers are a record of answer-id lists; anything else is corrupt. A record none
 * of whose answers stands against the current content is corrupt too, not "nothing yet".
 */
export function parseStoredAnswers(content: QuizElementContent, stored: unknown): QuizAnswers | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const answers = sanitizeAnswers(content, stored);
  if (Object.keys(stored).length > 0 && Object.keys(answers).length === 0) return undefined;
  return answers;
}

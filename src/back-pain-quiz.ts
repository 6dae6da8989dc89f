/**
 * Registers `<back-pain-quiz>`. Importing this file is the only side effect;
 * a tag already defined (the bundle loaded twice) is left as it is.
 */
import { BackPainQuiz } from './elements/back-pain-quiz/back-pain-quiz.js';

export { BackPainQuiz };
export type { QuizAnswerDetail, QuizCompleteDetail, QuizRestartDetail } from './shared/events.js';
export type { QuizAnswers } from './quiz/engine.js';

BackPainQuiz.define('back-pain-quiz');

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-quiz': BackPainQuiz;
  }
}

/** The self-check's engine: pure functions from content and answers to steps and outcomes. */
export {
  MAX_CAUSES,
  nextQuestion,
  outcomeFor,
  progress,
  sanitizeAnswers,
  selectAnswer,
  validateAnswer,
  visibleQuestions,
  type AnswerProblem,
  type AnswerValidity,
  type QuizAnswers,
  type QuizContent,
  type QuizOutcome,
  type QuizProgress,
} from './engine.js';

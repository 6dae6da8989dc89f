/**
 * Where the reader of `<back-pain-quiz>` is: the path through the questions that the
 * answers given so far take, the question on screen, the result once no question is left,
 * and where accepting a step leads. Pure functions of the content and the answers; the
 * element keeps the state and derives its view from them once per update.
 */
import type { Id, Question, QuizElementContent } from '../../content/types.js';
import {
  nextQuestion,
  outcomeFor,
  validateAnswer,
  visibleQuestions,
  type QuizAnswers,
  type QuizOutcome,
} from '../../quiz/engine.js';
import type { AnsweredStep } from './quiz-result.js';

/** What one update shows, derived once from the content and the answers. */
export interface QuizView {
  answers: QuizAnswers;
  /** The questions this path shows, in order. */
  path: readonly Question[];
  /** The question on screen, if any. */
  question?: Question;
  /** The result, once no question is left to show. */
  outcome?: QuizOutcome;
}

/**
 * The path, the question on screen (`stepId`, the one the reader went back to, else the
 * first unanswered) and the result once no question is left.
 */
export function deriveView(content: QuizElementContent, answers: QuizAnswers, stepId: Id | null): QuizView {
  const path = visibleQuestions(content, answers);
  const visited = stepId ? path.find((each) => each.id === stepId) : undefined;
  const question = visited ?? nextQuestion(content, answers);
  return { answers, path, question, outcome: question ? undefined : outcomeFor(content, answers) };
}

/** The question after `question` on the path `answers` take; none when `question` is the last. */
export function stepAfter(content: QuizElementContent, answers: QuizAnswers, question: Question): Question | undefined {
  const path = visibleQuestions(content, answers);
  return path[path.findIndex((each) => each.id === question.id) + 1];
}

/** Whether accepting `selection` for `question` ends the quiz, so Next reads "See result". */
export function endsQuiz(
  content: QuizElementContent,
  given: QuizAnswers,
  question: Question,
  selection: readonly Id[],
): boolean {
  const accepted = validateAnswer(question, selection).valid;
  const answers = accepted ? { ...given, [question.id]: selection } : given;
  const path = visibleQuestions(content, answers);
  return path[path.length - 1]?.id === question.id;
}

/** Every step answered on this path, with its answers in plain words, for the summary. */
export function answeredSteps({ path, answers }: QuizView): AnsweredStep[] {
  return path.flatMap((question) => {
    const ids = answers[question.id];
    return ids ? [{ question, answers: question.answers.filter((answer) => ids.includes(answer.id)) }] : [];
  });
}

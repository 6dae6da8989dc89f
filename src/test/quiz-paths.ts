/** Paths through the self-check that several test files walk, as answer ids by question id. */
import type { Id, Question } from '../content/types.js';
import { nextQuestion, outcomeFor, type QuizAnswers, type QuizContent } from '../quiz/engine.js';

/** "None of these" to every red flag, and 16 or over: the way to where, when and how it hurts. */
export const calmFlags: Readonly<Record<string, string[]>> = {
  'emergency-symptoms': ['none'],
  'chest-symptoms': ['none'],
  'urgent-symptoms': ['none'],
  'health-history': ['none'],
  age: ['16-or-over'],
  'see-someone-soon': ['none'],
};

/**
 * Every valid selection for `question`, in content order: each answer of a single-choice
 * question; for a multiple-choice one, every non-empty subset of its non-exclusive answers,
 * then each exclusive answer alone.
 */
export function selectionsFor(question: Question): Id[][] {
  if (question.kind === 'single') return question.answers.map((answer) => [answer.id]);
  const free = question.answers.filter((answer) => !answer.exclusive);
  const selections: Id[][] = [];
  for (let mask = 1; mask < 2 ** free.length; mask += 1) {
    selections.push(free.filter((_, index) => mask & (2 ** index)).map((answer) => answer.id));
  }
  for (const answer of question.answers.filter((each) => each.exclusive)) selections.push([answer.id]);
  return selections;
}

/**
 * Every complete path that ends in an emergency result: each question answered with every
 * selection it allows, in the order the engine asks them (`nextQuestion`), as
 * `npm run audit:triage` walks them. A path stops being followed once every question
 * with an emergency sign is answered without one: an emergency needs an emergency sign, and
 * one ends the quiz (the triage invariants hold both on every path).
 */
export function emergencyPaths(content: QuizContent): QuizAnswers[] {
  const emergencyQuestions = content.questions
    .filter((question) => question.answers.some((answer) => answer.redFlag?.triage === 'emergency'))
    .map((question) => question.id);
  const paths: QuizAnswers[] = [];
  const walk = (answers: QuizAnswers): void => {
    const question = nextQuestion(content, answers);
    if (!question) {
      if (outcomeFor(content, answers)?.triage === 'emergency') paths.push(answers);
      return;
    }
    if (emergencyQuestions.every((id) => id in answers)) return;
    for (const selection of selectionsFor(question)) walk({ ...answers, [question.id]: selection });
  };
  walk({});
  return paths;
}

/**
 * Type checks, run by `tsc` in `npm run lint`: a page's TypeScript gets typed event
 * details on the element, the document and the window, and typed content and answers.
 * A regression here fails the lint, not a browser test.
 */
import type { BackPainQuiz } from '../elements/back-pain-quiz/back-pain-quiz.js';
import type { Triage } from '../content/types.js';

document.addEventListener('pushup-quiz-complete', (event) => {
  const triage: Triage = event.detail.triage;
  const ids: string[] = event.detail.outcomeIds;
  return [triage, ids];
});
window.addEventListener('pushup-checklist-change', (event) => event.detail.complete satisfies boolean);

export function typedProperties(quiz: BackPainQuiz): void {
  quiz.addEventListener('pushup-variation-select', (event) => event.detail.variation satisfies string);
  quiz.content = { strings: { quizNext: 'Onward' } };
  // @ts-expect-error: a misspelt string key is caught.
  quiz.content = { strings: { quizNxet: 'Onward' } };
  const where: readonly string[] | undefined = quiz.answers.where;
  void where;
}

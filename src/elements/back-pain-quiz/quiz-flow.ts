/**
 * The reader's way through `<back-pain-quiz>`: the accepted answers, the step on screen,
 * the choices made but not accepted yet, and why Next could not go on. Each change asks
 * the quiz to update; the view it shows is derived from this once per update
 * (`quiz-path.ts`). Events, storage and focus stay with the element.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Id, Question, QuizElementContent } from '../../content/types.js';
import { outcomeFor, sanitizeAnswers, selectAnswer, validateAnswer } from '../../quiz/engine.js';
import type { AnswerProblem, QuizAnswers, QuizOutcome } from '../../quiz/engine.js';
import { deriveView, stepAfter, type QuizView } from './quiz-path.js';

/** A step Next accepted: every answer now, the step's own, and the result when it was the last. */
export interface AcceptedStep {
  answers: QuizAnswers;
  selection: readonly Id[];
  outcome?: QuizOutcome;
}

export class QuizFlow {
  readonly #host: ReactiveControllerHost;
  readonly #content: () => QuizElementContent;
  /** The answers as given (by the reader, a page or storage); read through `answers`. */
  #given: unknown = {};
  /** The question the reader went back to; `null` follows the first unanswered one. */
  #stepId: Id | null = null;
  /** Selections the reader made but Next has not accepted yet, by question id; Back keeps them. */
  #drafts: Readonly<Record<Id, readonly Id[]>> = {};
  #problem?: AnswerProblem;

  constructor(host: ReactiveControllerHost, content: () => QuizElementContent) {
    this.#host = host;
    this.#content = content;
  }

  /** The accepted answers that count against the content: see `sanitizeAnswers()`. */
  get answers(): QuizAnswers {
    return sanitizeAnswers(this.#content(), this.#given);
  }

  /** Why Next could not go on, shown until the selection is complete. */
  get problem(): AnswerProblem | undefined {
    return this.#problem;
  }

  /** Answers from outside (a page, storage, another tab): shows where they lead, with no half-made choices left over. */
  reset(given: unknown): void {
    this.#given = given;
    this.#stepId = null;
    this.#drafts = {};
    this.#problem = undefined;
    this.#host.requestUpdate();
  }

  /** What to show: the path, the question on screen, or the result. */
  view(): QuizView {
    return deriveView(this.#content(), this.answers, this.#stepId);
  }

  /** The choices shown for `question`: the reader's unaccepted ones, else the accepted ones. */
  selectionFor(question: Question, answers: QuizAnswers = this.answers): readonly Id[] {
    return this.#drafts[question.id] ?? answers[question.id] ?? [];
  }

  /** The reader ticked or unticked `answerId`. */
  choose(question: Question, answerId: Id, selected: boolean): void {
    const selection = selectAnswer(question, this.selectionFor(question), answerId, selected);
    this.#drafts = { ...this.#drafts, [question.id]: selection };
    if (this.#problem && validateAnswer(question, selection).valid) this.#problem = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Next: accepts the step's selection and moves on, keeping the reader's unaccepted
   * choices on other steps. An incomplete selection stays, with the `problem` to show;
   * `undefined` then.
   */
  next(question: Question): AcceptedStep | undefined {
    const selection = this.selectionFor(question);
    const validity = validateAnswer(question, selection);
    this.#host.requestUpdate();
    if (!validity.valid) {
      this.#problem = validity.problem;
      return undefined;
    }
    const content = this.#content();
    this.#given = { ...this.answers, [question.id]: selection };
    const { [question.id]: _accepted, ...drafts } = this.#drafts;
    this.#drafts = drafts;
    this.#problem = undefined;
    const answers = this.answers;
    const next = stepAfter(content, answers, question);
    this.#stepId = next?.id ?? null;
    return { answers, selection, outcome: next ? undefined : outcomeFor(content, answers) };
  }

  /** Back to `previous`, with its answers as they were. */
  back(previous: Question): void {
    this.#stepId = previous.id;
    this.#problem = undefined;
    this.#host.requestUpdate();
  }
}

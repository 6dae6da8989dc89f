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
import { describeValue, type HeadingLevel } from '../../shared/property-values.js';
import { deriveView, endsQuiz, stepAfter, type QuizView } from './quiz-path.js';
import type { StepView } from './quiz-step.js';

/** A step Next accepted: every answer now, the step's own, and the result when it was the last. */
export interface AcceptedStep {
  answers: QuizAnswers;
  selection: readonly Id[];
  outcome?: QuizOutcome;
}

/** What the element does when the reader moves: it saves and tells the page, and moves focus. */
export interface StepHooks {
  /** Next accepted `question`'s step. */
  accepted(question: Question, step: AcceptedStep): void;
  /** Focus the new step's heading, or the answers when Next found something missing. */
  focus(target: 'step' | 'first-answer'): void;
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

  /**
   * Answers a page sets (`answers`): a record, `null` or `undefined` shows where it leads;
   * anything else (text, a number, a list, `true`) is refused, with the problem to warn
   * about, and the reader's answers stay.
   */
  set(given: unknown): string | undefined {
    if (given === null || given === undefined || (typeof given === 'object' && !Array.isArray(given))) {
      this.reset(given);
      return undefined;
    }
    return `answers: ${describeValue(given)} is not a record of answer ids by question id, so the answers given so far stay.`;
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

  /**
   * What `renderStep()` needs to show `question` in `view`, its callbacks wired to this
   * flow: Next accepts the step and hands it to the element, or asks for focus on the
   * answers when something is missing; Back goes back and asks for the step's heading.
   */
  step(question: Question, view: QuizView, level: HeadingLevel, hooks: StepHooks): StepView {
    const content = this.#content();
    const selection = this.selectionFor(question, view.answers);
    return {
      strings: content.strings,
      level,
      question,
      path: view.path,
      selection,
      problem: this.#problem,
      last: endsQuiz(content, view.answers, question, selection),
      onChoose: (answerId, checked) => this.choose(question, answerId, checked),
      onNext: (event) => {
        event.preventDefault();
        const accepted = this.next(question);
        if (accepted) hooks.accepted(question, accepted);
        else hooks.focus('first-answer');
      },
      onBack: (previous) => {
        this.back(previous);
        hooks.focus('step');
      },
    };
  }

  /** Back to `previous`, with its answers as they were. */
  back(previous: Question): void {
    this.#stepId = previous.id;
    this.#problem = undefined;
    this.#host.requestUpdate();
  }
}

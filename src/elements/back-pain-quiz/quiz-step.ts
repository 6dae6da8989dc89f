/**
 * The templates of `<back-pain-quiz>`'s question step: the short introduction, then one
 * question in a `form` whose `fieldset` has the step's heading (the progress and the
 * prompt) in its `legend`, the hint, what is missing when Next cannot go on, the answers
 * as native radios or checkboxes each wrapped in its label (beside a body map, for a
 * question that has one), and Back and Next.
 *
 * The element owns all state (the path, the selection, the problem) and works out which
 * step this is and whether it ends the quiz; it passes in what a step needs, and callbacks
 * for the reader's choices.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { formatString } from '../../content/registry/format.js';
import type { Answer, Id, Question, QuizElementContent } from '../../content/types.js';
import { renderBackMap } from '../../figure/body-map.js';
import type { AnswerProblem } from '../../quiz/engine.js';
import { renderHeading } from '../../shared/heading.js';
import type { HeadingLevel } from '../../shared/property-values.js';

type QuizStrings = QuizElementContent['strings'];

/** What a question step needs from its element. */
export interface StepView {
  strings: QuizStrings;
  /** The level of the step's heading: one below the quiz's own. */
  level: HeadingLevel;
  /** The question on screen. */
  question: Question;
  /** The questions this path shows, in order: the progress counts them, Back goes to the one before. */
  path: readonly Question[];
  /** The answer ids chosen on this step: the reader's unaccepted choice, else the accepted answer. */
  selection: readonly Id[];
  /** Why Next could not go on, shown until the selection is complete. */
  problem?: AnswerProblem;
  /** Whether accepting the selection ends the quiz, so Next reads "See result". */
  last: boolean;
  /** An answer was checked or unchecked: by its input, or by its region of the body map. */
  onChoose: (answerId: Id, checked: boolean) => void;
  /** Next was pressed (the form was submitted; its default is prevented). */
  onNext: (event: Event) => void;
  /** Back was pressed, to go to `previous`. */
  onBack: (previous: Question) => void;
}

/** The whole step. */
export function renderStep(view: StepView): TemplateResult {
  const { strings, question, path, problem } = view;
  const index = path.findIndex((each) => each.id === question.id);
  const step = { current: Math.max(index, 0) + 1, total: path.length };
  const previous = path[index - 1];
  const describedBy = [problem ? 'error' : '', question.hint ? 'hint' : ''].filter(Boolean).join(' ');
  // New inputs for each question: a checked radio renamed into another group would
  // uncheck that group's answer.
  const rows = keyed(
    question.id,
    question.answers.map((answer) => renderAnswer(view, answer)),
  );
  const answers = html`<div class="answers">${rows}</div>`;
  return html`
    <p part="intro" class="intro">${strings.quizIntro}</p>
    <form class="step" novalidate @submit=${view.onNext}>
      <fieldset part="question" class="question" aria-describedby=${describedBy || nothing}>
        <legend part="legend">
          ${renderHeading(
            view.level,
            html`<span part="progress" class="progress">
                ${formatString(strings.quizProgress, step)}
              </span>
              <span class="prompt">${question.prompt}</span>`,
            { id: 'step-heading', class: 'step-heading', tabindex: '-1' },
          )}
        </legend>
        ${question.hint ? html`<p part="hint" id="hint" class="hint">${question.hint}</p>` : nothing}
        <p part="error" id="error" class="error" role="alert">${problem ? renderProblem(strings, problem) : nothing}</p>
        ${question.map === 'back' && question.kind === 'single'
          ? html`<div class="mapped">${renderMap(view)}${answers}</div>`
          : answers}
      </fieldset>
      ${renderNav(view, previous)}
    </form>
  `;
}

/** What is missing, led by a mark so it is not told by colour alone. */
function renderProblem(strings: QuizStrings, problem: AnswerProblem): TemplateResult {
  const message = problem === 'pick-one' ? strings.quizPickOne : strings.quizPickAtLeastOne;
  return html`<span class="mark" aria-hidden="true">!</span> ${message}`;
}

/** Back (not on the first step) and Next, which reads "See result" when this step ends the quiz. */
function renderNav({ strings, last, onBack }: StepView, previous: Question | undefined): TemplateResult {
  return html`
    <div part="nav" class="nav">
      ${previous
        ? html`<button part="back" class="back" type="button" @click=${() => onBack(previous)}>
            ${strings.quizBack}
          </button>`
        : nothing}
      <button part="next" class="next" type="submit">
        ${last ? strings.quizSeeResult : strings.quizNext}
      </button>
    </div>
  `;
}

/** The body map beside the radios, hidden from assistive technology: the radios say the same. */
function renderMap(view: StepView): TemplateResult {
  const map = renderBackMap({
    answers: view.question.answers.map((answer) => answer.id),
    chosen: view.selection[0],
    onPick: (answerId, event) => pickRegion(view, answerId, event),
  });
  return html`<div class="body-map" part="body-map" aria-hidden="true">${map}</div>`;
}

/** A region chooses its answer as the radio would, then focuses that radio, as a click on its label does. */
function pickRegion({ onChoose }: StepView, answerId: Id, event: Event): void {
  onChoose(answerId, true);
  const inputs = (event.currentTarget as Element).closest('fieldset')?.querySelectorAll('input') ?? [];
  [...inputs].find((input) => input.value === answerId)?.focus();
}

function renderAnswer({ question, selection, onChoose }: StepView, answer: Answer): TemplateResult {
  const chosen = selection.includes(answer.id);
  // The label wraps its input, so the whole row is the target.
  return html`
    <label part="answer" class=${chosen ? 'answer chosen' : 'answer'}>
      <input
        part="input"
        type=${question.kind === 'single' ? 'radio' : 'checkbox'}
        name=${question.id}
        value=${answer.id}
        .checked=${live(chosen)}
        @change=${(event: Event) => onChoose(answer.id, (event.target as HTMLInputElement).checked)}
      />
      <span class="answer-label">${answer.label}</span>
    </label>
  `;
}

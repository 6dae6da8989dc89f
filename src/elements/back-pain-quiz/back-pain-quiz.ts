import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { enQuiz, quizShape } from '../../content/quiz/content.js';
import type { ContentPatch, Question } from '../../content/types.js';
import type { QuizAnswers, QuizOutcome } from '../../quiz/engine.js';
import { ContentController } from '../../shared/content-controller.js';
import { pageSetting, PageSettingsController } from '../../shared/page-settings.js';
import { renderHeading } from '../../shared/heading.js';
import { readText, warningKey } from '../../shared/property-values.js';
import { FocusAfterUpdate } from '../../shared/focus-after-update.js';
import { followCitation } from '../../shared/sources.js';
import { quizStyles } from './back-pain-quiz.styles.js';
import { QuizFlow, type AcceptedStep } from './quiz-flow.js';
import { QuizSettings } from './quiz-settings.js';
import { answeredSteps, type QuizView } from './quiz-path.js';
import { renderResultSafely } from './quiz-result.js';
import { renderStep } from './quiz-step.js';
import { ResultSettings } from './result-settings.js';
import { StoredAnswers } from './stored-answers.js';

/**
 * @summary A short stepped self-check, for people aged 16 and over, for back pain after
 * push-ups. It ends in a triage result: get emergency help, see a doctor, or things that
 * may be adding to it, with what to try.
 *
 * One question per step, in a `fieldset` whose `legend` holds the step's heading; native
 * radios and checkboxes; Back keeps every answer; Next explains what is missing rather
 * than doing nothing. Focus moves to each new step's heading, and to the result's
 * heading at the end. Red-flag symptoms are asked first, emergency ones before anything
 * else, and any red flag, at any level, gives a referral only: who to see, how soon, what
 * to do until then and what to tell them; never causes, form cues or variations. Every
 * result carries the reader's answers for a clinician, a not-medical-advice notice and
 * its sources, each claim marked with the sources it rests on.
 *
 * Setting `answers`, restoring them with `persist` or calling `restart()` fires no
 * answer or complete event and does not move focus; only the reader's own steps do.
 *
 * A site may offer its own next step in a result, a link or button that stays in the page
 * and takes the page's own styles: after a referral at the levels `action-levels` names,
 * and after the self-care advice. Never on an emergency result, whatever the site sets:
 * that shows only the call to emergency services.
 *
 * @slot referral-action - The site's own action on a referral result (e.g. "Book an
 *   assessment"), after the referral, at the levels `action-levels` names. Never shown on
 *   an emergency result.
 * @slot self-care-action - The site's own action on a self-care result (e.g. "Book a form
 *   check"), after the self-care advice.
 *
 * @fires {CustomEvent<QuizAnswerDetail>} pushup-quiz-answer - Next accepted a step.
 *   `detail: { questionId: string, answer: string | string[] }`: one answer id for a
 *   single-choice question, a list of ids for a multiple-choice one.
 * @fires {CustomEvent<QuizCompleteDetail>} pushup-quiz-complete - The last step was
 *   accepted and the result is shown, once per completion. `detail: { triage: 'emergency' |
 *   'see-doctor' | 'self-care', outcomeIds: string[] }`.
 * @fires {CustomEvent<QuizRestartDetail>} pushup-quiz-restart - The quiz was cleared to
 *   start again. `detail: {}`.
 *
 * @csspart base - The whole quiz.
 * @csspart heading - The quiz's heading (an `h2`, or the level `heading-level` sets).
 * @csspart intro - The short introduction above the questions.
 * @csspart question - A step's `fieldset`.
 * @csspart legend - A step's legend: the progress and the question (a heading one level below the quiz's).
 * @csspart progress - "Question 2 of 9".
 * @csspart hint - The help text under a question.
 * @csspart answer - One answer row (a `label` wrapping its input).
 * @csspart body-map - The back-view body map beside "Where does it hurt?": a region's click chooses it.
 * @csspart input - An answer's native radio or checkbox.
 * @csspart error - What is missing when Next cannot go on yet.
 * @csspart nav - The row with the Back and Next buttons.
 * @csspart back - The Back button.
 * @csspart next - The Next button ("See result" on the last step).
 * @csspart result - The result.
 * @csspart triage - The triage message that opens the result (an alert for emergencies).
 * @csspart call - The page's emergency or urgent advice number as a `tel:` link, wherever a
 *   sentence of the result says to call it.
 * @csspart call-button - The full-width "Call 112" link that leads an emergency result (and
 *   "Call 111" an urgent one) when the page set a number that can be dialled.
 * @csspart referral - A referral: who to see, how soon, until then, what to tell them.
 * @csspart referral-action - Around the `referral-action` slot, after the referral; only
 *   when the slot is filled and the result's level is among `action-levels`.
 * @csspart self-care-action - Around the `self-care-action` slot, after the self-care
 *   advice; only when the slot is filled.
 * @csspart cause - One thing that may be adding to the pain (self-care results only).
 * @csspart more-cause - A further cause beyond the first three, in a shorter list.
 * @csspart actions - A list of things to do or try.
 * @csspart cues - A cause's form cues to check.
 * @csspart variations - A cause's easier variations to try, by name.
 * @csspart variation-cards - A compact `<variation-risk-card>` for each suggested easier
 *   variation, after the causes; shown when that element is registered on the page.
 * @csspart advice - General self-care advice after the causes: keep moving, stop if it hurts.
 * @csspart summary - The reader's answers in plain words, with the date, to show a clinician.
 * @csspart citation - A claim's marker: links to the sources it rests on.
 * @csspart notice - The not-medical-advice notice.
 * @csspart sources - The numbered list of sources.
 * @csspart restart - The Start again button.
 * @csspart print - The Print button.
 * @csspart forget - The "Forget my answers" button, on a result whose answers `persist` keeps.
 * @csspart forgotten - The line that says the stored answers were removed (a status).
 *
 * @cssprop [--pushup-accent=#1d4ed8] - Accent colour: inputs, buttons, links, focus ring.
 *   Dark scheme: `#93b4ff`.
 * @cssprop [--pushup-muted=#4a5360] - Secondary text colour: progress, hints, sources. Dark
 *   scheme: `#b4bac4`.
 * @cssprop [--pushup-subtle=#f2f4f7] - Background of quiet areas: chosen answers, causes.
 *   Dark scheme: `#22252b`.
 * @cssprop [--pushup-border=#8a93a0] - Border colour. Dark scheme: `#6b7380`.
 * @cssprop [--pushup-danger=#b3261e] - Colour of the emergency message and of the error
 *   text. Dark scheme: `#ffb4ab`.
 * @cssprop [--pushup-on-danger=#ffffff] - Text on the emergency call button. Dark scheme: `#410e0b`.
 *
 * @cssstate result - A result is shown.
 * @cssstate emergency - The result is `emergency`.
 * @cssstate see-doctor - The result is `see-doctor`.
 * @cssstate self-care - The result is `self-care`.
 */
export class BackPainQuiz extends QuizSettings {
  static override styles = quizStyles;
  static override get properties() {
    return {
      content: { attribute: false },
      answers: { attribute: false },
    };
  }

  /**
   * Content overrides merged over the defaults (a `ContentPatch`): own wording, extra
   * questions or outcomes. Only what the quiz shows is read and checked: its questions,
   * outcomes, strings and references, and the text of cues and the names of variations.
   * Invalid content is reported once in the console and the defaults stay.
   */
  content?: ContentPatch | null;

  /**
   * The accepted answers: answer ids by question id (`{ where: ['lower-back'] }`).
   * Settable, e.g. to resume a quiz; unknown, malformed or off-path answers are dropped.
   * Setting it shows the first unanswered question, or the result when the quiz is done;
   * `{}`, `null` or `undefined` start from the first question. A value that is not a
   * record (text, a number, a list, `true`) is ignored with one console warning, and the
   * reader's answers stay.
   */
  get answers(): QuizAnswers {
    return this.#flow.answers;
  }
  set answers(value: unknown) {
    const problem = this.#flow.set(value);
    if (problem) this.warnOnce(warningKey('answers', value), problem);
  }

  readonly #i18n = new ContentController(this, enQuiz, quizShape);
  readonly #stored = new StoredAnswers(this, {
    content: () => this.#i18n.content,
    persist: () => this.persist ?? pageSetting('persist'),
    persistHours: () => this.persistHours,
    show: (answers) => (this.answers = answers),
    warn: (key, message) => this.warnOnce(key, message),
  });
  readonly #flow = new QuizFlow(this, () => this.#i18n.content);
  /** Where focus goes once the next render is on screen. */
  readonly #focus = new FocusAfterUpdate(this, {
    step: '#step-heading',
    'first-answer': '.answers input',
    result: '#result-heading',
    restart: '.restart',
  });
  readonly #result = new ResultSettings(this, (key, message) => this.warnOnce(key, message));
  /** The full result failed to render once already: said once, not on every render. */
  #resultFailed = false;
  /** This update's view; see `update()`. */
  #view: QuizView = { answers: {}, path: [] };

  get #heading(): string {
    const { value, problem } = readText(this.heading);
    if (problem) this.warnOnce('heading', `heading: ${problem}; showing the default heading.`);
    return value;
  }

  /** Clears every answer (and the stored ones), returns to question 1 and fires `pushup-quiz-restart`. */
  restart(): void {
    this.answers = {};
    this.#stored.clear();
    this.emit('pushup-quiz-restart', {});
  }

  /** Removes the stored answers at the reader's request; the result stays on screen. */
  #onForget(): void {
    this.#stored.forget();
    // The button is gone: focus stays in the result's row of actions.
    this.#focus.moveTo('restart');
  }

  constructor() {
    super();
    // Page-wide settings (numbers, `persist`, action levels) set or changed later reach a quiz already shown.
    new PageSettingsController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Saved answers wait for hydration when the server rendered this quiz; see `firstUpdated()`.
    if (!this.hasUpdated && !this.serverRendered) this.#stored.restore();
  }

  protected override willUpdate(): void {
    // `persist`, or the page's, names another key: the answers stored there show.
    if (this.hasUpdated && this.#stored.moved) this.#stored.restore();
    this.#result.read();
    // A server renderer calls `willUpdate()` and `render()`, never `update()`.
    if (isServer) this.#view = this.#flow.view();
  }

  protected override firstUpdated(): void {
    // After the hydrating update has completed, so the restore is an update of its own.
    if (this.serverRendered) void this.updateComplete.then(() => this.#stored.restore());
  }

  /**
   * Derives the update's view once, after the content is resolved (controllers update
   * before this) and before the templates read it.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.#view = this.#flow.view();
    super.update(changed);
  }

  protected override updated(): void {
    const { outcome } = this.#view;
    this.states.set('result', outcome !== undefined);
    for (const triage of ['emergency', 'see-doctor', 'self-care'] as const) {
      this.states.set(triage, outcome?.triage === triage);
    }
  }

  /** Next accepted a step: it is saved, the page is told, and focus moves on. */
  #onAccepted(question: Question, { answers, selection, outcome }: AcceptedStep): void {
    this.#stored.save(answers);
    this.emit('pushup-quiz-answer', {
      questionId: question.id,
      answer: question.kind === 'single' ? selection[0] : [...selection],
    });
    if (outcome) this.emit('pushup-quiz-complete', { triage: outcome.triage, outcomeIds: [...outcome.outcomeIds] });
    this.#focus.moveTo(outcome ? 'result' : 'step');
  }

  #onRestart(): void {
    this.restart();
    this.#focus.moveTo('step');
  }

  protected override render(): TemplateResult {
    const { question, outcome } = this.#view;
    return html`
      <article
        part="base"
        class="panel quiz"
        aria-labelledby="heading"
        lang=${this.#i18n.content.locale}
        @click=${followCitation}
      >
        ${renderHeading(this.level, this.#heading || this.#i18n.strings.quizHeading, { id: 'heading', part: 'heading' })}
        ${question ? this.#renderStep(question) : nothing}
        ${outcome ? this.#renderResult(outcome) : nothing}
      </article>
    `;
  }

  /** The result; a plain one at the same triage if the full one cannot be built (see `renderResultSafely()`). */
  #renderResult(outcome: QuizOutcome): TemplateResult {
    const view = {
      ...this.#result.view,
      content: this.#i18n.content,
      level: this.level,
      outcome,
      storage: this.#stored.status,
      onRestart: () => this.#onRestart(),
      onForget: () => this.#onForget(),
      onPrint: () => window.print(),
    };
    return renderResultSafely(view, this.#i18n.locale, () => answeredSteps(this.#view), (error) => {
      if (!this.#resultFailed) console.error(`<${this.localName}>: the result could not be shown in full; showing the plain message.`, error);
      this.#resultFailed = true;
    });
  }

  #renderStep(question: Question): TemplateResult {
    return renderStep(
      this.#flow.step(question, this.#view, this.levelBelow(1), {
        accepted: (step, accepted) => this.#onAccepted(step, accepted),
        focus: (target) => this.#focus.moveTo(target),
      }),
    );
  }
}

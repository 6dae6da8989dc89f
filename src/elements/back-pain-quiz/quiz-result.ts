/**
 * The templates of `<back-pain-quiz>`'s result: the triage message first; then either the
 * referral (who to see, how soon, until then, what to tell them) or the things that may
 * be adding to the pain with what to try; then the reader's answers for a clinician, the
 * sources, the not-medical-advice notice and the Restart and Print buttons. Sections,
 * not named regions: two quizzes on a page would repeat the same landmarks, and the
 * headings carry the structure.
 *
 * What is shown comes from the engine's result alone: a referral's result has no causes,
 * cues or variations to show, whatever the content holds, and an emergency has no slot for
 * a site's action (`siteActionFor()`). The element owns all state and passes in what a
 * result needs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { enQuiz } from '../../content/quiz/content.js';
import { formatString } from '../../content/registry/format.js';
import type { Answer, Id, Outcome, Question, QuizElementContent, Referral, Urgency } from '../../content/types.js';
import type { QuizOutcome } from '../../quiz/engine.js';
import { siteActionFor, type SiteActionSlot } from '../../quiz/site-action.js';
import { renderHeading } from '../../shared/heading.js';
import type { HeadingLevel } from '../../shared/property-values.js';
import { referencesFor, renderCitation, renderSources, type SourceList } from '../../shared/sources.js';
import type { PhoneNumber } from './phone-number.js';

type QuizStrings = QuizElementContent['strings'];

/** Today's date in `locale` (long form), or in ISO form where the locale is not known. */
function today(locale: string): string {
  const now = new Date();
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** One answered step, for the summary. */
export interface AnsweredStep {
  question: Question;
  answers: readonly Answer[];
}

/** What a result needs from its element. */
export interface ResultView {
  content: QuizElementContent;
  /** The level of the quiz's own heading: the result's headings sit below it. */
  level: HeadingLevel;
  outcome: QuizOutcome;
  /** Every step answered on the way to the result, in order. */
  answered: readonly AnsweredStep[];
  /** Today's date in the reader's locale, for the summary. */
  date: string;
  /** The page's emergency number (`emergency-number`), if it set a usable one. */
  emergencyNumber?: PhoneNumber;
  /** The page's urgent advice number (`urgent-number`), if it set a usable one. */
  urgentNumber?: PhoneNumber;
  /** Whether `<variation-risk-card>` is registered, so variations show as inline cards. */
  inlineCards: boolean;
  /** The referral levels at which the site's action shows (`action-levels`). */
  actionLevels: readonly Urgency[];
  /** Whether the site put something in a slot for its action. */
  slotted: (slot: SiteActionSlot) => boolean;
  /**
   * Whether the reader's answers are kept on this device (`persist`): `stored` offers
   * "Forget my answers", `forgotten` says they are gone; absent when the quiz keeps nothing.
   */
  storage?: 'stored' | 'forgotten';
  /** Start again was pressed. */
  onRestart: () => void;
  /** Forget my answers was pressed. */
  onForget: () => void;
  /** Print was pressed. */
  onPrint: () => void;
}

/** A heading level `offset` below the quiz's own, at most 6. */
const below = (level: HeadingLevel, offset: number) => Math.min(6, level + offset) as HeadingLevel;

/** Marks that lead each triage message, so it is never told by colour alone. */
const ICONS = { emergency: '⚠', 'see-doctor': '✚', 'self-care': 'ℹ' } as const;

function outcomesById(content: QuizElementContent, ids: readonly Id[]): Outcome[] {
  return ids.flatMap((id) => content.outcomes.find((each) => each.id === id) ?? []);
}

/** The whole result. */
export function renderResult(view: ResultView): TemplateResult {
  const { content, outcome } = view;
  const strings = content.strings;
  const shown = outcomesById(content, outcome.outcomeIds);
  const referral = outcome.triage !== 'self-care';
  const referrals = referral ? shown.filter((each) => each.referral) : [];
  const causes = referral ? [] : shown.filter((each) => each.triage === 'self-care' && !each.general);
  const more = referral ? [] : outcomesById(content, outcome.alsoIds).filter((each) => each.triage === 'self-care' && !each.general);
  const advice = referral ? [] : shown.filter((each) => each.triage === 'self-care' && each.general);
  const sources = referencesFor(content, [...referrals, ...causes, ...more, ...advice].flatMap((each) => each.references));
  // One referral: its title is the banner. Several: each keeps its own title under the banner.
  const titled = referrals.length > 1;
  return html`
    <section part="result" class="result ${outcome.triage}">
      ${renderResultHeading(strings, view.level)} ${renderTriage(view, referrals)}
      ${referrals.map((each) => renderReferral(view, sources, each, titled))} ${renderSiteAction(view, 'referral-action')}
      ${causes.length > 0 ? renderCauses(view, sources, causes) : nothing}
      ${more.length > 0 ? renderMoreCauses(view, sources, more) : nothing}
      ${advice.map((each) => renderAdvice(view, sources, each))} ${renderSiteAction(view, 'self-care-action')}
      ${view.inlineCards && !referral ? renderCards(view) : nothing}
      ${renderSummary(view)} ${renderSources(content, sources, 'sources-heading', below(view.level, 1))}
      ${renderResultFoot(strings, view, true)}
    </section>
  `;
}

/**
 * The site's own action (its link or button, in the slot `slot`) where `siteActionFor()`
 * puts it and the site filled the slot; otherwise nothing, not even the slot, so an
 * emergency result never holds one.
 */
function renderSiteAction(view: ResultView, slot: SiteActionSlot): TemplateResult | typeof nothing {
  if (siteActionFor(view.outcome, view.actionLevels) !== slot || !view.slotted(slot)) return nothing;
  return html`<div part=${slot} class="site-action"><slot name=${slot}></slot></div>`;
}

/** The result's heading, which takes focus when the result appears. */
function renderResultHeading(strings: QuizStrings, level: HeadingLevel): TemplateResult {
  return renderHeading(below(level, 1), strings.quizResultHeading, {
    id: 'result-heading',
    class: 'result-heading',
    tabindex: '-1',
  });
}

/**
 * The not-medical-advice notice, Start again, Print where the result is whole, and
 * "Forget my answers" while the answers are kept on this device. Its status line is on
 * the page from the start, so the news that they are forgotten is announced.
 */
function renderResultFoot(
  strings: QuizStrings,
  view: Pick<ResultView, 'onRestart' | 'onPrint' | 'onForget' | 'storage'>,
  printable: boolean,
): TemplateResult {
  return html`
    <p part="notice" class="notice">${strings.quizNotAdvice}</p>
    <div class="actions result-actions">
      <button part="restart" class="restart" type="button" @click=${view.onRestart}>${strings.quizRestart}</button>
      ${printable
        ? html`<button part="print" class="print" type="button" @click=${view.onPrint}>${strings.quizPrint}</button>`
        : nothing}
      ${view.storage === 'stored'
        ? html`<button part="forget" class="forget" type="button" @click=${view.onForget}>${strings.quizForget}</button>`
        : nothing}
    </div>
    ${view.storage
      ? html`<p part="forgotten" class="forgotten" role="status">${view.storage === 'forgotten' ? strings.quizForgotten : ''}</p>`
      : nothing}
  `;
}

/**
 * The result for `view`, with the reader's `answered` steps and today's date in `locale`
 * for the summary. If building
 * it fails for any reason (content a site patched in a way validation could not foresee),
 * `failed` is told why and the plain result at the same triage is shown instead, with the
 * emergency number on the emergency path: a result always renders.
 */
export function renderResultSafely(
  view: Omit<ResultView, 'answered' | 'date'>,
  locale: string,
  answered: () => AnsweredStep[],
  failed: (error: unknown) => void,
): TemplateResult {
  try {
    return renderResult({ ...view, answered: answered(), date: today(locale) });
  } catch (error) {
    failed(error);
    return renderFallbackResult(view);
  }
}

/**
 * The result when the full one cannot be built: the triage message alone (for an
 * emergency, the alert with the number to call), the notice and Start again. Uses nothing
 * from the content but its interface strings, falling back to the English ones.
 */
export function renderFallbackResult(view: Omit<ResultView, 'answered' | 'date'>): TemplateResult {
  let strings: QuizStrings;
  try {
    strings = { ...enQuiz.strings, ...view.content.strings };
  } catch {
    strings = enQuiz.strings;
  }
  const plain = { ...view, content: { ...enQuiz, strings }, answered: [], date: '' };
  return html`
    <section part="result" class="result ${view.outcome.triage}">
      ${renderResultHeading(strings, view.level)} ${renderTriage(plain, [])} ${renderResultFoot(strings, view, false)}
    </section>
  `;
}

/**
 * The message that opens the result: the one referral's own title, or the triage's when
 * several referrals (or none the content could show) are behind it; then the call line,
 * and, with a number the page set, the call button. An emergency is an alert, read out at
 * once; the others are a polite status, read after what the reader is hearing.
 */
function renderTriage(view: ResultView, referrals: readonly Outcome[]): TemplateResult {
  const { content, outcome } = view;
  const strings = content.strings;
  const { triage, urgency } = outcome;
  const title =
    referrals.length === 1
      ? referrals[0].title
      : triage === 'emergency'
        ? strings.quizEmergencyTitle
        : triage === 'self-care'
          ? strings.quizSelfCareTitle
          : urgency === 'soon'
            ? strings.quizSoonTitle
            : strings.quizUrgentTitle;
  const call: { line: string; number?: PhoneNumber } | undefined =
    triage === 'emergency'
      ? { line: strings.quizEmergencyCall, number: view.emergencyNumber }
      : triage === 'see-doctor' && urgency === 'urgent'
        ? { line: strings.quizUrgentCall, number: view.urgentNumber }
        : undefined;
  return html`
    <div part="triage" class="triage ${triage}" role=${triage === 'emergency' ? 'alert' : 'status'}>
      <p class="triage-title"><span class="icon" aria-hidden="true">${ICONS[triage]}</span> ${title}</p>
      ${call ? html`<p class="call">${withNumbers(view, call.line)}</p>` : nothing}
      ${call?.number?.dial
        ? html`<a part="call-button" class="call-button" href="tel:${call.number.dial}"
            >${formatString(strings.quizCallButton, { number: call.number.text })}</a
          >`
        : nothing}
    </div>
  `;
}

/** The page's numbers, and the words to use where it set none. */
type NumberView = Pick<ResultView, 'content' | 'emergencyNumber' | 'urgentNumber'>;

/**
 * `text` with each `{emergency}` and `{urgent}` filled in: the page's number as a `tel:`
 * link (as text where it cannot be dialled), or, with none set, the words for the
 * reader's local number, which name no country's.
 */
function withNumbers(view: NumberView, text: string): (string | TemplateResult)[] {
  return text.split(/\{(emergency|urgent)\}/).map((piece, index) => (index % 2 === 0 ? piece : renderNumber(view, piece)));
}

function renderNumber({ content, emergencyNumber, urgentNumber }: NumberView, which: string): string | TemplateResult {
  const strings = content.strings;
  const number = which === 'emergency' ? emergencyNumber : urgentNumber;
  if (!number) return which === 'emergency' ? strings.quizEmergencyLocal : strings.quizUrgentLocal;
  const shown = number.dial
    ? html`<a part="call" class="call-link" href="tel:${number.dial}">${number.text}</a>`
    : html`<span class="call-text">${number.text}</span>`;
  const [before, ...after] = strings.quizCallNumber.split('{number}');
  // A translation without the placeholder still gets the number, after its words.
  if (after.length === 0) return html`${before} ${shown}`;
  return html`${before}${shown}${after.join(number.text)}`;
}

/**
 * Who to see, how soon, what to do until then and what to tell them, with the page's
 * numbers filled in. Titled only when the banner above speaks for several referrals.
 */
function renderReferral(view: ResultView, sources: SourceList, outcome: Outcome, titled: boolean): TemplateResult {
  const { content } = view;
  const strings = content.strings;
  const referral = outcome.referral as Referral;
  const fill = (text: string) => withNumbers(view, text);
  return html`
    <div part="referral" class="referral">
      ${titled ? renderHeading(below(view.level, 2), outcome.title, { class: 'referral-title' }) : nothing}
      <p>${fill(outcome.summary)}${renderCitation(content, sources, outcome.references)}</p>
      <dl class="referral-facts">
        <dt>${strings.quizWho}</dt>
        <dd>${fill(referral.who)}</dd>
        <dt>${strings.quizWhen}</dt>
        <dd>${fill(referral.when)}</dd>
        <dt>${strings.quizMeanwhile}</dt>
        <dd>
          <ul part="actions" class="list">
            ${referral.meanwhile.map((item) => html`<li>${fill(item)}</li>`)}
          </ul>
        </dd>
        <dt>${strings.quizTell}</dt>
        <dd>
          <ul class="list">
            ${referral.tell.map((item) => html`<li>${fill(item)}</li>`)}
          </ul>
        </dd>
      </dl>
    </div>
  `;
}

function renderCauses(view: ResultView, sources: SourceList, causes: readonly Outcome[]): TemplateResult {
  return html`
    <section class="causes">
      ${renderHeading(below(view.level, 2), view.content.strings.quizCauses, { id: 'causes-heading', class: 'causes-heading' })}
      <ul class="cause-list">
        ${causes.map((cause) => renderCause(view, sources, cause))}
      </ul>
    </section>
  `;
}

/**
 * One thing that may be adding to it: what it is, what to try, and the cues to check and
 * easier variations by name, only those the engine's result allows.
 */
function renderCause({ content, outcome, level }: ResultView, sources: SourceList, cause: Outcome): TemplateResult {
  const strings = content.strings;
  const cues = cause.cues
    .filter((id) => outcome.cues.includes(id))
    .flatMap((id) => content.cues.find((cue) => cue.id === id)?.text ?? []);
  const names = cause.variations
    .filter((id) => outcome.variations.includes(id))
    .flatMap((id) => content.variations.find((each) => each.id === id)?.name ?? []);
  return html`
    <li part="cause" class="cause">
      ${renderHeading(below(level, 3), cause.title, { class: 'cause-title' })}
      <p>${cause.summary}${renderCitation(content, sources, cause.references)}</p>
      ${renderList(below(level, 4), 'actions', strings.quizWhatToTry, cause.actions)}
      ${renderList(below(level, 4), 'cues', strings.quizCuesToCheck, cues)}
      ${renderList(below(level, 4), 'variations', strings.quizEasierVariations, names)}
    </li>
  `;
}

/**
 * The causes the answers point to beyond the first three, shorter: each one's title and
 * what it means, with its sources, so none is silently dropped.
 */
function renderMoreCauses({ content, level }: ResultView, sources: SourceList, more: readonly Outcome[]): TemplateResult {
  return html`
    <section class="more-causes">
      ${renderHeading(below(level, 2), content.strings.quizMoreCauses, { class: 'more-causes-heading' })}
      <ul class="list more-cause-list">
        ${more.map(
          (cause) =>
            html`<li part="more-cause">
              <strong class="more-cause-title">${cause.title}.</strong> ${cause.summary}${renderCitation(
                content,
                sources,
                cause.references,
              )}
            </li>`,
        )}
      </ul>
    </section>
  `;
}

/** General self-care advice, after the causes: keep moving, stop if it hurts. */
function renderAdvice({ content, level }: ResultView, sources: SourceList, advice: Outcome): TemplateResult {
  return html`
    <div part="advice" class="advice">
      ${renderHeading(below(level, 2), advice.title, { class: 'advice-title' })}
      <p>${advice.summary}${renderCitation(content, sources, advice.references)}</p>
      <ul part="actions" class="list">
        ${advice.actions.map((action) => html`<li>${action}</li>`)}
      </ul>
    </div>
  `;
}

/**
 * One compact `<variation-risk-card>` for each easier variation the result allows, each
 * once, most likely cause first, each card's heading one level below this section's.
 * After the causes rather than inside each one, so no cause heading follows a card's.
 */
function renderCards({ content, outcome, level }: ResultView): TemplateResult | typeof nothing {
  const suggested = outcome.variations.flatMap((id) => content.variations.find((variation) => variation.id === id) ?? []);
  if (suggested.length === 0) return nothing;
  return html`
    <section part="variation-cards" class="variation-cards">
      ${renderHeading(below(level, 2), content.strings.quizEasierVariations, { id: 'cards-heading', class: 'cards-heading' })}
      <div class="cards">
        ${suggested.map(
          (variation) =>
            html`<variation-risk-card
              variation=${variation.id}
              heading-level=${below(level, 3)}
              compact
            ></variation-risk-card>`,
        )}
      </div>
    </section>
  `;
}

/**
 * The reader's answers in plain words, with the date: something to show a clinician, on
 * screen and on paper. A warning-sign step lists every sign it asked about and which were
 * ticked, so a clinician sees what was ruled out, not only "None of these".
 */
function renderSummary({ content, answered, date, level }: ResultView): TemplateResult {
  const strings = content.strings;
  return html`
    <section part="summary" class="summary">
      ${renderHeading(below(level, 2), strings.quizSummaryHeading, { id: 'summary-heading', class: 'summary-heading' })}
      <p class="summary-date">${formatString(strings.quizSummaryDate, { date })}</p>
      <dl class="summary-answers">
        ${answered.map(
          ({ question, answers }) => html`
            <dt>${question.prompt}</dt>
            <dd>${isWarningSignStep(question) ? renderSigns(strings, question, answers) : answers.map((answer) => answer.label).join('; ')}</dd>
          `,
        )}
      </dl>
    </section>
  `;
}

/** A step of several warning signs, any of which sends the reader to a clinician. */
const isWarningSignStep = (question: Question) =>
  question.kind === 'multiple' && question.answers.some((answer) => answer.redFlag !== undefined);

/** "Asked about: …" and "Ticked: …" (or "none"), each sign once, in the question's order. */
function renderSigns(strings: QuizStrings, question: Question, answers: readonly Answer[]): TemplateResult {
  const signs = (list: readonly Answer[]) => list.filter((answer) => !answer.exclusive).map((answer) => answer.label);
  const ticked = signs(answers);
  return html`<span class="summary-asked">${formatString(strings.quizSummaryAsked, { answers: signs(question.answers).join('; ') })}</span>
    <span class="summary-ticked">${formatString(strings.quizSummaryTicked, {
      answers: ticked.length > 0 ? ticked.join('; ') : strings.quizSummaryNone,
    })}</span>`;
}

/** A titled list inside a cause: what to try, the cues to check, or easier variations. */
function renderList(
  level: HeadingLevel,
  part: 'actions' | 'cues' | 'variations',
  heading: string,
  items: readonly string[],
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`
    <div class="cause-part">
      ${renderHeading(level, heading, { class: 'cause-part-heading' })}
      <ul part=${part} class="list">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>
  `;
}

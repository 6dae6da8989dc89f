/**
 * The templates of `<back-pain-quiz>`'s result: the triage message first; then either the
 * referral (who to see, how soon, until then, what to tell them) or the things that may
 * be adding to the pain with what to try; then the reader's answers for a clinician, the
 * sources, the not-medical-advice notice and the Restart and Print buttons.
 *
 * What is shown comes from the engine's result alone: a referral's result has no causes,
 * cues or variations to show, whatever the content holds. The element owns all state and
 * passes in what a result needs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatString } from '../../content/format.js';
import type { Answer, Content, Id, LocaleStrings, Outcome, Question, Referral } from '../../content/types.js';
import type { QuizOutcome } from '../../quiz/engine.js';
import { referencesFor, renderCitation, renderSources, type SourceList } from '../../shared/sources.js';
import type { PhoneNumber } from './phone-number.js';

/** One answered step, for the summary. */
export interface AnsweredStep {
  question: Question;
  answers: readonly Answer[];
}

/** What a result needs from its element. */
export interface ResultView {
  content: Content;
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
  /** Start again was pressed. */
  onRestart: () => void;
  /** Print was pressed. */
  onPrint: () => void;
}

/** Marks that lead each triage message, so it is never told by colour alone. */
const ICONS = { emergency: '⚠', 'see-doctor': '✚', 'self-care': 'ℹ' } as const;

function outcomesById(content: Content, ids: readonly Id[]): Outcome[] {
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
  const advice = referral ? [] : shown.filter((each) => each.triage === 'self-care' && each.general);
  const sources = referencesFor(content, [...referrals, ...causes, ...advice].flatMap((each) => each.references));
  return html`
    <section part="result" class="result ${outcome.triage}" aria-labelledby="result-heading">
      <h3 id="result-heading" class="result-heading" tabindex="-1">${strings.quizResultHeading}</h3>
      ${renderTriage(view)}
      ${referrals.map((each) => renderReferral(content, sources, each, outcome.triage !== 'emergency'))}
      ${causes.length > 0 ? renderCauses(view, sources, causes) : nothing}
      ${advice.map((each) => renderAdvice(content, sources, each))}
      ${view.inlineCards && !referral ? renderCards(content, outcome.variations) : nothing}
      ${renderSummary(view)} ${renderSources(content, sources, 'sources-heading')}
      <p part="notice" class="notice">${strings.quizNotAdvice}</p>
      <div class="actions result-actions">
        <button part="restart" class="restart" type="button" @click=${view.onRestart}>${strings.quizRestart}</button>
        <button part="print" class="print" type="button" @click=${view.onPrint}>${strings.quizPrint}</button>
      </div>
    </section>
  `;
}

/**
 * The message that opens the result. An emergency is an alert, read out at once; the
 * others are a polite status, read after what the reader is hearing.
 */
function renderTriage({ content, outcome, emergencyNumber, urgentNumber }: ResultView): TemplateResult {
  const strings = content.strings;
  const { triage, urgency } = outcome;
  const title =
    triage === 'emergency'
      ? strings.quizEmergencyTitle
      : triage === 'self-care'
        ? strings.quizSelfCareTitle
        : urgency === 'soon'
          ? strings.quizSoonTitle
          : strings.quizUrgentTitle;
  const callLine =
    triage === 'emergency'
      ? renderCallLine(strings, 'quizEmergencyCallLocal', 'quizEmergencyCallNumber', emergencyNumber)
      : triage === 'see-doctor' && urgency === 'urgent'
        ? renderCallLine(strings, 'quizUrgentCallLocal', 'quizUrgentCallNumber', urgentNumber)
        : undefined;
  return html`
    <div part="triage" class="triage ${triage}" role=${triage === 'emergency' ? 'alert' : 'status'}>
      <p class="triage-title"><span class="icon" aria-hidden="true">${ICONS[triage]}</span> ${title}</p>
      ${callLine ? html`<p class="call">${callLine}</p>` : nothing}
    </div>
  `;
}

/**
 * "Call 112 now…" with a dialable number as a `tel:` link, a number that cannot be dialled
 * as plain text, or, without a number, the wording that names no country's number.
 */
function renderCallLine(
  strings: LocaleStrings,
  localKey: 'quizEmergencyCallLocal' | 'quizUrgentCallLocal',
  numberKey: 'quizEmergencyCallNumber' | 'quizUrgentCallNumber',
  number: PhoneNumber | undefined,
): TemplateResult | string {
  if (!number) return strings[localKey];
  const shown = number.dial
    ? html`<a part="call" class="call-link" href="tel:${number.dial}">${number.text}</a>`
    : html`<span class="call-text">${number.text}</span>`;
  const [before, ...after] = strings[numberKey].split('{number}');
  // A translation without the placeholder still gets the number, after its sentence.
  if (after.length === 0) return html`${before} ${shown}`;
  return html`${before}${shown}${after.join(number.text)}`;
}

/** Who to see, how soon, what to do until then and what to tell them. An emergency's title is the triage message. */
function renderReferral(content: Content, sources: SourceList, outcome: Outcome, withTitle: boolean): TemplateResult {
  const strings = content.strings;
  const referral = outcome.referral as Referral;
  return html`
    <div part="referral" class="referral">
      ${withTitle ? html`<h4 class="referral-title">${outcome.title}</h4>` : nothing}
      <p>${outcome.summary}${renderCitation(content, sources, outcome.references)}</p>
      <dl class="referral-facts">
        <dt>${strings.quizWho}</dt>
        <dd>${referral.who}</dd>
        <dt>${strings.quizWhen}</dt>
        <dd>${referral.when}</dd>
        <dt>${strings.quizMeanwhile}</dt>
        <dd>
          <ul part="actions" class="list">
            ${referral.meanwhile.map((item) => html`<li>${item}</li>`)}
          </ul>
        </dd>
        <dt>${strings.quizTell}</dt>
        <dd>
          <ul class="list">
            ${referral.tell.map((item) => html`<li>${item}</li>`)}
          </ul>
        </dd>
      </dl>
    </div>
  `;
}

function renderCauses(view: ResultView, sources: SourceList, causes: readonly Outcome[]): TemplateResult {
  return html`
    <section class="causes" aria-labelledby="causes-heading">
      <h4 id="causes-heading" class="causes-heading">${view.content.strings.quizCauses}</h4>
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
function renderCause({ content, outcome }: ResultView, sources: SourceList, cause: Outcome): TemplateResult {
  const strings = content.strings;
  const cues = cause.cues
    .filter((id) => outcome.cues.includes(id))
    .flatMap((id) => content.cues.find((cue) => cue.id === id)?.text ?? []);
  const names = cause.variations
    .filter((id) => outcome.variations.includes(id))
    .flatMap((id) => content.variations.find((each) => each.id === id)?.name ?? []);
  return html`
    <li part="cause" class="cause">
      <h5 class="cause-title">${cause.title}</h5>
      <p>${cause.summary}${renderCitation(content, sources, cause.references)}</p>
      ${renderList('actions', strings.quizWhatToTry, cause.actions)}
      ${renderList('cues', strings.quizCuesToCheck, cues)}
      ${renderList('variations', strings.quizEasierVariations, names)}
    </li>
  `;
}

/** General self-care advice, after the causes: keep moving, stop if it hurts. */
function renderAdvice(content: Content, sources: SourceList, advice: Outcome): TemplateResult {
  return html`
    <div part="advice" class="advice">
      <h4 class="advice-title">${advice.title}</h4>
      <p>${advice.summary}${renderCitation(content, sources, advice.references)}</p>
      <ul part="actions" class="list">
        ${advice.actions.map((action) => html`<li>${action}</li>`)}
      </ul>
    </div>
  `;
}

/**
 * One compact `<variation-risk-card>` for each easier variation the result allows, each
 * once, most likely cause first. After the causes rather than inside each one: a card
 * opens with its own heading, and a cause's heading right after it would skip levels.
 */
function renderCards(content: Content, ids: readonly Id[]): TemplateResult | typeof nothing {
  const suggested = ids.flatMap((id) => content.variations.find((variation) => variation.id === id) ?? []);
  if (suggested.length === 0) return nothing;
  return html`
    <section part="variation-cards" class="variation-cards" aria-labelledby="cards-heading">
      <h4 id="cards-heading">${content.strings.quizEasierVariations}</h4>
      <div class="cards">
        ${suggested.map(
          (variation) => html`<variation-risk-card variation=${variation.id} compact></variation-risk-card>`,
        )}
      </div>
    </section>
  `;
}

/** The reader's answers in plain words, with the date: something to show a clinician, on screen and on paper. */
function renderSummary({ content, answered, date }: ResultView): TemplateResult {
  const strings = content.strings;
  return html`
    <section part="summary" class="summary" aria-labelledby="summary-heading">
      <h4 id="summary-heading">${strings.quizSummaryHeading}</h4>
      <p class="summary-date">${formatString(strings.quizSummaryDate, { date })}</p>
      <dl class="summary-answers">
        ${answered.map(
          ({ question, answers }) => html`
            <dt>${question.prompt}</dt>
            <dd>${answers.map((answer) => answer.label).join('; ')}</dd>
          `,
        )}
      </dl>
    </section>
  `;
}

/** A titled list inside a cause: what to try, the cues to check, or easier variations. */
function renderList(
  part: 'actions' | 'cues' | 'variations',
  heading: string,
  items: readonly string[],
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`
    <div class="cause-part">
      <h6>${heading}</h6>
      <ul part=${part} class="list">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>
  `;
}

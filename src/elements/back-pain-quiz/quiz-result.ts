/**
 * The templates of `<back-pain-quiz>`'s result: the triage message first, then the
 * referrals, the likely causes, the sources, the not-medical-advice notice and the
 * Restart and Print buttons. Kept apart from the element so each file reads in one
 * sitting; the element owns all state and passes in what a result needs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Content, LocaleStrings, Outcome } from '../../content/types.js';
import type { QuizOutcome } from '../../quiz/engine.js';
import { renderSources } from '../../shared/sources.js';

/** What a result needs from its element. */
export interface ResultView {
  content: Content;
  outcome: QuizOutcome;
  /** The page's emergency number (`emergency-number`), or null. */
  emergencyNumber: string | null;
  /** Whether `<variation-risk-card>` is registered, so variations show as inline cards. */
  inlineCards: boolean;
  /** Start again was pressed. */
  onRestart: () => void;
  /** Print was pressed. */
  onPrint: () => void;
}

/** Marks that lead each triage message, so it is never told by colour alone. */
const ICONS = { emergency: '⚠', 'see-doctor': '✚', 'self-care': 'ℹ' } as const;

/** The whole result. An emergency result shows its referral only: no causes, no form tips. */
export function renderResult(view: ResultView): TemplateResult {
  const { content, outcome } = view;
  const strings = content.strings;
  const shown = outcome.outcomeIds.flatMap((id) => content.outcomes.find((each) => each.id === id) ?? []);
  const referrals = shown.filter((each) => each.triage !== 'self-care');
  const causes = outcome.triage === 'emergency' ? [] : shown.filter((each) => each.triage === 'self-care');
  return html`
    <section part="result" class="result ${outcome.triage}" aria-labelledby="result-heading">
      <h3 id="result-heading" class="result-heading" tabindex="-1">${strings.quizResultHeading}</h3>
      ${renderTriage(view)}
      ${referrals.map((referral) => renderReferral(referral, outcome.triage !== 'emergency'))}
      ${causes.length > 0 ? renderCauses(content, causes) : nothing}
      ${view.inlineCards ? renderCards(content, causes) : nothing}
      ${renderSources(
        content,
        [...referrals, ...causes].flatMap((each) => each.references),
        'sources-heading',
      )}
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
function renderTriage({ content, outcome, emergencyNumber }: ResultView): TemplateResult {
  const strings = content.strings;
  const { triage } = outcome;
  const title =
    triage === 'emergency'
      ? strings.quizEmergencyTitle
      : triage === 'see-doctor'
        ? strings.quizSeeDoctorTitle
        : strings.quizSelfCareTitle;
  return html`
    <div part="triage" class="triage ${triage}" role=${triage === 'emergency' ? 'alert' : 'status'}>
      <p class="triage-title"><span class="icon" aria-hidden="true">${ICONS[triage]}</span> ${title}</p>
      ${triage === 'emergency' ? html`<p class="call">${renderCallLine(strings, emergencyNumber)}</p>` : nothing}
    </div>
  `;
}

/**
 * "Call 112 now…" with the number as a `tel:` link, or, without a usable number, the
 * wording that names no country's number.
 */
function renderCallLine(strings: LocaleStrings, emergencyNumber: string | null): TemplateResult | string {
  const shown = emergencyNumber?.trim() ?? '';
  // Only what a phone can dial goes into the link.
  const dial = shown.replace(/[^\d+*#]/g, '');
  if (!dial) return strings.quizEmergencyCallLocal;
  const link = html`<a part="call" class="call-link" href="tel:${dial}">${shown}</a>`;
  const [before, ...after] = strings.quizEmergencyCallNumber.split('{number}');
  // A translation without the placeholder still gets the number, after its sentence.
  if (after.length === 0) return html`${before} ${link}`;
  return html`${before}${link}${after.join(shown)}`;
}

/** Who to see and what to do. An emergency's title is already the triage message. */
function renderReferral(referral: Outcome, withTitle: boolean): TemplateResult {
  return html`
    <div part="referral" class="referral">
      ${withTitle ? html`<h4 class="referral-title">${referral.title}</h4>` : nothing}
      <p>${referral.summary}</p>
      <ul part="actions" class="list">
        ${referral.actions.map((action) => html`<li>${action}</li>`)}
      </ul>
    </div>
  `;
}

function renderCauses(content: Content, causes: readonly Outcome[]): TemplateResult {
  return html`
    <section class="causes" aria-labelledby="causes-heading">
      <h4 id="causes-heading" class="causes-heading">${content.strings.quizLikelyCauses}</h4>
      <ol class="cause-list">
        ${causes.map((cause) => renderCause(content, cause))}
      </ol>
    </section>
  `;
}

/** One likely cause: what it is, what to try, the cues to check and easier variations by name. */
function renderCause(content: Content, cause: Outcome): TemplateResult {
  const strings = content.strings;
  const cues = cause.cues.flatMap((id) => content.cues.find((cue) => cue.id === id)?.text ?? []);
  const names = cause.variations.flatMap((id) => content.variations.find((each) => each.id === id)?.name ?? []);
  return html`
    <li part="cause" class="cause">
      <h5 class="cause-title">${cause.title}</h5>
      <p>${cause.summary}</p>
      ${renderList('actions', strings.quizWhatToTry, cause.actions)}
      ${renderList('cues', strings.quizCuesToCheck, cues)}
      ${renderList('variations', strings.quizEasierVariations, names)}
    </li>
  `;
}

/**
 * One compact `<variation-risk-card>` for each easier variation the causes suggest, each
 * once. After the causes rather than inside each one: the cards open with their own `h2`,
 * and a cause's heading right after a card would skip heading levels.
 */
function renderCards(content: Content, causes: readonly Outcome[]): TemplateResult | typeof nothing {
  // In the order the ranked causes suggest them: most likely cause first.
  const ids = new Set(causes.flatMap((cause) => cause.variations));
  const suggested = [...ids].flatMap((id) => content.variations.find((variation) => variation.id === id) ?? []);
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

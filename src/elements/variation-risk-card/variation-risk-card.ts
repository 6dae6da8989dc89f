import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cardShape, enCard } from '../../content/card/content.js';
import type { CardContent, ContentPatch, Id, RiskLevel, RiskRating, Variation } from '../../content/types.js';
import { ContentController } from '../../shared/content-controller.js';
import { renderHeading } from '../../shared/heading.js';
import { PushupElement } from '../../shared/pushup-element.js';
import { readText, textAttribute } from '../../shared/property-values.js';
import { followCitation, referencesFor, renderCitation, renderSources, type SourceList } from '../../shared/sources.js';
import { SlotContent } from '../../shared/slot-content.js';
import { stamp } from '../../shared/stamp.js';
import { variationPoses } from '../../content/card/poses.js';
import { renderFigure } from '../../figure/figure.js';
import { FigureMotion } from '../../figure/motion.js';
import { cardStyles } from './variation-risk-card.styles.js';

/** Which list of neighbours a button belongs to. */
type Direction = 'easier' | 'harder';

/** A claim's source marker, or nothing where it cites no listed source. */
type Citation = ReturnType<typeof renderCitation>;

/** How many of the meter's three segments each level fills. */
const SEGMENTS: Record<RiskLevel, number> = { low: 1, moderate: 2, high: 3 };

const LEVEL_WORDS: Record<RiskLevel, keyof CardContent['strings']> = {
  low: 'cardRiskLow',
  moderate: 'cardRiskModerate',
  high: 'cardRiskHigh',
};

/**
 * @summary One push-up variation: what it works, its back and shoulder risk, who it
 * suits, its key cues, and buttons to its easier and harder neighbours.
 *
 * Each risk is told in words ("Back risk", "Moderate") and drawn as a three-segment meter
 * (one, two or three segments filled), never by colour alone; the meter is hidden from
 * assistive technology because the words carry the meaning. The Easier and Harder buttons
 * switch the card in place, unless a listener cancels `pushup-variation-select`. A missing
 * or unknown `variation` shows a polite message listing the known ids and warns once in
 * the console. Each claim (the summary, each risk's reason, the muscles, who it suits and
 * who should skip it) carries a marker with the numbers of the sources it rests on; a
 * marker's link moves focus to its entry in the numbered list of sources at the foot,
 * after a short not-medical-advice notice. A risk rating no source states is the
 * library's own: it is led by "Our rating:" and carries no marker.
 *
 * @slot action - The site's own action after the card's content, before the notice: a
 *   link or button of its own, e.g. "Learn this in class", in the page's own styles.
 *
 * @fires {CustomEvent<VariationSelectDetail>} pushup-variation-select - An Easier or Harder
 *   button was chosen. Cancelable: call `preventDefault()` to keep the card and handle the
 *   choice yourself. `detail: { variation: string, from: string }` (ids).
 *
 * @csspart base - The whole card.
 * @csspart figure - The variation's figure at the top: a side view moving between the top
 *   and the bottom of a rep (about 3 s a rep) with a "Pause the animation" control, and the
 *   hands seen from above where their width matters. Under `prefers-reduced-motion` and in
 *   print, the two positions side by side. Smaller in a `compact` card.
 * @csspart heading - The variation's name (an `h2`, or the level `heading-level` sets).
 * @csspart summary - The one-line summary.
 * @csspart citation - A claim's source marker: the numbers of its sources, each a link to its entry.
 * @csspart risks - The back and shoulder risks (a description list).
 * @csspart risk - One risk row: its name, level, meter and reason.
 * @csspart risk-level - A risk's level in words: Low, Moderate or High.
 * @csspart risk-meter - A risk's three-segment meter (hidden from assistive technology).
 * @csspart risk-reason - Why a risk is rated as it is.
 * @csspart muscles - The muscles worked.
 * @csspart suits - Who the variation suits.
 * @csspart skip - Who should skip it.
 * @csspart cues - Its key form cues.
 * @csspart neighbours - The easier and harder buttons with their heading.
 * @csspart easier - A button to an easier variation.
 * @csspart harder - A button to a harder variation.
 * @csspart action - Around the `action` slot, after the card's content; only while the
 *   page has put something in the slot.
 * @csspart message - The message shown when `variation` is missing or unknown.
 * @csspart notice - The not-medical-advice notice, shown by compact cards too.
 * @csspart sources - The numbered list of sources.
 *
 * @cssprop [--pushup-accent=#1d4ed8] - Accent colour: buttons, links, focus ring. Dark
 *   scheme: `#93b4ff`.
 * @cssprop [--pushup-muted=#4a5360] - Secondary text colour: summary, reasons, sources.
 *   Dark scheme: `#b4bac4`.
 * @cssprop [--pushup-subtle=#f2f4f7] - Background of quiet areas (risk rows, muscle tags).
 *   Dark scheme: `#22252b`.
 * @cssprop [--pushup-border=#8a93a0] - Border colour of the card and the meter segments.
 *   Dark scheme: `#6b7380`.
 * @cssprop [--pushup-risk-low=#146c2e] - Fill of a low-risk meter. Dark scheme: `#7ddc94`.
 * @cssprop [--pushup-risk-moderate=#8a5300] - Fill of a moderate-risk meter. Dark scheme:
 *   `#ffc66d`.
 * @cssprop [--pushup-risk-high=#b3261e] - Fill of a high-risk meter. Dark scheme:
 *   `#ffb4ab`.
 *
 * @cssstate risk-high - The back or the shoulder risk is high.
 * @cssstate unknown - `variation` is missing or unknown; the message is shown.
 * @cssstate variation-pending - No `variation` yet while the page loads (a framework may set
 *   it a moment later): the card shows nothing and keeps `--pushup-reserve`; once the page has
 *   loaded and one more task has run, a card still without one shows its message.
 * @cssstate on-screen - The card is on screen (or within 200 px of it): only then does its
 *   figure move.
 */
export class VariationRiskCard extends PushupElement {
  static override styles = cardStyles;
  static override get properties() {
    return {
      variation: { reflect: true, converter: textAttribute },
      compact: { type: Boolean, reflect: true },
      content: { attribute: false },
      announcement: { state: true, attribute: false },
    };
  }

  /** Id of the variation to show, e.g. `diamond`. Required: without a known id the card shows a message. */
  variation: string | number | null = null;

  /**
   * Show the name, summary, the two risk levels, who should skip it, the notice and the
   * sources only: no reasons, muscles, suits, cues or neighbours. Every claim shown keeps
   * its source marker.
   */
  compact = false;

  /**
   * Content overrides merged over the defaults (a `ContentPatch`): own wording, an extra
   * variation. Only what the card shows is read and checked: its variations, strings and
   * references, and the text of cues. Invalid content is reported once in the console and
   * the defaults stay.
   */
  content?: ContentPatch | null;

  /** Polite announcement after switching to a neighbour while focus stays on a button. */
  private announcement = '';

  /**
   * One observer for every card: a figure moves only while its card is on screen (or
   * nearly). Animated SVG is drawn on the main thread, so a page with many cards would
   * otherwise spend its frames moving figures no one sees.
   */
  static #onScreen?: IntersectionObserver;

  readonly #i18n = new ContentController(this, enCard, cardShape);
  /**
   * Whether a card with no `variation` may ask for one: once any value has come (good or
   * bad), or once the page has loaded and a frame and a task have passed. A framework sets
   * the property a moment after the element upgrades (React while it hydrates), and a card
   * that said "Choose a variation" and warned in that moment would flash its message for
   * nothing; until then it shows nothing, keeps its reserved height, and says nothing. On
   * a server, and in a card a server rendered, at once.
   */
  #mayAskForVariation = isServer;
  readonly #slots = new SlotContent(this);
  /** Where focus goes once a switch to a neighbour has rendered. */
  #focusAfterSwitch?: { direction: Direction; index: number };

  constructor() {
    super();
    // The keyframes of the figure the card shows, built when a card first shows it.
    new FigureMotion(this, () => {
      const variation = this.#waitingForVariation ? undefined : this.#variation;
      const pose = variation?.figure ? variationPoses[variation.id] : undefined;
      return variation && pose ? [variation.id, pose] : undefined;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    if (this.serverRendered) this.#mayAskForVariation = true;
    if (!this.#mayAskForVariation) {
      // The load, a frame, then a task: what a framework does as the page starts runs first.
      const settle = () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            this.#mayAskForVariation = true;
            this.requestUpdate();
          }),
        );
      if (document.readyState === 'complete') settle();
      else window.addEventListener('load', settle, { once: true });
    }
    if (!globalThis.IntersectionObserver) {
      this.states.set('on-screen', true);
      return;
    }
    VariationRiskCard.#onScreen ??= new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) (target as VariationRiskCard).states.set('on-screen', isIntersecting);
      },
      { rootMargin: '200px' },
    );
    VariationRiskCard.#onScreen.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    VariationRiskCard.#onScreen?.unobserve(this);
    this.states.set('on-screen', false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Once any value has come, good or bad, the card says what it makes of it from then on.
    if (this.variation != null && this.variation !== '') this.#mayAskForVariation = true;
    // A variation set from outside is not a switch the person made: nothing to announce.
    if (changed.has('variation') && !this.#focusAfterSwitch) this.announcement = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const variation = this.#variation;
    const waiting = this.#waitingForVariation;
    this.states.set('variation-pending', waiting);
    this.states.set('unknown', !variation && !waiting);
    this.states.set('risk-high', variation?.backRisk.level === 'high' || variation?.shoulderRisk.level === 'high');
    if (!variation && !waiting) this.#warnUnknown();
    if (changed.has('variation')) this.#restoreFocus();
  }

  /** No `variation` yet, and too early to ask for one (see `#mayAskForVariation`). */
  get #waitingForVariation(): boolean {
    return !this.#mayAskForVariation && !this.#variationId;
  }

  /** The `variation` asked for, as clean text; empty when none (or when it is not text). */
  get #variationId(): string {
    const { value, problem } = readText(this.variation);
    if (problem) this.warnOnce('variation-type', `variation: ${problem}.`);
    return value.trim();
  }

  /** The variation named by `variation`, if the content has it. */
  get #variation(): Variation | undefined {
    return this.#find(this.#variationId);
  }

  #find(id: Id | null): Variation | undefined {
    return this.#i18n.content.variations.find((variation) => variation.id === id);
  }

  get #knownIds(): string {
    return this.#i18n.content.variations.map((variation) => variation.id).join(', ');
  }

  #warnUnknown(): void {
    const value = this.#variationId;
    const problem = value ? `unknown variation "${value}"` : 'no `variation` attribute';
    this.warnOnce(`variation:${value}`, `${problem}. Known variations: ${this.#knownIds}.`);
  }

  /**
   * Clicks on the card's citations and neighbour buttons, from one listener: the card's
   * facts are copied from one rendering per variation (see `#renderFacts()`), listeners aside.
   */
  #onClick(event: Event): void {
    followCitation(event);
    const button = (event.target as Partial<Element>).closest?.<HTMLButtonElement>('.neighbours button');
    const next = button && this.#find(button.value);
    if (!button || !next) return;
    // A neighbour button's one class is its direction.
    const direction = button.className as Direction;
    const index = [...this.renderRoot.querySelectorAll(`button.${direction}`)].indexOf(button);
    this.#onNeighbour(direction, index, next);
  }

  #onNeighbour(direction: Direction, index: number, next: Variation): void {
    const from = this.#variationId;
    const event = this.emit('pushup-variation-select', { variation: next.id, from }, { cancelable: true });
    if (event.defaultPrevented) return;
    // Keep focus in the same place (the first "Harder" button stays the first "Harder"
    // button) and say what the card now shows; where that place is gone, the heading
    // takes focus and is read out instead.
    const keepsPlace = this.#neighbours(next, direction).length > index;
    this.#focusAfterSwitch = { direction, index };
    this.announcement = keepsPlace ? this.#i18n.format('cardShowing', { name: next.name }) : '';
    this.variation = next.id;
  }

  #restoreFocus(): void {
    const target = this.#focusAfterSwitch;
    this.#focusAfterSwitch = undefined;
    if (!target) return;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>(`button.${target.direction}`);
    const heading = this.renderRoot.querySelector<HTMLElement>('#heading');
    (buttons[target.index] ?? heading)?.focus();
  }

  /** The known neighbours of `variation` in one direction, in content order. */
  #neighbours(variation: Variation, direction: Direction): Variation[] {
    return variation[direction].flatMap((id) => this.#find(id) ?? []);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.#waitingForVariation) return nothing;
    const variation = this.#variation;
    return html`
      <article
        part="base"
        class="panel card"
        aria-labelledby=${variation ? 'heading' : nothing}
        lang=${this.#i18n.content.locale}
        @click=${this.#onClick}
      >
        ${variation ? this.#renderFacts(variation) : this.#renderMessage()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </article>
    `;
  }

  #renderMessage(): TemplateResult {
    // The message takes the facts' place, and their nodes with it: a later card starts a new copy.
    this.#facts = undefined;
    const id = this.#variationId;
    const known = this.#knownIds;
    const message = id
      ? this.#i18n.format('cardUnknown', { id, known })
      : this.#i18n.format('cardMissing', { known });
    return html`<p part="message" class="message" role="status">${message}</p>`;
  }

  /** This card's copy of its facts and its foot, kept while their content and key stay: see `#renderFacts()`. */
  #facts?: { scope: object; key: string; copy: DocumentFragment; foot: DocumentFragment };

  /**
   * The card but its announcement: the facts, the site's action and the foot (the notice
   * and the sources). The facts and the foot are the same for every card showing this
   * variation of this content at this heading level, so Lit renders them once and each
   * card gets a copy (on a server, and in a server-rendered card, which hydrates it, the
   * templates themselves); the action is the card's own, between them.
   */
  #renderFacts(variation: Variation): unknown {
    const facts = () => this.#renderCard(variation);
    const foot = () => this.#renderFoot(variation);
    const action = this.#slots.has('action') ? html`<div part="action" class="actions action"><slot name="action"></slot></div>` : nothing;
    if (isServer || this.serverRendered) return [facts(), action, foot()];
    const scope = this.#i18n.content;
    // Its id, heading level and whether it is full (`!` reads any value a framework sets).
    const key = `${variation.id} ${this.level} ${!this.compact}`;
    // The same copies render as nothing new: what is on screen stays, focus included.
    if (this.#facts?.scope !== scope || this.#facts.key !== key) {
      this.#facts = { scope, key, copy: stamp(scope, key, facts), foot: stamp(scope, `${key} foot`, foot) };
    }
    return [this.#facts.copy, action, this.#facts.foot];
  }

  /** One numbered list for the card, compact or not: marker "2" is entry 2 at the foot. */
  #sources(variation: Variation): SourceList {
    const { backRisk, shoulderRisk } = variation;
    return referencesFor(this.#i18n.content, [...variation.references, ...backRisk.references, ...shoulderRisk.references]);
  }

  /** The not-medical-advice notice and the numbered sources. */
  #renderFoot(variation: Variation): TemplateResult {
    const { content, strings } = this.#i18n;
    return html`
      <p part="notice" class="notice">${strings.safetyNotice}</p>
      ${renderSources(content, this.#sources(variation), 'sources-heading', this.levelBelow(1))}
    `;
  }

  #renderCard(variation: Variation): TemplateResult {
    const { content, strings } = this.#i18n;
    const { backRisk, shoulderRisk } = variation;
    const full = !this.compact;
    const sources = this.#sources(variation);
    const cite = (ids: readonly Id[]) => renderCitation(content, sources, ids);
    // The summary, the muscles, who it suits and who should skip it rest on the variation's own sources.
    const variationCitation = cite(variation.references);
    const pose = variationPoses[variation.id];
    const figureStrings = { pause: strings.cardFigurePause, top: strings.cardFigureTop, bottom: strings.cardFigureBottom };
    return html`
      ${pose && variation.figure ? renderFigure(variation.id, pose, variation.figure, figureStrings) : nothing}
      <header class="intro">
        ${renderHeading(this.level, variation.name, { id: 'heading', part: 'heading', tabindex: '-1' })}
        <p part="summary" class="summary">${variation.summary}${variationCitation}</p>
      </header>
      <dl part="risks" class="risks">
        ${this.#renderRisk(strings.cardBackRisk, backRisk, cite(backRisk.references))}
        ${this.#renderRisk(strings.cardShoulderRisk, shoulderRisk, cite(shoulderRisk.references))}
      </dl>
      ${full ? this.#renderList('muscles', strings.cardMuscles, variation.muscles, variationCitation) : nothing}
      ${full ? this.#renderList('suits', strings.cardSuits, variation.suits, variationCitation) : nothing}
      ${this.#renderList('skip', strings.cardSkipIf, variation.skipIf, variationCitation)}
      ${full ? this.#renderList('cues', strings.cardKeyCues, this.#cueTexts(variation)) : nothing}
      ${full ? this.#renderNeighbours(variation) : nothing}
    `;
  }

  /**
   * One risk row. A rating that cites no source is the library's own: "Our rating:" leads
   * its reason (or, in a compact card, which shows no reason, its level), and it has no
   * source marker.
   */
  #renderRisk(label: string, risk: RiskRating, citation: Citation): TemplateResult {
    const filled = SEGMENTS[risk.level];
    const own = risk.references.length === 0
      ? html`<strong class="own-rating">${this.#i18n.strings.cardOwnRating}</strong> `
      : nothing;
    return html`
      <div part="risk" class="risk ${risk.level}">
        <dt class="risk-name">${label}</dt>
        <dd class="risk-value">
          ${this.compact ? own : nothing}<span part="risk-level" class="risk-level"
            >${this.#i18n.strings[LEVEL_WORDS[risk.level]]}</span
          >
          <span part="risk-meter" class="risk-meter" aria-hidden="true">
            ${[1, 2, 3].map((segment) => html`<span class="segment ${segment <= filled ? 'filled' : ''}"></span>`)}
          </span>
          ${this.compact ? citation : nothing}
        </dd>
        ${this.compact
          ? nothing
          : html`<dd part="risk-reason" class="risk-reason">${own}${risk.reason}${citation}</dd>`}
      </div>
    `;
  }

  /** The texts of the variation's key cues, in its own order; unknown ids are skipped. */
  #cueTexts(variation: Variation): string[] {
    const cues = this.#i18n.content.cues;
    return variation.keyCues.flatMap((id) => cues.find((cue) => cue.id === id)?.text ?? []);
  }

  /**
   * A list of facts under its heading. The source marker goes beside the heading, not in
   * it, so neither the heading nor the list it labels takes the marker's words as its name.
   */
  #renderList(
    name: string,
    heading: string,
    items: readonly string[],
    citation: Citation = nothing,
  ): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return html`
      <div part=${name} class="facts ${name}">
        <div class="facts-heading">${renderHeading(this.levelBelow(1), heading, { id: `${name}-heading` })}${citation}</div>
        <ul role="list" aria-labelledby="${name}-heading">
          ${items.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>
    `;
  }

  #renderNeighbours(variation: Variation): TemplateResult | typeof nothing {
    const easier = this.#neighbours(variation, 'easier');
    const harder = this.#neighbours(variation, 'harder');
    if (easier.length + harder.length === 0) return nothing;
    return html`
      <div part="neighbours" class="neighbours">
        ${renderHeading(this.levelBelow(1), this.#i18n.strings.cardNeighbours, { id: 'neighbours-heading', class: 'neighbours-heading' })}
        <div class="actions" role="group" aria-labelledby="neighbours-heading">
          ${easier.map((next) => this.#renderNeighbour('easier', next))}
          ${harder.map((next) => this.#renderNeighbour('harder', next))}
        </div>
      </div>
    `;
  }

  #renderNeighbour(direction: Direction, next: Variation): TemplateResult {
    const label = this.#i18n.format(direction === 'easier' ? 'cardEasier' : 'cardHarder', { name: next.name });
    return html`
      <button part=${direction} class=${direction} type="button" value=${next.id}>
        ${label}
      </button>
    `;
  }
}

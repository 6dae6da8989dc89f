import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { checklistShape, enChecklist } from '../../content/checklist/content.js';
import type { ChecklistContent, ContentPatch, FormCue, Phase, VariationName } from '../../content/types.js';
import { ID_PATTERN } from '../../content/registry/patterns.js';
import { ContentController } from '../../shared/content-controller.js';
import { pageSetting, PageSettingsController } from '../../shared/page-settings.js';
import { PersistController } from '../../shared/persist-controller.js';
import { SlotContent } from '../../shared/slot-content.js';
import { renderHeading } from '../../shared/heading.js';
import { PushupElement } from '../../shared/pushup-element.js';
import { readIdList, readStorageKey, readText, settingAttribute, textAttribute, warningKey } from '../../shared/property-values.js';
import { followCitation, referencesFor, renderCitation, renderSources, type SourceList } from '../../shared/sources.js';
import { cuePictures } from '../../content/checklist/pictures.js';
import { renderPair } from '../../figure/figure.js';
import { PrintMedia } from '../../shared/print-media.js';
import { checklistStyles } from './pushup-form-checklist.styles.js';

const DEFAULT_VARIATION = 'standard';

/** What a checklist shows for one content and one value of `variation` (`asked`). */
interface Shown {
  content: ChecklistContent;
  asked: unknown;
  known?: VariationName;
  variation?: VariationName;
  cues: FormCue[];
  /** The sources its cues cite; the same list while the rest stays, so unchanged rows keep theirs (see `#renderPhase()`). */
  sources: SourceList;
}

/** Stored ticks are a list of cue ids; anything else is corrupt. */
function parseStoredTicks(stored: unknown): string[] | undefined {
  if (!Array.isArray(stored) || !stored.every((id) => typeof id === 'string' && ID_PATTERN.test(id))) return undefined;
  return stored as string[];
}

/**
 * @summary Form cues for a push-up, grouped by phase, as a checklist a person ticks off.
 *
 * Each cue is a real, labelled checkbox with a "why it matters" disclosure that shows the
 * reason and the mistake it prevents. Progress ("3 of 12 checked") is announced politely;
 * a message shows when every cue is checked. Each cue carries a marker with the numbers of
 * the sources it rests on; a marker's link moves focus to its entry in the numbered list
 * of sources at the foot, after a short not-medical-advice notice.
 *
 * @slot complete-action - The site's own action once every cue is checked, beside the
 *   completion message: a link or button of its own, e.g. "Book a form check", in the
 *   page's own styles.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} pushup-checklist-change - A cue was ticked or
 *   unticked, or the list was reset. `detail: { checked: string[], total: number, complete:
 *   boolean }`.
 * @fires {CustomEvent<ChecklistCompleteDetail>} pushup-checklist-complete - The last
 *   unchecked cue was ticked. `detail: { checked: string[], total: number }`.
 *
 * @csspart base - The whole checklist.
 * @csspart heading - The heading (an `h2`, or the level `heading-level` sets).
 * @csspart variation - The line naming the variation, when it is not the standard push-up.
 * @csspart progress - The live progress line and completion message.
 * @csspart progress-bar - The visual progress bar (hidden from assistive technology).
 * @csspart phase - One phase's group of cues (a `fieldset`).
 * @csspart phase-label - A phase's legend.
 * @csspart cue - One cue (list item).
 * @csspart checkbox - A cue's native checkbox.
 * @csspart label - A cue's label.
 * @csspart citation - A cue's source marker: the numbers of its sources, each a link to its entry.
 * @csspart why-toggle - The button that shows or hides why a cue matters.
 * @csspart why - The explanation: why it matters and the mistake it prevents.
 * @csspart pictures - In the explanation of a cue a picture shows best (hands under the
 *   shoulders, one straight line, hips level, no arched lower back): a "Do" picture and an
 *   "Avoid" picture side by side, each labelled in words and named by its text alternative.
 * @csspart complete - The completion message.
 * @csspart complete-action - Around the `complete-action` slot, beside the completion
 *   message; only once every cue is checked and while the page has put something in the slot.
 * @csspart reset - The reset button.
 * @csspart notice - The not-medical-advice notice above the sources.
 * @csspart sources - The numbered list of sources.
 *
 * @cssprop [--pushup-accent=#1d4ed8] - Accent colour: checkboxes, buttons, progress, focus
 *   ring. Dark scheme: `#93b4ff`.
 * @cssprop [--pushup-on-accent=#ffffff] - Text on the accent colour. Dark scheme:
 *   `#0b1530`.
 * @cssprop [--pushup-muted=#4a5360] - Secondary text colour. Dark scheme: `#b4bac4`.
 * @cssprop [--pushup-subtle=#f2f4f7] - Background of quiet areas (explanations, hover).
 *   Dark scheme: `#22252b`.
 * @cssprop [--pushup-border=#8a93a0] - Border colour. Dark scheme: `#6b7380`.
 * @cssprop [--pushup-success=#146c2e] - Colour of the completion message. Dark scheme:
 *   `#7ddc94`.
 *
 * @cssstate complete - Every cue is checked.
 */
export class PushupFormChecklist extends PushupElement {
  static override styles = checklistStyles;
  static override get properties() {
    return {
      variation: { reflect: true, converter: textAttribute },
      persist: { reflect: true, converter: settingAttribute() },
      compact: { type: Boolean, reflect: true },
      heading: { reflect: true, converter: settingAttribute('') },
      checked: { attribute: false },
      content: { attribute: false },
      expanded: { state: true, attribute: false },
    };
  }

  /** Id of the variation whose cues are shown. Unknown ids fall back to `standard`. */
  variation: string | number | null = DEFAULT_VARIATION;

  /**
   * Keep ticks in `localStorage` across reloads. The attribute's value, if any, names the
   * storage key, so two checklists can keep separate ticks; `true` or an empty value uses
   * the default key; `false` stores nothing. Absent or `null`: as the page's `persist`
   * setting says (`configure()`, `<meta name="pushup-widgets">`), else nothing is stored.
   */
  persist: string | boolean | null = null;

  /** Show the cues only, without their explanations; their sources and the notice stay. */
  compact = false;

  /** The heading text; defaults to the locale's "Push-up form checklist". */
  heading: string | number | null = '';

  /**
   * Ids of the checked cues, in content order. Settable; anything but a list of ids is
   * ignored with a warning. Ticks on cues the checklist does not show (another
   * variation's, or content a site registers later) are kept, so nothing is lost.
   */
  get checked(): string[] {
    const ticked = new Set(this.#ticks);
    return this.#i18n.content.cues.filter((cue) => ticked.has(cue.id)).map((cue) => cue.id);
  }
  set checked(value: unknown) {
    const { value: ids, problem } = readIdList(value);
    if (problem) this.warnOnce('checked', `\`checked\` ${problem}; keeping the ids it holds.`);
    this.#ticks = [...new Set(ids)];
  }

  /**
   * Content overrides merged over the defaults (a `ContentPatch`): own cue wording,
   * extra cues. Only what the checklist shows is read and checked: its phases, cues,
   * strings and references, and the names of variations. Invalid content is reported once
   * in the console and the defaults stay.
   */
  content?: ContentPatch | null;

  /** Cue ids whose explanation is open. */
  private expanded = new Set<string>();

  readonly #i18n = new ContentController(this, enChecklist, checklistShape);
  readonly #print = new PrintMedia(this);
  readonly #storage = new PersistController<string[]>(this, {
    namespace: 'checklist',
    version: 1,
    key: () => this.#storageKey,
    parse: parseStoredTicks,
    changedElsewhere: (ticks) => (this.checked = ticks ?? []),
  });
  readonly #slots = new SlotContent(this);
  /** Every ticked id, shown or not: what is stored. */
  #ticks: string[] = [];
  /** The storage key the ticks were last restored from: another key restores again. */
  #restoredFrom?: string | null;

  constructor() {
    super();
    // A page's `persist` set or changed later reaches a checklist already shown.
    new PageSettingsController(this);
  }

  /** Clears every tick of the shown cues and fires `pushup-checklist-change`. */
  reset(): void {
    const shown = new Set(this.#shown.cues.map((cue) => cue.id));
    this.checked = this.#ticks.filter((id) => !shown.has(id));
    this.#storage.save(this.#ticks);
    this.#emitChange();
  }

  get #storageKey(): string | null {
    const persist = this.persist ?? pageSetting('persist');
    const { value, problem } = readStorageKey(persist);
    if (problem) this.warnOnce(warningKey('persist', persist), `persist: ${problem}.`);
    return value;
  }

  /** The `variation` asked for, as clean text; empty when none. */
  get #variationId(): string {
    const { value, problem } = readText(this.variation);
    if (problem) this.warnOnce('variation-type', `variation: ${problem}; showing "${DEFAULT_VARIATION}".`);
    return value.trim();
  }

  get #heading(): string {
    const { value, problem } = readText(this.heading);
    if (problem) this.warnOnce('heading', `heading: ${problem}; showing the default heading.`);
    return value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered checklist shows the server's ticks until hydrated; see `firstUpdated()`.
    if (this.hasUpdated || !this.serverRendered) this.#restore();
  }

  protected override firstUpdated(): void {
    // After the hydrating update has completed, so the restore is an update of its own.
    if (this.serverRendered) void this.updateComplete.then(() => this.#restore());
  }

  protected override willUpdate(): void {
    // `persist`, or the page's, names another key: the ticks stored there show.
    if (this.hasUpdated && this.#storage.storageKey !== this.#restoredFrom) this.#restore();
  }

  protected override updated(): void {
    this.states.set('complete', this.#isComplete);
    this.#paintProgress();
    const id = this.#variationId;
    if (id && !this.#shown.known) {
      const known = this.#i18n.content.variations.map((variation) => variation.id).join(', ');
      this.warnOnce(`variation:${id}`, `unknown variation "${id}"; showing "${DEFAULT_VARIATION}". Known variations: ${known}.`);
    }
  }

  /**
   * The variation `variation` names (`known`, when the content has it), the one shown, and
   * its cues in content order: derived once for each content and `variation`, then read by
   * every render, event and check until either changes.
   */
  get #shown(): Shown {
    const { content } = this.#i18n;
    const last = this.#lastShown;
    if (last?.content === content && last.asked === this.variation) return last;
    const id = this.#variationId;
    const known = content.variations.find((variation) => variation.id === id);
    const variation = known ?? content.variations.find((each) => each.id === DEFAULT_VARIATION);
    const cues = content.cues.filter((cue) => cue.variations === 'all' || cue.variations.includes(variation?.id ?? DEFAULT_VARIATION));
    // One numbered list for the whole element: marker "2" is entry 2 at the foot.
    const sources = referencesFor(content, cues.flatMap((cue) => cue.references));
    return (this.#lastShown = { content, asked: this.variation, known, variation, cues, sources });
  }

  #lastShown?: Shown;

  get #checkedShown(): string[] {
    const checked = new Set(this.#ticks);
    return this.#shown.cues.filter((cue) => checked.has(cue.id)).map((cue) => cue.id);
  }

  get #isComplete(): boolean {
    const total = this.#shown.cues.length;
    return total > 0 && this.#checkedShown.length === total;
  }

  /**
   * Sets the bar's width through the CSSOM: a `style` attribute in the template would be
   * blocked by a strict Content-Security-Policy (`style-src` without `unsafe-inline`).
   */
  #paintProgress(): void {
    // With no cue shown, 0 / 0 is NaN: an empty bar.
    const fraction = this.#checkedShown.length / this.#shown.cues.length || 0;
    this.renderRoot.querySelector<HTMLElement>('.progress-fill')?.style.setProperty('inline-size', `${fraction * 100}%`);
  }

  #restore(): void {
    this.#restoredFrom = this.#storage.storageKey;
    const stored = this.#storage.load();
    if (stored) this.checked = stored;
  }

  #emitChange(): void {
    const checked = this.#checkedShown;
    const total = this.#shown.cues.length;
    this.emit('pushup-checklist-change', { checked, total, complete: total > 0 && checked.length === total });
  }

  #onToggle(cue: FormCue, event: Event): void {
    const wasComplete = this.#isComplete;
    const ticked = (event.target as HTMLInputElement).checked;
    this.checked = ticked ? [...this.#ticks, cue.id] : this.#ticks.filter((id) => id !== cue.id);
    this.#storage.save(this.#ticks);
    this.#emitChange();
    if (!wasComplete && this.#isComplete) {
      this.emit('pushup-checklist-complete', { checked: this.#checkedShown, total: this.#shown.cues.length });
    }
  }

  #onWhy(cue: FormCue): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(cue.id)) expanded.delete(cue.id);
    else expanded.add(cue.id);
    this.expanded = expanded;
  }

  protected override render(): TemplateResult {
    const { strings, content } = this.#i18n;
    const { cues, variation, sources } = this.#shown;
    return html`
      <article
        part="base"
        class="panel checklist"
        aria-labelledby="heading"
        lang=${this.#i18n.content.locale}
        @click=${followCitation}
      >
        ${renderHeading(this.level, this.#heading || strings.checklistHeading, { id: 'heading', part: 'heading' })}
        ${variation && variation.id !== DEFAULT_VARIATION
          ? html`<p part="variation" class="variation">
              ${this.#i18n.format('checklistForVariation', { variation: variation.name })}
            </p>`
          : nothing}
        ${this.#renderProgress(cues.length)}
        ${content.phases.map((phase) =>
          this.#renderPhase(phase, cues.filter((cue) => cue.phase === phase.id), sources),
        )}
        <div class="actions">
          <button part="reset" class="reset" type="button" @click=${() => this.reset()}>
            ${strings.checklistReset}
          </button>
        </div>
        <p part="notice" class="notice">${strings.safetyNotice}</p>
        ${guard([sources, this.level], () => renderSources(content, sources, 'sources-heading', this.levelBelow(1)))}
      </article>
    `;
  }

  #renderProgress(total: number): TemplateResult {
    const done = this.#checkedShown.length;
    // The site's action sits beside the status, not in it: a live region announces text, not links.
    return html`
      <div part="progress-bar" class="progress-bar" aria-hidden="true">
        <div class="progress-fill"></div>
      </div>
      <div class="progress-row">
        <div part="progress" class="progress" role="status">
          <span>${this.#i18n.format('checklistProgress', { checked: done, total })}</span>
          ${this.#isComplete
            ? html`<span part="complete" class="complete">${this.#i18n.strings.checklistComplete}</span>`
            : nothing}
        </div>
        ${this.#isComplete && this.#slots.has('complete-action')
          ? html`<div part="complete-action" class="actions"><slot name="complete-action"></slot></div>`
          : nothing}
      </div>
    `;
  }

  #renderPhase(phase: Phase, cues: FormCue[], sources: SourceList): TemplateResult | typeof nothing {
    if (cues.length === 0) return nothing;
    return html`
      <fieldset part="phase" class="phase">
        <legend part="phase-label">${phase.label}</legend>
        <ul class="cues" role="list">
          ${cues.map((cue) =>
            // A tick re-renders its own row only: the others keep their values unread.
            guard([cue, sources, this.#ticks.includes(cue.id), this.expanded.has(cue.id), this.compact, this.#print.active], () =>
              this.#renderCue(cue, sources),
            ),
          )}
        </ul>
      </fieldset>
    `;
  }

  /**
   * The cue's "Do" and "Avoid" pictures, for a cue that has them: drawn when its
   * explanation is open, and for print, which shows every explanation. A page of closed
   * checklists draws none.
   */
  #renderPictures(cue: FormCue, open: boolean): TemplateResult | typeof nothing {
    const pair = cuePictures[cue.id];
    if (!pair || !cue.pictures || !(open || this.#print.active)) return nothing;
    const { checklistDo, checklistAvoid } = this.#i18n.strings;
    return renderPair(pair, cue.pictures, { do: checklistDo, avoid: checklistAvoid });
  }

  #renderCue(cue: FormCue, sources: SourceList): TemplateResult {
    const open = this.expanded.has(cue.id);
    const { strings, content } = this.#i18n;
    // The source marker sits beside the label, not inside it, so the checkbox's accessible
    // name stays exactly the cue text.
    return html`
      <li part="cue" class="cue">
        <div class="cue-row">
          <input
            part="checkbox"
            id="cue-${cue.id}"
            type="checkbox"
            .checked=${this.#ticks.includes(cue.id)}
            @change=${(event: Event) => this.#onToggle(cue, event)}
          />
          <span class="cue-text">
            <label part="label" for="cue-${cue.id}">${cue.text}</label>${renderCitation(content, sources, cue.references)}
          </span>
        </div>
        ${this.compact
          ? nothing
          : html`
              <button
                part="why-toggle"
                class="why-toggle"
                type="button"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="why-${cue.id}"
                @click=${() => this.#onWhy(cue)}
              >
                <span class="why-icon" aria-hidden="true">${open ? '▾' : '▸'}</span>${strings.checklistWhy}<span class="visually-hidden">: ${cue.text}</span>
              </button>
              <div part="why" class="why" id="why-${cue.id}" ?hidden=${!open}>
                <p>${cue.why}</p>
                <p><strong>${strings.checklistMistake}</strong> ${cue.mistake}</p>
                ${this.#renderPictures(cue, open)}
              </div>
            `}
      </li>
    `;
  }
}

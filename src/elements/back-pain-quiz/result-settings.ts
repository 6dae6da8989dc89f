/**
 * What a `<back-pain-quiz>` result takes from its element and the page, read once per
 * update: the numbers to call (`emergency-number`, `urgent-number`, else the page's), the
 * referral levels that show the site's own action (`action-levels`, else the page's),
 * which action slots the site filled, and whether `<variation-risk-card>` is registered so
 * suggested variations show as cards. A value that cannot be used is warned about once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageSetting } from '../../shared/page-settings.js';
import { readActionLevels, warningKey, type ActionLevel } from '../../shared/property-values.js';
import { SlotContent } from '../../shared/slot-content.js';
import { callNumber, type PhoneNumber } from './phone-number.js';
import type { ResultView } from './quiz-result.js';

/** The quiz's settings these come from, as a framework may have set them. */
export interface ResultSettingsHost extends ReactiveControllerHost, HTMLElement {
  emergencyNumber: string | number | null;
  urgentNumber: string | number | null;
  actionLevels: string | null;
}

/** The part of a result's view that the settings fill. */
export type ResultSettingsView = Pick<ResultView, 'emergencyNumber' | 'urgentNumber' | 'actionLevels' | 'slotted' | 'inlineCards'>;

export class ResultSettings implements ReactiveController {
  readonly #host: ResultSettingsHost;
  readonly #warn: (key: string, message: string) => void;
  readonly #slots: SlotContent;
  #emergency?: PhoneNumber;
  #urgent?: PhoneNumber;
  #actionLevels: ActionLevel[] = [];
  #cardDefined = false;

  constructor(host: ResultSettingsHost, warn: (key: string, message: string) => void) {
    this.#host = host;
    this.#warn = warn;
    this.#slots = new SlotContent(host);
    host.addController(this);
  }

  hostConnected(): void {
    // A variation card registered later still appears in a result on screen.
    globalThis.customElements?.whenDefined('variation-risk-card').then(() => this.#host.requestUpdate());
  }

  /**
   * Reads the settings for this update. The quiz calls it from `willUpdate()`, because a
   * server renderer calls that and `render()` but no controller's `hostUpdate()`.
   */
  read(): void {
    const host = this.#host;
    this.#emergency = callNumber('emergency-number', host.emergencyNumber, this.#warn);
    this.#urgent = callNumber('urgent-number', host.urgentNumber, this.#warn);
    const levels = host.actionLevels ?? pageSetting('action-levels');
    const { value, problem } = readActionLevels(levels);
    if (problem) this.#warn(warningKey('action-levels', levels), `action-levels: ${problem}.`);
    this.#actionLevels = value;
    this.#cardDefined = Boolean(globalThis.customElements?.get('variation-risk-card'));
  }

  /** The settings as the result's view takes them, as last read. */
  get view(): ResultSettingsView {
    return {
      emergencyNumber: this.#emergency,
      urgentNumber: this.#urgent,
      actionLevels: this.#actionLevels,
      slotted: (slot) => this.#slots.has(slot),
      inlineCards: this.#cardDefined,
    };
  }
}

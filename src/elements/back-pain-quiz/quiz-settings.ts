import type { PropertyDeclarations } from 'lit';
import { PushupElement } from '../../shared/pushup-element.js';
import { settingAttribute } from '../../shared/property-values.js';

/**
 * The settings a page writes on `<back-pain-quiz>`, as attributes or as properties: what
 * it stores, its heading, the numbers its results call and where a site's own action may
 * show. Each reflects to its attribute, so a server renderer that sets them as properties
 * keeps them in its HTML. Declared apart from the quiz's behaviour (`back-pain-quiz.ts`),
 * which reads them; the manifest lists them on the element.
 */
export class QuizSettings extends PushupElement {
  static override get properties(): PropertyDeclarations {
    return {
      persist: { reflect: true, converter: settingAttribute() },
      persistHours: { attribute: 'persist-hours', reflect: true, converter: settingAttribute() },
      heading: { reflect: true, converter: settingAttribute('') },
      emergencyNumber: { attribute: 'emergency-number', reflect: true, converter: settingAttribute() },
      urgentNumber: { attribute: 'urgent-number', reflect: true, converter: settingAttribute() },
      actionLevels: { attribute: 'action-levels', reflect: true, converter: settingAttribute() },
    };
  }

  /**
   * Keep an unfinished quiz in `localStorage`, so a reload resumes at the next unanswered
   * question; a finished quiz shows its result again until Start again or "Forget my
   * answers". The answers are health data: they expire `persist-hours` after the last
   * answer, and nothing leaves the device. The attribute's value, if any, names the storage
   * key; `true` or an empty value uses the default key; `false` stores nothing. Absent or
   * `null`: as the page's `persist` setting says, else nothing is stored.
   */
  persist: string | boolean | null = null;

  /**
   * With `persist`: how many hours stored answers last after the reader's last answer,
   * default 24 (fractions allowed: `0.5` is half an hour). Answers past it are removed
   * when the quiz next reads them. A value that is not a number above 0 keeps 24 hours,
   * with one console warning.
   */
  persistHours: number | string | null = null;

  /** The heading text; defaults to the locale's "Why does my back hurt after push-ups?". */
  heading: string | number | null = '';

  /**
   * The page's emergency number as people write it, e.g. `112`, `911` or `1800 022 222`.
   * With it, an emergency result leads with a "Call 112" button, and every sentence of a
   * result that says to call emergency services names it as a `tel:` link that dials its
   * digits. Text that is not a plausible number (letters, one digit, more than 15 digits)
   * is shown as written without a link, with one console warning. Absent: the result says
   * "your local emergency number" and names none. A page sets it for every quiz with
   * `configure({ emergencyNumber })` or `<meta name="pushup-widgets"
   * content="emergency-number=112">`; the attribute wins over both.
   */
  emergencyNumber: string | number | null = null;

  /**
   * The page's urgent medical advice number, e.g. `111`: an urgent result leads with a
   * "Call 111" button, and every sentence that says to call the advice line names it, with
   * the same rules as `emergency-number`, and set page-wide the same way. Absent: the
   * result says "your local urgent medical advice line".
   */
  urgentNumber: string | number | null = null;

  /**
   * The referral levels whose results show the site's `referral-action` slot, as text
   * listing `urgent` (a doctor today or tomorrow), `soon` (a routine appointment) or
   * `see-doctor` (both), between spaces or commas. Absent: as the page's `action-levels`
   * setting says, else both. Empty: none. Never `emergency`: an emergency result shows only
   * the call to emergency services, so that word is left out, as are unknown ones, with one
   * console warning naming them.
   */
  actionLevels: string | null = null;
}

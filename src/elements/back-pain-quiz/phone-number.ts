/**
 * The numbers a page gives `<back-pain-quiz>` to call (`emergency-number`,
 * `urgent-number`), read from whatever a framework hands over: a string, a number, or
 * anything else.
 */
import { pageSetting } from '../../shared/page-settings.js';

/** A number to show, and the same number for a `tel:` link when it can be dialled. */
export interface PhoneNumber {
  /** As the page wrote it, trimmed: `1800 022 222`, `+44 20 7946 0958`, `(03) 9999 0000`. */
  text: string;
  /** The digits to dial (with a leading `+`, `*` or `#` kept), set only when `text` is a plausible number. */
  dial?: string;
}

/** Digits, `*` and `#`, with the spaces, dots, dashes, slashes and brackets people write between them, and a leading `+`. */
const WRITTEN = /^\+?[\s\d*#().\-/]+$/;
/** E.164: no international number has more than 15 digits. */
const MAX_DIGITS = 15;

/**
 * The number in `value`, or `undefined` when there is none (absent, empty, or not a
 * string or a finite number). A number is dialled as its digits (`1800 022 222` dials
 * `1800022222`); `problem` says why a given value is not used as it is: `not-dialable`
 * for text that is not a plausible number (letters, one digit, more than 15 digits),
 * which is still shown, as text, so the reader sees what the page meant.
 */
export function readPhoneNumber(value: unknown): { number?: PhoneNumber; problem?: 'not-text' | 'not-dialable' } {
  if (value === null || value === undefined) return {};
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return readPhoneNumber(String(value));
  if (typeof value !== 'string') return { problem: 'not-text' };
  const text = value.trim();
  if (!text) return {};
  const dial = text.replace(/[\s().\-/]/g, '');
  const digits = dial.replace(/\D/g, '').length;
  // No emergency or advice line anywhere is a single digit; `0` alone is a typo.
  if (WRITTEN.test(text) && digits >= 2 && digits <= MAX_DIGITS) {
    return { number: { text, dial } };
  }
  return { number: { text }, problem: 'not-dialable' };
}

/**
 * The number a quiz shows for `attribute`: its own value, else the page's (`configure()`,
 * `<meta name="pushup-widgets">`), with one warning through `warn` when it cannot be used
 * as one dialable number.
 */
export function callNumber(
  attribute: 'emergency-number' | 'urgent-number',
  own: unknown,
  warn: (key: string, message: string) => void,
): PhoneNumber | undefined {
  const { number, problem } = readPhoneNumber(own ?? pageSetting(attribute));
  if (problem === 'not-dialable') {
    warn(
      `${attribute}:${number?.text}`,
      `${attribute} "${number?.text}" is not one dialable number (digits, *, # and a leading +), so it is shown as text without a call link.`,
    );
  } else if (problem === 'not-text') {
    warn(`${attribute}:type`, `${attribute} must be a phone number as text; the result names no number instead.`);
  }
  return number;
}

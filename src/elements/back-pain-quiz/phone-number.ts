/**
 * The numbers a page gives `<back-pain-quiz>` to call (`emergency-number`,
 * `urgent-number`), read from whatever a framework hands over: a string, a number, or
 * anything else.
 */

/** A number to show, and the same number for a `tel:` link when it is one dialable number. */
export interface PhoneNumber {
  /** As the page gave it, trimmed. */
  text: string;
  /** Set only when `text` is one dialable number: digits, `*` and `#`, with an optional leading `+`. */
  dial?: string;
}

const DIALABLE = /^\+?[0-9*#]+$/;

/**
 * The number in `value`, or `undefined` when there is none (absent, empty, or not a
 * string or a finite number). `problem` says why a given value is not used as it is.
 */
export function readPhoneNumber(value: unknown): { number?: PhoneNumber; problem?: 'not-text' | 'not-dialable' } {
  if (value === null || value === undefined) return {};
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return readPhoneNumber(String(value));
  if (typeof value !== 'string') return { problem: 'not-text' };
  const text = value.trim();
  if (!text) return {};
  if (DIALABLE.test(text)) return { number: { text, dial: text } };
  return { number: { text }, problem: 'not-dialable' };
}

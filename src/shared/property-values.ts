/**
 * Reading public properties the way frameworks set them. React 19 sets properties, not
 * attributes, so a property typed `string` meets `true`, `112`, `{}` or `null`. Each
 * reader turns a raw value into a clean one and says what was wrong, so the element warns
 * once and falls back to its default; none of them throws, whatever it is given.
 */
import type { Urgency } from '../content/types.js';

/** What a reader found: the clean value, and a problem to warn about when the raw one was unusable. */
export interface Reading<T> {
  value: T;
  problem?: string;
}

/** A key for "warn once per value" that never calls anything on the value: objects count as one. */
export function warningKey(name: string, value: unknown): string {
  const primitive = value === null || (typeof value !== 'object' && typeof value !== 'function');
  return `${name}:${primitive ? String(value) : typeof value}`;
}

/** Describes a raw value in a warning without calling anything on it (a hostile object may throw). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'a list' : `a value of type ${typeof value}`;
}

/**
 * A text property (`heading`, `variation`): a string as it is, a finite number as text;
 * `null`, `undefined` and `''` mean "not set". Anything else is not set, with a problem.
 */
export function readText(value: unknown): Reading<string> {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string') return { value };
  if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
  return { value: '', problem: `${describeValue(value)} is not text` };
}

/**
 * The storage key of `persist`: absent, `null`, `false` or the text `false` store nothing;
 * `true`, the text `true`, `''` or blank text use the key `default`; other text or a number
 * names the key. Anything else stores nothing, with a problem: nothing is kept unless a page
 * clearly asks for it.
 */
export function readStorageKey(value: unknown): Reading<string | null> {
  if (value === null || value === undefined || value === false) return { value: null };
  if (value === true) return { value: 'default' };
  const text = readText(value);
  if (text.problem) return { value: null, problem: `${describeValue(value)} is not a storage key, so nothing is stored` };
  const key = text.value.trim();
  // As written in HTML or a page's settings: `persist="false"` turns it off.
  return { value: key === 'false' ? null : key && key !== 'true' ? key : 'default' };
}

/** A referral level a site's own action may show on (`action-levels`): never `emergency`. */
export type ActionLevel = Exclude<Urgency, 'emergency'>;

/** Every referral level but emergency: `see-doctor`, and the default of `action-levels`. */
const SEE_DOCTOR: readonly ActionLevel[] = ['urgent', 'soon'];

/**
 * `action-levels`: the referral levels at which the quiz shows the site's own action, as
 * text listing `urgent` (a doctor today or tomorrow), `soon` (a routine appointment) or
 * `see-doctor` (both), between spaces or commas. Absent: both. Text naming none (`''`):
 * none. `emergency` and unknown words are left out with a problem naming them: an
 * emergency result shows only the call to emergency services. Anything but text keeps the
 * default, with a problem.
 */
export function readActionLevels(value: unknown): Reading<ActionLevel[]> {
  if (value === null || value === undefined) return { value: [...SEE_DOCTOR] };
  const text = readText(value);
  if (text.problem) return { value: [...SEE_DOCTOR], problem: `${text.problem}; showing the action at urgent and soon referrals` };
  const levels = new Set<ActionLevel>();
  const unknown: string[] = [];
  for (const word of text.value.split(/[\s,]+/)) {
    if (word === 'see-doctor') SEE_DOCTOR.forEach((level) => levels.add(level));
    else if (SEE_DOCTOR.includes(word as ActionLevel)) levels.add(word as ActionLevel);
    else if (word) unknown.push(JSON.stringify(word));
  }
  return {
    value: [...levels],
    problem: unknown.length > 0 ? `${unknown} left out: levels are see-doctor, urgent and soon, never emergency` : undefined,
  };
}

/**
 * For a reflected text property (`variation`): reflecting a value that is not text never
 * throws (a `Symbol` or a hostile object would, in `setAttribute`); it removes the attribute.
 */
export const textAttribute = {
  fromAttribute: (value: string | null): string | null => value,
  toAttribute: (value: unknown): string | null => readText(value).value || null,
};

/**
 * For a setting a page writes in HTML (`persist`, `heading`, `heading-level`, the numbers):
 * set as a property (by React 19, or by a server renderer such as Astro's, which keeps only
 * attributes in the HTML it sends), it shows as its attribute too, so the page's HTML keeps
 * it. Text, a finite number or a boolean reflects as text (`persist = true` as
 * `persist="true"`, which reads back the same); the property's default (`unset`) and any
 * other value remove the attribute, and nothing throws (`setAttribute` would, given a
 * `Symbol`).
 */
export function settingAttribute(unset: unknown = null) {
  return {
    fromAttribute: (value: string | null): string | null => value,
    toAttribute(value: unknown): string | null {
      if (value === unset || value === null || value === undefined) return null;
      const text = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
      return text ? String(value) : null;
    },
  };
}

/** A list of ids (`checked`): the strings of a list; anything that is not a list is empty, with a problem. */
export function readIdList(value: unknown): Reading<string[]> {
  if (value === null || value === undefined) return { value: [] };
  if (!Array.isArray(value)) return { value: [], problem: `${describeValue(value)} is not a list of ids` };
  const ids = value.filter((item): item is string => typeof item === 'string');
  return ids.length === value.length ? { value: ids } : { value: ids, problem: 'holds values that are not ids' };
}

/**
 * A number above 0 (`persist-hours`), as a number or text; absent or blank means
 * `fallback`. Anything else is `fallback`, with a problem.
 */
export function readPositiveNumber(value: unknown, fallback: number): Reading<number> {
  if (value === null || value === undefined || value === '') return { value: fallback };
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : Number.NaN;
  if (Number.isFinite(number) && number > 0) return { value: number };
  return { value: fallback, problem: `${describeValue(value)} is not a number above 0` };
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** `heading-level`: a whole number from 1 to 6, as a number or text; absent means 2. */
export function readHeadingLevel(value: unknown): { level: HeadingLevel; problem?: string } {
  if (value === null || value === undefined || value === '') return { level: 2 };
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (Number.isInteger(number) && number >= 1 && number <= 6) return { level: number as HeadingLevel };
  return { level: 2, problem: `${describeValue(value)} is not a whole number from 1 to 6` };
}

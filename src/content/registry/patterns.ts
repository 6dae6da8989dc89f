/**
 * The two checks the elements themselves need at render time, apart from the validator
 * (`validate.ts`), which is loaded only when a site supplies content.
 */

/** A stable id: lower-case words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether `value` is an `http:` or `https:` address: the only kind of source link shown. */
export function isWebAddress(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value);
}

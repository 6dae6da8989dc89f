/**
 * What every part of the end-to-end suite (suites/*.mjs) shares: the fixture page, the
 * test timeout, the elements' public properties, and `unexpectedTrouble()`.
 *
 * Functions passed to `page.evaluate` run in the page: they see only their argument and
 * the page's globals (`window.e2e` from pages/harness.js, `window.__e2e` from
 * pages/instrument.js), never a module's variables.
 */

export const PAGE = '/e2e/pages/index.html';
export const TEST_TIMEOUT = 150_000;

/** The library's own console messages: `<tag>: …` or `pushup-widgets: …`. */
const LIBRARY_MESSAGE = /^(?:<(?:pushup-form-checklist|back-pain-quiz|variation-risk-card)>:|pushup-widgets:)/;

export const PROPERTIES = {
  'pushup-form-checklist': ['variation', 'persist', 'compact', 'heading', 'headingLevel', 'checked', 'content'],
  'back-pain-quiz': ['persist', 'persistHours', 'heading', 'headingLevel', 'emergencyNumber', 'urgentNumber', 'answers', 'content'],
  'variation-risk-card': ['variation', 'compact', 'headingLevel', 'content'],
};

/** Everything that went wrong in a page that nobody expected: uncaught errors and foreign console errors. */
export async function unexpectedTrouble(page) {
  const inPage = await page.evaluate(() => window.__e2e?.errors ?? window.__csp?.errors ?? []).catch(() => []);
  const consoleErrors = page.console
    .filter((entry) => entry.type === 'error' || entry.type === 'assert')
    .filter((entry) => !LIBRARY_MESSAGE.test(entry.text))
    .map((entry) => `console.${entry.type}: ${entry.text}`);
  return [...new Set([...page.errors.map((error) => `pageerror: ${error}`), ...inPage.map((error) => `in page: ${error}`), ...consoleErrors])];
}

/**
 * Layout shift of the demo page (demo/index.html) while its script is slow, in Debian's
 * Chromium (the Layout Instability API is Chromium's): the page as a blog serves it, with
 * `dist/pushup-widgets.min.js` held back until the page has painted without it, for at
 * least BUNDLE_DELAY_MS. Before the script runs, the three tags are unknown elements; the
 * reserve rule at the top of demo/demo.css (what docs/theming.md tells a site to paste, between
 * its `pushup-widgets reserve: start` and `end` comments) holds their place, so nothing
 * moves when they render.
 *
 * Each load sums every `layout-shift` entry (observed from the first paint, `buffered`),
 * so the total is at least the page's Cumulative Layout Shift. Each case is loaded twice:
 * without the rule (that block cut out of demo.css) the total must be above 0, which shows
 * the load is slow enough to shift, and with it the total must be exactly 0.
 *
 * One kind of entry is left out of the total, and listed in the test's diagnostics: a shift
 * whose every source is an element of the page that was never on screen during the load.
 * Chromium reports one when a widget below the screen grows in the same frame as scroll
 * anchoring makes up for widgets above the screen growing (seen at 320 x 640 scrolled to
 * the Spanish section, on a busy machine: "footer y 111 -> 0", for a footer that stayed
 * some 1500 px below the screen in every frame). A reader cannot see such a move. Sources
 * inside a widget's shadow root, or that were on screen at any time, always count.
 *
 * Files are answered from the repository by `page.route` on a made-up origin, so no
 * server is needed and nothing leaves the machine.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch } from '../scripts/browsers.mjs';
import { root } from './server.mjs';

const ORIGIN = 'http://pushup-demo.test';
const BUNDLE = '/dist/pushup-widgets.min.js';
const STYLESHEET = '/demo/demo.css';
/** The reserve block of demo.css, from its start comment to its end comment. */
const RESERVE_BLOCK = /\/\* pushup-widgets reserve: start\.[^]*?\/\* pushup-widgets reserve: end\. \*\//;
const BUNDLE_DELAY_MS = 1200;
const TEST_TIMEOUT = 60_000;
/** The rule as docs/theming.md gives it. */
const RULE_SELECTOR = 'pushup-form-checklist:not(:defined), back-pain-quiz:not(:defined), variation-risk-card:not(:defined)';
const TAGS = 'pushup-form-checklist, back-pain-quiz, variation-risk-card';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** The repository file a request names, inside demo/ or dist/ only. */
function fileFor(pathname) {
  const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  if (!path.startsWith('/demo/') && !path.startsWith('/dist/')) return undefined;
  const file = normalize(join(root, decodeURIComponent(path)));
  return file.startsWith(root) && !file.split(sep).includes('..') ? file : undefined;
}

/** Records every layout shift from the first paint on. Runs in the page before its own scripts. */
function observeShifts() {
  window.__shifts = [];
  // Every element of the page that has been on screen at any time since it was parsed.
  const seen = new WeakSet();
  document.addEventListener('DOMContentLoaded', () => {
    const observer = new window.IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) seen.add(entry.target);
    });
    for (const element of document.body.querySelectorAll('*')) observer.observe(element);
    window.__onPage = new WeakSet(document.body.querySelectorAll('*'));
  });
  const unseen = (node) => {
    const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    return Boolean(element && window.__onPage?.has(element) && !seen.has(element));
  };
  const describeNode = (node) =>
    !node ? '(gone)' : node.nodeType === Node.TEXT_NODE ? '#text' : `${node.localName}${node.id ? `#${node.id}` : ''}`;
  new window.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        value: entry.value,
        // Decided once the load is over, when `seen` knows every frame.
        neverOnScreen: () => entry.sources.length > 0 && entry.sources.every((source) => unseen(source.node)),
        sources: entry.sources.map(
          (source) => `${describeNode(source.node)} y ${Math.round(source.previousRect.y)} -> ${Math.round(source.currentRect.y)}`,
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** In the page: each widget's name, whether it is defined, its height and its reserve (`min-block-size`). */
function measureWidgets(tags) {
  return [...document.querySelectorAll(tags)].map((element) => ({
    widget: [element.localName, element.getAttribute('variation'), element.hasAttribute('compact') && 'compact']
      .filter(Boolean)
      .join(' '),
    defined: element.matches(':defined'),
    height: element.getBoundingClientRect().height,
    reserve: Number.parseFloat(getComputedStyle(element).minBlockSize) || 0,
  }));
}

/** In the page: resolves once every widget has finished its pending update. */
function allUpdated(tags) {
  return Promise.all([...document.querySelectorAll(tags)].map((element) => element.updateComplete));
}

describe('layout shift of the demo page while its script is slow (Chromium)', { concurrency: true }, () => {
  let browser;

  before(async () => {
    assert.ok(
      existsSync(join(root, BUNDLE)),
      'dist/pushup-widgets.min.js is missing: run `npm run test:e2e` (it builds first) or `npm run build`.',
    );
    const stylesheet = await readFile(join(root, STYLESHEET), 'utf8');
    assert.match(stylesheet, RESERVE_BLOCK, 'demo/demo.css has no `pushup-widgets reserve: start` … `end` block');
    browser = await launch('chromium');
  });

  after(() => browser?.close());

  /**
   * Loads the demo at `width`x`height` (at `hash`, or scrolled to `scrollTo` before the
   * script runs), with or without the reserve
   * rule, holding the bundle back until the unscripted page has painted and its widgets
   * were measured. Resolves to the shifts, and the widgets' heights before and after.
   */
  async function load({ width, height, hash = '', scrollTo, rule }) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const raw = page.raw;
      await raw.setViewportSize({ width, height });
      let release;
      const released = new Promise((resolve) => {
        release = resolve;
      });
      await raw.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        const file = url.origin === ORIGIN ? fileFor(url.pathname) : undefined;
        const body = file && (await readFile(file).catch(() => undefined));
        if (!body) {
          await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
          return;
        }
        if (url.pathname === BUNDLE) await released;
        const type = types[extname(file)] ?? 'application/octet-stream';
        await route.fulfill({
          status: 200,
          headers: { 'Content-Type': type, 'Cache-Control': 'no-store' },
          body: !rule && url.pathname === STYLESHEET ? body.toString('utf8').replace(RESERVE_BLOCK, '') : body,
        });
      });
      await raw.addInitScript(observeShifts);
      const started = Date.now();
      await raw.goto(`${ORIGIN}/demo/${hash}`, { waitUntil: 'commit' });
      // The whole page parsed and painted (two frames) without its script.
      await raw.waitForFunction(() => document.querySelector('footer') && document.readyState !== 'loading');
      await raw.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      if (scrollTo) await raw.evaluate((selector) => document.querySelector(selector).scrollIntoView(), scrollTo);
      const before = await raw.evaluate(measureWidgets, TAGS);
      const hasRule = await raw.evaluate(
        (selector) =>
          [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((each) => each.selectorText === selector)),
        RULE_SELECTOR,
      );
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, BUNDLE_DELAY_MS - (Date.now() - started))));
      release();
      // Defined and rendered, the Spanish chunk fetched and shown, then two more frames.
      await raw.waitForFunction((tags) => tags.split(', ').every((tag) => customElements.get(tag)), TAGS);
      await raw.evaluate(allUpdated, TAGS);
      await raw.waitForLoadState('networkidle');
      await raw.evaluate(allUpdated, TAGS);
      await raw.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const recorded = await raw.evaluate(() =>
        window.__shifts.map(({ neverOnScreen, ...shift }) => ({ ...shift, neverOnScreen: neverOnScreen() })),
      );
      const shifts = recorded.filter((shift) => !shift.neverOnScreen);
      const rendered = await raw.evaluate(measureWidgets, TAGS);
      assert.deepEqual(page.errors, [], 'the demo page threw');
      const consoleErrors = page.console.filter((entry) => entry.type === 'error').map((entry) => entry.text);
      assert.deepEqual(consoleErrors, [], 'the demo page logged errors (a Content-Security-Policy violation?)');
      return {
        before,
        hasRule,
        rendered,
        shifts,
        offScreen: recorded.filter((shift) => shift.neverOnScreen),
        total: shifts.reduce((sum, shift) => sum + shift.value, 0),
      };
    } finally {
      await context.close();
    }
  }

  const describeShifts = (shifts) =>
    shifts.map((shift) => `${shift.value.toFixed(4)}: ${shift.sources.join(', ')}`).join('; ') || 'none';

  /** The total, and any shift left out of it because a reader could not have seen it. */
  function reportWithRule(t, total, offScreen) {
    t.diagnostic(`layout shift with the rule: ${total}`);
    if (offScreen.length) t.diagnostic(`left out, never on screen: ${describeShifts(offScreen)}`);
  }

  /** The two loads of one case: above 0 without the rule, exactly 0 with it. */
  function bothWays(name, viewport) {
    test(`${name}: shifts without the rule`, { timeout: TEST_TIMEOUT }, async (t) => {
      const { total, shifts, before } = await load({ ...viewport, rule: false });
      t.diagnostic(`layout shift without the rule: ${total.toFixed(4)}`);
      assert.ok(before.every((widget) => !widget.defined), 'the bundle arrived before the page was measured');
      assert.ok(total > 0, `expected a layout shift without the rule (shifts: ${describeShifts(shifts)})`);
    });

    test(`${name}: no shift with the rule, and no widget shorter than its reserve`, { timeout: TEST_TIMEOUT }, async (t) => {
      const { total, shifts, offScreen, before, rendered, hasRule } = await load({ ...viewport, rule: true });
      reportWithRule(t, total, offScreen);
      assert.ok(hasRule, `demo/demo.css has no rule "${RULE_SELECTOR} { … }"`);
      assert.ok(before.every((widget) => !widget.defined), 'the bundle arrived before the page was measured');
      // Before the script: each widget is a block exactly its reserve high.
      const unreserved = before.filter((widget) => !(widget.reserve > 0) || Math.abs(widget.height - widget.reserve) > 0.5);
      assert.deepEqual(unreserved, [], 'a widget did not hold its reserve before the script ran');
      // Rendered: none is shorter than the reserve it had (a shorter one pulls the page up).
      const shrunk = rendered.filter((widget, index) => widget.height + 0.5 < before[index].height);
      assert.deepEqual(shrunk, [], 'a widget rendered shorter than its reserve; lower its default in demo/demo.css');
      assert.equal(total, 0, `expected no layout shift with the rule (shifts: ${describeShifts(shifts)})`);
    });
  }

  // A desktop window: the first checklist is on screen, and the text under it moves down.
  bothWays('1280 x 800, top of the page', { width: 1280, height: 800 });
  // Lighthouse's phone: the first checklist starts on screen.
  bothWays('412 x 823, top of the page', { width: 412, height: 823 });
  // A 320 px phone: the intro fills the first screen, so the shift shows when the reader
  // follows a link to the checklist section.
  bothWays('320 x 640, at #checklist-title', { width: 320, height: 640, hash: '#checklist-title' });

  // The Spanish section, scrolled to before the script runs: its widgets wait for the
  // Spanish chunk in their reserved place and render once, in Spanish. Were they to render
  // in English first, the Spanish text replacing it would shift the page (0.09 here).
  // (A link to it, `#spanish-title`, shifts with or without the rule: the browser scrolls
  // to a fragment only after module scripts have run.)
  test('320 x 640, scrolled to the Spanish section: no shift with the rule', { timeout: TEST_TIMEOUT }, async (t) => {
    const { total, shifts, offScreen } = await load({ width: 320, height: 640, scrollTo: '#spanish-title', rule: true });
    reportWithRule(t, total, offScreen);
    assert.equal(total, 0, `expected no layout shift with the rule (shifts: ${describeShifts(shifts)})`);
  });

  test('320 x 640, top of the page: no shift with the rule', { timeout: TEST_TIMEOUT }, async (t) => {
    const { total, shifts, offScreen } = await load({ width: 320, height: 640, rule: true });
    reportWithRule(t, total, offScreen);
    assert.equal(total, 0, `expected no layout shift with the rule (shifts: ${describeShifts(shifts)})`);
  });
});

/**
 * What the widget pages (`widget.js`) and the floor pages (`floor.js`) share: the
 * scenario read from the address, the elements each scenario shows, timing, and the
 * dump of an element's shadow DOM that `capture.mjs` turns into the floor's fixture and
 * compares between the two.
 *
 * A page runs in one of three modes, from its address:
 * - (none): the benchmark. Sets `window.bench` to `{ <measurement>: ms }` for tachometer,
 *   or to `{ error }` when something failed.
 * - `verify`: renders, does each interaction once, and sets `window.benchDom` to the dump
 *   of the result, so `capture.mjs` can check that the floor builds the widget's DOM.
 * - `capture` (widget pages only): sets `window.benchDom` to the fixture of the scenario.
 */
/* global window, document, location, performance, requestAnimationFrame, addEventListener, URLSearchParams -- in-page code run by the browser */

export const params = new URLSearchParams(location.search);
export const scenario = params.get('scenario') ?? '';
export const mode = params.has('capture') ? 'capture' : params.has('verify') ? 'verify' : 'bench';

/** The single-file bundle the widget pages time: what the README's `<script>` tag loads. */
export const BUNDLE = '/dist/pushup-widgets.min.js';

/** The fixture module of a scenario, written by `capture.mjs`. */
export const fixtureUrl = (name) => `/bench/fixtures/${name}.js`;

/** How many cards the `cards100` scenario puts on the page. */
export const CARD_COUNT = 100;

/**
 * Interactions timed per page load: the first `WARMUP` are not timed (the first toggle
 * of a page also compiles its handlers), then the mean of `REPS` is the page's sample.
 */
export const REPS = Number(params.get('reps') ?? 20);
export const WARMUP = Number(params.get('warmup') ?? 4);

/**
 * With `?profile` (bench/profile.mjs), each timed span is also a `console.profile()`, so a
 * CPU profile covers exactly what is timed.
 */
const profiling = params.has('profile');

/** Starts a timed span of measurement `name`; returns its start time. */
export function startTiming(name) {
  if (profiling) console.profile(name);
  return performance.now();
}

/** Ends the timed span of `name` begun at `start`; returns its length in ms. */
export function endTiming(name, start) {
  const ms = performance.now() - start;
  if (profiling) console.profileEnd(name);
  return ms;
}

/** The elements each scenario renders first, as a page would write them. */
export const elements = {
  checklist: { tag: 'pushup-form-checklist', attributes: [] },
  quiz: { tag: 'back-pain-quiz', attributes: [] },
  card: { tag: 'variation-risk-card', attributes: [['variation', 'standard']] },
};

/** The quiz answer that goes on to step 2 ("None of these"); any red flag ends the quiz. */
export const QUIZ_ANSWER = 'none';

/** Lit's part markers (`<!--?lit$…-->`, `<!---->`): the framework's, not the widget's DOM. */
export const stripComments = (html) => html.replace(/<!--[\s\S]*?-->/g, '');

const nextFrame = () =>
  new Promise((resolve) => {
    // A hidden tab has no frames; never wait on one for long.
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Collects garbage where the browser allows it (`--js-flags=--expose-gc`). */
export const collectGarbage = () => globalThis.gc?.();

/** Starts fetching and compiling a module without running it; resolves when it is ready. */
export function preload(url) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not preload ${url}`));
    document.head.append(link);
  });
}

/** After the page has loaded and painted, with as little garbage as possible left to collect. */
export async function settle() {
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  await nextFrame();
  await nextFrame();
  collectGarbage();
}

/**
 * Style and layout brought up to date, so that a timed span starts from a laid-out page
 * and pays only for what it changes itself (focus, for one, forces a layout).
 */
const flushLayout = () => document.documentElement.getBoundingClientRect();

/**
 * Runs `reset` then `interaction` `WARMUP + REPS` times; returns the mean time of the
 * last `REPS` interactions in ms, the measurement `name`. `reset` is never timed.
 */
export async function timeReps(name, interaction, reset = async () => {}) {
  let total = 0;
  for (let rep = 0; rep < WARMUP + REPS; rep += 1) {
    await reset();
    if (rep === WARMUP) collectGarbage();
    flushLayout();
    if (rep < WARMUP) {
      await interaction();
      continue;
    }
    const start = startTiming(name);
    await interaction();
    total += endTiming(name, start);
  }
  return total / REPS;
}

function cssTextOf(sheet) {
  return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
}

/**
 * An element's rendered state: host attributes, shadow DOM without Lit's markers, the
 * states HTML does not show (checkboxes' `checked`, focus) and its adopted styles.
 */
export function dump(host) {
  const root = host.shadowRoot;
  return {
    tag: host.localName,
    attributes: [...host.attributes].map((attribute) => [attribute.name, attribute.value]),
    shadowRootInit: { mode: root.mode, delegatesFocus: root.delegatesFocus },
    html: stripComments(root.innerHTML),
    checked: [...root.querySelectorAll('input')].map((input) => input.checked),
    focus: root.activeElement ? root.activeElement.id || root.activeElement.localName : null,
    styles: root.adoptedStyleSheets.map(cssTextOf),
  };
}

/**
 * Runs the page's mode once `preloadUrl` is compiled and the page has settled: `run`
 * returns the measurements (bench), the dump (verify) or the fixture (capture). Failures
 * are reported on the page, never left to a timeout.
 */
export async function main(run, preloadUrl) {
  try {
    if (!run) throw new Error(`no scenario "${scenario}" in mode ${mode}`);
    await preload(preloadUrl);
    await settle();
    const result = await run();
    if (mode === 'bench') window.bench = result;
    else window.benchDom = result;
  } catch (error) {
    console.error(error);
    window.bench = { error: String(error?.stack ?? error) };
    window.benchDom = { error: String(error?.stack ?? error) };
  }
}

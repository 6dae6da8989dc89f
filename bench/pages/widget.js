/**
 * The widget side of each scenario: the real elements from `dist/pushup-widgets.min.js`.
 * See `harness.js` for the modes and `floor.js` for the same DOM built without Lit.
 */
/* global document, performance -- in-page code run by the browser */
import {
  BUNDLE,
  CARD_COUNT,
  QUIZ_ANSWER,
  dump,
  elements,
  endTiming,
  main,
  mode,
  scenario,
  settle,
  startTiming,
  timeReps,
} from './harness.js';

/**
 * From the start of the bundle's evaluation (fetched and compiled beforehand, like a
 * cached script) to the element's first `updateComplete`: Lit, the content and the three
 * classes evaluated, the tags defined, the element created, connected and rendered.
 * `evaluate` is the first part: the bundle's evaluation alone.
 */
async function defineAndRender(name) {
  const { tag, attributes } = elements[name];
  const start = startTiming('define-render');
  await import(BUNDLE);
  const evaluated = performance.now();
  const host = document.createElement(tag);
  for (const [attribute, value] of attributes) host.setAttribute(attribute, value);
  document.body.append(host);
  await host.updateComplete;
  const ms = endTiming('define-render', start);
  return { host, ms, evaluate: evaluated - start };
}

/** Ticks (or unticks) the first cue, as a click does, until the checklist has re-rendered. */
async function toggleFirstCue(host) {
  host.shadowRoot.querySelector('input[type="checkbox"]').click();
  await host.updateComplete;
}

/** Picks "None of these" and presses Next, each click followed by its render. */
async function nextStep(host) {
  const root = host.shadowRoot;
  root.querySelector(`.answers input[value="${QUIZ_ANSWER}"]`).click();
  await host.updateComplete;
  root.querySelector('button.next').click();
  await host.updateComplete;
}

/** Back to step 1 with nothing chosen and nothing focused (not timed). */
async function restartQuiz(host) {
  host.answers = {};
  await host.updateComplete;
  host.shadowRoot.activeElement?.blur();
}

/** The variation ids the content has, in its order: the cards cycle through them. */
async function variationIds() {
  const { variations } = await import(BUNDLE);
  return variations.map((variation) => variation.id);
}

/** `count` cards, cycling through `ids`, put on the page at once; resolves when all have rendered. */
async function renderCards(ids, count) {
  const container = document.createElement('div');
  const cards = [];
  for (let index = 0; index < count; index += 1) {
    const card = document.createElement('variation-risk-card');
    card.setAttribute('variation', ids[index % ids.length]);
    cards.push(card);
  }
  container.append(...cards);
  document.body.append(container);
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

const bench = {
  async checklist() {
    const { host, ms, evaluate } = await defineAndRender('checklist');
    return { 'define-render': ms, evaluate, toggle: await timeReps('toggle', () => toggleFirstCue(host)) };
  },
  async quiz() {
    const { host, ms, evaluate } = await defineAndRender('quiz');
    return { 'define-render': ms, evaluate, step: await timeReps('step', () => nextStep(host), () => restartQuiz(host)) };
  },
  async card() {
    const { ms, evaluate } = await defineAndRender('card');
    return { 'define-render': ms, evaluate };
  },
  async cards100() {
    const ids = await variationIds();
    await settle();
    const start = startTiming('render-100');
    await renderCards(ids, CARD_COUNT);
    return { 'render-100': endTiming('render-100', start) };
  },
};

/** Each scenario's interactions done once, and the state they leave. */
const verify = {
  async checklist() {
    const { host } = await defineAndRender('checklist');
    await toggleFirstCue(host);
    return [dump(host)];
  },
  async quiz() {
    const { host } = await defineAndRender('quiz');
    await nextStep(host);
    return [dump(host)];
  },
  async card() {
    const { host } = await defineAndRender('card');
    return [dump(host)];
  },
  async cards100() {
    const cards = await renderCards(await variationIds(), CARD_COUNT);
    return cards.map(dump);
  },
};

/** What the floor needs: the first render's DOM and styles, and what each interaction changes. */
const capture = {
  async checklist() {
    const { host } = await defineAndRender('checklist');
    const root = host.shadowRoot;
    const progressText = () => root.querySelector('.progress > span').textContent;
    const fill = () => root.querySelector('.progress-fill').style.getPropertyValue('inline-size');
    const fixture = { ...dump(host), progress: [progressText()], fill: [fill()] };
    await toggleFirstCue(host);
    fixture.progress.push(progressText());
    fixture.fill.push(fill());
    return fixture;
  },
  async quiz() {
    const { host } = await defineAndRender('quiz');
    const fixture = dump(host);
    await nextStep(host);
    return { ...fixture, step2: dump(host).html };
  },
  async card() {
    const { host } = await defineAndRender('card');
    return dump(host);
  },
  async cards100() {
    const ids = await variationIds();
    const cards = await renderCards(ids, ids.length);
    const dumps = cards.map(dump);
    const [first] = dumps;
    // The sheets every card shares; each variation's own (a moving figure's keyframes) follow them.
    let shared = 0;
    while (dumps.every(({ styles }) => shared < styles.length && styles[shared] === first.styles[shared])) shared += 1;
    const byId = Object.fromEntries(dumps.map(({ attributes, html, styles }, index) => [ids[index], { attributes, html, styles: styles.slice(shared) }]));
    return { tag: first.tag, shadowRootInit: first.shadowRootInit, styles: first.styles.slice(0, shared), ids, byId };
  },
};

await main({ bench, verify, capture }[mode][scenario], BUNDLE);

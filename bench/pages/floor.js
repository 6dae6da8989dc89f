/**
 * The floor of each scenario: the widget's own DOM and styles (captured from it by
 * `capture.mjs` into `bench/fixtures/`), put on the page with plain DOM APIs, and each
 * interaction done by hand with the least work that leaves the same DOM. No framework, no
 * content model: the fastest a hand-written page could show the same thing.
 *
 * `capture.mjs` checks that every scenario here ends in the same DOM as `widget.js`.
 */
/* global document, performance, CSSStyleSheet, CustomEvent -- in-page code run by the browser */
import {
  CARD_COUNT,
  QUIZ_ANSWER,
  dump,
  endTiming,
  fixtureUrl,
  main,
  mode,
  scenario,
  settle,
  startTiming,
  timeReps,
} from './harness.js';

/** The fixture each scenario loads. */
const fixtureOf = { checklist: 'checklist', quiz: 'quiz', card: 'card', cards100: 'cards' };

/** Constructed style sheets from CSS text, as Lit builds them from an element's `styles`. */
function sheetsOf(styles) {
  return styles.map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
}

function parseTemplate(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** A host with its shadow root, styles and content (HTML to parse, or a fragment to clone). */
function build(entry, attributes, sheets, content) {
  const host = document.createElement(entry.tag);
  for (const [attribute, value] of attributes) host.setAttribute(attribute, value);
  const root = host.attachShadow(entry.shadowRootInit);
  root.adoptedStyleSheets = sheets;
  if (typeof content === 'string') root.innerHTML = content;
  else root.append(content.cloneNode(true));
  return host;
}

const emit = (host, name, detail, cancelable = false) => {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
  host.dispatchEvent(event);
  return event;
};

/** The listeners each element needs, wired the way a hand-written component would: once, on the root. */
const wire = {
  checklist(host, entry) {
    const root = host.shadowRoot;
    const progress = root.querySelector('.progress > span');
    const fill = root.querySelector('.progress-fill');
    const total = root.querySelectorAll('input[type="checkbox"]').length;
    const checked = new Set();
    root.addEventListener('change', (event) => {
      const input = event.target;
      const id = input.id.slice('cue-'.length);
      if (input.checked) checked.add(id);
      else checked.delete(id);
      // The fixture holds the widget's own text for 0 and 1 ticks, the states the bench visits.
      progress.textContent = entry.progress[checked.size];
      fill.style.setProperty('inline-size', entry.fill[checked.size]);
      emit(host, 'pushup-checklist-change', { checked: [...checked], total, complete: checked.size === total });
    });
  },
  quiz(host, entry) {
    const root = host.shadowRoot;
    let step2;
    root.addEventListener('change', (event) => {
      const input = event.target;
      input.closest('label').className = input.checked ? 'answer chosen' : 'answer';
    });
    root.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = [...root.querySelectorAll('.answers input')].filter((input) => input.checked);
      // Step 2's pieces, parsed once, from the widget's own step 2.
      step2 ??= parseTemplate(entry.step2);
      for (const selector of ['.progress', '.prompt', '#hint']) {
        root.querySelector(selector).textContent = step2.querySelector(selector).textContent;
      }
      root.querySelector('.answers').replaceChildren(...step2.querySelector('.answers').cloneNode(true).childNodes);
      root.querySelector('button.next').before(step2.querySelector('button.back').cloneNode(true), '\n        ');
      emit(host, 'pushup-quiz-answer', { questionId: chosen[0].name, answer: chosen.map((input) => input.value) });
      root.getElementById('step-heading').focus();
    });
  },
  card(host) {
    host.shadowRoot.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (button) emit(host, 'pushup-variation-select', { variation: button.value, from: host.getAttribute('variation') }, true);
    });
  },
};

/**
 * From the start of the fixture's evaluation (compiled beforehand, like the bundle) to the
 * element on the page; `evaluate` is the fixture's evaluation alone.
 */
async function defineAndRender(name) {
  const start = startTiming('define-render');
  const { default: entry } = await import(fixtureUrl(name));
  const evaluated = performance.now();
  const host = build(entry, entry.attributes, sheetsOf(entry.styles), entry.html);
  wire[name](host, entry);
  document.body.append(host);
  await null;
  const ms = endTiming('define-render', start);
  return { host, entry, ms, evaluate: evaluated - start };
}

async function toggleFirstCue(host) {
  host.shadowRoot.querySelector('input[type="checkbox"]').click();
  await null;
}

async function nextStep(host) {
  const root = host.shadowRoot;
  root.querySelector(`.answers input[value="${QUIZ_ANSWER}"]`).click();
  await null;
  root.querySelector('button.next').click();
  await null;
}

function restartQuiz(host, entry) {
  host.shadowRoot.innerHTML = entry.html;
  host.shadowRoot.activeElement?.blur();
}

/**
 * `count` cards cycling through the fixture's variations, each template parsed once, and
 * each variation's own sheets (its figure's keyframes) built once after the shared ones.
 */
function renderCards(cards, count) {
  const shared = sheetsOf(cards.styles);
  const built = new Map();
  const container = document.createElement('div');
  const hosts = [];
  for (let index = 0; index < count; index += 1) {
    const id = cards.ids[index % cards.ids.length];
    let variation = built.get(id);
    if (!variation) {
      const { html, styles } = cards.byId[id];
      built.set(id, (variation = { template: parseTemplate(html), sheets: [...shared, ...sheetsOf(styles)] }));
    }
    const host = build(cards, cards.byId[id].attributes, variation.sheets, variation.template);
    wire.card(host);
    hosts.push(host);
  }
  container.append(...hosts);
  document.body.append(container);
  return hosts;
}

const loadCards = async () => (await import(fixtureUrl('cards'))).default;

const bench = {
  async checklist() {
    const { host, ms, evaluate } = await defineAndRender('checklist');
    return { 'define-render': ms, evaluate, toggle: await timeReps('toggle', () => toggleFirstCue(host)) };
  },
  async quiz() {
    const { host, entry, ms, evaluate } = await defineAndRender('quiz');
    return { 'define-render': ms, evaluate, step: await timeReps('step', () => nextStep(host), async () => restartQuiz(host, entry)) };
  },
  async card() {
    const { ms, evaluate } = await defineAndRender('card');
    return { 'define-render': ms, evaluate };
  },
  async cards100() {
    const cards = await loadCards();
    await settle();
    const start = startTiming('render-100');
    renderCards(cards, CARD_COUNT);
    await null;
    return { 'render-100': endTiming('render-100', start) };
  },
};

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
    return renderCards(await loadCards(), CARD_COUNT).map(dump);
  },
};

await main({ bench, verify }[mode]?.[scenario], fixtureUrl(fixtureOf[scenario] ?? scenario));

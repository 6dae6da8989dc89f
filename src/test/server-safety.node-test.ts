/**
 * Server-rendering safety, run in Node (`node --test`, no DOM): importing any entry,
 * constructing an element and calling `render()` must touch no browser-only global.
 * Those globals are replaced by getters that throw, so any access fails the test.
 * Lit's Node build supplies the minimal `HTMLElement` and `customElements` a server has.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { calmFlags } from './quiz-paths.js';

/** The markup of a Lit template as written, with its values' markup in place of each binding. */
function markupOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(markupOf).join('');
  const template = value as { strings?: readonly string[]; values?: readonly unknown[] } | null;
  if (!template?.strings || !template.values) return typeof value === 'string' ? value : '';
  return template.strings.reduce((markup, part, index) => markup + markupOf(template.values![index - 1]) + part);
}

const browserOnly = ['window', 'document', 'localStorage', 'sessionStorage', 'matchMedia', 'navigator', 'location'];
const touched: string[] = [];

/** The first stack frame outside this file: who read the global. */
function reader(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  return frames.find((frame) => !frame.includes('server-safety')) ?? '';
}

before(() => {
  for (const name of browserOnly) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        // Lit probes `document` to find out it is on a server; that is its business.
        if (reader().includes('/node_modules/')) return undefined;
        touched.push(`${name} in ${reader().trim()}`);
        throw new Error(`${name} was read on the server`);
      },
    });
  }
});

describe('on a server', () => {
  it('imports every entry without touching a browser global', async () => {
    await import('../index.js');
    await import('../pushup-form-checklist.js');
    await import('../back-pain-quiz.js');
    await import('../variation-risk-card.js');
    await import('../content/index.js');
    assert.deepEqual(touched, []);
  });

  it('constructs and renders every element without touching a browser global', async () => {
    const { PushupFormChecklist, BackPainQuiz, VariationRiskCard } = await import('../index.js');
    const checklist = new PushupFormChecklist();
    checklist.variation = 'knee';
    const card = new VariationRiskCard();
    card.variation = 'diamond';
    const unknownCard = new VariationRiskCard();
    unknownCard.variation = 'handstand';
    const quiz = new BackPainQuiz();
    const finishedQuiz = new BackPainQuiz();
    finishedQuiz.answers = { 'emergency-symptoms': ['both-legs'] };
    for (const element of [checklist, card, unknownCard, quiz, finishedQuiz]) {
      // `render()` is protected; a server renderer calls it all the same.
      const template = (element as unknown as { render(): unknown }).render();
      assert.ok(template, `<${element.constructor.name}> rendered nothing`);
    }
    assert.deepEqual(touched, []);
  });

  it('renders the quiz step with its body map as a server renderer does, without touching a browser global', async () => {
    const { BackPainQuiz } = await import('../index.js');
    const quiz = new BackPainQuiz();
    quiz.answers = calmFlags;
    // What Lit SSR calls: `willUpdate()`, then `render()`.
    const element = quiz as unknown as { willUpdate(changed: Map<string, unknown>): void; render(): unknown };
    element.willUpdate(new Map());
    const markup = markupOf(element.render());
    assert.match(markup, /part="body-map" aria-hidden="true"/);
    assert.equal(markup.match(/data-region=/g)?.length, 3, 'a region for each answer the map shows');
    assert.deepEqual(touched, []);
  });

  it('reads the content module in Node', async () => {
    const { en, outcomeFor } = await import('../index.js');
    assert.ok(en.cues.length > 0);
    assert.deepEqual(outcomeFor(en, { 'emergency-symptoms': ['both-legs'] })?.triage, 'emergency');
  });

  it('renders the React wrappers on a server (Next.js) without touching a browser global', async () => {
    const React = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { PushupFormChecklist, BackPainQuiz, VariationRiskCard } = await import('../react.js');
    const html = renderToString(
      React.createElement(
        'div',
        null,
        React.createElement(PushupFormChecklist, { variation: 'knee', checked: ['hands'], onChecklistChange: () => {} }),
        React.createElement(BackPainQuiz, { emergencyNumber: '112', onQuizComplete: () => {} }),
        React.createElement(VariationRiskCard, { variation: 'diamond' }),
      ),
    );
    // Each tag is rendered; its props become properties on the client, after hydration.
    for (const tag of ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card']) {
      assert.match(html, new RegExp(`<${tag}[ >]`));
    }
    assert.deepEqual(touched, []);
  });
});

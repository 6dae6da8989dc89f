/**
 * The quiz's result on paper, in Debian's Chromium: the BUILT bundle on the e2e page, a
 * self-care result with its inline variation cards, in English and in Spanish, printed to
 * PDF and read in the print-emulated page. What a clinician is handed must show every
 * warning sign that was asked about and which were ticked, carry one numbered list of
 * sources (the inline cards' own lists would restart at 1), and no focus ring. A card on
 * paper shows its figure still: the top and the bottom of a rep side by side; a checklist
 * prints every Do and Avoid picture with the explanations.
 *
 * Chromium only: `page.pdf()` and print emulation are Playwright's Chromium features.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from '../scripts/browsers.mjs';
import { root, startServer } from './server.mjs';

const PAGE = '/e2e/pages/index.html';
const TEST_TIMEOUT = 60_000;

/** What each language's summary says about the first warning-sign step, answered "None of these". */
const WORDING = {
  en: { asked: 'Asked about: I have lost control of my bladder or bowels', ticked: 'Ticked: none' },
  es: { asked: 'Se preguntó por: ', ticked: 'Marcado: nada' },
};

/**
 * In the page: a quiz in `lang`, taken by keyboard-focus to a self-care result with inline
 * cards, its heading focused as after "See result". Returns nothing; the test reads the page.
 */
async function showResult(lang) {
  const quiz = window.e2e.create('back-pain-quiz', { attributes: { lang, 'emergency-number': '112' } });
  await window.e2e.settle([quiz]);
  // Upper-back pain during push-ups, no warning sign: a self-care result that suggests
  // variations. Every other step: "None of these".
  const answers = {
    age: ['16-or-over'],
    where: ['upper-back'],
    when: ['during'],
    feeling: ['mild-ache'],
    habits: ['more-reps'],
    form: ['hips-sag'],
  };
  for (let steps = 0; window.e2e.quizStep(quiz) && steps < 30; steps += 1) {
    await window.e2e.answer(quiz, answers[window.e2e.quizStep(quiz)] ?? ['none']);
  }
  await window.e2e.settle();
  if (window.e2e.quizStep(quiz)) throw new Error(`no result: still on ${window.e2e.quizStep(quiz)}`);
  // The cards render inside the result; wait for them too.
  await window.e2e.settle([...quiz.shadowRoot.querySelectorAll('variation-risk-card')]);
}

/** In the page: what a reader of the printed (or shown) result sees. */
function readResult() {
  const quiz = document.querySelector('back-pain-quiz');
  const root = quiz.shadowRoot;
  const visible = (element) => element.checkVisibility();
  const allRoots = window.e2e.shadowRoots(quiz);
  const sourceLists = allRoots.flatMap((each) => [...each.querySelectorAll('[part~="sources"]')]).filter(visible);
  const focused = root.activeElement;
  return {
    lang: root.querySelector('[part~="base"]').getAttribute('lang'),
    cards: root.querySelectorAll('variation-risk-card').length,
    sourceLists: sourceLists.length,
    numbers: sourceLists.flatMap((list) => [...list.querySelectorAll('ol')].map((ol) => ol.start || 1)),
    focused: focused ? `${focused.localName}#${focused.id}` : null,
    outline: focused ? getComputedStyle(focused).outlineStyle : null,
    summary: root.querySelector('[part~="summary"]').innerText,
    buttons: [...root.querySelectorAll('[part~="result"] button')].filter(visible).length,
  };
}

/** In the page: how many of a checklist's Do and Avoid pictures show, with their labels. */
async function readChecklistPictures() {
  const checklist = window.e2e.create('pushup-form-checklist');
  await window.e2e.settle([checklist]);
  const figures = [...checklist.shadowRoot.querySelectorAll('[part~="pictures"] figure')].filter((figure) => figure.checkVisibility());
  return { shown: figures.length, labels: [...new Set(figures.map((figure) => figure.querySelector('figcaption').textContent.trim()))] };
}

/** In the page: a card's figure, as shown: how many drawings, whether its pause control shows, whether it moves. */
async function readFigure() {
  const card = window.e2e.create('variation-risk-card', { attributes: { variation: 'diamond' } });
  await window.e2e.settle([card]);
  card.scrollIntoView();
  // A figure moves once its card is seen on screen (on paper, never): up to a second for the observer to say so.
  const moving = () => card.shadowRoot.querySelector('.moving').getAnimations({ subtree: true }).length > 0;
  for (let frame = 0; frame < 60 && !moving() && !window.matchMedia('print').matches; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const figure = card.shadowRoot.querySelector('[part~="figure"]');
  const visible = (element) => element.checkVisibility();
  return {
    drawings: [...figure.querySelectorAll('svg')].filter(visible).length,
    captions: [...figure.querySelectorAll('span')].filter(visible).map((span) => span.textContent),
    pause: [...figure.querySelectorAll('input, label')].filter(visible).length,
    moving: figure.querySelector('.moving').getAnimations({ subtree: true }).length > 0,
  };
}

describe('on paper (Chromium): the quiz result, a card, a checklist', () => {
  let browser;
  let server;

  before(async () => {
    assert.ok(existsSync(join(root, 'dist/pushup-widgets.min.js')), 'dist/pushup-widgets.min.js is missing: run `npm run build`.');
    server = await startServer();
    browser = await chromium.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['en', 'es']) {
    test(`${lang}: one numbered sources list, every warning sign asked and ticked, no focus ring`, { timeout: TEST_TIMEOUT }, async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}${PAGE}`);
        await page.evaluate(() => window.e2e.ready);
        // A key press first, so the focus the result's heading takes shows its ring on screen.
        await page.keyboard.press('Shift');
        await page.evaluate(showResult, lang);

        const screen = await page.evaluate(readResult);
        assert.equal(screen.lang, lang);
        assert.ok(screen.cards > 0, 'the result suggests variations as inline cards');
        assert.equal(screen.focused, 'h3#result-heading');
        assert.notEqual(screen.outline, 'none', 'on screen the focused heading shows its ring');
        assert.ok(screen.sourceLists > 1, 'on screen each card keeps its own sources');

        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 10_000, `a printed PDF (${pdf.length} bytes)`);
        await page.emulateMedia({ media: 'print' });
        const paper = await page.evaluate(readResult);
        assert.equal(paper.sourceLists, 1, 'one numbered sources list on paper');
        assert.deepEqual(paper.numbers, [1], 'numbered from 1, once');
        assert.equal(paper.outline, 'none', 'no focus ring on paper');
        assert.equal(paper.buttons, 0, 'no buttons on paper');
        assert.ok(paper.summary.includes(WORDING[lang].asked), paper.summary);
        assert.ok(paper.summary.includes(WORDING[lang].ticked), paper.summary);
      } finally {
        await context.close();
      }
    });
  }

  test("a card's figure: moving on screen, its top and bottom side by side and still on paper", { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${PAGE}`);
      await page.evaluate(() => window.e2e.ready);
      assert.deepEqual(await page.evaluate(readFigure), { drawings: 1, captions: [], pause: 2, moving: true });
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await page.evaluate(readFigure), { drawings: 2, captions: ['Top', 'Bottom'], pause: 0, moving: false });
    } finally {
      await context.close();
    }
  });

  test("the checklist's Do and Avoid pictures: in their closed explanations on screen, all printed on paper", { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${PAGE}`);
      await page.evaluate(() => window.e2e.ready);
      assert.deepEqual(await page.evaluate(readChecklistPictures), { shown: 0, labels: [] });
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await page.evaluate(readChecklistPictures), { shown: 8, labels: ['✓ Do', '✗ Avoid'] });
    } finally {
      await context.close();
    }
  });
});

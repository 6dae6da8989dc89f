/**
 * 5. and 6. Many instances on one page stay independent, and connecting and
 * disconnecting them leaves nothing behind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';

export function instanceTests(suite) {
  const { open } = suite;

  test('5. 100 instances of each element on one page stay independent', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await open();
    try {
      const result = await page.evaluate(async () => {
        const { e2e } = window;
        const make = (tag, attributes = {}) => Array.from({ length: 100 }, () => e2e.create(tag, { attributes }));
        const checklists = make('pushup-form-checklist');
        const quizzes = make('back-pain-quiz');
        const cards = make('variation-risk-card', { variation: 'standard' });
        await e2e.settle();
        const sources = [];
        for (const type of ['pushup-checklist-change', 'pushup-quiz-answer', 'pushup-variation-select']) {
          document.addEventListener(type, (event) => sources.push(`${type} from ${event.target.localName} #${[...document.querySelectorAll(event.target.localName)].indexOf(event.target)}`));
        }
        checklists[37].shadowRoot.querySelector('input[type="checkbox"]').click();
        await e2e.answer(quizzes[42], ['none']);
        cards[13].shadowRoot.querySelector('button.harder').click();
        await e2e.settle();
        const ticked = (checklist) => [...checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')].filter((box) => box.checked).length;
        return {
          checklists: checklists.map((each, index) => ({ index, checked: each.checked.length, boxes: ticked(each) })).filter((each) => each.checked || each.boxes),
          quizzes: quizzes.map((each, index) => ({ index, step: e2e.quizStep(each), answered: Object.keys(each.answers).length })).filter((each) => each.step !== 'emergency-symptoms' || each.answered),
          cards: cards.map((each, index) => ({ index, variation: each.variation })).filter((each) => each.variation !== 'standard'),
          sources,
        };
      });
      assert.deepEqual(result.checklists, [{ index: 37, checked: 1, boxes: 1 }]);
      assert.deepEqual(result.quizzes, [{ index: 42, step: 'chest-symptoms', answered: 1 }]);
      assert.equal(result.cards.length, 1);
      assert.equal(result.cards[0].index, 13);
      assert.deepEqual(result.sources, [
        'pushup-checklist-change from pushup-form-checklist #37',
        'pushup-quiz-answer from back-pain-quiz #42',
        'pushup-variation-select from variation-risk-card #13',
      ]);
      assert.deepEqual(await unexpectedTrouble(page), []);
    } finally {
      await close();
    }
  });

  test('6. 1,000 connect/disconnect cycles leave no listener or observer behind', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await open('listeners');
    try {
      const result = await page.evaluate(async () => {
        const { e2e } = window;
        const report = () => window.__e2e.listenerReport();
        const settleAll = async () => {
          await e2e.settle();
          await e2e.nextFrame();
          await e2e.nextFrame();
        };
        await e2e.frame();
        await settleAll();
        const baseline = report();
        const make = () => [
          e2e.create('pushup-form-checklist', { attributes: { persist: 'cycles' } }),
          e2e.create('back-pain-quiz'),
          e2e.create('variation-risk-card', { attributes: { variation: 'standard' } }),
        ];
        const one = make();
        await settleAll();
        const oneConnected = report();
        for (const element of one) element.remove();
        await settleAll();
        const afterOne = report();
        const frameDocument = e2e.frameDocument();
        let reused = [];
        for (let cycle = 0; cycle < 1000; cycle += 1) {
          // Fresh elements every 4th cycle, the same ones otherwise; every 50th goes through the iframe.
          const set = cycle % 4 === 0 ? make() : reused;
          if (cycle % 4 === 0) reused = set;
          for (const element of set) if (!element.isConnected) document.body.append(element);
          if (cycle % 50 === 25) {
            for (const element of set) {
              frameDocument.adoptNode(element);
              frameDocument.body.append(element);
            }
            await Promise.all(set.map((element) => element.updateComplete));
            for (const element of set) document.body.append(document.adoptNode(element));
          }
          await Promise.all(set.map((element) => element.updateComplete));
          if (cycle % 100 === 0) await e2e.nextFrame();
          for (const element of set) element.remove();
        }
        await settleAll();
        const afterCycles = report();
        const last = make();
        await settleAll();
        const oneAgain = report();
        for (const element of last) element.remove();
        await settleAll();
        return { baseline, oneConnected, afterOne, afterCycles, oneAgain, final: report() };
      });
      const held = (name) => `${name}: ${JSON.stringify(result[name])}`;
      assert.ok(result.oneConnected.held.length > result.baseline.held.length, `one connected instance holds something (${held('oneConnected')})`);
      assert.deepEqual(result.afterOne.held, result.baseline.held, held('afterOne'));
      assert.deepEqual(result.afterCycles.held, result.baseline.held, `after 1,000 cycles, back to the baseline: ${held('afterCycles')} vs ${held('baseline')}`);
      assert.deepEqual(result.oneAgain.held, result.oneConnected.held, `one connected instance holds what it held before the cycles: ${held('oneAgain')}`);
      assert.deepEqual(result.final.held, result.baseline.held, held('final'));
      assert.deepEqual(await unexpectedTrouble(page), []);
    } finally {
      await close();
    }
  });
}

/**
 * 4. Storage faults: localStorage that throws, is full, holds corrupt JSON, or is changed
 * by another tab.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PAGE, TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';

export function storageTests(suite) {
  const { open } = suite;

  describe('4. storage faults', () => {
    /** Ticks, a quiz step, then the same elements re-created: the ticks and the step are still there. */
    const keepsProgress = async () => {
      const { e2e } = window;
      const make = () => ({
        checklist: e2e.create('pushup-form-checklist', { attributes: { persist: '' } }),
        quiz: e2e.create('back-pain-quiz', { attributes: { persist: '' } }),
      });
      const first = make();
      await e2e.settle();
      const boxes = [...first.checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')];
      boxes[0].click();
      boxes[2].click();
      await e2e.answer(first.quiz, ['none']);
      await e2e.settle();
      const before = { checked: first.checklist.checked, step: e2e.quizStep(first.quiz), answers: first.quiz.answers };
      first.checklist.remove();
      first.quiz.remove();
      const second = make();
      await e2e.settle();
      const after = { checked: second.checklist.checked, step: e2e.quizStep(second.quiz), answers: second.quiz.answers };
      second.checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')[1].click();
      await e2e.settle();
      let stored;
      try {
        stored = localStorage.getItem('pushup-widgets:checklist:v1:default');
      } catch (error) {
        stored = `getItem threw ${error.name}`;
      }
      return {
        before,
        after,
        later: second.checklist.checked,
        stored,
        libraryWarnings: window.__e2e.warnings.map((each) => each.text).filter((text) => text.startsWith('pushup-widgets:')),
      };
    };

    for (const [fault, label] of [
      ['throw', 'localStorage that throws on every call (SecurityError)'],
      ['full', 'localStorage that is full (setItem throws QuotaExceededError)'],
    ]) {
      test(`4. ${label}: keeps working, warns once, loses nothing while the page is open`, { timeout: TEST_TIMEOUT }, async () => {
        const { page, close } = await open(`storage=${fault}`);
        try {
          const result = await page.evaluate(keepsProgress);
          assert.equal(result.before.checked.length, 2);
          assert.equal(result.before.step, 'chest-symptoms', 'the quiz moved on to step 2');
          assert.deepEqual(result.after, result.before, 're-created elements find what the reader did');
          assert.equal(result.later.length, 3, 'and keep taking ticks');
          assert.equal(result.libraryWarnings.length, 1, `one warning: ${JSON.stringify(result.libraryWarnings)}`);
          if (fault === 'full') assert.equal(result.stored, null, 'nothing half-written');
          assert.deepEqual(await unexpectedTrouble(page), []);
        } finally {
          await close();
        }
      });
    }

    test('4. localStorage holding corrupt JSON: ignored with one warning, then overwritten with good data', { timeout: TEST_TIMEOUT }, async () => {
      const { server } = suite;
      const { page, context, close } = await open('storage=corrupt');
      try {
        const result = await page.evaluate(async () => {
          const { e2e } = window;
          const checklist = e2e.create('pushup-form-checklist', { attributes: { persist: '' } });
          const quiz = e2e.create('back-pain-quiz', { attributes: { persist: '' } });
          await e2e.settle();
          const start = { checked: checklist.checked, step: e2e.quizStep(quiz) };
          checklist.shadowRoot.querySelector('input[type="checkbox"]').click();
          await e2e.answer(quiz, ['none']);
          await e2e.settle();
          return {
            start,
            checked: checklist.checked,
            step: e2e.quizStep(quiz),
            stored: localStorage.getItem('pushup-widgets:checklist:v1:default'),
            storedQuiz: localStorage.getItem('pushup-widgets:quiz:v3:default'),
            libraryWarnings: window.__e2e.warnings.map((each) => each.text).filter((text) => text.startsWith('pushup-widgets:')),
          };
        });
        assert.deepEqual(result.start, { checked: [], step: 'emergency-symptoms' });
        assert.equal(result.libraryWarnings.length, 1, `one warning: ${JSON.stringify(result.libraryWarnings)}`);
        assert.deepEqual(JSON.parse(result.stored), result.checked);
        assert.deepEqual(JSON.parse(result.storedQuiz).value, { 'emergency-symptoms': ['none'] });
        assert.deepEqual(await unexpectedTrouble(page), []);
        // A reload (without the corruption) restores what was saved.
        const reloaded = await context.newPage();
        await reloaded.goto(`${server.origin}${PAGE}`);
        await reloaded.evaluate(() => window.e2e.ready);
        const restored = await reloaded.evaluate(async () => {
          const checklist = window.e2e.create('pushup-form-checklist', { attributes: { persist: '' } });
          const quiz = window.e2e.create('back-pain-quiz', { attributes: { persist: '' } });
          await window.e2e.settle();
          return { checked: checklist.checked, step: window.e2e.quizStep(quiz) };
        });
        assert.deepEqual(restored, { checked: result.checked, step: 'chest-symptoms' });
      } finally {
        await close();
      }
    });

    test('4. another tab: its valid changes are followed, its garbage neither crashes nor wipes this tab\'s ticks and answers', { timeout: TEST_TIMEOUT }, async (t) => {
      const a = await open();
      try {
        const b = await open('', { context: a.context });
        const setUp = async () => {
          const { e2e } = window;
          e2e.create('pushup-form-checklist', { attributes: { persist: '' } });
          e2e.create('back-pain-quiz', { attributes: { persist: '' } });
          window.__storageEvents = 0;
          window.addEventListener('storage', () => (window.__storageEvents += 1));
          await e2e.settle();
        };
        const tick = async (index) => {
          const checklist = document.querySelector('pushup-form-checklist');
          checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')[index].click();
          await window.e2e.settle();
        };
        const read = async () => {
          await window.e2e.settle();
          const quiz = document.querySelector('back-pain-quiz');
          return {
            checked: document.querySelector('pushup-form-checklist').checked,
            answers: quiz.answers,
            step: window.e2e.quizStep(quiz),
            events: window.__storageEvents,
          };
        };
        const pause = () => new Promise((resolve) => setTimeout(resolve, 300));
        const seen = {};

        // Tab A ticks a cue and answers step 1; tab B opens and picks that up, then ticks another.
        await a.page.evaluate(setUp);
        await a.page.evaluate(tick, 0);
        await a.page.evaluate(async () => window.e2e.answer(document.querySelector('back-pain-quiz'), ['none']));
        seen.a = await a.page.evaluate(read);
        await b.page.evaluate(setUp);
        seen.bStart = await b.page.evaluate(read);
        await b.page.evaluate(tick, 1);
        seen.b = await b.page.evaluate(read);
        await pause();
        seen.aAfterBTicked = await a.page.evaluate(read);

        // Tab B (or any script there) writes garbage under both keys; then a forged event in tab A.
        await b.page.evaluate(() => {
          localStorage.setItem('pushup-widgets:checklist:v1:default', '{garbage');
          localStorage.setItem('pushup-widgets:quiz:v3:default', 'null');
        });
        await pause();
        seen.aAfterGarbage = await a.page.evaluate(read);
        await a.page.evaluate(() => {
          window.dispatchEvent(new StorageEvent('storage', { key: 'pushup-widgets:checklist:v1:default', oldValue: null, newValue: '[1,', storageArea: localStorage }));
        });
        seen.aAfterForgedEvent = await a.page.evaluate(read);

        // Tab A goes on: its next tick is saved as good data.
        await a.page.evaluate(tick, 2);
        seen.aLater = await a.page.evaluate(read);
        seen.stored = await a.page.evaluate(() => localStorage.getItem('pushup-widgets:checklist:v1:default'));
        t.diagnostic(`observed: ${JSON.stringify(seen)}`);

        assert.deepEqual(seen.bStart.checked, seen.a.checked, 'tab B starts from what tab A saved');
        assert.equal(seen.bStart.step, 'chest-symptoms', 'tab B resumes the quiz where tab A left it');
        for (const id of seen.a.checked) assert.ok(seen.aAfterBTicked.checked.includes(id), `tab A still shows its tick ${id} after tab B ticked`);
        assert.deepEqual(seen.aAfterBTicked.checked, seen.b.checked, "tab A follows tab B's valid change (README: two tabs show the same progress)");
        for (const [moment, state] of [['garbage written by tab B', seen.aAfterGarbage], ['a forged storage event with garbage', seen.aAfterForgedEvent]]) {
          assert.deepEqual(state.checked, seen.aAfterBTicked.checked, `after ${moment}, tab A keeps the ticks it showed`);
          assert.deepEqual(state.answers, { 'emergency-symptoms': ['none'] }, `after ${moment}, tab A keeps its quiz answer`);
        }
        assert.deepEqual(JSON.parse(seen.stored), seen.aLater.checked, 'tab A saves its ticks as good data again');
        assert.deepEqual(await unexpectedTrouble(a.page), []);
        assert.deepEqual(await unexpectedTrouble(b.page), []);
      } finally {
        await a.close();
      }
    });
  });
}

/**
 * The end-to-end suite: the BUILT `dist/pushup-widgets.min.js` in real pages served on
 * 127.0.0.1, in one browser. `chromium.e2e.mjs` and `firefox.e2e.mjs` each call
 * `defineSuite()` with their browser; `e2e/run.mjs` (`npm run test:e2e`) builds the bundle
 * when it is missing or older than `src/`, then runs them.
 *
 * Functions passed to `page.evaluate` run in the page: they see only their argument and
 * the page's globals (`window.e2e` from pages/harness.js, `window.__e2e` from
 * pages/instrument.js), never this module's variables.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch } from './browsers.mjs';
import { fuzzActions } from './fuzz.mjs';
import { root, startServer } from './server.mjs';

const PAGE = '/e2e/pages/index.html';
const TEST_TIMEOUT = 150_000;

/** The library's own console messages: `<tag>: …` or `pushup-widgets: …`. */
const LIBRARY_MESSAGE = /^(?:<(?:pushup-form-checklist|back-pain-quiz|variation-risk-card)>:|pushup-widgets:)/;

export const PROPERTIES = {
  'pushup-form-checklist': ['variation', 'persist', 'compact', 'heading', 'headingLevel', 'checked', 'content'],
  'back-pain-quiz': ['persist', 'persistHours', 'heading', 'headingLevel', 'emergencyNumber', 'urgentNumber', 'answers', 'content'],
  'variation-risk-card': ['variation', 'compact', 'headingLevel', 'content'],
};

/** Everything that went wrong in a page that nobody expected: uncaught errors and foreign console errors. */
async function unexpectedTrouble(page) {
  const inPage = await page.evaluate(() => window.__e2e?.errors ?? window.__csp?.errors ?? []).catch(() => []);
  const consoleErrors = page.console
    .filter((entry) => entry.type === 'error' || entry.type === 'assert')
    .filter((entry) => !LIBRARY_MESSAGE.test(entry.text))
    .map((entry) => `console.${entry.type}: ${entry.text}`);
  return [...new Set([...page.errors.map((error) => `pageerror: ${error}`), ...inPage.map((error) => `in page: ${error}`), ...consoleErrors])];
}

export function defineSuite(browserName) {
  describe(browserName, () => {
    let browser;
    let server;

    before(async () => {
      assert.ok(
        existsSync(join(root, 'dist/pushup-widgets.min.js')),
        'dist/pushup-widgets.min.js is missing: run `npm run test:e2e` (it builds first) or `npm run build`.',
      );
      server = await startServer();
      browser = await launch(browserName);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A fresh context (own storage) with one page on `path?query`, ready once the elements are defined. */
    async function open(query = '', { path = PAGE, context } = {}) {
      const ownContext = context ?? (await browser.newContext());
      const page = await ownContext.newPage();
      await page.goto(`${server.origin}${path}${query ? `?${query}` : ''}`);
      if (path === PAGE) await page.evaluate(() => window.e2e.ready);
      return { page, context: ownContext, close: () => ownContext.close() };
    }

    test('1. React-style property sets: every public property of every element takes 17 kinds of value', { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await open();
      try {
        const failures = await page.evaluate(async (properties) => {
          const values = () => {
            const trap = () => {
              throw new Error('trap');
            };
            const cyclic = { id: 'cyclic' };
            cyclic.self = cyclic;
            return [
              ['true', true],
              ['false', false],
              ["''", ''],
              ["'text'", 'text'],
              ['0', 0],
              ['112', 112],
              ['NaN', Number.NaN],
              ['null', null],
              ['undefined', undefined],
              ['{}', {}],
              ['[]', []],
              ["['x']", ['x']],
              ['a function', () => 1],
              ['Symbol()', Symbol()],
              ['Object.create(null)', Object.create(null)],
              ['a Proxy whose traps throw', new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap, set: trap, defineProperty: trap, deleteProperty: trap })],
              ['a cyclic object', cyclic],
            ];
          };
          const failures = [];
          const check = async (element, what) => {
            let rejected = '';
            await Promise.resolve(element.updateComplete).catch((error) => (rejected = String(error)));
            if (rejected) failures.push(`${what}: updateComplete rejected: ${rejected}`);
            if (!element.shadowRoot) failures.push(`${what}: no shadow root`);
            else if (!element.shadowRoot.querySelector('[part~="base"]')) failures.push(`${what}: no [part~="base"] rendered`);
            for (const problem of window.e2e.injections(element)) failures.push(`${what}: ${problem}`);
          };
          for (const [tag, names] of Object.entries(properties)) {
            const start = tag === 'variation-risk-card' ? { attributes: { variation: 'standard' } } : {};
            for (const name of names) {
              // On a connected element, value after value (a re-render with new props) ...
              const connected = window.e2e.create(tag, start);
              await window.e2e.settle([connected]);
              for (const [label, value] of values()) {
                const what = `<${tag}>.${name} = ${label}`;
                try {
                  connected[name] = value;
                } catch (error) {
                  failures.push(`${what} threw ${String(error)}`);
                }
                await check(connected, what);
              }
              connected.remove();
              // ... and as React 19 creates one: the property first, then into the page.
              for (const [label, value] of values()) {
                const what = `<${tag}>.${name} = ${label} before it connects`;
                const fresh = document.createElement(tag);
                try {
                  fresh[name] = value;
                  document.body.append(fresh);
                } catch (error) {
                  failures.push(`${what} threw ${String(error)}`);
                }
                await check(fresh, what);
                fresh.remove();
              }
            }
          }
          await window.e2e.nextFrame();
          return failures;
        }, PROPERTIES);
        assert.deepEqual(failures, []);
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });

    test('1. React-style: persist = true stores ticks under pushup-widgets:checklist:v1:default', { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await open();
      try {
        const result = await page.evaluate(async () => {
          const checklist = document.createElement('pushup-form-checklist');
          checklist.persist = true;
          document.body.append(checklist);
          await window.e2e.settle([checklist]);
          const before = localStorage.getItem('pushup-widgets:checklist:v1:default');
          checklist.shadowRoot.querySelector('input[type="checkbox"]').click();
          await window.e2e.settle([checklist]);
          return { before, after: localStorage.getItem('pushup-widgets:checklist:v1:default'), checked: checklist.checked };
        });
        assert.equal(result.before, null, 'nothing is stored before a tick');
        assert.equal(result.checked.length, 1);
        assert.deepEqual(JSON.parse(result.after ?? 'null'), result.checked);
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });

    test('1. React-style: emergencyNumber = 112 (a number) gives a tel:112 link on an emergency result', { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await open();
      try {
        const result = await page.evaluate(async () => {
          const quiz = document.createElement('back-pain-quiz');
          quiz.emergencyNumber = 112;
          quiz.answers = { 'emergency-symptoms': ['both-legs'] };
          document.body.append(quiz);
          await window.e2e.settle([quiz]);
          const link = quiz.shadowRoot.querySelector('a[href^="tel:"]');
          return {
            href: link?.getAttribute('href') ?? null,
            text: link?.textContent.trim() ?? null,
            triage: quiz.shadowRoot.querySelector('[part~="triage"]')?.className ?? null,
          };
        });
        assert.match(result.triage ?? '', /\bemergency\b/);
        assert.equal(result.href, 'tel:112');
        assert.equal(result.text, '112');
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });

    test('2. fast-check fuzz: 1,250 generated actions (10 runs × 125) leave no error, no injection, no repeated warning', { timeout: 400_000 }, async (t) => {
      const summary = await fuzzActions({
        runs: 10,
        actionsPerRun: 125,
        open: () => open(),
        unexpectedTrouble,
      });
      t.diagnostic(`seed ${summary.seed}: ${summary.actions} actions in ${summary.runs} runs, ${summary.warnings} warnings, ${summary.consoleErrors} console errors`);
      assert.equal(summary.failure, undefined, summary.failure);
      assert.ok(summary.actions >= 1000, `only ${summary.actions} actions ran`);
    });

    test('3. strict CSP with Trusted Types: no violation, all three elements styled and working', { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await open('csp=strict', { path: '/e2e/pages/csp.html' });
      try {
        const result = await waitForCsp(page);
        assert.equal(result.failed, undefined, result.failed);
        assert.deepEqual(result.violations, []);
        assert.deepEqual(result.errors, []);
        assert.deepEqual(
          page.console.filter((entry) => entry.type === 'error' || /Content.Security.Policy|Trusted/i.test(entry.text)),
          [],
        );
        assert.deepEqual(result.done, { ticked: 1, call: 'tel:112', triage: 'triage emergency', card: result.done.card });
        assert.notEqual(result.done.card, 'standard', 'the Harder button switched the card');
        for (const style of result.styles) {
          assert.ok(style.border > 0 && style.borderStyle === 'solid', `<${style.tag}> [part~=base] has a border: ${JSON.stringify(style)}`);
          assert.equal(style.padding, '16px', `<${style.tag}> [part~=base] has its padding: ${JSON.stringify(style)}`);
          assert.ok(style.buttonBorder > 0, `<${style.tag}> buttons are styled: ${JSON.stringify(style)}`);
        }
      } finally {
        await close();
      }
    });

    test('3. strict CSP with Trusted Types, bundle loaded twice: works with allow-duplicates; without it only the second copy\'s duplicate lit-html policy is refused', { timeout: TEST_TIMEOUT }, async (t) => {
      const dup = await open('csp=dup', { path: '/e2e/pages/csp-twice.html' });
      try {
        const result = await waitForCsp(dup.page);
        assert.equal(result.failed, undefined, result.failed);
        assert.deepEqual(result.violations, [], "trusted-types lit-html 'allow-duplicates': no violation");
        assert.deepEqual(result.errors, [], "trusted-types lit-html 'allow-duplicates': no error");
        assert.equal(result.done.call, 'tel:112');
        assert.equal(result.styles.length, 3);
      } finally {
        await dup.close();
      }
      const strict = await open('csp=strict', { path: '/e2e/pages/csp-twice.html' });
      try {
        const result = await waitForCsp(strict.page);
        t.diagnostic(`twice, trusted-types lit-html: violations ${JSON.stringify(result.violations)}; errors ${JSON.stringify(result.errors)}`);
        // The widgets still work: the first copy defined them.
        assert.equal(result.failed, undefined, result.failed);
        assert.equal(result.done.call, 'tel:112');
        for (const style of result.styles) assert.equal(style.padding, '16px', JSON.stringify(style));
        // Nothing is refused but the second copy's policy of the same name.
        for (const violation of result.violations) {
          assert.equal(violation.directive, 'trusted-types', JSON.stringify(violation));
          assert.equal(violation.sample, 'lit-html', JSON.stringify(violation));
          assert.match(violation.source, /\/copy\/pushup-widgets\.min\.js/, JSON.stringify(violation));
        }
        // What the README says happens: one uncaught TypeError from the second copy, and nothing else.
        assert.equal(result.errors.length, 1, JSON.stringify(result.errors));
        assert.match(result.errors[0], /^TypeError: .*lit-html[^]*copy\/pushup-widgets\.min\.js/, result.errors[0]);
      } finally {
        await strict.close();
      }
    });

    async function waitForCsp(page) {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const state = await page.evaluate(() => Boolean(window.__csp?.done || window.__csp?.failed));
        if (state) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return page.evaluate(() => {
        const styles = ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card'].map((tag) => {
          const element = document.querySelector(tag);
          const base = element?.shadowRoot?.querySelector('[part~="base"]');
          const style = base ? getComputedStyle(base) : undefined;
          const buttons = [...(element?.shadowRoot?.querySelectorAll('button') ?? [])];
          return {
            tag,
            border: style ? Number.parseFloat(style.borderTopWidth) : 0,
            borderStyle: style?.borderTopStyle,
            padding: style?.paddingTop,
            buttonBorder: Math.max(0, ...buttons.map((button) => Number.parseFloat(getComputedStyle(button).borderTopWidth))),
          };
        });
        const { violations, errors, done, failed, trustedTypes } = window.__csp;
        return { violations, errors, done, failed, trustedTypes, styles };
      });
    }

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

    test('10. the CDN autoloader fetches only the elements on the page, and those added later, each once; content.js changes their content', { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await open('', { path: '/e2e/pages/autoloader.html' });
      try {
        const fetched = () => server.requests.map((each) => each.path).filter((path) => path.startsWith('/dist/cdn/'));
        const first = await page.evaluate(async () => {
          await customElements.whenDefined('pushup-form-checklist');
          const checklist = document.querySelector('pushup-form-checklist');
          await checklist.updateComplete;
          return {
            checklist: Boolean(checklist.shadowRoot?.querySelector('[part~="base"]')),
            quiz: customElements.get('back-pain-quiz') !== undefined,
            card: customElements.get('variation-risk-card') !== undefined,
          };
        });
        assert.deepEqual(first, { checklist: true, quiz: false, card: false });
        assert.equal(fetched().filter((path) => /\/(back-pain-quiz|variation-risk-card)-/.test(path)).length, 0, 'no other element fetched');
        // The page's own script: content.js shares the registry with the elements, so a
        // patch reaches the checklist already on the page.
        const registered = await page.evaluate(async () => {
          const content = await import('/dist/cdn/content.js');
          content.registerContent({ strings: { checklistHeading: 'Our gym’s checklist' } });
          const checklist = document.querySelector('pushup-form-checklist');
          const heading = () => checklist.shadowRoot.querySelector('[part~="heading"]').textContent.trim();
          const deadline = performance.now() + 5000;
          while (heading() !== 'Our gym’s checklist' && performance.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          return { heading: heading(), exports: Object.keys(content).sort() };
        });
        assert.equal(registered.heading, 'Our gym’s checklist');
        assert.deepEqual(registered.exports, [
          'configure',
          'loadContentCheck',
          'loadLocale',
          'matchLocale',
          'needsLoading',
          'onContentChange',
          'registerContent',
          'registerLocale',
          'resetRegisteredContent',
          'resolveContent',
        ]);
        const later = await page.evaluate(async () => {
          const card = document.createElement('variation-risk-card');
          card.setAttribute('variation', 'plank');
          const holder = document.createElement('section');
          holder.append(card);
          document.body.append(holder);
          await customElements.whenDefined('variation-risk-card');
          await card.updateComplete;
          return { card: card.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim(), quiz: customElements.get('back-pain-quiz') !== undefined };
        });
        assert.equal(later.quiz, false);
        assert.ok(later.card, 'the card added later is defined and rendered');
        const paths = fetched();
        assert.equal(new Set(paths).size, paths.length, 'each file fetched once');
        assert.equal(paths.filter((path) => /\/variation-risk-card-/.test(path)).length, 1);
        assert.equal(paths.filter((path) => /\/back-pain-quiz-/.test(path)).length, 0);
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });

    test('7. no network request of any kind and no cookie, with every element exercised in English', { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await open();
      try {
        const serverBefore = server.requests.length;
        const browserBefore = page.requests.length;
        const result = await page.evaluate(async () => {
          const { e2e } = window;
          const checklist = e2e.create('pushup-form-checklist', { attributes: { persist: '', variation: 'knee' } });
          const compact = e2e.create('pushup-form-checklist', { attributes: { compact: '', lang: 'en-GB' } });
          const emergency = e2e.create('back-pain-quiz', { attributes: { persist: 'emergency', 'emergency-number': '112', 'urgent-number': '111' } });
          const selfCare = e2e.create('back-pain-quiz');
          const card = e2e.create('variation-risk-card', { attributes: { variation: 'standard' } });
          const unknown = e2e.create('variation-risk-card', { attributes: { variation: 'no-such-variation' } });
          await e2e.settle();
          for (const box of checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')) box.click();
          for (const button of checklist.shadowRoot.querySelectorAll('[part~="why-toggle"]')) button.click();
          await e2e.settle();
          e2e.part(checklist, 'reset').click();
          for (const box of compact.shadowRoot.querySelectorAll('input[type="checkbox"]')) box.click();
          await e2e.answer(emergency, ['both-legs']);
          await e2e.toSelfCare(selfCare);
          await e2e.settle();
          for (let step = 0; step < 3; step += 1) {
            card.shadowRoot.querySelector('button.harder, button.easier')?.click();
            await e2e.settle();
          }
          for (const inner of e2e.shadowRoots(selfCare)) inner.host.shadowRoot.querySelector('button.easier')?.click();
          document.documentElement.lang = 'en-GB';
          const frame = await e2e.frame();
          frame.contentDocument.adoptNode(card);
          frame.contentDocument.body.append(card);
          await e2e.settle([card]);
          document.body.append(document.adoptNode(card));
          e2e.part(emergency, 'restart').click();
          e2e.part(selfCare, 'restart').click();
          unknown.variation = 'plank';
          await e2e.settle();
          await e2e.nextFrame();
          await new Promise((resolve) => setTimeout(resolve, 500));
          return {
            cookie: document.cookie,
            resources: performance.getEntriesByType('resource').map((entry) => entry.name),
            cards: selfCare.shadowRoot.querySelectorAll('variation-risk-card').length,
            call: emergency.shadowRoot.querySelector('[part~="call"]') === null,
          };
        });
        assert.equal(result.cookie, '');
        assert.deepEqual(await page.cookies(), []);
        const isPage = (url) => /\/e2e\/pages\/(?:index\.html|instrument\.js|harness\.js)$/.test(new URL(url, server.origin).pathname);
        const isBundle = (url) => new URL(url, server.origin).pathname === '/dist/pushup-widgets.min.js';
        // The browser's own requests for the page, not the library's: the favicon, and data: URLs
        // (Firefox's built-in list-bullet font), which are not network requests.
        const isBrowsers = (url) => url.startsWith('data:') || url === 'about:blank' || new URL(url).pathname === '/favicon.ico';
        const after = page.requests.slice(browserBefore).filter((url) => !isBrowsers(url));
        assert.deepEqual(after, [], 'no request once the page has loaded');
        assert.deepEqual(
          page.requests.filter((url) => !isPage(url) && !isBundle(url) && !isBrowsers(url)),
          [],
          'only the page and the bundle were fetched',
        );
        assert.deepEqual(
          result.resources.filter((url) => !isPage(url) && !isBundle(url) && !isBrowsers(url)),
          [],
          'the page saw no other resource load',
        );
        assert.deepEqual(
          server.requests.slice(serverBefore).map((each) => each.path).filter((path) => path !== '/favicon.ico'),
          [],
          'the server got no request while the elements were used',
        );
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });

    test('7. a widget in Spanish (lang="es") fetches only the Spanish locale chunk, once, beside the bundle; no cookie', { timeout: TEST_TIMEOUT }, async (t) => {
      const { page, close } = await open();
      try {
        const browserBefore = page.requests.length;
        const result = await page.evaluate(async () => {
          const { e2e } = window;
          const checklist = e2e.create('pushup-form-checklist', { attributes: { lang: 'es' } });
          const quiz = e2e.create('back-pain-quiz', { attributes: { lang: 'es-MX' } });
          const card = e2e.create('variation-risk-card', { attributes: { lang: 'es', variation: 'knee' } });
          await e2e.settle();
          for (let attempt = 0; attempt < 40 && !/[áéíóúñ¿]/i.test(checklist.shadowRoot.textContent); attempt += 1) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            await e2e.settle();
          }
          checklist.shadowRoot.querySelector('input[type="checkbox"]').click();
          await e2e.answer(quiz, ['none']);
          card.shadowRoot.querySelector('button.harder')?.click();
          e2e.create('pushup-form-checklist', { attributes: { lang: 'es' } });
          await e2e.settle();
          return { cookie: document.cookie, heading: e2e.part(checklist, 'heading')?.textContent.trim() };
        });
        const after = page.requests.slice(browserBefore).filter((url) => !url.startsWith('data:') && !url.endsWith('/favicon.ico'));
        t.diagnostic(`requests after load: ${JSON.stringify(after)}; heading "${result.heading}"`);
        assert.deepEqual(after.map((url) => new URL(url).pathname), ['/dist/pushup-widgets.es.min.js']);
        assert.equal(result.cookie, '');
        assert.deepEqual(await page.cookies(), []);
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });

    if (browserName === 'chromium') {
      test('8. forced colours (Chromium): every button, label, legend and link, in every state, has text unlike its background and never Canvas', { timeout: TEST_TIMEOUT }, async (t) => {
        const { page, close } = await open();
        try {
          const problems = [];
          for (const colorScheme of ['light', 'dark']) {
            await page.raw.emulateMedia({ forcedColors: 'active', colorScheme });
            const found = await page.evaluate(inspectForcedColours);
            t.diagnostic(`${colorScheme}: ${found.inspected} text-holding nodes checked; Canvas is ${found.canvas}`);
            assert.ok(found.inspected > 200, `only ${found.inspected} nodes were checked`);
            problems.push(...found.problems.map((problem) => `${colorScheme}: ${problem}`));
          }
          assert.deepEqual(problems, []);
          assert.deepEqual(await unexpectedTrouble(page), []);
        } finally {
          await close();
        }
      });
    }

    test('9. 320 px wide with 60-character words: the page does not scroll sideways', { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await open();
      try {
        await page.setViewport(320, 800);
        const result = await page.evaluate(async () => {
          const { e2e } = window;
          const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';
          const unknown = 'Liegestützvariantemitextremlangemunbekanntemnamenohnejedeleerzeichenundbindestriche';
          e2e.create('pushup-form-checklist', { attributes: { heading: word } });
          e2e.create('pushup-form-checklist', { attributes: { heading: word, variation: unknown, compact: '' } });
          e2e.create('back-pain-quiz', { attributes: { heading: word } });
          const result = e2e.create('back-pain-quiz', { attributes: { heading: word, 'emergency-number': '112' } });
          result.answers = { 'emergency-symptoms': ['both-legs'] };
          const selfCare = e2e.create('back-pain-quiz', { attributes: { heading: word } });
          e2e.create('variation-risk-card', { attributes: { variation: unknown } });
          e2e.create('variation-risk-card', { attributes: { variation: 'standard' } });
          await e2e.settle();
          await e2e.toSelfCare(selfCare);
          await e2e.settle();
          await e2e.nextFrame();
          const viewport = document.documentElement.clientWidth;
          const overflowing = [];
          for (const host of document.querySelectorAll('pushup-form-checklist, back-pain-quiz, variation-risk-card')) {
            for (const root of e2e.shadowRoots(host)) {
              for (const node of root.querySelectorAll('*')) {
                const box = node.getBoundingClientRect();
                if (box.width > 0 && box.right > viewport + 0.5) {
                  const part = node.getAttribute('part');
                  overflowing.push(`<${host.localName}${host.getAttribute('variation') ? ` variation="${host.getAttribute('variation').slice(0, 12)}…"` : ''}> ${node.localName}${part ? `[part="${part}"]` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''} right edge ${Math.round(box.right)} px: "${node.textContent.trim().slice(0, 40)}"`);
                }
              }
            }
          }
          const rendered = [...document.querySelectorAll('pushup-form-checklist, back-pain-quiz, variation-risk-card')].filter(
            (host) => host.shadowRoot?.querySelector('[part~="base"]') && host.getBoundingClientRect().width > 0,
          ).length;
          return { scrollWidth: document.documentElement.scrollWidth, viewport, rendered, overflowing: [...new Set(overflowing)].slice(0, 15) };
        });
        assert.equal(result.rendered, 7, 'all seven widgets rendered');
        assert.ok(result.scrollWidth <= 320, `document scrollWidth ${result.scrollWidth} > 320; overflowing:\n${result.overflowing.join('\n')}`);
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });
  });
}

/**
 * In the page (forced colours emulated): puts every element into each of its states and
 * checks each `button`, `label`, `legend` and link, and every element inside them that
 * holds text: its colour differs from the first non-transparent background up its
 * ancestors (across shadow roots to the host and the page), and is never `Canvas`, which
 * Chromium's backplate hides.
 */
async function inspectForcedColours() {
  const { e2e } = window;
  for (const element of document.querySelectorAll('pushup-form-checklist, back-pain-quiz, variation-risk-card')) element.remove();
  const probe = document.createElement('span');
  // Kept out of forced colours, so its computed colour is the Canvas system colour itself.
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.color = 'Canvas';
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).color;
  const canvasBackground = getComputedStyle(probe).backgroundColor;
  probe.remove();
  const rgb = (value) => {
    const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
    return { r: numbers[0], g: numbers[1], b: numbers[2], a: numbers.length > 3 ? numbers[3] : 1, text: value };
  };
  const same = (one, two) => one.r === two.r && one.g === two.g && one.b === two.b;
  const up = (node) => node.parentElement ?? (node.parentNode?.host ?? null);
  const backgroundOf = (node) => {
    for (let at = node; at; at = up(at)) {
      const background = rgb(getComputedStyle(at).backgroundColor);
      if (background.a > 0) return { color: background, from: at.localName };
    }
    return { color: rgb(canvasBackground), from: 'the page (Canvas)' };
  };
  const describe = (host, node) => {
    const part = node.getAttribute('part');
    const text = node.textContent.replace(/\s+/g, ' ').trim().slice(0, 30);
    return `<${host.localName}> ${node.localName}${part ? `[part="${part}"]` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''} "${text}"`;
  };
  const problems = [];
  let inspected = 0;
  const inspect = (state, host) => {
    for (const root of e2e.shadowRoots(host)) {
      const owner = root.host;
      for (const control of root.querySelectorAll('button, label, legend, a[href]')) {
        if (control.getClientRects().length === 0) continue;
        const holders = [control, ...control.querySelectorAll('*')].filter(
          (node) => node.getClientRects().length > 0 && [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent.trim()),
        );
        for (const node of holders) {
          inspected += 1;
          const color = rgb(getComputedStyle(node).color);
          const background = backgroundOf(node);
          if (same(color, rgb(canvas))) {
            problems.push(`${state}: ${describe(owner, node)} text is Canvas (${color.text}), invisible on Chromium's backplate`);
          } else if (same(color, background.color)) {
            problems.push(`${state}: ${describe(owner, node)} text ${color.text} on background ${background.color.text} of <${background.from}>`);
          } else if (color.a === 0) {
            problems.push(`${state}: ${describe(owner, node)} text is transparent`);
          }
        }
      }
    }
  };
  const make = async (tag, attributes = {}, properties = {}) => {
    const element = e2e.create(tag, { attributes, properties });
    await e2e.settle([element]);
    return element;
  };

  const checklist = await make('pushup-form-checklist', { variation: 'knee' });
  inspect('checklist', checklist);
  e2e.part(checklist, 'why-toggle').click();
  checklist.shadowRoot.querySelector('input[type="checkbox"]').click();
  await e2e.settle([checklist]);
  inspect('checklist, one cue open and ticked', checklist);
  for (const box of checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')) if (!box.checked) box.click();
  await e2e.settle([checklist]);
  inspect('checklist, complete', checklist);
  inspect('checklist, compact', await make('pushup-form-checklist', { compact: '' }));

  const quiz = await make('back-pain-quiz');
  inspect('quiz step', quiz);
  e2e.choose(quiz, 'none');
  await e2e.settle([quiz]);
  inspect('quiz step, an answer chosen', quiz);
  e2e.part(quiz, 'next').click();
  await e2e.settle([quiz]);
  e2e.part(quiz, 'next').click();
  await e2e.settle([quiz]);
  inspect('quiz step 2 with Back, Next pressed with nothing chosen (error shown)', quiz);
  const emergency = await make('back-pain-quiz', { 'emergency-number': '112' }, { answers: { 'emergency-symptoms': ['both-legs'] } });
  inspect('quiz emergency result', emergency);
  const urgent = await make('back-pain-quiz', { 'urgent-number': '111' });
  await e2e.answer(urgent, ['none']);
  await e2e.answer(urgent, ['none']);
  await e2e.answer(urgent, ['fever']);
  inspect('quiz urgent result', urgent);
  const selfCare = await make('back-pain-quiz');
  await e2e.toSelfCare(selfCare);
  await e2e.settle();
  inspect('quiz self-care result with cards', selfCare);

  inspect('card', await make('variation-risk-card', { variation: 'standard' }));
  inspect('card, high risk', await make('variation-risk-card', { variation: 'weighted' }));
  inspect('card, compact', await make('variation-risk-card', { variation: 'knee', compact: '' }));
  inspect('card, unknown variation', await make('variation-risk-card', { variation: 'nope' }));
  return { problems: [...new Set(problems)], inspected, canvas };
}

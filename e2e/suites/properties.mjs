/**
 * 1. React-style property sets: every public property of every element, set the way a
 * framework sets it (on a connected element, and before it connects), takes any value.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROPERTIES, TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';

export function propertyTests(suite) {
  const { open } = suite;

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
              // A card without a variation shows nothing until the page had its moment to
              // set one (a frame and a task after it connects), then asks for one: up to 120
              // frames, as a busy machine may take them.
              if (tag === 'variation-risk-card') {
                for (let turn = 0; turn < 120 && !fresh.shadowRoot?.querySelector('[part~="base"]'); turn += 1) {
                  await window.e2e.nextFrame();
                  await new Promise((resolve) => setTimeout(resolve));
                }
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
}

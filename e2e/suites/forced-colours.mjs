/**
 * 8. Forced colours, in Chromium only (emulated through playwright-core): every control's text
 * stays visible in every state, in light and dark.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';

export function forcedColourTests(suite) {
  const { browserName, open } = suite;

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

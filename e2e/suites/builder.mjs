/**
 * 12. The embed builder (`dist/builder.html`), as a blogger uses it: settings chosen by
 * keyboard, the script-tag and iframe snippets copied, and each pasted into a blank post
 * (pages/paste.html) with the CDN's addresses mapped to this server's `/dist/`, as the
 * plain-HTML example maps them: both show the same widget with the same settings. The copy
 * is confirmed in a live region, or the snippet selected where the clipboard refuses; the
 * page passes axe in light and dark, and fits 320 px.
 *
 * The clipboard is the page's own, recorded rather than the system's (`recordClipboard`),
 * so the tests run alike in both browsers and headless.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';
import { root } from '../server.mjs';

const BUILDER = '/dist/builder.html';
const PASTE = '/e2e/pages/paste.html';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The CDN addresses the snippets name, and where this server has the same files. */
const CDN = [`https://cdn.jsdelivr.net/npm/pushup-widgets@${version}/dist/`, `https://unpkg.com/pushup-widgets@${version}/dist/`];
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs in the builder page before its script: `navigator.clipboard.writeText` records (or, with `refuse`, rejects) what it is given. */
function recordClipboard() {
  window.__copied = [];
  const refuse = new URLSearchParams(location.search).has('refuse');
  navigator.clipboard.writeText = (text) => {
    if (refuse) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    window.__copied.push(text);
    return Promise.resolve();
  };
}

async function openBuilder(suite, { width = 1000, query = '' } = {}) {
  const opened = await suite.open(query, { path: BUILDER });
  await opened.page.setViewport(width, 800);
  await opened.page.onNewDocument(recordClipboard);
  // Again, now that the recorder runs before the page's script.
  await opened.page.goto(`${suite.server.origin}${BUILDER}${query ? `?${query}` : ''}`);
  await opened.page.evaluate(() => customElements.whenDefined('pushup-form-checklist'));
  return opened;
}

/** Focuses the control `selector` (as Tab would reach it) for the keyboard to use. */
const focus = (page, selector) => page.evaluate((selector) => document.querySelector(selector).focus(), selector);

/** Sets the builder for a clinic's quiz in Spanish, by keyboard only. */
async function chooseClinicQuiz(page) {
  const { keyboard } = page.raw;
  await focus(page, 'input[name="widget"][value="checklist"]');
  await keyboard.press('ArrowDown'); // the quiz
  await focus(page, '#lang');
  await keyboard.press('ArrowDown'); // Español
  await focus(page, '#persist');
  await keyboard.press(' ');
  for (const [selector, text] of [
    ['#emergency-number', '112'],
    ['#urgent-number', '1800 022 222'],
    ['#accent', '#e11d48'],
    ['#action-text', 'Book "now" & <save>'],
    ['#action-href', 'https://clinic.example/book?source=back-check&lang=es'],
  ]) {
    await focus(page, selector);
    await keyboard.type(text);
  }
  await focus(page, '#action-levels');
  await keyboard.press('ArrowDown'); // routine referrals only
  await keyboard.press('Tab');
}

/** Presses the Copy button of snippet `name` by keyboard; the snippet shown, what was copied, and the statuses. */
async function copyByKeyboard(page, name) {
  await focus(page, `button[data-copy="${name}"]`);
  await page.raw.keyboard.press('Enter');
  return page.evaluate(async (name) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const statuses = [...document.querySelectorAll('.copy-status')];
    const button = document.querySelector(`button[data-copy="${name}"]`);
    return {
      shown: document.getElementById(`snippet-${name}`).textContent,
      copied: window.__copied.at(-1) ?? null,
      status: button.parentElement.querySelector('.copy-status').textContent,
      role: button.parentElement.querySelector('.copy-status').getAttribute('role'),
      others: statuses.filter((status) => !button.parentElement.contains(status)).map((status) => status.textContent).join(''),
      selected: window.getSelection().toString(),
    };
  }, name);
}

/** The CDN's addresses in `snippet` turned into this server's `/dist/`. */
const served = (snippet) => CDN.reduce((text, cdn) => text.replaceAll(cdn, '/dist/'), snippet);

/** In a page: what the widget `tag` shows, on the page or in its frame (`where`), once it has rendered in Spanish. */
function readWidget([tag, where]) {
  return (async () => {
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    let doc = document;
    if (where === 'frame') {
      for (let tries = 0; tries < 100 && !document.querySelector('iframe')?.contentDocument?.querySelector(tag); tries += 1) await sleep(50);
      doc = document.querySelector('iframe').contentDocument;
    }
    const view = doc.defaultView;
    await view.customElements.whenDefined(tag);
    const widget = doc.querySelector(tag);
    for (let tries = 0; tries < 100 && !/espalda/i.test(widget.shadowRoot?.textContent ?? ''); tries += 1) await sleep(50);
    const link = widget.querySelector('a');
    return {
      attributes: Object.fromEntries(widget.getAttributeNames().filter((name) => name !== 'lang' && name !== 'style').map((name) => [name, widget.getAttribute(name)])),
      lang: widget.closest('[lang]')?.getAttribute('lang') ?? null,
      spanish: /espalda/i.test(widget.shadowRoot.textContent),
      accent: view.getComputedStyle(widget).getPropertyValue('--pushup-accent').trim(),
      link: link && { slot: link.slot, href: link.getAttribute('href'), text: link.textContent },
      problems: doc.querySelector('[role="status"]')?.textContent ?? null,
    };
  })();
}

/** Runs axe on the page; the violations as `rule: target` lines. */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  });
}

export function builderTests(suite) {
  test('12. the embed builder: a quiz set by keyboard, copied as a script tag and as a frame, is the same quiz pasted in a blank post', { timeout: TEST_TIMEOUT }, async () => {
    const builder = await openBuilder(suite);
    let script;
    let iframe;
    try {
      const { page } = builder;
      await chooseClinicQuiz(page);
      script = await copyByKeyboard(page, 'script');
      assert.equal(script.copied, script.shown, 'the Copy button copied the snippet shown');
      assert.deepEqual([script.status, script.role], ['Copied.', 'status'], 'confirmed, in a live region');
      assert.match(script.shown, /<back-pain-quiz\s+lang="es"\s+emergency-number="112"\s+urgent-number="1800 022 222"\s+action-levels="soon"\s+persist\s/);
      iframe = await copyByKeyboard(page, 'iframe');
      assert.equal(iframe.copied, iframe.shown);
      assert.equal(iframe.status, 'Copied.');
      assert.equal(iframe.others, '', 'the earlier confirmation is cleared, so each copy is announced once');
      assert.match(iframe.shown, /^<iframe src="https:\/\/unpkg\.com\/pushup-widgets@[\d.]+\/dist\/embed\.html\?widget=quiz&amp;/);
      assert.deepEqual(await unexpectedTrouble(page), []);
    } finally {
      await builder.close();
    }

    const pasted = {};
    for (const [name, snippet] of [
      ['script', script.copied],
      ['iframe', iframe.copied],
    ]) {
      const { page, close } = await suite.open('', { path: PASTE });
      try {
        await page.evaluate((html) => window.paste(html), served(snippet));
        pasted[name] = await page.evaluate(readWidget, ['back-pain-quiz', name === 'iframe' ? 'frame' : 'page']);
        assert.deepEqual(await unexpectedTrouble(page), [], name);
      } finally {
        await close();
      }
    }
    const quiz = {
      attributes: { 'emergency-number': '112', 'urgent-number': '1800 022 222', 'action-levels': 'soon', persist: '' },
      lang: 'es',
      spanish: true,
      accent: '#e11d48',
      link: { slot: 'referral-action', href: 'https://clinic.example/book?source=back-check&lang=es', text: 'Book "now" & <save>' },
    };
    assert.deepEqual(pasted.script, { ...quiz, problems: null }, 'the script tag');
    assert.deepEqual(pasted.iframe, { ...quiz, problems: null }, 'the frame, with no complaint about its address');
  });

  test('12. the embed builder says a bad number, colour or address beside its field and leaves it out of the snippets', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openBuilder(suite, { width: 320 });
    try {
      const { keyboard } = page.raw;
      await focus(page, 'input[name="widget"][value="checklist"]');
      await keyboard.press('ArrowDown');
      for (const [selector, text] of [
        ['#emergency-number', 'call us'],
        ['#accent', 'var(--brand)'],
        ['#action-text', 'Book'],
        ['#action-href', 'javascript:alert(1)'],
      ]) {
        await focus(page, selector);
        await keyboard.type(text);
        await keyboard.press('Tab');
      }
      const shown = await page.evaluate(() => {
        const field = (name) => {
          const control = document.getElementById(name);
          const problem = document.getElementById(`${name}-problem`);
          return {
            invalid: control.getAttribute('aria-invalid'),
            describedByProblem: (control.getAttribute('aria-describedby') ?? '').split(' ').includes(problem.id),
            visible: problem.getClientRects().length > 0,
          };
        };
        const snippets = ['script', 'iframe', 'react', 'vue'].map((name) => document.getElementById(`snippet-${name}`).textContent).join('\n');
        return {
          fields: Object.fromEntries(['emergency-number', 'accent', 'action-href'].map((name) => [name, field(name)])),
          leftOut: ['call us', 'brand', 'javascript', 'Book', 'emergency-number', 'accent', 'action-text'].filter((text) => snippets.includes(text)),
          wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      for (const [name, field] of Object.entries(shown.fields)) {
        assert.deepEqual(field, { invalid: 'true', describedByProblem: true, visible: true }, name);
      }
      assert.deepEqual(shown.leftOut, [], 'no snippet holds a value that cannot be used');
      assert.equal(shown.wide, 0, 'nothing scrolls sideways at 320 px');
      assert.deepEqual(await axeViolations(page), [], 'axe, with the messages shown');
    } finally {
      await close();
    }
  });

  test('12. the embed builder selects the snippet, and says how to copy it, where the clipboard refuses', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openBuilder(suite, { query: 'refuse' });
    try {
      const vue = await copyByKeyboard(page, 'vue');
      assert.equal(vue.copied, null);
      assert.equal(vue.selected, vue.shown, 'the whole snippet is selected');
      assert.match(vue.status, /^Selected: press Ctrl\+C/);
      assert.equal(await page.evaluate(() => document.activeElement.localName), 'pre', 'the snippet has the focus');
    } finally {
      await close();
    }
  });

  for (const scheme of ['light', 'dark']) {
    test(`12. the embed builder passes axe in ${scheme}, for each widget, at 320 and 1280 px without sideways scrolling`, { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await openBuilder(suite);
      try {
        // Chromium emulates the reader's setting; in Firefox (no media emulation over WebDriver
        // BiDi) the page's own `color-scheme` is set instead, which the page and widgets follow too.
        if (suite.browserName === 'chromium') await page.colorScheme(scheme);
        else await page.evaluate((scheme) => document.documentElement.style.setProperty('color-scheme', scheme), scheme);
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        assert.equal(background, scheme === 'dark' ? 'rgb(17, 19, 23)' : 'rgb(246, 247, 249)', 'the page follows the reader\'s scheme');
        const found = [];
        for (const [width, widget] of [
          [1280, 'checklist'],
          [320, 'quiz'],
          [1280, 'card'],
        ]) {
          await page.setViewport(width, 800);
          await page.evaluate((widget) => {
            document.querySelector(`input[name="widget"][value="${widget}"]`).click();
            return customElements.whenDefined('back-pain-quiz');
          }, widget);
          await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(wide, 0, `${widget} at ${width} px scrolls sideways`);
          found.push(...(await axeViolations(page)).map((violation) => `${widget} at ${width}: ${violation}`));
        }
        assert.deepEqual(found, []);
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });
  }
}

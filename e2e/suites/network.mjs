/**
 * 7. No network request and no cookie: in English nothing is fetched after the page has
 * loaded; in Spanish only the Spanish locale chunk, once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';

export function networkTests(suite) {
  const { open } = suite;

  test('7. no network request of any kind and no cookie, with every element exercised in English', { timeout: TEST_TIMEOUT }, async () => {
    const { server } = suite;
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
}

/**
 * 10. The CDN autoloader (pages/autoloader.html, `dist/cdn/`): it fetches only the
 * elements in use, each once, and shares the content registry with content.js.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';

export function autoloaderTests(suite) {
  const { open } = suite;

  test('10. the CDN autoloader fetches only the elements on the page, and those added later, each once; content.js changes their content', { timeout: TEST_TIMEOUT }, async () => {
    const { server } = suite;
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
}

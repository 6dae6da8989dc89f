/**
 * 9. A 320 px wide viewport with very long words: nothing makes the page scroll sideways.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';

export function narrowViewportTests(suite) {
  const { open } = suite;

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
}

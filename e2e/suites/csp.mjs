/**
 * 3. A strict Content-Security-Policy with Trusted Types (pages/csp.html, and
 * pages/csp-twice.html with the bundle loaded twice); the policy is set by ../server.mjs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../harness.mjs';

export function cspTests(suite) {
  const { open } = suite;

  test('3. strict CSP with Trusted Types: no violation, all three elements styled and working, the card\'s figure moving', { timeout: TEST_TIMEOUT }, async () => {
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
      const { figureAnimations, ...done } = result.done;
      assert.deepEqual(done, { ticked: 1, call: 'tel:112', triage: 'triage emergency', card: result.done.card });
      assert.ok(figureAnimations >= 7, `the card's figure moves: ${figureAnimations} running animations`);
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
}

/** Waits for the CSP page's script to finish, then reads what it saw and how the elements are styled. */
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

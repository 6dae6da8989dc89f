/**
 * The browser check the React 19, React 18, Vue 3, Angular, Svelte 5 and SvelteKit examples
 * share: each builds the same app (a checklist, a card and a quiz bound to the app's state),
 * so each must behave the same in Chromium:
 * - `checked` reaches the element as an array (that cue is ticked) and `persist` as the
 *   boolean `true`, not the attribute "true" (a storage key);
 * - ticking a cue: the event reaches the app's state, the app's own DOM updates, and the
 *   tick is stored;
 * - the card's Harder button: its event sets the app's state, which both elements follow.
 *
 * It serves the built app from `site` (the example's dist/ unless said) and resolves to the
 * server's `{ origin }`.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';

export async function checkApp({ dir, page, serve, site = join(dir, 'dist') }) {
  const { origin } = await serve(site);
  await page.goto(`${origin}/`);
  const progress = page.locator('#progress');
  const checklist = page.locator('pushup-form-checklist');

  // A prerendered page (SvelteKit) shows the checklist before it hydrates and sets `checked`.
  const ticked = page.getByRole('checkbox', { name: 'Set your hands a little wider than your shoulders.', checked: true });
  await ticked.waitFor().catch(() => assert.fail('the `checked` array was not applied'));
  assert.equal(await progress.textContent(), '1 checked');
  assert.equal(await checklist.evaluate((element) => element.persist), true);

  await page.getByRole('checkbox', { checked: false }).first().check();
  await progress.filter({ hasText: /^2 checked$/ }).waitFor();
  const stored = await page.evaluate('Object.keys(localStorage)');
  assert.ok(stored.some((key) => key.startsWith('pushup-widgets:checklist:')), 'persist stored nothing');

  await page.getByRole('button', { name: /^Harder: / }).click();
  await page.locator('pushup-form-checklist[variation="standard"]').waitFor();
  assert.equal(await page.locator('variation-risk-card').evaluate((element) => element.variation), 'standard');
  return { origin };
}

/**
 * The check of the React 19 example, run by `examples/harness.mjs` after
 * `tsc --noEmit --strict` and `vite build`:
 * - the JSX types reject mistakes a user makes (a wrong prop type, a misspelt prop, a
 *   misread `detail`, a misspelt event), so passing the typecheck means something;
 * - in Chromium, React applies properties (`checked` as an array, `persist={true}`), and
 *   the elements' events reach React state: a ticked cue updates the app's count, and the
 *   card's Harder button changes the variation both the card and the checklist show.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';

/** JSX a user might write by mistake; each MISTAKE line must fail to compile. */
const mistakes = `\
export const mistakes = [
  <pushup-form-checklist checked="hands-slightly-wide" />, // MISTAKE: checked is a list of ids
  <variation-risk-card compact="yes please" />, // MISTAKE: compact is a boolean
  <variation-risk-card varation="knee" />, // MISTAKE: no such property (misspelt)
  <back-pain-quiz onpushup-quiz-complete={(event) => event.detail.triage.toFixed()} />, // MISTAKE: triage is a string
  <pushup-form-checklist onpushup-checklist-chnage={(event) => event} />, // MISTAKE: a misspelt event's handler is untyped
];
`;

export async function checkBuild({ expectTypeErrors }) {
  await expectTypeErrors('src/mistakes.tsx', mistakes);
}

export async function checkInBrowser({ dir, page, serve }) {
  const { origin } = await serve(join(dir, 'dist'));
  await page.goto(`${origin}/`);
  const progress = page.locator('#progress');
  const checklist = page.locator('pushup-form-checklist');

  // `checked={['hands-slightly-wide']}` is set as a property: that cue is ticked.
  const ticked = page.getByRole('checkbox', { name: 'Set your hands a little wider than your shoulders.' });
  await ticked.waitFor();
  assert.equal(await ticked.isChecked(), true, 'the `checked` array was not applied');
  assert.equal(await progress.textContent(), '1 checked');
  // `persist={true}` is the boolean property, not the attribute "true" (a storage key).
  assert.equal(await checklist.evaluate((element) => element.persist), true);

  // Ticking a cue: the event reaches React state, and the app's own DOM updates.
  await page.getByRole('checkbox', { checked: false }).first().check();
  await progress.filter({ hasText: /^2 checked$/ }).waitFor();
  const stored = await page.evaluate('Object.keys(localStorage)');
  assert.ok(stored.some((key) => key.startsWith('pushup-widgets:checklist:')), 'persist stored nothing');

  // The card's Harder button: its event sets React state, which both elements follow.
  await page.getByRole('button', { name: /^Harder: / }).click();
  await page.locator('pushup-form-checklist[variation="standard"]').waitFor();
  assert.equal(await page.locator('variation-risk-card').evaluate((element) => element.variation), 'standard');
}

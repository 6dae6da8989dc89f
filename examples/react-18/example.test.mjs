/**
 * The check of the React 18 example, run by `examples/harness.mjs` after
 * `tsc --noEmit --strict` and `vite build`:
 * - the wrappers' types reject mistakes a user makes (a wrong prop type, a misspelt event
 *   prop, a misread `detail`), so passing the typecheck means something;
 * - in Chromium, the wrappers set properties React 18 alone would not (`checked` as an
 *   array, `persist={true}`), and `onChecklistChange` and `onVariationSelect` reach React
 *   state: a ticked cue updates the app's count, Harder changes both elements' variation.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';

/** JSX a user might write by mistake; each MISTAKE line must fail to compile. */
const mistakes = `\
import { BackPainQuiz, PushupFormChecklist, VariationRiskCard } from 'pushup-widgets/react';

export const mistakes = [
  <PushupFormChecklist checked="hands-slightly-wide" />, // MISTAKE: checked is a list of ids
  <VariationRiskCard compact="yes please" />, // MISTAKE: compact is a boolean
  <PushupFormChecklist onChecklistChange={(event) => event.detail.total.toUpperCase()} />, // MISTAKE: total is a number
  <BackPainQuiz onQuizFinish={() => undefined} />, // MISTAKE: no such event prop
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

  // `checked={['hands-slightly-wide']}` reaches the element as an array: that cue is ticked.
  const ticked = page.getByRole('checkbox', { name: 'Set your hands a little wider than your shoulders.' });
  await ticked.waitFor();
  assert.equal(await ticked.isChecked(), true, 'the `checked` array was not applied');
  assert.equal(await progress.textContent(), '1 checked');
  assert.equal(await checklist.evaluate((element) => element.persist), true);

  // Ticking a cue: `onChecklistChange` sets React state, and the app's own DOM updates.
  await page.getByRole('checkbox', { checked: false }).first().check();
  await progress.filter({ hasText: /^2 checked$/ }).waitFor();

  // The card's Harder button: `onVariationSelect` sets React state, which both elements follow.
  await page.getByRole('button', { name: /^Harder: / }).click();
  await page.locator('pushup-form-checklist[variation="standard"]').waitFor();
  assert.equal(await page.locator('variation-risk-card').evaluate((element) => element.variation), 'standard');
}

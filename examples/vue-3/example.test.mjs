/**
 * The check of the Vue 3 example, run by `examples/harness.mjs` after `vue-tsc --noEmit`
 * (with `strictTemplates`) and `vite build`:
 * - vue-tsc rejects template mistakes a user makes (a wrong prop type, a misspelt prop or
 *   event, a misread `detail`), so passing the typecheck means something;
 * - in Chromium, Vue sets the bound values as properties (`:checked` as an array,
 *   `:persist="true"`), and `@pushup-checklist-change` and `@pushup-variation-select`
 *   reach the app's state: a ticked cue updates the count, Harder changes both elements.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';

/** A template a user might write by mistake; each MISTAKE line must fail to compile. */
const mistakes = `\
<template>
  <pushup-form-checklist checked="hands-slightly-wide" /><!-- MISTAKE: checked is a list of ids -->
  <variation-risk-card compact="yes please" /><!-- MISTAKE: compact is a boolean -->
  <variation-risk-card varation="knee" /><!-- MISTAKE: no such property (misspelt) -->
  <back-pain-quiz :heading-level="{}" /><!-- MISTAKE: a heading level is a number -->
  <back-pain-quiz @pushup-quiz-complete="(event) => event.detail.triage.toFixed()" /><!-- MISTAKE: triage is a string -->
  <pushup-form-checklist @pushup-checklist-chnage="(event) => event" /><!-- MISTAKE: no such event (misspelt) -->
</template>
`;

export async function checkBuild({ expectTypeErrors }) {
  await expectTypeErrors('src/Mistakes.vue', mistakes);
}

export async function checkInBrowser({ dir, page, serve }) {
  const { origin } = await serve(join(dir, 'dist'));
  await page.goto(`${origin}/`);
  const progress = page.locator('#progress');
  const checklist = page.locator('pushup-form-checklist');

  // `:checked="checked"` is set as a property: the cue the app starts with is ticked.
  const ticked = page.getByRole('checkbox', { name: 'Set your hands a little wider than your shoulders.' });
  await ticked.waitFor();
  assert.equal(await ticked.isChecked(), true, 'the `checked` array was not applied');
  assert.equal(await progress.textContent(), '1 checked');
  assert.equal(await checklist.evaluate((element) => element.persist), true);

  // Ticking a cue: the event reaches the app's state, and the app's own DOM updates.
  await page.getByRole('checkbox', { checked: false }).first().check();
  await progress.filter({ hasText: /^2 checked$/ }).waitFor();

  // The card's Harder button: its event sets the app's state, which both elements follow.
  await page.getByRole('button', { name: /^Harder: / }).click();
  await page.locator('pushup-form-checklist[variation="standard"]').waitFor();
  assert.equal(await page.locator('variation-risk-card').evaluate((element) => element.variation), 'standard');
}

/**
 * The check of the Svelte 5 example, run by `examples/harness.mjs` after `svelte-check`
 * (strict TypeScript, `--fail-on-warnings`) and `vite build`:
 * - svelte-check rejects template mistakes a user makes (a wrong prop type, a misspelt prop
 *   or event, a misread `detail`), so passing the typecheck means something; `variation`
 *   takes any id (content can add variations), so an unknown one is no type error;
 * - in Chromium, Svelte sets values as properties (`checked` as an array, `persist={true}`)
 *   and dashed names as attributes (`emergency-number`), `style="…"` reaches the element,
 *   and `onpushup-checklist-change` and `onpushup-variation-select` reach the app's state: a
 *   ticked cue updates the count, Harder changes both elements.
 */
import assert from 'node:assert/strict';
import { checkApp } from '../app-check.mjs';

/** A component a user might write by mistake; each MISTAKE line must fail svelte-check. */
const mistakes = `\
<!-- svelte-check types a component's markup only when its script is TypeScript. -->
<script lang="ts"></script>

<pushup-form-checklist checked="hands-slightly-wide"></pushup-form-checklist><!-- MISTAKE: checked is a list of ids -->
<variation-risk-card compact="yes please"></variation-risk-card><!-- MISTAKE: compact is a boolean -->
<variation-risk-card varation="knee"></variation-risk-card><!-- MISTAKE: no such property (misspelt) -->
<back-pain-quiz heading-level={{}}></back-pain-quiz><!-- MISTAKE: a heading level is a number -->
<back-pain-quiz onpushup-quiz-complete={(event) => event.detail.triage.toFixed()}></back-pain-quiz><!-- MISTAKE: triage is a string -->
<variation-risk-card onpushup-variation-select={(event) => event.detail.id}></variation-risk-card><!-- MISTAKE: the detail names it variation -->
<pushup-form-checklist onpushup-checklist-chnage={(event) => event}></pushup-form-checklist><!-- MISTAKE: no such event (misspelt) -->
`;

export async function checkBuild({ expectTypeErrors }) {
  // svelte-check's machine-readable output, one diagnostic a line, for the harness to read.
  await expectTypeErrors('src/Mistakes.svelte', mistakes, ['--output', 'machine-verbose']);
}

/**
 * The app's behaviour in Chromium, the same as the other framework examples' (see
 * `../app-check.mjs`), then what Svelte does its own way: a dashed name is set as an
 * attribute, and a `style` string reaches the element.
 */
export async function checkInBrowser(context) {
  await checkApp(context);
  const { page } = context;
  const quiz = page.locator('back-pain-quiz');
  assert.equal(await quiz.getAttribute('emergency-number'), '112');
  assert.equal(await quiz.evaluate((element) => element.emergencyNumber), '112');
  const accent = await page
    .locator('variation-risk-card')
    .evaluate((element) => getComputedStyle(element).getPropertyValue('--pushup-accent').trim());
  assert.equal(accent, '#8b2bd6');
}

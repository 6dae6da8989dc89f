/**
 * The check of the Vue 3 example, run by `examples/harness.mjs` after `vue-tsc --noEmit`
 * (with `strictTemplates`) and `vite build`:
 * - vue-tsc rejects template mistakes a user makes (a wrong prop type, a misspelt prop or
 *   event, a misread `detail`), so passing the typecheck means something;
 * - in Chromium, Vue sets the bound values as properties (`:checked` as an array,
 *   `:persist="true"`), and `@pushup-checklist-change` and `@pushup-variation-select`
 *   reach the app's state: a ticked cue updates the count, Harder changes both elements.
 */
import { checkApp } from '../app-check.mjs';

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

/** The app's behaviour in Chromium, the same as the other framework examples': see `../app-check.mjs`. */
export const checkInBrowser = checkApp;

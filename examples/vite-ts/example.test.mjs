/**
 * The check of the Vite + TypeScript example, run by `examples/harness.mjs` after
 * `tsc --noEmit --strict` and `vite build`:
 * - the bundle carries the checklist's cues but none of the quiz (its questions, its tag's
 *   definition): importing one element's entry tree-shakes the others away;
 * - a listener that misreads `event.detail` fails to compile, so the detail is really typed;
 * - in Chromium, ticking a cue reaches the app's own DOM through the event.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A cue of the knee push-up's checklist (src/content/checklist/cues.ts), as the reader sees it. */
const cue = 'Set your hands a little wider than your shoulders.';

/** Text only the quiz carries (src/content/quiz/questions.ts, the quiz element). */
const quizOnly = [
  'Along with your back pain, do you have any of these?',
  'Have you been doing any of these harder push-ups?',
  'Numbness or tingling around my genitals, buttocks or back passage',
  'pushup-quiz-complete',
];

/** Listeners that misread the event; each MISTAKE line must fail to compile. */
const mistakes = `\
export {};
document.querySelector('pushup-form-checklist')?.addEventListener('pushup-checklist-change', (event) => {
  const total: string = event.detail.total; // MISTAKE: total is a number
  event.detail.checked.toFixed(); // MISTAKE: checked is a list of ids
  return total;
});
`;

export async function checkBuild({ dir, expectTypeErrors }) {
  const assets = join(dir, 'dist/assets');
  const bundle = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
  assert.ok(bundle.includes(cue), `the bundle lacks the cue "${cue}"`);
  for (const text of quizOnly) assert.ok(!bundle.includes(text), `the bundle carries the quiz's "${text}"`);
  assert.doesNotMatch(bundle, /define\(\s*["'`]back-pain-quiz["'`]/, 'the bundle defines <back-pain-quiz>');

  await expectTypeErrors('src/mistakes.ts', mistakes);
}

export async function checkInBrowser({ dir, page, serve }) {
  const { origin } = await serve(join(dir, 'dist'));
  await page.goto(`${origin}/`);
  const summary = page.locator('#summary');
  assert.equal(await summary.textContent(), 'Nothing checked yet.');

  await page.getByRole('checkbox', { name: cue }).check();
  await summary.filter({ hasText: /^1 of \d+ cues checked\.$/ }).waitFor();
  assert.equal(await page.evaluate("customElements.get('back-pain-quiz') === undefined"), true);
}

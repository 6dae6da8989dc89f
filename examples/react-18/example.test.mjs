/**
 * The check of the React 18 example, run by `examples/harness.mjs` after
 * `tsc --noEmit --strict` and `vite build`:
 * - the wrappers' types reject mistakes a user makes (a wrong prop type, a misspelt event
 *   prop, a misread `detail`), so passing the typecheck means something;
 * - in Chromium, the wrappers set properties React 18 alone would not (`checked` as an
 *   array, `persist={true}`), and `onChecklistChange` and `onVariationSelect` reach React
 *   state: a ticked cue updates the app's count, Harder changes both elements' variation.
 */
import { checkApp } from '../app-check.mjs';

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

/** The app's behaviour in Chromium, the same as the other framework examples': see `../app-check.mjs`. */
export const checkInBrowser = checkApp;

/**
 * The check of the React 19 example, run by `examples/harness.mjs` after
 * `tsc --noEmit --strict` and `vite build`:
 * - the JSX types reject mistakes a user makes (a wrong prop type, a misspelt prop, a
 *   misread `detail`, a misspelt event), so passing the typecheck means something;
 * - in Chromium, React applies properties (`checked` as an array, `persist={true}`), and
 *   the elements' events reach React state: a ticked cue updates the app's count, and the
 *   card's Harder button changes the variation both the card and the checklist show.
 */
import { checkApp } from '../app-check.mjs';

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

/** The app's behaviour in Chromium, the same as the other framework examples': see `../app-check.mjs`. */
export const checkInBrowser = checkApp;

/**
 * The cues a picture explains better than words, each with a pair of stills for
 * `../../figure/`: the right way ("Do") and the same push-up with the mistake the cue
 * prevents ("Avoid"). Their text alternatives are the cue's `pictures` in `cues.ts`.
 */
import type { FigurePose, Id, PicturePair } from '../types.js';

const pose: FigurePose = { support: 'toes' };

export const cuePictures: Readonly<Record<Id, PicturePair>> = {
  // Reaching out ahead of the shoulders.
  'hands-under-shoulders': { pose, fault: { reach: 15 }, guide: 'under-shoulders' },
  // Bent at the hips, hips up.
  'straight-line-head-to-heels': { pose, fault: { hips: 8 }, guide: 'body-line' },
  // Hips sunk below the line.
  'hips-level': { pose, fault: { hips: -7 }, guide: 'body-line' },
  // The lower back over-arched.
  'no-lower-back-arch': { pose, fault: { arch: 5.5 }, guide: 'body-line' },
};

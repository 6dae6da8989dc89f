/**
 * How each variation's figure moves, as the few numbers `../../figure/` draws it from
 * (body units: the person is 100 tall). Not text, so no translation carries it; the
 * figure's text alternative is the variation's `figure` in `variations.ts`.
 *
 * The hands sit under the shoulders at the top unless the variation moves them (forward
 * and backward: about 8 in, 20 cm, ahead of or behind them, about 11.5 units); the view
 * from above shows how far apart they are: a little wider than the shoulders for most,
 * shoulder-width for forward and backward, close together for diamond.
 */
import type { FigurePose, Id } from '../types.js';

/** The hands a little wider than the shoulders. */
const slightlyWide = 1.35;

export const variationPoses: Readonly<Record<Id, FigurePose>> = {
  plank: { support: 'forearms' },
  knee: { support: 'knees', depth: 9, spread: slightlyWide },
  standard: { support: 'toes', depth: 9.5, spread: slightlyWide },
  // Close together, under the chest: a little behind the shoulders.
  diamond: { support: 'toes', reach: -3, depth: 10.5, spread: 0.2 },
  // Blocks under the hands let the chest go below them.
  deficit: { support: 'toes', blocks: 7, depth: 8, spread: slightlyWide },
  weighted: { support: 'toes', depth: 9.5, plate: true, spread: slightlyWide },
  forward: { support: 'toes', reach: 11.5, depth: 10, spread: 1 },
  backward: { support: 'toes', reach: -11.5, depth: 10, spread: 1 },
};

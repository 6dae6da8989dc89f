/**
 * The geometry of the push-up figure: from a pose's few numbers to where each body
 * segment lies, seen from the side. Pure and DOM-free, so the server and the tests use it
 * as the browser does.
 *
 * The person faces right and is 100 units tall; the floor is at `FLOOR`. Each segment is
 * drawn along its own x axis from the joint it starts at, so a segment is placed by one
 * translation (the joint) and one rotation: the same two numbers a CSS keyframe animates.
 */
import type { FigurePose } from '../content/types.js';

/** The drawing's box, in body units. */
export const VIEW = { width: 112, height: 60 } as const;
/** The floor line's height in the drawing (SVG y grows downwards). */
export const FLOOR = 56;

// Body proportions, in body units (a person 100 tall): plain constants, so a minifier
// writes them in as numbers.
export const HEAD = 6.2;
export const NECK = 3.6;
const TORSO = 29;
const THIGH = 24;
const SHIN = 23;
const UPPER_ARM = 16.5;
const FOREARM = 15;
/** The wrist's height above what the hand rests on. */
const WRIST = 2.5;
/** The ankle's height above the floor when the body rests on its toes. */
const ANKLE = 5.5;
/** The knee's centre above the floor when the body rests on its knees. */
const KNEE = 3.5;

/** A segment's place: its starting joint (x, y) and its direction in degrees (SVG: clockwise). */
export interface Placement {
  x: number;
  y: number;
  angle: number;
  /** The segment's length: the distance to the next joint. */
  length: number;
}

/** The segments the figure is drawn from, near side first. */
export type Segment = 'foot' | 'shin' | 'thigh' | 'torso' | 'upperArm' | 'forearm' | 'hand';

export type Frame = Record<Segment, Placement> & {
  /** How far the torso's lower back dips towards the floor (a fault), in body units. */
  arch: number;
};

interface Point {
  x: number;
  y: number;
}

const hypot = (a: Point, b: Point): number => Math.hypot(b.x - a.x, b.y - a.y);
const round = (value: number): number => Math.round(value * 100) / 100;

function place(from: Point, to: Point): Placement {
  const angle = (Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI;
  return { x: round(from.x), y: round(from.y), angle: round(angle), length: round(hypot(from, to)) };
}

/** A point a fraction of the way from `a` to `b`, moved `offset` to its left (up, for a body facing right). */
function along(a: Point, b: Point, fraction: number, offset = 0): Point {
  const length = hypot(a, b);
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  return { x: a.x + ux * fraction * length + uy * offset, y: a.y + uy * fraction * length - ux * offset };
}

/**
 * The elbow of an arm from `shoulder` to `wrist`: of the two places the joint can be, the
 * higher one, as a push-up's elbows bend up and back.
 */
function elbowOf(shoulder: Point, wrist: Point): Point {
  const reach = Math.min(hypot(shoulder, wrist), UPPER_ARM + FOREARM - 0.01);
  const toWrist = Math.atan2(wrist.y - shoulder.y, wrist.x - shoulder.x);
  const bend = Math.acos((UPPER_ARM ** 2 + reach ** 2 - FOREARM ** 2) / (2 * UPPER_ARM * reach));
  const a = toWrist + bend;
  const b = toWrist - bend;
  const candidates = [a, b].map((angle) => ({
    x: shoulder.x + UPPER_ARM * Math.cos(angle),
    y: shoulder.y + UPPER_ARM * Math.sin(angle),
  }));
  return candidates[0].y < candidates[1].y ? candidates[0] : candidates[1];
}

/** The shoulders' height above the floor with the arms straight, at the top of a rep. */
export function topHeight(pose: FigurePose): number {
  // A plank's shoulders sit on upright upper arms, elbows on the floor.
  if (pose.support === 'forearms') return UPPER_ARM + 2.2;
  const arm = UPPER_ARM + FOREARM;
  const reach = pose.reach ?? 0;
  return (pose.blocks ?? 0) + WRIST + Math.sqrt(arm ** 2 - reach ** 2);
}

/**
 * Every segment's place with the shoulders `height` above the floor. The pivot (the
 * ankles, or the knees) and the hands stay where they are at the top, as they do in a
 * real rep: the body swings about its pivot and the arms bend to follow.
 */
export function solveFrame(pose: FigurePose, height: number): Frame {
  const { support } = pose;
  const below = support === 'knees' ? THIGH : SHIN + THIGH;
  const body = below + TORSO;
  // The pivot's place puts every pose's rep in the middle of the drawing.
  const pivot: Point = support === 'knees' ? { x: 34, y: FLOOR - KNEE } : { x: 10, y: FLOOR - ANKLE };
  const shoulderAt = (y: number): Point => ({ x: pivot.x + Math.sqrt(body ** 2 - (pivot.y - y) ** 2), y });
  const shoulder = shoulderAt(FLOOR - height);

  let wrist: Point;
  let hand: Point;
  if (support === 'forearms') {
    // Elbows on the floor under the shoulders, forearms flat and pointing ahead.
    wrist = { x: shoulder.x + FOREARM, y: FLOOR - 2.2 };
    hand = { x: wrist.x + 4, y: wrist.y };
  } else {
    const surface = FLOOR - (pose.blocks ?? 0);
    const top = shoulderAt(FLOOR - topHeight(pose));
    wrist = { x: top.x + (pose.reach ?? 0), y: surface - WRIST };
    hand = { x: wrist.x + 5, y: surface - 1.2 };
  }
  const elbow = support === 'forearms' ? { x: shoulder.x, y: FLOOR - 2.2 } : elbowOf(shoulder, wrist);

  // Faults: the hips off the straight line (up is positive), and the legs straight to them.
  const hip = along(pivot, shoulder, below / body, pose.hips ?? 0);
  let knee: Point;
  let ankle: Point;
  let toe: Point;
  if (support === 'knees') {
    knee = pivot;
    // Shins along the floor behind the knees, feet lifted a little.
    ankle = { x: knee.x - SHIN, y: FLOOR - 6 };
    toe = { x: ankle.x - 5, y: FLOOR - 8.5 };
  } else {
    ankle = pivot;
    knee = along(ankle, hip, 0.5);
    toe = { x: ankle.x + 2.5, y: FLOOR - 0.8 };
  }
  return {
    foot: place(ankle, toe),
    shin: place(ankle, knee),
    thigh: place(knee, hip),
    torso: place(hip, shoulder),
    upperArm: place(shoulder, elbow),
    forearm: place(elbow, wrist),
    hand: place(wrist, hand),
    arch: pose.arch ?? 0,
  };
}

/** The shoulders' heights a rep passes through, top to bottom, eased in and out. */
export function repHeights(pose: FigurePose, steps = 6): number[] {
  const top = topHeight(pose);
  const bottom = pose.depth ?? top;
  return Array.from({ length: steps + 1 }, (_, step) => top + ((bottom - top) * (1 - Math.cos((Math.PI * step) / steps))) / 2);
}

/** Whether the pose moves at all: a hold (the plank) is drawn still. */
export function moves(pose: FigurePose): boolean {
  return pose.depth !== undefined && pose.depth !== topHeight(pose);
}

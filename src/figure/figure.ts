/**
 * The push-up figure, drawn as SVG from a pose (`./pose.ts`): a variation's figure, which
 * moves between its top and bottom positions, and a cue's pair of "Do" and "Avoid"
 * pictures, which hold still.
 *
 * The movement is CSS only: each segment's keyframes are worked out from the pose
 * (`figureMotion()`) the first time a figure of that variation is drawn in a document
 * (`./motion.ts`), so nothing runs on a timer and a strict CSP needs nothing more. Under `prefers-reduced-motion` and in print the moving figure
 * gives way to its two positions side by side; a pause control stops it (WCAG 2.2.2).
 * Everything is drawn in `currentColor` and the theme tokens.
 */
import { css, html, svg, unsafeCSS, type CSSResult, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CuePictures, FigurePose, PicturePair } from '../content/types.js';
import { FLOOR, HEAD, NECK, moves, repHeights, solveFrame, topHeight, VIEW, type Frame, type Placement, type Segment } from './pose.js';

/** Segments in drawing order, with their thickness; the torso and head are drawn apart. */
const LIMBS: readonly (readonly [Segment, number])[] = [
  ['foot', 3.6],
  ['shin', 6],
  ['thigh', 7.5],
  ['upperArm', 5.6],
  ['forearm', 4.6],
  ['hand', 3.4],
];
const SEGMENTS: readonly Segment[] = [...LIMBS.map(([segment]) => segment), 'torso'];

const transform = ({ x, y, angle }: Placement): string => `translate(${x} ${y}) rotate(${angle})`;

/** A limb: one stroke along its own x axis, placed (and animated) by its transform. */
function limb(frame: Frame, segment: Segment, width: number): SVGTemplateResult {
  const placement = frame[segment];
  return svg`<path class="s-${segment}" transform=${transform(placement)} d="M0 0h${placement.length}" stroke-width=${width}></path>`;
}

/** The torso from hip to shoulder, broader at the chest, with the neck, the head and any plate. */
function torso(frame: Frame, plate: boolean): SVGTemplateResult {
  const { length } = frame.torso;
  // The lower back's dip, at a third of the way up from the hip.
  const bend = frame.arch;
  const third = length * 0.35;
  const head = length + NECK + HEAD;
  // No space between the tags: in SVG a space is a text node that draws nothing.
  return svg`<g class="s-torso" transform=${transform(frame.torso)}><path class="trunk" d="M0 -4.6Q${third} ${bend - 5} ${length} -6.4A6.4 6.4 0 0 1 ${length} 6.4Q${third} ${bend + 5.4} 0 4.6A4.6 4.6 0 0 1 0 -4.6Z"></path><path d="M${length} -1h${NECK + 1}" stroke-width="4.4"></path><circle class="head" cx=${head} cy="-1.2" r=${HEAD}></circle>${plate ? svg`<rect class="prop" x=${length * 0.42} y="-11.4" width="11" height="4.6" rx="1.6"></rect>` : ''}</g>`;
}

/** The hands seen from above, in the drawing's top corner: how far apart they are set. */
function handsFromAbove(spread: number): SVGTemplateResult {
  const middle = 17;
  const half = 7 * spread;
  const hands = [middle - half, middle + half];
  return svg`<g class="from-above" transform="translate(2 2)"><rect class="inset" width="30" height="24" rx="3"></rect><circle class="head" cx=${middle} cy="6.6" r="3.2"></circle><path d="M${middle - 7} 11.6H${middle + 7}" stroke-width="4"></path><path d="M${middle - 7} 11.6L${hands[0]} 18.6M${middle + 7} 11.6L${hands[1]} 18.6" stroke-width="2.4"></path>${hands.map((x) => svg`<ellipse class="palm" cx=${x} cy="19.4" rx="1.9" ry="2.6"></ellipse>`)}</g>`;
}

/** Optional guide lines: the straight body line, or the plumb line from the shoulders. */
function guide({ foot, upperArm: shoulder }: Frame, kind: PicturePair['guide']): SVGTemplateResult | string {
  if (kind === 'body-line') return svg`<path class="guide" d="M${foot.x} ${foot.y}L${shoulder.x} ${shoulder.y}"></path>`;
  if (kind === 'under-shoulders') return svg`<path class="guide" d="M${shoulder.x} ${shoulder.y}V${FLOOR}"></path>`;
  return '';
}

/**
 * One drawing of the figure at one frame. `motion` names the keyframes the drawing moves
 * by (`figureMotion()`); without it the drawing holds this frame.
 */
export function drawing(pose: FigurePose, frame: Frame, options: { motion?: string; guide?: PicturePair['guide'] } = {}): SVGTemplateResult {
  const blocks = pose.blocks ?? 0;
  const limbs = LIMBS.map(([segment, width]) => limb(frame, segment, width));
  return svg`<svg class="body ${options.motion ?? ''}" viewBox="0 0 ${VIEW.width} ${VIEW.height}" aria-hidden="true" focusable="false">${pose.spread === undefined ? '' : handsFromAbove(pose.spread)}<path class="floor" d="M0 ${FLOOR}H${VIEW.width}"></path>${blocks ? svg`<rect class="prop" x=${frame.hand.x - 6} y=${FLOOR - blocks} width="14" height=${blocks} rx="1.2"></rect>` : ''}<g class="figure-body"><g class="far" transform="translate(2.4 -0.8)">${limbs}</g>${torso(frame, Boolean(pose.plate))}${limbs}${guide(frame, options.guide)}</g></svg>`;
}

/** The text a variation's figure needs besides its alternative: the pause control and the positions' captions. */
export interface FigureStrings {
  pause: string;
  top: string;
  bottom: string;
}

/**
 * A variation's figure: it moves between the top and the bottom of a rep (about 3 s a
 * rep), with a pause control; a hold such as the plank is drawn still. The drawing is one
 * image named by `alt`. Where nothing may move (reduced motion, print), the moving drawing
 * holds the top and a still of the bottom appears beside it, each captioned.
 */
export function renderFigure(id: string, pose: FigurePose, alt: string, strings: FigureStrings): TemplateResult {
  const top = solveFrame(pose, topHeight(pose));
  if (!moves(pose)) {
    return html`<div part="figure" class="figure"><div class="drawing" role="img" aria-label=${alt}>${drawing(pose, top)}</div></div>`;
  }
  const bottom = solveFrame(pose, pose.depth!);
  // The checkbox comes first, so that a sibling selector can pause the drawing after it:
  // the grid puts it beside its label, under the drawing.
  return html`<div part="figure" class="figure moves">
    <input id="figure-pause" class="pause-input" type="checkbox" />
    <div class="drawing" role="img" aria-label=${alt}>
      <div class="frame">${drawing(pose, top, { motion: `moving f-${id}` })}<span>${strings.top}</span></div>
      <div class="frame still">${drawing(pose, bottom)}<span>${strings.bottom}</span></div>
    </div>
    <label class="pause" for="figure-pause">${strings.pause}</label>
  </div>`;
}

/** One of a pair's pictures: the pose, or the pose with its fault. */
function still({ pose, fault, guide: kind }: PicturePair, which: 'do' | 'avoid'): SVGTemplateResult {
  const shown = which === 'do' ? pose : { ...pose, ...fault };
  return drawing(shown, solveFrame(shown, topHeight(shown)), { guide: kind });
}

/**
 * A cue's two pictures, "Do" and "Avoid", each labelled in words (and by a mark that is
 * not a colour) and named by its text alternative.
 */
export function renderPair(pair: PicturePair, text: CuePictures, labels: { do: string; avoid: string }): TemplateResult {
  return html`<div part="pictures" class="pictures">
    ${(['do', 'avoid'] as const).map(
      (kind) => html`<figure class="picture ${kind}">
        <div class="drawing" role="img" aria-label=${text[kind]}>${still(pair, kind)}</div>
        <figcaption><span class="mark" aria-hidden="true">${kind === 'do' ? '✓' : '✗'}</span> ${labels[kind]}</figcaption>
      </figure>`,
    )}
  </div>`;
}

/**
 * The keyframes of every moving figure among `poses`, by variation id: one per segment
 * (an element adopts them through `FigureMotion`, in `./motion.ts`).
 * They run while the host is on screen (its `on-screen` custom state), so a page of many
 * cards moves only the figures a reader can see.
 */
export function figureMotion(poses: Readonly<Record<string, FigurePose>>): CSSResult {
  let rules = '';
  for (const [id, pose] of Object.entries(poses)) {
    if (!moves(pose)) continue;
    const frames = repHeights(pose).map((height) => solveFrame(pose, height));
    for (const segment of SEGMENTS) {
      const steps = frames.map(({ [segment]: { x, y, angle } }, index) =>
        `${Math.round((1000 * index) / (frames.length - 1)) / 10}%{transform:translate(${x}px,${y}px) rotate(${angle}deg)}`,
      );
      // About 3 s a rep: down and back up. Written here in longhands: a shorthand without a
      // name in the static styles is minified to `animation:none`, and a shorthand here
      // would also reset the pause control's `animation-play-state`.
      const name = `f-${id}-${segment}`;
      rules +=
        `@keyframes ${name}{${steps.join('')}}:host(:state(on-screen)) .f-${id} .s-${segment}{animation-name:${name};` +
        'animation-duration:1.5s;animation-timing-function:linear;animation-iteration-count:infinite;animation-direction:alternate}';
    }
  }
  return unsafeCSS(rules);
}

/** The figures' styles, for every element that draws one. */
export const figureStyles = css`
  .figure {
    display: grid;
    justify-items: center;
    gap: 0.25rem;
  }

  .drawing {
    inline-size: 100%;
    max-inline-size: 22rem;
  }

  .body {
    display: block;
    inline-size: 100%;
    aspect-ratio: 112 / 60;
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    color: var(--_text);
  }

  .trunk,
  .head,
  .palm {
    fill: currentColor;
    stroke: none;
  }

  /* The far arm and leg, and the hands seen from above, recede. */
  .far,
  .from-above {
    color: var(--_muted);
    opacity: 0.6;
  }

  .floor,
  .inset,
  .prop {
    stroke: var(--_border);
    stroke-width: 1;
  }

  .inset {
    stroke-dasharray: 2 1.5;
  }

  .prop {
    fill: var(--_subtle);
  }

  .guide {
    stroke: var(--_accent);
    stroke-dasharray: 2.5 2;
  }

  .avoid .guide {
    stroke: var(--_danger);
  }

  .pause-input:checked ~ .drawing .moving * {
    animation-play-state: paused;
  }

  /* The checkbox comes first in the markup (see \`renderFigure()\`); it sits beside its label. */
  .moves {
    grid-template-columns: 1fr auto auto 1fr;
    column-gap: 0.375rem;
  }

  .moves .drawing {
    grid-column: 1 / -1;
  }

  .pause-input {
    grid-area: 2 / 2;
    margin: 0;
    accent-color: var(--_accent);
  }

  .pause {
    grid-area: 2 / 3;
    min-block-size: 24px;
    color: var(--_muted);
  }

  .still,
  .frame span {
    display: none;
  }

  @media (prefers-reduced-motion: reduce), print {
    .moves .drawing {
      display: flex;
      gap: 0.5rem;
    }
    .frame {
      flex: 1;
      text-align: center;
    }
    .still,
    .frame span {
      display: block;
    }
    .moving * {
      animation: none !important;
    }
    .pause,
    .pause-input {
      display: none;
    }
  }

  @media print {
    .body {
      color: #000;
    }
  }

  .pictures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
    gap: 0.5rem 1rem;
  }

  .picture {
    margin: 0;
  }

  figcaption {
    font-weight: 600;
  }
`;

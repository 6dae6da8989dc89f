/**
 * The back-view body map beside the quiz's "Where does it hurt?" answers: a person seen
 * from behind, head to hips, in the theme's colours, with a region for each place an
 * answer names. It only draws; the element hides it from assistive technology (the radios
 * say the same) and chooses an answer when a region is clicked. DOM-free, so it renders
 * on a server like the rest of the step.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** What the map shows and what it reports. */
export interface BodyMapView {
  /** The question's answer ids: each with a region is drawn; an id with none is not on the map. */
  answers: readonly string[];
  /** The chosen answer: its region is hatched (the pattern `#map-hatch`) and outlined thick. */
  chosen?: string;
  /** A region was clicked or tapped. */
  onPick: (answerId: string, event: Event) => void;
}

/** The regions of the back view, by answer id: closed paths in the 100 × 120 view box. */
const BACK_REGIONS: Readonly<Record<string, string>> = {
  'neck-shoulders': 'M47 22v9c-2 4-11 6-19 8c-5 1-9 5-6 7c8 0 18 4 28 4s20-4 28-4c3-2-1-6-6-7c-8-2-17-4-19-8v-9z',
  'upper-back': 'M50 53c8 0 16-4 22-4q2 0 2 3c-.5 9-3 17-8 24q-16 4-32 0c-5-7-7.5-15-8-24q0-3 2-3c6 0 14 4 22 4z',
  'lower-back': 'M50 82c7 0 11-1 15-2c-1 9-1 16 1 23q-16 6-32 0c2-7 2-14 1-23c4 1 8 2 15 2z',
};

// The `svg` templates close every tag: the build's template minifier reads them as HTML,
// where `<path/>` would not end the element.

/** The left half of the body, drawn again mirrored: the trunk (past the middle, so the halves overlap), the arm, the ear. */
const half = svg`<path d="M52 20h-7v10c-2 4-10 5-18 7c-5 2-6 13 0 20c2 11 5 21 6 29c0 6-2 14-2 26q9 3 21 3zM28 38c-10 0-15 8-15 20c-1 12-2 34-3 44c0 7 8 8 8 1c1-11 3-29 7-42zM42 12c-4.5 0-4.5 8 0 8z"></path>`;
const mirrored = (shape: SVGTemplateResult) => svg`${shape}<g transform="matrix(-1 0 0 1 100 0)">${shape}</g>`;
const body = mirrored(half);

// Drawn twice, thick outline first and fill over it, so the halves, the arms and the ears
// read as one outlined silhouette. The head goes over the neck's region, as a head would.
const figure = svg`<g class="map-outline">${body}</g><g class="map-body">${body}</g>`;
const head = svg`<ellipse class="map-head" cx="50" cy="15" rx="10" ry="12"></ellipse>`;
/** The spine, and the lateral and medial borders of each shoulder blade. */
const hints = svg`<g class="map-hint"><path class="map-spine" d="M50 33v77"></path>${mirrored(svg`<path d="M34 51c1.5 6 5 12 8.5 15.5q1.5 1 1.9-1c.6-5.5.6-10.5.1-15"></path>`)}</g>`;

/**
 * A person seen from behind with a clickable region for each of `answers` that has one.
 * The hatch pattern's id need only be unique in the shadow root that holds the map.
 */
export function renderBackMap({ answers, chosen, onPick }: BodyMapView): TemplateResult {
  const regions = Object.entries(BACK_REGIONS)
    .filter(([id]) => answers.includes(id))
    .map(
      ([id, path]) =>
        svg`<path class=${id === chosen ? 'map-region chosen' : 'map-region'} data-region=${id} d=${path} @click=${(event: Event) => onPick(id, event)}></path>`,
    );
  return html`<svg viewBox="0 0 100 120">
    <pattern id="map-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="4" height="4"></rect><path d="M2 0V4"></path>
    </pattern>
    ${figure}${regions}${head}${hints}
  </svg>`;
}

import { css } from 'lit';
import { sharedStyles } from '../../shared/shared-styles.js';
import { themeTokens } from '../../shared/theme.js';

export const quizStyles = [
  themeTokens,
  sharedStyles,
  css`
    p {
      margin: 0;
    }

    .intro,
    .hint {
      color: var(--_muted);
    }

    .step {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    /* Block, not grid: the empty error line must take no space until it has something to say. */
    .question {
      display: block;
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    legend {
      padding: 0;
      margin-block-end: 0.5rem;
    }

    .step-heading,
    .result-heading {
      font-size: 1.125em;
    }

    .progress {
      display: block;
      margin-block-end: 0.125rem;
      color: var(--_muted);
      font-size: 0.875rem;
      font-weight: 600;
    }

    .prompt {
      display: block;
      overflow-wrap: anywhere;
    }

    .hint {
      margin-block-end: 0.5rem;
    }

    .error {
      color: var(--_danger);
      font-weight: 700;
    }

    .error:not(:empty) {
      margin-block-end: 0.5rem;
    }

    .answers {
      display: grid;
      gap: 0.5rem;
    }

    /* The whole row is the target: the label wraps its input. */
    .answer {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
      min-block-size: 2.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .answer:hover,
    .answer.chosen {
      background: var(--_subtle);
    }

    .answer.chosen {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }


    .answer-label {
      flex: 1;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    /* The body map beside the answers where both fit, else above them, centred. */
    .mapped {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: center;
      gap: 0.75rem var(--_space);
    }

    .mapped .answers {
      flex: 1 1 16rem;
      min-inline-size: 0;
    }

    .body-map {
      flex: none;
      inline-size: 9.5rem;
    }

    /* The view box's ratio, so the step keeps its place while the SVG lays out. */
    .body-map svg {
      display: block;
      inline-size: 100%;
      aspect-ratio: 5 / 6;
    }

    /* The silhouette: its outline drawn thick, the body over it. */
    .map-outline {
      fill: var(--_border);
      stroke: var(--_border);
      stroke-width: 2.4;
      stroke-linejoin: round;
    }

    .map-body,
    .map-head {
      fill: var(--_subtle);
    }

    .map-head {
      stroke: var(--_border);
      stroke-width: 1.2;
    }

    .map-hint {
      fill: none;
      stroke: var(--_border);
      stroke-linecap: round;
      pointer-events: none;
    }

    .map-spine {
      stroke-width: 1.8;
      stroke-dasharray: 0 3.2;
    }

    .map-region {
      fill: color-mix(in srgb, var(--_accent) 10%, transparent);
      stroke: var(--_accent);
      stroke-width: 0.8;
      stroke-dasharray: 2.5 1.8;
      stroke-linejoin: round;
      cursor: pointer;
    }

    .map-region:hover {
      stroke-width: 1.6;
      stroke-dasharray: none;
    }

    .map-region.chosen {
      fill: url(#map-hatch);
      stroke-width: 2.4;
      stroke-dasharray: none;
    }

    #map-hatch rect {
      fill: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    }

    #map-hatch path {
      stroke: var(--_accent);
      stroke-width: 1.3;
    }

    /* Rows of buttons; the site's own action (styled by the site) wraps the same way. */
    .nav,
    .result-actions,
    .site-action {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .next {
      margin-inline-start: auto;
      background: var(--_accent);
      color: var(--_on-accent);
    }

    .next:hover {
      background: var(--_accent);
      text-decoration: underline;
    }

    .result {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    .triage {
      display: grid;
      gap: 0.25rem;
      padding: 0.75rem var(--_space);
      border: 1px solid var(--_border);
      border-inline-start-width: 0.5rem;
      border-radius: var(--_radius);
      background: var(--_subtle);
    }

    .triage-title {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      font-size: 1.125em;
      font-weight: 700;
    }

    .icon {
      flex: none;
      font-size: 1.25em;
      line-height: 1;
    }

    .triage.emergency {
      border-color: var(--_danger);
      border-width: 3px;
      border-inline-start-width: 0.5rem;
    }

    .triage.emergency .triage-title {
      color: var(--_danger);
    }

    .triage.see-doctor {
      border-inline-start-color: var(--_accent);
    }

    .call {
      font-weight: 600;
    }

    /* The number to call, first thing on the result: a full-width button-sized link. */
    .call-button {
      display: flex;
      align-items: center;
      justify-content: center;
      min-block-size: 2.75rem;
      margin-block-start: 0.5rem;
      padding: 0.625rem 1rem;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 1.125em;
      font-weight: 700;
      text-align: center;
      text-decoration: none;
    }

    .emergency .call-button {
      border-color: var(--_danger);
      background: var(--_danger);
      color: var(--_on-danger);
    }

    .call-button:hover {
      text-decoration: underline;
    }

    .call-link,
    .sources a {
      color: var(--_accent);
      overflow-wrap: anywhere;
    }

    .referral,
    .cause,
    .advice,
    .summary {
      display: grid;
      gap: 0.5rem;
    }

    /* Who, how soon, until then, what to tell them: labels above their answers. */
    .referral-facts,
    .summary-answers {
      display: grid;
      gap: 0.25rem;
      margin: 0;
    }

    .referral-facts dt,
    .summary-answers dt {
      font-weight: 600;
    }

    .referral-facts dd,
    .summary-answers dd {
      margin: 0 0 0.25rem;
    }

    .summary {
      padding: 0.75rem var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_subtle);
    }

    .summary-date {
      color: var(--_muted);
    }

    .summary-asked,
    .summary-ticked {
      display: block;
    }

    .summary-ticked {
      font-weight: 600;
    }

    .more-causes {
      display: grid;
      gap: 0.5rem;
    }

    .more-cause-list {
      display: grid;
      gap: 0.5rem;
    }

    .forgotten:empty {
      display: none;
    }

    .causes {
      display: grid;
      gap: 0.5rem;
    }

    .cause-list {
      display: grid;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .cause {
      padding: 0.75rem var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .cause-part {
      display: grid;
      gap: 0.25rem;
    }

    .cause-title {
      font-size: 1.0625em;
    }

    .cause-part-heading {
      font-size: 0.9375em;
    }

    .list {
      margin: 0;
      padding-inline-start: 1.25rem;
    }

    .cards {
      display: grid;
      gap: 0.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    }

    .notice {
      padding: 0.5rem 0.75rem;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      font-size: 0.875em;
    }

    @media (forced-colors: active) {
      .answer.chosen {
        border-width: 3px;
      }
      /* The map in system colours: outlines in the text colour, the chosen region in Highlight, hatched. */
      .body-map svg {
        forced-color-adjust: none;
      }
      .map-region {
        fill: Canvas;
        stroke: CanvasText;
      }
      #map-hatch rect {
        fill: Highlight;
      }
      #map-hatch path {
        stroke: HighlightText;
      }
      /* The main button keeps its weight by its border, in the system's button colours. */
      .next {
        border-width: 3px;
        border-color: ButtonText;
        background: ButtonFace;
        color: ButtonText;
      }
      .triage.emergency .triage-title,
      .error {
        color: CanvasText;
      }
      .call-button,
      .emergency .call-button {
        border: 3px solid ButtonText;
        background: ButtonFace;
        color: ButtonText;
      }
    }

    @media print {
      .quiz {
        border: 0;
        padding: 0;
      }
      .nav,
      .result-actions,
      .forgotten,
      /* One numbered list of sources on paper: the cards' own lists would restart at 1, and
         each suggested variation is named in its cause. */
      .variation-cards {
        display: none;
      }
      .call-button,
      .emergency .call-button {
        border-color: currentColor;
        background: none;
        color: inherit;
      }
      .cause,
      .referral,
      .summary {
        break-inside: avoid;
      }
      .summary {
        background: none;
      }
    }
  `,
];

import { css } from 'lit';
import { sharedStyles } from '../../shared/shared-styles.js';
import { themeTokens } from '../../shared/theme.js';
import { figureStyles } from '../../figure/figure.js';

export const cardStyles = [
  themeTokens,
  sharedStyles,
  figureStyles,
  css`
    .figure {
      margin-block-end: 0.5rem;
    }

    :host([compact]) .drawing {
      max-inline-size: 11rem;
    }

    /* A grid or flex row of cards stretches each host; the card fills it. */
    /* A column, so the neighbours and sources sit at the foot of a card in a grid row. */
    .card {
      display: flex;
      flex-direction: column;
      block-size: 100%;
      overflow-wrap: anywhere;
    }

    .intro {
      display: grid;
      gap: 0.25rem;
    }

    .summary {
      margin: 0;
      color: var(--_muted);
    }

    .facts-heading,
    .neighbours-heading {
      margin: 0 0 0.25rem;
    }

    /* A list's heading with its source marker beside it. */
    .facts-heading {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
    }

    /* Risks: words first, then the meter, then the reason. */
    .risks {
      display: grid;
      gap: 0.5rem;
      margin: 0;
    }

    .risk {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border-inline-start: 0.25rem solid var(--_level);
      border-radius: var(--_radius);
      background: var(--_subtle);
    }

    .risk.low {
      --_level: var(--_risk-low);
    }

    .risk.moderate {
      --_level: var(--_risk-moderate);
    }

    .risk.high {
      --_level: var(--_risk-high);
    }

    .risk-name {
      flex: 1 1 auto;
      font-weight: 600;
    }

    .risk-value {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
    }

    .risk-level {
      font-weight: 700;
    }

    /* Not colour alone: one, two or three rising bars are filled for low, moderate, high. */
    .risk-meter {
      display: inline-flex;
      align-items: flex-end;
      gap: 0.1875rem;
      block-size: 1.125rem;
    }

    .segment {
      inline-size: 0.75rem;
      block-size: 0.625rem;
      border: 1px solid var(--_border);
      border-radius: 2px;
      background: var(--_surface);
    }

    .segment:nth-child(2) {
      block-size: 0.875rem;
    }

    .segment:nth-child(3) {
      block-size: 1.125rem;
    }

    .segment.filled {
      border-color: var(--_level);
      background: var(--_level);
    }

    .risk-reason {
      flex-basis: 100%;
      margin: 0;
      color: var(--_muted);
      font-size: 0.9375em;
    }

    .facts ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }

    .facts li + li {
      margin-block-start: 0.125rem;
    }

    /* Muscles read as a row of tags. */
    .muscles ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      padding: 0;
      list-style: none;
    }

    .muscles li {
      margin: 0;
      padding-inline: 0.5rem;
      border-radius: var(--_radius);
      background: var(--_subtle);
    }

    /* Pushed to the foot, so a row of cards lines its buttons, the site's action, notice and sources up. */
    .neighbours,
    .action,
    .notice {
      margin-block-start: auto;
    }

    :is(.neighbours, .action) ~ :is(.action, .notice) {
      margin-block-start: 0;
    }

    .notice {
      margin-block-end: 0;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      font-size: 0.875em;
    }

    .neighbours button {
      text-align: start;
      white-space: normal;
    }

    .message {
      margin: 0;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border-inline-start: 0.25rem solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_subtle);
    }

    @media (forced-colors: active) {
      .risk {
        border-inline-start-color: CanvasText;
      }
      /* The meter is a picture: keep its filled and empty segments apart. */
      .risk-meter {
        forced-color-adjust: none;
      }
      .segment {
        border-color: CanvasText;
        background: Canvas;
      }
      .segment.filled {
        border-color: CanvasText;
        background: CanvasText;
      }
    }

    @media print {
      .card {
        block-size: auto;
        break-inside: avoid;
      }
      .risk-meter {
        print-color-adjust: exact;
      }
      .neighbours {
        display: none;
      }
    }
  `,
];

import { css } from 'lit';
import { sharedStyles } from '../../shared/shared-styles.js';
import { themeTokens } from '../../shared/theme.js';
import { figureStyles } from '../../figure/figure.js';

export const checklistStyles = [
  themeTokens,
  sharedStyles,
  figureStyles,
  css`
    .variation {
      margin: 0;
      color: var(--_muted);
    }

    .progress-bar {
      block-size: 0.5rem;
      border-radius: 999px;
      background: var(--_subtle);
      overflow: hidden;
    }

    .progress-fill {
      inline-size: 0;
      block-size: 100%;
      background: var(--_accent);
      transition: inline-size 150ms ease-out;
    }

    /* The status line, and beside it the site's action once every cue is checked. */
    .progress,
    .progress-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }

    .progress-row {
      align-items: center;
    }

    .progress {
      font-weight: 600;
    }

    .complete {
      color: var(--_success);
    }

    /* Not colour alone: a check mark leads the completion message. */
    .complete::before {
      content: '✓ ';
    }

    .phase {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    .phase legend {
      padding: 0;
      margin-block-end: 0.25rem;
      font-weight: 700;
      font-size: 1.05em;
    }

    .cues {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .cue {
      padding-block: 0.25rem;
      border-block-end: 1px solid var(--_subtle);
    }

    .cue-row {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }

    /* The label and, beside it, the cue's source marker. */
    .cue-text {
      flex: 1;
      min-inline-size: 0;
      min-block-size: 1.5rem;
      overflow-wrap: anywhere;
    }

    label {
      cursor: pointer;
    }

    .why-toggle {
      margin-block-start: 0.25rem;
      margin-inline-start: 2rem;
      min-block-size: 1.5rem;
      min-inline-size: 1.5rem;
      padding: 0 0.25rem;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }

    /* In the template, hidden from assistive technology: not part of the button's name. */
    .why-icon {
      /* inline-block: the button's underline stays under its words, not under the arrow; and
         no space follows the arrow in the markup (it would be underlined): this margin spaces them. */
      display: inline-block;
      margin-inline-end: 0.25em;
    }

    .why {
      margin-block-start: 0.25rem;
      margin-inline-start: 2rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--_radius);
      background: var(--_subtle);
    }

    .why[hidden] {
      display: none;
    }

    .why p {
      margin: 0;
    }

    .why p + p {
      margin-block-start: 0.25rem;
    }

    .notice {
      margin: 0;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      font-size: 0.875em;
    }

    :host([compact]) .cue {
      border-block-end: 0;
      padding-block: 0;
    }

    @media print {
      .why[hidden] {
        display: block;
      }
      .why-toggle,
      .actions,
      .progress-bar {
        display: none;
      }
    }
  `,
];

import { css } from 'lit';

/** Styles for the pieces every element has: frame, heading, actions row, sources list. */
export const sharedStyles = css`
  /* The frame every element draws around itself. */
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Native checkboxes and radios at the 24 px minimum target (WCAG 2.2 target size). */
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  /* Sizes by role, not by tag: heading-level moves every heading. */
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1em;
    line-height: 1.3;
  }

  [part~='heading'] {
    font-size: 1.25em;
    line-height: 1.25;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .sources {
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .sources-heading {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }

  .sources-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .sources a {
    color: var(--_accent);
  }

  /* A source's entry takes focus when a citation marker jumps to it. */
  .sources-list li:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Per-claim citation markers: small, but links inside text (exempt from target size). */
  .citation {
    margin-inline-start: 0.15em;
    font-size: 0.75em;
    line-height: 0;
    white-space: nowrap;
  }

  .citation a {
    color: var(--_accent);
  }
`;

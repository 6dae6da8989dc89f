import { css } from 'lit';

/**
 * The theme every element shares. Public `--pushup-*` custom properties are read with
 * fallbacks into private `--_*` ones that the element styles use. Light and dark come
 * from `light-dark()`: the user's preference, unless the page sets `color-scheme`.
 * Colours meet WCAG 2.2 AA contrast on their surface in both schemes.
 */
export const themeTokens = css`
  :host {
    color-scheme: light dark;
    --_accent: var(--pushup-accent, light-dark(#1d4ed8, #93b4ff));
    --_on-accent: var(--pushup-on-accent, light-dark(#ffffff, #0b1530));
    --_text: var(--pushup-text, light-dark(#1b1f24, #e8eaed));
    --_muted: var(--pushup-muted, light-dark(#4a5360, #b4bac4));
    --_surface: var(--pushup-surface, light-dark(#ffffff, #17191d));
    --_subtle: var(--pushup-subtle, light-dark(#f2f4f7, #22252b));
    --_border: var(--pushup-border, light-dark(#8a93a0, #6b7380));
    --_success: var(--pushup-success, light-dark(#146c2e, #7ddc94));
    --_danger: var(--pushup-danger, light-dark(#b3261e, #ffb4ab));
    --_on-danger: var(--pushup-on-danger, light-dark(#ffffff, #410e0b));
    --_risk-low: var(--pushup-risk-low, light-dark(#146c2e, #7ddc94));
    --_risk-moderate: var(--pushup-risk-moderate, light-dark(#8a5300, #ffc66d));
    --_risk-high: var(--pushup-risk-high, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--pushup-radius, 0.5rem);
    --_space: var(--pushup-spacing, 1rem);
    --_font: var(--pushup-font, inherit);
    --_focus: var(--pushup-focus, var(--_accent));
    --_reserve: var(--pushup-reserve, 0);

    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    /* A long word (a German compound, an id) wraps rather than widening the page. */
    overflow-wrap: anywhere;
  }

  /* The page chose a scheme: follow it rather than the user's preference. */
  :host(:state(page-scheme)) {
    color-scheme: inherit;
  }

  /* The first render waits (for the translation, its turn, or a card's variation): hold the place the page reserved. */
  :host(:state(locale-pending)),
  :host(:state(render-pending)),
  :host(:state(variation-pending)) {
    min-block-size: var(--_reserve);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Paper has no focus: a focused heading prints without its ring. */
  @media print {
    :focus-visible {
      outline: none !important;
    }
  }

  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  button:hover {
    background: var(--_subtle);
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      /* Never Canvas for text: Chromium draws a Canvas backplate under text in forced colours. */
      --_on-accent: ButtonText;
      --_on-danger: ButtonText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_subtle: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { variationPoses } from '../src/content/card/poses.js';
import { cuePictures } from '../src/content/checklist/pictures.js';
import { cueTexts } from '../src/content/shared/cue-texts.js';
import { variationNames } from '../src/content/shared/variation-names.js';
import { drawing, figureMotion, figureStyles, renderFigure, renderPair } from '../src/figure/figure.js';
import { solveFrame, topHeight } from '../src/figure/pose.js';
import { cues } from '../src/content/checklist/cues.js';
import { variations } from '../src/content/card/variations.js';
import { strings } from '../src/content/en.js';
import { themeTokens } from '../src/shared/theme.js';

/**
 * Every figure the widgets draw, on one sheet: each variation moving and at the top and
 * the bottom of its rep, and each cue's Do and Avoid pair. Drawn with the elements' own
 * renderer, styles and theme tokens.
 */
class FigureSheet extends LitElement {
  static override styles = [
    themeTokens,
    figureStyles,
    figureMotion(variationPoses),
    css`
      :host {
        display: grid;
        gap: 1.5rem;
        color: var(--_text);
        background: var(--_surface);
        font-family: system-ui, sans-serif;
      }
      section {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
        gap: 1rem;
      }
      h2,
      h3 {
        margin: 0 0 0.25rem;
        font-size: 1rem;
      }
      .positions {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.5rem;
        color: var(--_muted);
        font-size: 0.875rem;
        text-align: center;
      }
    `,
  ];

  protected override render() {
    const figureStrings = { pause: strings.cardFigurePause, top: strings.cardFigureTop, bottom: strings.cardFigureBottom };
    return html`
      <h2>Variations: moving, then the top and the bottom</h2>
      <section>
        ${variationNames.map(({ id, name }) => {
          const pose = variationPoses[id];
          const alt = variations.find((variation) => variation.id === id)?.figure ?? '';
          return html`<div>
            <h3>${name}</h3>
            ${renderFigure(id, pose, alt, figureStrings)}
            <div class="positions">
              <div>${drawing(pose, solveFrame(pose, topHeight(pose)))}${strings.cardFigureTop}</div>
              <div>${drawing(pose, solveFrame(pose, pose.depth ?? topHeight(pose)))}${strings.cardFigureBottom}</div>
            </div>
          </div>`;
        })}
      </section>
      <h2>Cues: Do and Avoid</h2>
      <section>
        ${Object.entries(cuePictures).map(([id, pair]) => {
          const text = cueTexts.find((cue) => cue.id === id)?.text;
          const pictures = cues.find((cue) => cue.id === id)?.pictures;
          return html`<div>
            <h3>${text}</h3>
            ${pictures ? renderPair(pair, pictures, { do: strings.checklistDo, avoid: strings.checklistAvoid }) : ''}
          </div>`;
        })}
      </section>
    `;
  }
}
if (!customElements.get('figure-sheet')) customElements.define('figure-sheet', FigureSheet);

const meta = {
  title: 'Pictures/Figures',
  render: () => html`<figure-sheet></figure-sheet>`,
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The light scheme. */
export const Light: Story = { globals: { scheme: 'light' } };

/** The dark scheme. */
export const Dark: Story = { globals: { scheme: 'dark' } };

const systemColours = {
  '--pushup-text': 'CanvasText',
  '--pushup-muted': 'CanvasText',
  '--pushup-surface': 'Canvas',
  '--pushup-subtle': 'Canvas',
  '--pushup-border': 'CanvasText',
  '--pushup-accent': 'LinkText',
  '--pushup-danger': 'CanvasText',
};

/**
 * Forced colours, as Windows High Contrast draws them: the system colours the elements
 * switch to under `forced-colors: active` (to see the real thing, emulate it in the
 * browser's developer tools: Rendering, "Emulate CSS media feature forced-colors").
 */
export const ForcedColours: Story = {
  render: () => html`<figure-sheet style=${styleMap(systemColours)}></figure-sheet>`,
};

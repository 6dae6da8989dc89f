import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';

/**
 * A theme playground: every widget at once, styled only through the documented custom
 * properties, so a designer can try a brand's accent, corners, spacing and font in light
 * and dark (the toolbar's Scheme) and in English or Spanish (Language).
 */
interface ThemeArgs {
  accent: string;
  onAccent: string;
  radius: string;
  spacing: string;
  font: string;
}

const fonts: Record<string, string> = {
  "The page's font": '',
  'System sans-serif': 'system-ui, sans-serif',
  Serif: 'Georgia, "Times New Roman", serif',
  Monospace: 'ui-monospace, monospace',
};

const meta = {
  title: 'Theming/Playground',
  render: ({ accent, onAccent, radius, spacing, font }) => html`
    <div
      style=${styleMap({
        '--pushup-accent': accent || null,
        '--pushup-on-accent': onAccent || null,
        '--pushup-radius': radius || null,
        '--pushup-spacing': spacing || null,
        '--pushup-font': fonts[font] || null,
        display: 'grid',
        gap: '1rem',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
        alignItems: 'start',
      })}
    >
      <pushup-form-checklist variation="knee" compact></pushup-form-checklist>
      <back-pain-quiz></back-pain-quiz>
      <variation-risk-card variation="standard"></variation-risk-card>
    </div>
  `,
  args: { accent: '', onAccent: '', radius: '', spacing: '', font: "The page's font" },
  argTypes: {
    accent: { control: 'color', description: '`--pushup-accent`: buttons, checkboxes, progress, links. Empty: the default.' },
    onAccent: { control: 'color', description: '`--pushup-on-accent`: text on the accent.' },
    radius: { control: 'text', description: '`--pushup-radius`, e.g. `0` or `1rem`.' },
    spacing: { control: 'text', description: '`--pushup-spacing`, e.g. `0.75rem`.' },
    font: { control: 'select', options: Object.keys(fonts), description: '`--pushup-font`.' },
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

/** The defaults: the page's font, the built-in light and dark colours. */
export const Defaults: Story = {};

/** A gym's brand: purple accent, square corners, a serif font. */
export const Brand: Story = { args: { accent: '#6b21a8', onAccent: '#ffffff', radius: '0', font: 'Serif' } };

/** A physio clinic's calm look: teal accent, round corners, roomy spacing. */
export const Calm: Story = { args: { accent: '#0f766e', onAccent: '#ffffff', radius: '1rem', spacing: '1.25rem' } };

/** The brand on a dark page: a lighter purple keeps the accent readable on the dark surface. */
export const BrandDark: Story = {
  args: { ...Brand.args, accent: '#d8b4fe', onAccent: '#1e1b4b' },
  globals: { scheme: 'dark' },
};

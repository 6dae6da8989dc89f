import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import { variations } from '../src/content/index.js';
import '../src/variation-risk-card.js';

/** The element's attributes and properties; their docs come from the manifest. */
interface CardArgs {
  variation: string;
  compact: boolean;
  lang: string;
  content?: unknown;
}

const card = ({ variation, compact, lang }: CardArgs, action: unknown = '') => html`
  <variation-risk-card
    variation=${ifDefined(variation || undefined)}
    ?compact=${compact}
    lang=${ifDefined(lang || undefined)}
  >${action}</variation-risk-card>
`;

const meta = {
  title: 'Elements/variation-risk-card',
  component: 'variation-risk-card',
  tags: ['autodocs'],
  render: (args) => card(args),
  args: { variation: 'standard', compact: false, lang: '' },
  argTypes: {
    variation: {
      control: 'select',
      options: ['', ...variations.map((variation) => variation.id)],
      description: 'Variation id; empty leaves the attribute off (the card asks for one).',
    },
    compact: { control: 'boolean' },
    lang: { control: 'text', description: 'Locale, e.g. `en`; empty follows the page.' },
    content: { control: false },
  },
  parameters: {
    actions: { handles: ['pushup-variation-select'] },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/**
 * One story per variation; its Easier and Harder buttons switch the card in place. The
 * summary, each risk's reason and the lists carry markers with the numbers of their
 * sources; the numbered sources and a not-medical-advice notice sit at the foot.
 */
const variationStory = (variation: string): Story => ({ args: { variation } });
export const Standard = variationStory('standard');
export const Knee = variationStory('knee');
export const Diamond = variationStory('diamond');
export const Deficit = variationStory('deficit');
export const Weighted = variationStory('weighted');
export const Forward = variationStory('forward');
export const Backward = variationStory('backward');
export const Plank = variationStory('plank');

/** Name, summary, the two risk levels, who should skip it and the notice; no reasons, sources or markers. */
export const Compact: Story = { args: { variation: 'diamond', compact: true } };

/** Following a risk's source marker moves focus to that source in the numbered list at the foot. */
export const FollowASource: Story = {
  args: { variation: 'standard' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('variation-risk-card');
    await card?.updateComplete;
    const marker = card?.shadowRoot?.querySelector<HTMLAnchorElement>('[part~="risks"] [part~="citation"] a');
    marker?.click();
    await expect(card?.shadowRoot?.activeElement?.id).toBe(marker?.hash.slice(1));
  },
};

/**
 * A studio's own "Learn this in class" in the `action` slot: after the card's content and
 * before the notice, in the page's own styles.
 */
export const WithAction: Story = {
  args: { variation: 'knee' },
  render: (args) => card(args, html`<a slot="action" href="#classes">Learn this in class</a>`),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('variation-risk-card');
    await el?.updateComplete;
    const slot = el?.shadowRoot?.querySelector<HTMLSlotElement>('[part~="action"] slot');
    await expect(slot?.assignedElements()[0]?.textContent).toBe('Learn this in class');
  },
};

/** An id the content does not know: a polite message lists the known ids, and one console warning. */
export const UnknownId: Story = { args: { variation: 'handstand' } };

/** No `variation` attribute: the card asks for one and lists the known ids. */
export const MissingId: Story = { args: { variation: '' } };

/** Every card in a responsive row: cards in a row stretch to one height and line up their buttons, notices and sources. */
export const Gallery: Story = {
  argTypes: { variation: { control: false } },
  render: ({ compact, lang }) => html`
    <div
      style=${styleMap({
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(18rem, 100%), 1fr))',
        gap: '1rem',
      })}
    >
      ${variations.map((variation) => card({ variation: variation.id, compact, lang }))}
    </div>
  `,
};

/** In Spanish (`lang="es"`): every text, the sources' markers and the pictures' descriptions. */
export const Spanish: Story = { args: { lang: 'es' } };

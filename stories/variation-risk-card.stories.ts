import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { variations } from '../src/content/index.js';
import '../src/variation-risk-card.js';

/** The element's attributes and properties; their docs come from the manifest. */
interface CardArgs {
  variation: string;
  compact: boolean;
  lang: string;
  content?: unknown;
}

const card = ({ variation, compact, lang }: CardArgs) => html`
  <variation-risk-card
    variation=${ifDefined(variation || undefined)}
    ?compact=${compact}
    lang=${ifDefined(lang || undefined)}
  ></variation-risk-card>
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

/** One story per variation; its Easier and Harder buttons switch the card in place. */
const variationStory = (variation: string): Story => ({ args: { variation } });
export const Standard = variationStory('standard');
export const Knee = variationStory('knee');
export const Diamond = variationStory('diamond');
export const Deficit = variationStory('deficit');
export const Weighted = variationStory('weighted');
export const Forward = variationStory('forward');
export const Backward = variationStory('backward');

/** Name, summary and the two risks only. */
export const Compact: Story = { args: { variation: 'diamond', compact: true } };

/** An id the content does not know: a polite message lists the known ids, and one console warning. */
export const UnknownId: Story = { args: { variation: 'handstand' } };

/** No `variation` attribute: the card asks for one and lists the known ids. */
export const MissingId: Story = { args: { variation: '' } };

/** Every card in a responsive row: cards in a row stretch to one height and line up their buttons and sources. */
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

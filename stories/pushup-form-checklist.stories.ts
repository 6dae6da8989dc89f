import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { cues, registerLocale, variations } from '../src/content/index.js';
import '../src/pushup-form-checklist.js';

/** The element's attributes and properties; their docs come from the manifest. */
interface ChecklistArgs {
  variation: string;
  compact: boolean;
  heading: string;
  persist: string;
  lang: string;
  checked?: string[];
  content?: unknown;
}

/** One array for "no ticks": bound again on re-render, it leaves a reader's ticks alone. */
const NO_TICKS: string[] = [];

const checklist = ({ variation, compact, heading, persist, lang, checked }: ChecklistArgs, action: unknown = '') => html`
  <pushup-form-checklist
    variation=${variation}
    ?compact=${compact}
    heading=${ifDefined(heading || undefined)}
    persist=${ifDefined(persist || undefined)}
    lang=${ifDefined(lang || undefined)}
    .checked=${checked ?? NO_TICKS}
  >${action}</pushup-form-checklist>
`;

const meta = {
  title: 'Elements/pushup-form-checklist',
  component: 'pushup-form-checklist',
  tags: ['autodocs'],
  render: (args) => checklist(args),
  args: { variation: 'standard', compact: false, heading: '', persist: '', lang: '' },
  argTypes: {
    variation: { control: 'select', options: variations.map((variation) => variation.id) },
    compact: { control: 'boolean' },
    heading: { control: 'text' },
    // Empty leaves the attribute off: nothing stored, the page's language.
    persist: { control: 'text' },
    lang: { control: 'text' },
    checked: { control: false },
    content: { control: false },
  },
  parameters: {
    actions: { handles: ['pushup-checklist-change', 'pushup-checklist-complete'] },
  },
} satisfies Meta<ChecklistArgs>;

export default meta;
type Story = StoryObj<ChecklistArgs>;

/**
 * Every cue carries a marker with the numbers of its sources; the numbered sources and a
 * not-medical-advice notice sit at the foot.
 */
export const Default: Story = {};

/** Cues only, without their explanations; each cue keeps its source marker, and the notice and sources stay. */
export const Compact: Story = { args: { compact: true } };

/** Following a cue's source marker moves focus to that source in the numbered list at the foot. */
export const FollowASource: Story = {
  play: async ({ canvasElement }) => {
    const checklist = canvasElement.querySelector('pushup-form-checklist');
    await checklist?.updateComplete;
    const marker = checklist?.shadowRoot?.querySelector<HTMLAnchorElement>('[part~="citation"] a');
    marker?.click();
    await expect(checklist?.shadowRoot?.activeElement?.id).toBe(marker?.hash.slice(1));
  },
};

/** One story per variation: each shows its own cues where it has any. */
const variationStory = (variation: string): Story => ({ args: { variation } });
export const Standard = variationStory('standard');
export const Knee = variationStory('knee');
export const Diamond = variationStory('diamond');
export const Deficit = variationStory('deficit');
export const Weighted = variationStory('weighted');
export const Forward = variationStory('forward');
export const Backward = variationStory('backward');
export const Plank = variationStory('plank');

/** Ticks survive a reload, kept in `localStorage` under the key `storybook-demo`. */
export const Persisted: Story = { args: { persist: 'storybook-demo' } };

/** Every cue checked through the `checked` property: the completion message shows. */
export const Completed: Story = { args: { checked: cues.map((cue) => cue.id) } };

/**
 * A gym's own "Book a form check" in the `complete-action` slot: shown beside the completion
 * message once every cue is checked, in the page's own styles. Untick a cue and it goes.
 */
export const CompleteAction: Story = {
  args: { checked: cues.map((cue) => cue.id) },
  render: (args) =>
    checklist(args, html`<a slot="complete-action" href="#form-check">Book a form check</a>`),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('pushup-form-checklist');
    await el?.updateComplete;
    const slot = el?.shadowRoot?.querySelector<HTMLSlotElement>('[part~="complete-action"] slot');
    await expect(slot?.assignedElements()[0]?.textContent).toBe('Book a form check');
  },
};

export const CustomHeading: Story = { args: { heading: 'Before your first set' } };

/**
 * A widget whose language is still loading holds its first render, 3 seconds at most,
 * with the custom state `locale-pending` and the height `--pushup-reserve` gives it
 * (outlined here). This story's locale never arrives, so English shows at 3 seconds; a
 * translation that arrives in time is the first thing shown.
 */
export const WaitingForItsTranslation: Story = {
  render: (args) => {
    registerLocale('x-slow', () => new Promise(() => {}));
    return html`<div style="--pushup-reserve: 20em; outline: 1px dashed">${checklist({ ...args, lang: 'x-slow' })}</div>`;
  },
};

/** In Spanish (`lang="es"`): every text, the sources' markers and the pictures' descriptions. */
export const Spanish: Story = { args: { lang: 'es' } };

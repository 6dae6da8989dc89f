import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/back-pain-quiz.js';
// As on a page that loads the whole package: results show easier variations as inline cards.
import '../src/variation-risk-card.js';
import { STORAGE_PREFIX } from '../src/shared/persist-controller.js';

/**
 * The element's attributes and properties; their docs come from the manifest. `answers`
 * is the documented way to open the quiz part-way through or at a result.
 */
interface QuizArgs {
  heading: string;
  persist: string;
  emergencyNumber: string;
  lang: string;
  answers?: Record<string, string[]>;
  content?: unknown;
}

/** One object for "no answers": bound again on re-render, it leaves a reader's answers alone. */
const NO_ANSWERS: Record<string, string[]> = {};

const quiz = ({ heading, persist, emergencyNumber, lang, answers }: QuizArgs) => html`
  <back-pain-quiz
    heading=${ifDefined(heading || undefined)}
    persist=${ifDefined(persist || undefined)}
    emergency-number=${ifDefined(emergencyNumber || undefined)}
    lang=${ifDefined(lang || undefined)}
    .answers=${answers ?? NO_ANSWERS}
  ></back-pain-quiz>
`;

// Paths through the quiz, as answer ids by question id.
const lowerBackAche = { where: ['lower-back'], when: ['during'], feeling: ['mild-ache'] };
const noRedFlags = {
  'emergency-symptoms': ['none'],
  'urgent-symptoms': ['none'],
  'see-someone-soon': ['none'],
};
const selfCare = {
  ...lowerBackAche,
  ...noRedFlags,
  habits: ['no-warm-up'],
  'harder-variations': ['none'],
  form: ['hips-sag'],
};
const emergency = { ...lowerBackAche, 'emergency-symptoms': ['saddle-numbness'] };

const meta = {
  title: 'Elements/back-pain-quiz',
  component: 'back-pain-quiz',
  tags: ['autodocs'],
  render: (args) => quiz(args),
  args: { heading: '', persist: '', emergencyNumber: '', lang: '' },
  argTypes: {
    heading: { control: 'text' },
    persist: { control: 'text', description: 'Storage key; empty leaves the attribute off (nothing is stored).' },
    emergencyNumber: {
      control: 'text',
      description: "The page's emergency number, e.g. `112`; empty names no country's number.",
    },
    lang: { control: 'text', description: 'Locale, e.g. `en`; empty follows the page.' },
    answers: { control: 'object', description: 'Answer ids by question id; opens the quiz where they lead.' },
    content: { control: false },
  },
  parameters: {
    actions: { handles: ['pushup-quiz-answer', 'pushup-quiz-complete', 'pushup-quiz-restart'] },
  },
} satisfies Meta<QuizArgs>;

export default meta;
type Story = StoryObj<QuizArgs>;

/** Question 1: where it hurts, one answer (radios). */
export const FirstStep: Story = {};

/** The emergency symptoms: several answers (checkboxes), "None of these" on its own. */
export const MultiSelectStep: Story = { args: { answers: lowerBackAche } };

/** An emergency symptom: an alert to call the local emergency number now; no form tips. */
export const Emergency: Story = { args: { answers: emergency } };

/** The same, on a site that sets `emergency-number="112"`: the number is a `tel:` link. */
export const EmergencyWithNumber: Story = { args: { answers: emergency, emergencyNumber: '112' } };

/** An urgent symptom (a high temperature): an appointment today or tomorrow, nothing else. */
export const SeeDoctorUrgent: Story = {
  args: { answers: { ...lowerBackAche, 'emergency-symptoms': ['none'], 'urgent-symptoms': ['fever'] } },
};

/** Sharp or lasting pain: see a doctor or physiotherapist first, then the likely causes. */
export const SeeDoctorSoon: Story = { args: { answers: { ...selfCare, feeling: ['sharp-or-lasting'] } } };

/** No red flag: likely causes, most likely first, with what to try, cues and easier variations. */
export const SelfCare: Story = { args: { answers: selfCare } };

/** Upper back after push-ups: the shoulder question is asked, and its causes come first. */
export const SelfCareUpperBack: Story = {
  args: {
    answers: {
      ...selfCare,
      where: ['upper-back'],
      when: ['after'],
      form: ['none'],
      habits: ['desk-hunched'],
      shoulders: ['rounded-shoulders'],
    },
  },
};

const RESUME_KEY = 'storybook-resumed';

/**
 * A quiz left after three answers and reloaded: with `persist`, it resumes at question 4.
 * The story stores those answers under `persist="storybook-resumed"` before it renders.
 */
export const Resumed: Story = {
  args: { persist: RESUME_KEY },
  beforeEach: () => {
    const key = `${STORAGE_PREFIX}:quiz:v1:${RESUME_KEY}`;
    localStorage.setItem(key, JSON.stringify(lowerBackAche));
    return () => localStorage.removeItem(key);
  },
};

export const CustomHeading: Story = { args: { heading: 'Sore back after training?' } };

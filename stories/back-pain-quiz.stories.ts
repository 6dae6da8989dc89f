import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
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
  headingLevel: number;
  persist: string;
  persistHours: string;
  emergencyNumber: string;
  urgentNumber: string;
  actionLevels: string;
  lang: string;
  answers?: Record<string, string[]>;
  content?: unknown;
}

/** One object for "no answers": bound again on re-render, it leaves a reader's answers alone. */
const NO_ANSWERS: Record<string, string[]> = {};

const quiz = ({ heading, headingLevel, persist, persistHours, emergencyNumber, urgentNumber, actionLevels, lang, answers }: QuizArgs, actions: unknown = '') => html`
  <back-pain-quiz
    heading=${ifDefined(heading || undefined)}
    heading-level=${ifDefined(headingLevel === 2 ? undefined : headingLevel)}
    persist=${ifDefined(persist || undefined)}
    persist-hours=${ifDefined(persistHours || undefined)}
    emergency-number=${ifDefined(emergencyNumber || undefined)}
    urgent-number=${ifDefined(urgentNumber || undefined)}
    action-levels=${ifDefined(actionLevels || undefined)}
    lang=${ifDefined(lang || undefined)}
    .answers=${answers ?? NO_ANSWERS}
  >${actions}</back-pain-quiz>
`;

/** A physio clinic's own links, in its own styles: they stay in the page, so the page's CSS reaches them. */
const clinicActions = html`
  <style>
    .clinic-action {
      display: inline-block;
      padding: 0.6rem 1rem;
      border: 2px solid #0f5f5a;
      border-radius: 0.4rem;
      color: #0f5f5a;
      font-weight: 600;
    }
  </style>
  <a slot="referral-action" class="clinic-action" href="#book">Book an assessment</a>
  <a slot="self-care-action" class="clinic-action" href="#classes">Join a push-up form class</a>
`;

// Paths through the quiz, as answer ids by question id. Red flags are asked first.
const calmFlags = {
  'emergency-symptoms': ['none'],
  'chest-symptoms': ['none'],
  'urgent-symptoms': ['none'],
  'health-history': ['none'],
  age: ['16-or-over'],
  'see-someone-soon': ['none'],
};
const lowerBackAche = { ...calmFlags, where: ['lower-back'], when: ['during'], feeling: ['mild-ache'] };
const selfCare = { ...lowerBackAche, habits: ['no-warm-up'], 'harder-variations': ['none'], form: ['hips-sag'] };
const emergency = { 'emergency-symptoms': ['saddle-numbness'] };
const urgent = { 'emergency-symptoms': ['none'], 'chest-symptoms': ['none'], 'urgent-symptoms': ['fever'] };

const meta = {
  title: 'Elements/back-pain-quiz',
  component: 'back-pain-quiz',
  tags: ['autodocs'],
  render: (args) => quiz(args),
  args: { heading: '', headingLevel: 2, persist: '', persistHours: '', emergencyNumber: '', urgentNumber: '', actionLevels: '', lang: '' },
  argTypes: {
    heading: {
      control: 'text',
      description: 'The heading text; empty shows the default.',
      table: { defaultValue: { summary: 'Why does my back hurt after push-ups?' } },
    },
    headingLevel: {
      control: { type: 'number', min: 1, max: 6, step: 1 },
      description: "Level of the quiz's heading (1 to 6); the headings inside follow it.",
      table: { defaultValue: { summary: '2' } },
    },
    persist: { control: 'text', description: 'Storage key; empty leaves the attribute off (nothing is stored).' },
    persistHours: { control: 'text', description: 'With persist: hours stored answers last; empty keeps 24.' },
    emergencyNumber: {
      control: 'text',
      description: "The page's emergency number, e.g. `112`; empty names no country's number.",
    },
    urgentNumber: {
      control: 'text',
      description: "The page's urgent medical advice number, e.g. `111`; empty names no country's line.",
    },
    actionLevels: {
      control: 'text',
      description: "Referral levels that show the site's action: `urgent`, `soon` or `see-doctor`; empty leaves the attribute off (both).",
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

/** Question 1: the emergency symptoms, asked before anything else (checkboxes, "None of these" on its own). */
export const FirstStep: Story = {};

/** The age check: the self-check is for people aged 16 and over (one answer, radios). */
export const AgeStep: Story = { args: { answers: { ...calmFlags, age: [] } } };

/** Where it hurts, asked once every warning sign has been ruled out. */
export const WhereStep: Story = { args: { answers: calmFlags } };

/**
 * Next with nothing chosen: the step says what is missing (an alert, led by a mark, not told
 * by colour alone), keeps the reader on the question, and moves focus to the first answer.
 */
export const NothingChosen: Story = {
  args: { answers: calmFlags },
  play: async ({ canvasElement }) => {
    const quiz = canvasElement.querySelector('back-pain-quiz');
    await quiz?.updateComplete;
    quiz?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="next"]')?.click();
    await quiz?.updateComplete;
    await expect(quiz?.shadowRoot?.querySelector('[part~="error"]')?.textContent).toContain('Choose');
  },
};

/** An emergency symptom: an alert to call the local emergency number now; a referral only. */
export const Emergency: Story = { args: { answers: emergency } };

/** The same, on a site that sets `emergency-number="112"`: the number is a `tel:` link. */
export const EmergencyWithNumber: Story = { args: { answers: emergency, emergencyNumber: '112' } };

/** Sudden, tearing pain in the chest or upper back: an emergency too. */
export const EmergencyTearingPain: Story = {
  args: { answers: { 'emergency-symptoms': ['none'], 'chest-symptoms': ['tearing-pain'] } },
};

/** An urgent symptom (a high temperature): a doctor today or tomorrow, or the urgent advice line. */
export const SeeDoctorUrgent: Story = { args: { answers: urgent } };

/** The same, on a site that sets `urgent-number="111"`. */
export const SeeDoctorUrgentWithNumber: Story = { args: { answers: urgent, urgentNumber: '111' } };

/** Sharp or lasting pain: a routine appointment with a doctor or physiotherapist; a referral only. */
export const SeeDoctorSoon: Story = { args: { answers: { ...lowerBackAche, feeling: ['sharp-or-lasting'] } } };

/** Sciatica or another back condition: ask the clinician who knows it first. */
export const KnownCondition: Story = {
  args: { answers: { ...calmFlags, 'see-someone-soon': ['known-condition'] } },
};

/** A reader under 16: a route to a doctor, with a parent or an adult they trust. */
export const UnderSixteen: Story = { args: { answers: { ...calmFlags, age: ['under-16'] } } };

/** Neck pain: outside what the check covers, so a clinician rather than push-up causes. */
export const OutsideTheCheck: Story = { args: { answers: { ...calmFlags, where: ['neck-shoulders'] } } };

/** No red flag: things that may be adding to it, with what to try, cues and easier variations. */
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

/** Four or more causes apply: the three most likely in full, the rest in a shorter list. */
export const SelfCareManyCauses: Story = {
  args: {
    answers: {
      ...lowerBackAche,
      habits: ['already-tired', 'more-reps', 'no-warm-up'],
      'harder-variations': ['weighted'],
      form: ['hips-sag', 'back-arch'],
    },
  },
};

/**
 * A routine referral on a page that set both numbers: "if you get worse" names them, each a
 * `tel:` link.
 */
export const SeeDoctorSoonWithNumbers: Story = {
  args: { answers: { ...lowerBackAche, feeling: ['sharp-or-lasting'] }, emergencyNumber: '112', urgentNumber: '111' },
};

/** An emergency number as people write it: shown as written, dialled as its digits. */
export const EmergencyWithWrittenNumber: Story = { args: { answers: emergency, emergencyNumber: '1800 022 222' } };

/**
 * A physio clinic's "Book an assessment" in the `referral-action` slot, on a routine
 * referral: after the referral, before the notice, in the clinic's own styles.
 */
export const ReferralAction: Story = {
  args: { answers: { ...lowerBackAche, feeling: ['sharp-or-lasting'] }, actionLevels: 'soon' },
  render: (args) => quiz(args, clinicActions),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('back-pain-quiz');
    await el?.updateComplete;
    const slot = el?.shadowRoot?.querySelector<HTMLSlotElement>('[part~="referral-action"] slot');
    await expect(slot?.assignedElements()[0]?.textContent).toBe('Book an assessment');
  },
};

/** The clinic's class in the `self-care-action` slot, after the self-care advice. */
export const SelfCareAction: Story = { args: { answers: selfCare }, render: (args) => quiz(args, clinicActions) };

/**
 * The same clinic's page on an emergency result, with `action-levels="emergency see-doctor"`:
 * no action at all, only the call to emergency services.
 */
export const EmergencyNeverShowsAction: Story = {
  args: { answers: emergency, emergencyNumber: '112', actionLevels: 'emergency see-doctor' },
  render: (args) => quiz(args, clinicActions),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('back-pain-quiz');
    await el?.updateComplete;
    await expect(el?.shadowRoot?.querySelector('slot')).toBeNull();
  },
};

/** The same results on a Spanish page (the toolbar's Language switches any story). */
const inSpanish = { globals: { locale: 'es' } };

/** Emergency, in Spanish. */
export const EmergencyEs: Story = { ...EmergencyWithNumber, ...inSpanish };

/** Urgent, in Spanish. */
export const SeeDoctorUrgentEs: Story = { ...SeeDoctorUrgentWithNumber, ...inSpanish };

/** A routine appointment, in Spanish. */
export const SeeDoctorSoonEs: Story = { ...SeeDoctorSoon, ...inSpanish };

/** A known back condition, in Spanish. */
export const KnownConditionEs: Story = { ...KnownCondition, ...inSpanish };

/** Under 16, in Spanish. */
export const UnderSixteenEs: Story = { ...UnderSixteen, ...inSpanish };

/** Outside the check, in Spanish. */
export const OutsideTheCheckEs: Story = { ...OutsideTheCheck, ...inSpanish };

/** Self-care, in Spanish. */
export const SelfCareEs: Story = { ...SelfCare, ...inSpanish };

/** A story whose quiz finds `answers` stored under `persist="key"`, as saved just now; removed after it. */
const storedUnder = (key: string, answers: Record<string, string[]>): Story => ({
  args: { persist: key },
  beforeEach: () => {
    const stored = `${STORAGE_PREFIX}:quiz:v3:${key}`;
    localStorage.setItem(stored, JSON.stringify({ savedAt: Date.now(), value: answers }));
    return () => localStorage.removeItem(stored);
  },
});

/** A quiz left part-way and reloaded: with `persist`, it resumes at the next question. */
export const Resumed: Story = storedUnder('storybook-resumed', calmFlags);

/**
 * A finished quiz kept with `persist`: the result offers "Forget my answers", which removes
 * them from the device and says so.
 */
export const FinishedAndStored: Story = storedUnder('storybook-finished', selfCare);

export const CustomHeading: Story = { args: { heading: 'Sore back after training?' } };

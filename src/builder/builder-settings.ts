/**
 * The embed builder's form, read into clean settings (`BuilderSettings`) and one message
 * per field that cannot be used. Each value is checked as the element and the frame page
 * check it (the same readers), so a setting the builder accepts is one both take as it is,
 * and a field with a message is left out of every snippet rather than written broken.
 * Pure: no DOM, so Node tests run it; the page passes in the colour check only a browser
 * can make.
 */
import { readPhoneNumber } from '../elements/back-pain-quiz/phone-number.js';
import { ACTION_TEXT_MAX, readAccent, readActionHref, readActionText, WIDGETS, type FrameContext, type WidgetName } from '../embed/frame-parameters.js';

/** The languages the builder offers: the shipped translations. */
export const BUILDER_LANGUAGES = { en: 'English', es: 'Español' } as const;
export type BuilderLanguage = keyof typeof BUILDER_LANGUAGES;

/** The quiz's `action-levels` choices, as the attribute writes them. */
export const ACTION_LEVEL_CHOICES = {
  'see-doctor': 'Urgent and routine referrals',
  soon: 'Routine referrals only',
  urgent: 'Urgent referrals only',
} as const;
export type ActionLevelChoice = keyof typeof ACTION_LEVEL_CHOICES;

/** What the builder's snippets show: one widget and its settings, each already checked. */
export interface BuilderSettings {
  widget: WidgetName;
  /** A variation id (checklist, card); the card always has one. */
  variation?: string;
  lang: BuilderLanguage;
  /** The quiz's numbers, as people write them and `readPhoneNumber` dials them. */
  emergencyNumber?: string;
  urgentNumber?: string;
  /** A CSS colour, as `readAccent` takes it. */
  accent?: string;
  /** Keep progress on the reader's device, under the default key (checklist, quiz). */
  persist: boolean;
  /** Cues or the card without explanations (checklist, card). */
  compact: boolean;
  /** The site's own link, with the quiz's referral levels it shows on. */
  action?: { text: string; href: string; levels?: ActionLevelChoice };
}

/** The form's fields, by the name of their control. */
export type BuilderField =
  | 'widget'
  | 'variation'
  | 'lang'
  | 'emergency-number'
  | 'urgent-number'
  | 'accent'
  | 'persist'
  | 'compact'
  | 'action-text'
  | 'action-href'
  | 'action-levels';

/** The form's values as its controls hold them: text, or a checkbox's state. */
export type BuilderForm = Partial<Record<BuilderField, string | boolean>>;

/** Which widgets each field applies to; a field of another widget is hidden and not read. */
export const FIELD_WIDGETS: Record<BuilderField, readonly WidgetName[]> = {
  widget: ['checklist', 'quiz', 'card'],
  variation: ['checklist', 'card'],
  lang: ['checklist', 'quiz', 'card'],
  'emergency-number': ['quiz'],
  'urgent-number': ['quiz'],
  accent: ['checklist', 'quiz', 'card'],
  persist: ['checklist', 'quiz'],
  compact: ['checklist', 'card'],
  'action-text': ['checklist', 'quiz', 'card'],
  'action-href': ['checklist', 'quiz', 'card'],
  'action-levels': ['quiz'],
};

export interface BuilderReading {
  settings: BuilderSettings;
  /** A message for each field whose value is left out of the snippets, in the reader's words. */
  problems: Partial<Record<BuilderField, string>>;
}

const text = (value: string | boolean | undefined): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Reads the form. An unknown widget, variation, language or level (which the form's
 * `<select>`s never hold, but a page's script might) falls back to the first choice;
 * free text that cannot be used gets a message and is left out.
 */
export function readBuilderForm(form: BuilderForm, context: Pick<FrameContext, 'isColour' | 'variationIds'>): BuilderReading {
  const problems: BuilderReading['problems'] = {};
  const widgetValue = text(form.widget);
  const widget: WidgetName = Object.hasOwn(WIDGETS, widgetValue) ? (widgetValue as WidgetName) : 'checklist';
  const takes = (field: BuilderField) => FIELD_WIDGETS[field].includes(widget);
  const langValue = text(form.lang);
  const settings: BuilderSettings = {
    widget,
    lang: Object.hasOwn(BUILDER_LANGUAGES, langValue) ? (langValue as BuilderLanguage) : 'en',
    persist: takes('persist') && form.persist === true,
    compact: takes('compact') && form.compact === true,
  };

  if (takes('variation')) {
    const variation = text(form.variation);
    if (context.variationIds.includes(variation)) settings.variation = variation;
    else if (widget === 'card') settings.variation = 'standard';
  }

  for (const [field, key] of [
    ['emergency-number', 'emergencyNumber'],
    ['urgent-number', 'urgentNumber'],
  ] as const) {
    const value = text(form[field]);
    if (!takes(field) || !value) continue;
    const { number, problem } = readPhoneNumber(value);
    if (number && !problem) settings[key] = number.text;
    else problems[field] = 'Not one phone number: use digits, with spaces, dashes or brackets between them and a leading + if you like.';
  }

  const accent = text(form.accent);
  if (accent) {
    const colour = readAccent(accent, context.isColour);
    if (colour) settings.accent = colour;
    else problems.accent = 'Not a colour: use one such as #e11d48, rebeccapurple or rgb(190 18 60).';
  }

  const actionText = text(form['action-text']);
  const actionHref = text(form['action-href']);
  const words = actionText ? readActionText(actionText) : {};
  const address = actionHref ? readActionHref(actionHref) : {};
  if (words.problem) problems['action-text'] = `Keep the words to ${ACTION_TEXT_MAX} characters or fewer, as plain text.`;
  if (address.problem) problems['action-href'] = 'Not a whole web address: use one that starts with https:// (or http://).';
  if (actionText && !actionHref) problems['action-href'] = 'Give the link an address too, or clear its words.';
  if (actionHref && !actionText) problems['action-text'] = 'Give the link its words too, or clear its address.';
  if (words.text && address.href) {
    settings.action = { text: words.text, href: address.href };
    const levels = text(form['action-levels']);
    if (takes('action-levels')) {
      settings.action.levels = Object.hasOwn(ACTION_LEVEL_CHOICES, levels) ? (levels as ActionLevelChoice) : 'see-doctor';
    }
  }
  return { settings, problems };
}

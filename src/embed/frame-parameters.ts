/**
 * The frame page's URL parameters (`embed.html?widget=quiz&emergency-number=112`), each
 * read as the element reads the attribute it maps to, with the element's own checks where
 * it has them (`heading-level`, the phone numbers). A bad one is left out, so the widget
 * shows its default, and is described once, naming the parameter and what it takes: the
 * page shows each description and warns with it once. Pure: no DOM, so Node tests run it;
 * the page passes in what only the browser and the bundle know (`FrameContext`).
 */
import { readPhoneNumber } from '../elements/back-pain-quiz/phone-number.js';
import { readActionLevels, readHeadingLevel } from '../shared/property-values.js';

/**
 * Each widget the frame shows, by its `widget` value, and the slot the frame's link
 * (`action-text`, `action-href`) goes in.
 *
 * The quiz's link goes in `referral-action` only, never in `self-care-action`: a frame has
 * one link with one text, and a clinic's "Book an assessment" fits a referral, where the
 * result itself sends the reader to a professional; on a self-care result it would
 * compete with what the reader can try themselves. And `action-levels` chooses among
 * referral results only, so a link on self-care results would have no way to turn it off.
 * A site that wants a different link on self-care results uses the element, with both slots.
 */
export const WIDGETS = {
  checklist: { tag: 'pushup-form-checklist', title: 'Push-up form checklist', actionSlot: 'complete-action' },
  quiz: { tag: 'back-pain-quiz', title: 'Back pain self-check', actionSlot: 'referral-action' },
  card: { tag: 'variation-risk-card', title: 'Push-up variation card', actionSlot: 'action' },
} as const;

export type WidgetName = keyof typeof WIDGETS;

const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

/** What the page knows that the URL cannot tell. */
export interface FrameContext {
  /** Whether `value` is a CSS colour (`CSS.supports('color', value)` in the browser). */
  isColour(value: string): boolean;
  /** The ids of the variations the content has, in content order. */
  variationIds: readonly string[];
  /** The shipped locale that fits a language tag (`es` for `es-MX`), `en` when none does. */
  matchLocale(tag: string): string;
}

/** The site's own link, from `action-text` and `action-href`, both checked. */
export interface FrameAction {
  /** Plain text, whitespace collapsed, at most `ACTION_TEXT_MAX` characters; shown as text, never as HTML. */
  text: string;
  /** An absolute `http:` or `https:` address, as the URL parser writes it. */
  href: string;
}

/** The frame page's settings, clean: what to show and how. */
export interface FrameSettings {
  /** The widget to show; absent when `widget` is missing or unknown (the page lists the choices). */
  widget?: WidgetName;
  /** Attributes for the widget's element, each checked: `[['heading-level', '3'], …]`. */
  attributes: [name: string, value: string][];
  /** The page's language tag, when it names a shipped translation. */
  lang?: string;
  /** The accent colour, a value `CSS.supports('color', …)` accepts. */
  accent?: string;
  /** `auto` follows the reader's light or dark setting. */
  scheme: 'light' | 'dark' | 'auto';
  /** `surface`: the widget's own background colour; `transparent`: the embedding page shows through. */
  background: 'surface' | 'transparent';
  /** The `frame` id, echoed in every message to the parent. */
  frame?: string;
  /** The site's link, shown in the widget's action slot (`WIDGETS[widget].actionSlot`); only when both its text and address are good. */
  action?: FrameAction;
  /** One sentence for each parameter that was not used as given, naming it and what it takes. */
  problems: string[];
}

/** How one parameter is read; `settings` is filled in place, a problem returned. */
interface Parameter {
  /** The widgets that take it; absent: every widget (a setting of the frame itself). */
  widgets?: readonly WidgetName[];
  read(value: string, settings: FrameSettings, context: FrameContext): string | undefined;
}

const quote = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** A language tag: a language of 2 or 3 letters, then subtags (`es`, `es-MX`, `zh-Hant-TW`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
/** Six (or three, four, eight) hex digits without their `#`, which a URL would take as its fragment. */
const BARE_HEX = /^(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** Values `CSS.supports` accepts for any property that are not a colour of their own. */
const NOT_A_COLOUR = /^(?:inherit|initial|unset|revert|revert-layer)$|\b(?:var|env|attr)\(/i;
const FRAME_ID = /^[\w-]{1,64}$/;
/** The longest `action-text`: a button's words ("Book an assessment with us"), not a paragraph. */
export const ACTION_TEXT_MAX = 80;
/** The longest `action-href`: more than any booking link needs, far less than a URL can hold. */
const ACTION_HREF_MAX = 2000;
/** Control characters, which have no place in a link's words. */
const CONTROL = /\p{Cc}/u;

/**
 * `accent`: a CSS colour of its own (`rebeccapurple`, `rgb(190 18 60)`, `#e11d48`, or the
 * hex digits alone), never a value that only stands for one (`inherit`, `var(--x)`), which
 * would mean something else in each page. `undefined` when it is none.
 */
export function readAccent(value: string, isColour: FrameContext['isColour']): string | undefined {
  const text = value.trim();
  const colour = BARE_HEX.test(text) ? `#${text}` : text;
  return colour && !NOT_A_COLOUR.test(colour) && isColour(colour) ? colour : undefined;
}

/**
 * `action-href`: an absolute `http:` or `https:` address, the only kind a link out of a
 * frame can mean. A relative one would resolve against the CDN, not the site; `javascript:`
 * and `data:` would run or show something in the frame's name. Returns the address as the
 * URL parser writes it, or why it cannot be used.
 */
export function readActionHref(value: string): { href?: string; problem?: string } {
  const text = value.trim();
  if (text.length > ACTION_HREF_MAX) return { problem: `longer than ${ACTION_HREF_MAX} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: `${quote(value)} is not a whole address; it takes one such as https://example.com/book` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `${quote(value)} is not an http: or https: address; it takes one such as https://example.com/book` };
  }
  if (url.username || url.password) return { problem: `${quote(value)} holds a user name or password` };
  return { href: url.href };
}

/** `action-text`: the link's words, whitespace collapsed; or why they cannot be used. */
export function readActionText(value: string): { text?: string; problem?: string } {
  const text = value.trim().replace(/\s+/g, ' ');
  if (CONTROL.test(text)) return { problem: `${quote(value)} holds control characters` };
  if ([...text].length > ACTION_TEXT_MAX) return { problem: `longer than ${ACTION_TEXT_MAX} characters, the words of a button` };
  return { text };
}

const attribute = (name: string) => (value: string, settings: FrameSettings) => {
  settings.attributes.push([name, value]);
  return undefined;
};

/** A boolean attribute: present with no value, or `true`; `false` leaves it off. */
const flag = (name: string) => (value: string, settings: FrameSettings) => {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'true') settings.attributes.push([name, '']);
  else if (text !== 'false') return `${name}: ${quote(value)} is not true or false (or no value); it is left off.`;
  return undefined;
};

const phoneNumber = (name: 'emergency-number' | 'urgent-number') => (value: string, settings: FrameSettings) => {
  const { number, problem } = readPhoneNumber(value);
  if (number && !problem) settings.attributes.push([name, number.text]);
  return problem
    ? `${name}: ${quote(value)} is not one dialable number (digits, spaces, *, # and a leading +); the quiz names no number.`
    : undefined;
};

/** Every parameter the frame takes, in the order the table in docs/embedding.md lists them. */
const PARAMETERS: Record<string, Parameter> = {
  variation: {
    widgets: ['checklist', 'card'],
    read(value, settings, { variationIds }) {
      const id = value.trim();
      if (variationIds.includes(id)) {
        settings.attributes.push(['variation', id]);
        return undefined;
      }
      // The card needs a variation; the checklist shows the standard push-up's cues without one.
      if (settings.widget === 'card') settings.attributes.push(['variation', 'standard']);
      return `variation: ${quote(id)} is not a variation; it takes ${variationIds.join(', ')}. Showing standard.`;
    },
  },
  persist: { widgets: ['checklist', 'quiz'], read: attribute('persist') },
  compact: { widgets: ['checklist', 'card'], read: flag('compact') },
  heading: { widgets: ['checklist', 'quiz'], read: attribute('heading') },
  'heading-level': {
    read(value, settings) {
      const { level, problem } = readHeadingLevel(value);
      if (!problem) settings.attributes.push(['heading-level', String(level)]);
      return problem && `heading-level: ${problem}; using 2.`;
    },
  },
  'emergency-number': { widgets: ['quiz'], read: phoneNumber('emergency-number') },
  'urgent-number': { widgets: ['quiz'], read: phoneNumber('urgent-number') },
  lang: {
    read(value, settings, { matchLocale }) {
      const tag = value.trim();
      if (!LANGUAGE_TAG.test(tag)) return `lang: ${quote(value)} is not a language tag such as en or es-MX; showing English.`;
      const locale = matchLocale(tag);
      if (locale === 'en' && tag.slice(0, 2).toLowerCase() !== 'en') {
        return `lang: no translation into ${quote(tag)} ships with the widgets; it takes a translated language, such as es. Showing English.`;
      }
      settings.lang = tag;
      return undefined;
    },
  },
  accent: {
    read(value, settings, { isColour }) {
      const colour = readAccent(value, isColour);
      if (colour) {
        settings.accent = colour;
        return undefined;
      }
      return `accent: ${quote(value)} is not a CSS colour; it takes one such as rebeccapurple, rgb(190 18 60) or e11d48 (a # is written %23). Using the default accent.`;
    },
  },
  scheme: {
    read(value, settings) {
      const scheme = value.trim().toLowerCase();
      if (scheme === 'light' || scheme === 'dark' || scheme === 'auto') {
        settings.scheme = scheme;
        return undefined;
      }
      return `scheme: ${quote(value)} is not light, dark or auto; following the reader's setting (auto).`;
    },
  },
  background: {
    read(value, settings) {
      const background = value.trim().toLowerCase();
      if (background === 'transparent' || background === 'surface') {
        settings.background = background;
        return undefined;
      }
      return `background: ${quote(value)} is not transparent or surface; using the surface colour.`;
    },
  },
  'action-levels': {
    widgets: ['quiz'],
    read(value, settings) {
      const { value: levels, problem } = readActionLevels(value);
      settings.attributes.push(['action-levels', levels.join(' ')]);
      return problem && `action-levels: ${problem}.`;
    },
  },
  'action-text': {
    // Each half fills its side of `action`; `readFrameSettings` keeps the link only when both are there.
    read(value, settings) {
      const { text, problem } = readActionText(value);
      if (text) settings.action = { href: settings.action?.href ?? '', text };
      return problem && `action-text: ${problem}; no link is shown.`;
    },
  },
  'action-href': {
    read(value, settings) {
      const { href, problem } = readActionHref(value);
      if (href) settings.action = { text: settings.action?.text ?? '', href };
      return problem && `action-href: ${problem}; no link is shown.`;
    },
  },
  frame: {
    read(value, settings) {
      if (FRAME_ID.test(value)) {
        settings.frame = value;
        return undefined;
      }
      return `frame: ${quote(value)} is not an id of letters, digits, - and _ (64 at most); messages carry no frame id.`;
    },
  },
};

/** The parameters of the frame, as named in a problem about one it does not know. */
export const PARAMETER_NAMES: readonly string[] = ['widget', ...Object.keys(PARAMETERS)];

const takers = (widgets: readonly WidgetName[]): string =>
  widgets.length === 1 ? `only the ${widgets[0]} does` : `the ${widgets.join(' and the ')} do`;

/** The widget names as a reader of a problem meets them: `checklist, quiz or card`. */
export const WIDGET_CHOICES = `${WIDGET_NAMES.slice(0, -1).join(', ')} or ${WIDGET_NAMES.at(-1)}`;

/**
 * Reads `parameters` (the frame page's query) into settings. Never throws; a parameter
 * given twice is read once, the first time. Empty values count as absent, except where an
 * empty attribute means something (`persist`, `compact`).
 */
export function readFrameSettings(parameters: URLSearchParams, context: FrameContext): FrameSettings {
  const settings: FrameSettings = { attributes: [], scheme: 'auto', background: 'surface', problems: [] };
  const { problems } = settings;
  const widget = parameters.get('widget')?.trim().toLowerCase() ?? '';
  if (Object.hasOwn(WIDGETS, widget)) settings.widget = widget as WidgetName;
  else problems.push(`widget: ${widget ? `${quote(widget)} is not a widget` : 'missing'}; it takes ${WIDGET_CHOICES}.`);

  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [name, value] of parameters) {
    if (seen.has(name)) {
      if (!repeated.has(name)) problems.push(`${name}: given more than once; using the first.`);
      repeated.add(name);
      continue;
    }
    seen.add(name);
    if (name === 'widget') continue;
    const parameter = Object.hasOwn(PARAMETERS, name) ? PARAMETERS[name] : undefined;
    if (!parameter) {
      problems.push(`${quote(name)} is not a parameter of the frame; it takes ${PARAMETER_NAMES.join(', ')}.`);
    } else if (parameter.widgets && settings.widget && !parameter.widgets.includes(settings.widget)) {
      problems.push(`${name}: the ${settings.widget} does not take it (${takers(parameter.widgets)}); ignored.`);
    } else if (value.trim() || name === 'persist' || name === 'compact') {
      const problem = parameter.read(value, settings, context);
      if (problem) problems.push(problem);
    }
  }
  // A link needs both its words and its address: one given alone is said (besides any
  // problem of its own), and the link is kept only when both are good.
  const given = (['action-text', 'action-href'] as const).filter((name) => parameters.get(name)?.trim());
  if (given.length === 1) {
    const lacks = given[0] === 'action-text' ? 'action-href' : 'action-text';
    problems.push(`${given[0]}: given without ${lacks}; no link is shown.`);
  }
  if (!(settings.action?.text && settings.action.href)) delete settings.action;
  // A card without a variation would show only its own message: show the standard one, and say why.
  if (settings.widget === 'card' && !settings.attributes.some(([name]) => name === 'variation')) {
    settings.attributes.push(['variation', 'standard']);
    const what = parameters.has('variation') ? 'empty' : 'missing';
    problems.push(`variation: ${what}; the card takes one of ${context.variationIds.join(', ')}. Showing standard.`);
  }
  return settings;
}

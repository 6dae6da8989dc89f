/**
 * Page-wide settings: defaults a site sets once for every widget on the page, rather than
 * on each element. Two sources, and an element's own attribute overrides both:
 *
 * - `<meta name="pushup-widgets" content="emergency-number=112; urgent-number=111">` in the
 *   `<head>`, keys named as the attributes, `;` between them. Read on first use, and again
 *   whenever a `<meta>` in the head is added, removed or changed while a widget is shown.
 * - `configure({ emergencyNumber: '112' })` from the page's script, which wins over the meta.
 *
 * The settings: `emergency-number` and `urgent-number` (the quiz), `persist` (the checklist
 * and the quiz), `lang` (all three) and `action-levels` (the quiz). A value is checked as
 * its attribute is: a `lang` that is no language tag is ignored, and `action-levels` keeps
 * the levels it knows, each with one warning where it is set.
 *
 * Settings that change while widgets are shown reach them through `PageSettingsController`.
 * On a server nothing is read from a document: only `configure()` applies, process-wide.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { readActionLevels } from './property-values.js';

/** Each setting, named as the elements' attribute and the meta's key. */
const KEYS = ['emergency-number', 'urgent-number', 'persist', 'lang', 'action-levels'] as const;

/** A setting's name as an attribute: `emergency-number`, `persist`, `action-levels`… */
export type PageSettingKey = (typeof KEYS)[number];

/**
 * The settings `configure()` takes, each named in camelCase or as its attribute. Values are
 * text as in the attribute, or a number taken as its text; `undefined` removes the setting
 * (a meta's value for it applies again).
 */
export interface PageSettings {
  /** The emergency number every `<back-pain-quiz>` shows, e.g. `112` or `911` (`emergency-number`). */
  emergencyNumber?: string | number;
  /** The urgent medical advice number, e.g. `111` (`urgent-number`). */
  urgentNumber?: string | number;
  /**
   * Whether checklists and quizzes keep their progress on this device: `true` or `''` under
   * the default key, `false` not at all, other text under that key (`persist`).
   */
  persist?: string | boolean;
  /**
   * The widgets' language where neither the element nor an ancestor below `<html>` sets
   * `lang`, e.g. `es`; it wins over the `<html lang>` (`lang`).
   */
  lang?: string;
  /**
   * The referral levels at which quizzes show the site's own action: `see-doctor`, `urgent`
   * or `soon` (`action-levels`). Never `emergency`.
   */
  actionLevels?: string;
  /** The same as `emergencyNumber`, named as the attribute. */
  'emergency-number'?: string | number;
  /** The same as `urgentNumber`, named as the attribute. */
  'urgent-number'?: string | number;
  /** The same as `actionLevels`, named as the attribute. */
  'action-levels'?: string;
}

/** A language tag such as `es`, `en-GB` or `zh-Hant-TW`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i;

const configured = new Map<PageSettingKey, string>();
const fromMeta = new Map<PageSettingKey, string>();
const listeners = new Set<() => void>();
/** The meta's content when last read; compared so that an unchanged meta costs nothing. */
let metaText: string | undefined;
/** Watches the head while any element listens; until then the meta is read on each use. */
let headObserver: MutationObserver | undefined;
/** Bumped by every change, so an element back on the page knows whether it missed one. */
let version = 0;

/** One warning for whatever `source` ignored: an unknown name, a value of the wrong type, no object at all. */
function warn(source: string, what: string): void {
  console.warn(`pushup-widgets: ${source} ignored ${what}; settings are ${KEYS} (or camelCase), as text or numbers.`);
}

/**
 * Sets `name`'s setting in `settings` from `value`: text as it is, a finite number as its
 * text, and `persist` also `true` or `false`; `undefined` or `null` (a framework's "not
 * set") removes it. Anything else, an unknown name, or a value its attribute would refuse,
 * is left out with one warning. Never calls anything on `value` (a hostile object may throw).
 */
function accept(settings: Map<PageSettingKey, string>, name: string, value: unknown, source: string): void {
  // camelCase to the attribute's name; an attribute's name stays as it is.
  const key = name.replace(/[A-Z]/g, '-$&').toLowerCase() as PageSettingKey;
  if (!KEYS.includes(key)) return warn(source, `"${name}"`);
  if (value == null) return void settings.delete(key);
  // `Number.isFinite` converts nothing, so a hostile object's `valueOf` is never called.
  if (typeof value !== 'string' && !Number.isFinite(value) && !(key === 'persist' && typeof value === 'boolean')) {
    return warn(source, `"${name}"`);
  }
  let text = String(value).trim();
  if (key === 'lang' && text && !LANGUAGE_TAG.test(text)) return warn(source, `lang "${text}", not a language tag`);
  if (key === 'action-levels') {
    const { value: levels, problem } = readActionLevels(text);
    if (problem) console.warn(`pushup-widgets: ${source}: action-levels ${problem}.`);
    text = levels.join(' ');
  }
  settings.set(key, text);
}

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Reads every `<meta name="pushup-widgets">` in the head (later ones win); returns whether they changed. */
function readMeta(): boolean {
  const metas = document.head?.querySelectorAll<HTMLMetaElement>('meta[name="pushup-widgets"]') ?? [];
  const text = Array.from(metas, (meta) => meta.content).join(';');
  if (text === metaText) return false;
  metaText = text;
  version += 1;
  fromMeta.clear();
  for (const part of text.split(';')) {
    const [name, ...value] = part.split('=');
    // `a=b=c` keeps `b=c`; a bare name (`persist`) is an empty value, as an attribute is.
    if (name.trim()) accept(fromMeta, name.trim(), value.join('=').trim(), '<meta name="pushup-widgets">');
  }
  return true;
}

/**
 * Merges `settings` over the page's earlier ones, for the widgets shown now and later; a key
 * set to `undefined` (or `null`) is removed, so the meta's value for it applies again. Each
 * unknown key, and each value that is neither text nor a number, is ignored with one
 * `console.warn` naming it. Never throws, whatever it is given.
 *
 * @example configure({ emergencyNumber: '112', urgentNumber: '111' });
 */
export function configure(settings: PageSettings): void {
  let entries: [string, unknown][] | undefined;
  try {
    // Read whole before anything applies: a Proxy that throws half way changes nothing.
    if (settings && typeof settings === 'object') entries = Object.entries(settings);
  } catch {
    // Said below, as for a string or `null`.
  }
  if (!entries) return warn('configure()', 'its argument');
  const before = JSON.stringify([...configured]);
  for (const [name, value] of entries) accept(configured, name, value, 'configure()');
  if (JSON.stringify([...configured]) !== before) changed();
}

/**
 * The page's value for `key`, as an attribute would hold it: from `configure()`, else from
 * the meta, else `undefined`. Text is trimmed, and checked where a bad value would mislead
 * (`lang`, `action-levels`); `''` is a value (it hides the meta's). The element reads it as
 * it reads its attribute, where that attribute is absent.
 */
export function pageSetting(key: PageSettingKey): string | undefined {
  // Unwatched, the meta is read afresh (one query of the head); watched, it is kept current.
  if (!isServer && !headObserver && typeof document === 'object') readMeta();
  return configured.has(key) ? configured.get(key) : fromMeta.get(key);
}

/** Calls `listener` on every change while it is subscribed; the first one starts watching the head. */
function subscribe(listener: () => void): void {
  if (isServer) return;
  listeners.add(listener);
  const head = document.head;
  if (headObserver || !head) return;
  // One observer for the page, its callback one query of the head per batch of changes.
  headObserver = new MutationObserver(() => readMeta() && changed());
  headObserver.observe(head, { childList: true, subtree: true, attributeFilter: ['name', 'content'] });
  readMeta();
}

/** Stops calling `listener`; the last one stops watching the head. */
function unsubscribe(listener: () => void): void {
  listeners.delete(listener);
  if (listeners.size) return;
  headObserver?.disconnect();
  headObserver = undefined;
}

/**
 * Re-renders its host whenever the page settings change while the host is connected (a
 * later `configure()`, a meta added or changed), or calls `onChange` instead. The host
 * reads them with `pageSetting()`.
 *
 * @example
 * constructor() { super(); new PageSettingsController(this); }
 * get emergency() { return this.emergencyNumber ?? pageSetting('emergency-number'); }
 */
export class PageSettingsController implements ReactiveController {
  readonly #update: () => void;
  /** The settings' version when the host left the page. */
  #seen = version;

  /** Adds itself to `host`. */
  constructor(host: ReactiveControllerHost, onChange = () => host.requestUpdate()) {
    this.#update = onChange;
    host.addController(this);
  }

  /** Subscribes to the page settings, and catches up with any change made while the host was away. */
  hostConnected(): void {
    subscribe(this.#update);
    // Moved or back on the page: re-rendered only if the settings changed meanwhile.
    if (this.#seen !== version) this.#update();
  }

  /** Unsubscribes: a removed element is neither updated nor kept alive. */
  hostDisconnected(): void {
    unsubscribe(this.#update);
    this.#seen = version;
  }
}

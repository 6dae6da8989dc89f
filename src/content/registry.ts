/**
 * Which content an element shows: the built-in English, a translation for its locale,
 * the site's own overrides, and the element's own `content` patch, merged in that order
 * and checked at each step. Invalid input never replaces valid content: the step is
 * skipped and its problems are returned for one clear console error.
 *
 * The check (`check.ts`: the validator and the red-flag lock) is loaded on first need, so
 * a page that supplies no content never fetches it. Until it arrives, a patch waits: the
 * element shows the content checked so far, and every element re-resolves on arrival.
 * The shipped translations are checked by the test suite instead, and merged directly.
 *
 * Pure module state, no DOM: usable in Node and safe to import on a server.
 */
import type { checkPatch as CheckPatch } from './check.js';
import { enCore } from './en-core.js';
import { mergeContent } from './merge.js';
import type { Content, ContentPatch } from './types.js';

/** A translation, given as a patch or as a function that loads one on demand. */
export type LocaleSource = ContentPatch | (() => Promise<ContentPatch | { default: ContentPatch }>);

/** Content ready to render, and what was wrong with any input that was skipped. */
export interface ResolvedContent {
  content: Content;
  /** Each problem names the bad field; empty when every input was valid. */
  errors: string[];
  /** A patch waits for the check to load; `content` is what was checked before it. */
  pending?: boolean;
}

/**
 * The locales the package ships besides English, each its own module, loaded only when an
 * element resolves to it: the English bundle does not grow with them.
 */
const builtInLocales: readonly [string, LocaleSource][] = [['es', () => import('./es.js')]];
const shippedSources = new Set(builtInLocales.map(([, source]) => source));

let checkPatch: typeof CheckPatch | undefined;
let checkLoad: Promise<void> | undefined;

const localeSources = new Map<string, LocaleSource>(builtInLocales);
const loadedLocales = new Map<string, ContentPatch>();
const pendingLoads = new Map<string, Promise<void>>();
/** Locales whose load failed and was reported: said once, tried again on the next request. */
const failedLocales = new Set<string>();
const sitePatches: { patch: ContentPatch; locale: string | undefined }[] = [];
const listeners = new Set<() => void>();
/** Resolved site content by base content, then by locale; valid while `version` holds. */
const siteCache = new WeakMap<Content, { version: number; byLocale: Map<string, ResolvedContent> }>();

/** Bumped by every registration, so cached site content is resolved again. */
let cacheVersion = 0;

function changed(): void {
  cacheVersion += 1;
  for (const listener of listeners) listener();
}

/**
 * Loads the content check once; when it arrives, every element resolves its content again.
 * A load that fails is said once per attempt, leaves the checked content on screen, and is
 * tried again by the next patch that needs it.
 */
export function loadContentCheck(): Promise<void> {
  checkLoad ??= import('./check.js').then(
    (module) => {
      checkPatch = module.checkPatch;
      changed();
    },
    (error: unknown) => {
      checkLoad = undefined;
      console.warn('pushup-widgets: could not load the content check; showing the built-in content.', error);
    },
  );
  return checkLoad;
}

/** Calls `listener` whenever registered content or locales change; returns an unsubscribe. */
export function onContentChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Adds a translation (or any other locale). `source` may be a patch or a loader such as
 * `() => import('./fr.js')`, which runs only when an element first needs that locale.
 */
export function registerLocale(locale: string, source: LocaleSource): void {
  if (typeof locale !== 'string' || locale.trim() === '') {
    console.error('pushup-widgets: registerLocale() needs a language tag such as "fr"; nothing was registered.');
    return;
  }
  const key = locale.trim().toLowerCase();
  localeSources.set(key, source);
  loadedLocales.delete(key);
  failedLocales.delete(key);
  changed();
}

/**
 * Merges a site-wide patch over the defaults for every element on the page (or only
 * for `options.locale`). Invalid patches are skipped with their problems reported by
 * the elements.
 */
export function registerContent(patch: ContentPatch, options: { locale?: string } = {}): void {
  const locale: unknown = typeof options === 'object' && options !== null ? options.locale : undefined;
  if (locale !== undefined && typeof locale !== 'string') {
    console.error('pushup-widgets: registerContent() takes { locale: "fr" } or no options; nothing was registered.');
    return;
  }
  sitePatches.push({ patch, locale: locale?.toLowerCase() });
  changed();
}

/** Forgets every registered locale and site patch, keeping the shipped locales; for tests and hot reloads. */
export function resetRegisteredContent(): void {
  localeSources.clear();
  for (const [locale, source] of builtInLocales) localeSources.set(locale, source);
  loadedLocales.clear();
  pendingLoads.clear();
  failedLocales.clear();
  sitePatches.length = 0;
  changed();
}

/**
 * The supported locale that best fits a BCP 47 tag: the tag itself, else its language
 * (`es` for `es-MX`), else `en`.
 */
export function matchLocale(tag: string | null | undefined): string {
  const wanted = (tag ?? '').trim().toLowerCase();
  if (!wanted) return enCore.locale;
  const candidates = [wanted, wanted.split('-')[0]];
  return candidates.find((candidate) => candidate === enCore.locale || localeSources.has(candidate)) ?? enCore.locale;
}

/** Whether `locale` still has to be loaded before `resolveContent` can show it. */
export function needsLoading(locale: string): boolean {
  const source = localeSources.get(locale);
  return typeof source === 'function' && !loadedLocales.has(locale);
}

/**
 * Loads a registered locale's translation once; calls made while it loads share that
 * load. A load that fails is reported once per locale with a console warning, resolves
 * (the English content stays), and is tried again on the next call.
 */
export function loadLocale(locale: string): Promise<void> {
  const source = localeSources.get(locale);
  if (typeof source !== 'function' || loadedLocales.has(locale)) return Promise.resolve();
  let pending = pendingLoads.get(locale);
  if (!pending) {
    pending = Promise.resolve()
      .then(source)
      .then(
        (loaded) => {
          const patch = typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : loaded;
          loadedLocales.set(locale, patch as ContentPatch);
          failedLocales.delete(locale);
          changed();
        },
        (error: unknown) => {
          if (!failedLocales.has(locale)) {
            failedLocales.add(locale);
            console.warn(`pushup-widgets: could not load the "${locale}" locale; showing English until it loads.`, error);
          }
        },
      )
      .finally(() => pendingLoads.delete(locale));
    pendingLoads.set(locale, pending);
  }
  return pending;
}

/**
 * The patch without the collections `base` does not have: an element that shows no quiz
 * ignores a translation's or a site's questions and outcomes rather than rejecting them.
 */
function forBase(patch: unknown, base: Content): unknown {
  if (typeof patch !== 'object' || patch === null) return patch;
  const kept: Record<string, unknown> = { ...patch };
  for (const collection of ['questions', 'outcomes'] as const) {
    if (base[collection].length === 0) delete kept[collection];
  }
  return kept;
}

/**
 * Merges `patch` over the resolved content when the result is valid and weakens no red
 * flag; otherwise keeps the content as it was and adds the problems, each naming its field.
 * A `shipped` translation (checked by the test suite) is merged without the check. Never
 * throws: input that cannot even be read is reported like any other problem.
 */
function applyPatch(resolved: ResolvedContent, patch: unknown, label: string, shipped = false): ResolvedContent {
  if (patch === undefined || patch === null) return resolved;
  const check = shipped ? () => [] : checkPatch;
  if (!check) {
    void loadContentCheck();
    return { ...resolved, pending: true };
  }
  let errors: string[];
  let merged: Content | undefined;
  try {
    merged = mergeContent(resolved.content, forBase(patch, resolved.content) as ContentPatch);
    errors = check(resolved.content, merged);
  } catch (error) {
    errors = [`could not be read (${error instanceof Error ? error.message : String(error)})`];
  }
  if (errors.length > 0 || !merged) {
    return { ...resolved, errors: [...resolved.errors, `${label}: ${errors.join('; ')}`] };
  }
  return { ...resolved, content: merged };
}

function siteContent(locale: string, base: Content): ResolvedContent {
  let cache = siteCache.get(base);
  if (cache?.version !== cacheVersion) {
    cache = { version: cacheVersion, byLocale: new Map() };
    siteCache.set(base, cache);
  }
  const cached = cache.byLocale.get(locale);
  if (cached) return cached;
  let resolved: ResolvedContent = { content: base, errors: [] };
  if (locale !== base.locale) {
    const source = localeSources.get(locale);
    const translation = typeof source === 'function' ? loadedLocales.get(locale) : source;
    const shipped = source !== undefined && shippedSources.has(source);
    if (translation) resolved = applyPatch(resolved, { ...translation, locale }, `locale "${locale}"`, shipped);
  }
  for (const { patch, locale: only } of sitePatches) {
    if (only === undefined || only === locale) resolved = applyPatch(resolved, patch, 'registerContent()');
  }
  cache.byLocale.set(locale, resolved);
  return resolved;
}

/**
 * The content for `locale` (as returned by `matchLocale`) with an element's own patch
 * merged over it. `base` is the English content the element needs: `enCore` unless it
 * asks for more (the quiz passes `en`, with its questions and outcomes). Until a lazily
 * loaded locale arrives, its English fallback is used.
 */
export function resolveContent(locale: string, elementPatch?: unknown, base: Content = enCore): ResolvedContent {
  return applyPatch(siteContent(locale, base), elementPatch, 'content property');
}

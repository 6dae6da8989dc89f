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
import { COLLECTIONS, mergeContent, WHOLE_SHAPE, type ContentLike } from './merge.js';
import type { Content, ContentPatch, ContentShape } from '../types.js';

/** A translation, given as a patch or as a function that loads one on demand. */
export type LocaleSource = ContentPatch | (() => Promise<ContentPatch | { default: ContentPatch }>);

/** Content ready to render, and what was wrong with any input that was skipped. */
export interface ResolvedContent<T extends ContentLike = Content> {
  content: T;
  /** Each problem names the bad field; empty when every input was valid. */
  errors: string[];
  /** A patch waits for the check to load; `content` is what was checked before it. */
  pending?: boolean;
}

/**
 * The locales the package ships besides English, each its own module, loaded only when an
 * element resolves to it: the English bundle does not grow with them.
 */
const builtInLocales: readonly [string, LocaleSource][] = [['es', () => import('../es.js')]];
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
/** Resolved site content by base content, then by locale; valid while `version` and `shape` hold. */
const siteCache = new WeakMap<
  ContentLike,
  { version: number; shape: ContentShape; byLocale: Map<string, ResolvedContent<ContentLike>> }
>();

/** The locale of the built-in content, and the fallback for every other. */
const ENGLISH = 'en';

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
  if (!wanted) return ENGLISH;
  const candidates = [wanted, wanted.split('-')[0]];
  return candidates.find((candidate) => candidate === ENGLISH || localeSources.has(candidate)) ?? ENGLISH;
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
 * The patch cut to `shape`: without the collections the element does not show, and each
 * item without the fields it does not read. A checklist ignores a translation's or a
 * site's questions and variation details rather than checking them. Anything that is not
 * a record is kept as it is, for the check to name.
 */
function cutToShape(patch: unknown, shape: ContentShape): unknown {
  if (typeof patch !== 'object' || patch === null) return patch;
  const kept: Record<string, unknown> = { ...patch };
  for (const collection of COLLECTIONS) {
    const fields = shape[collection];
    const items = kept[collection];
    if (!fields) delete kept[collection];
    else if (fields !== 'all' && Array.isArray(items)) {
      kept[collection] = items.map((item: unknown) =>
        typeof item === 'object' && item !== null
          ? Object.fromEntries(fields.filter((field) => field in item).map((field) => [field, (item as Record<string, unknown>)[field]]))
          : item,
      );
    }
  }
  return kept;
}

/** What a patch is merged over and checked against: the element's English content and its shape. */
interface Base {
  content: ContentLike;
  shape: ContentShape;
}

/**
 * Merges `patch` over the resolved content when the result is valid and weakens no red
 * flag; otherwise keeps the content as it was and adds the problems, each naming its field.
 * A `shipped` translation (checked by the test suite) is merged without the check. Never
 * throws: input that cannot even be read is reported like any other problem.
 */
function applyPatch(
  resolved: ResolvedContent<ContentLike>,
  patch: unknown,
  label: string,
  base: Base,
  shipped = false,
): ResolvedContent<ContentLike> {
  if (patch === undefined || patch === null) return resolved;
  const check = shipped ? () => [] : checkPatch;
  if (!check) {
    void loadContentCheck();
    return { ...resolved, pending: true };
  }
  let errors: string[];
  let merged: ContentLike | undefined;
  try {
    merged = mergeContent(resolved.content, cutToShape(patch, base.shape) as ContentPatch);
    errors = check(resolved.content, merged, Object.keys(base.content.strings), base.shape);
  } catch (error) {
    errors = [`could not be read (${error instanceof Error ? error.message : String(error)})`];
  }
  if (errors.length > 0 || !merged) {
    return { ...resolved, errors: [...resolved.errors, `${label}: ${errors.join('; ')}`] };
  }
  return { ...resolved, content: merged };
}

function siteContent(locale: string, base: Base): ResolvedContent<ContentLike> {
  let cache = siteCache.get(base.content);
  if (cache?.version !== cacheVersion || cache.shape !== base.shape) {
    cache = { version: cacheVersion, shape: base.shape, byLocale: new Map() };
    siteCache.set(base.content, cache);
  }
  const cached = cache.byLocale.get(locale);
  if (cached) return cached;
  let resolved: ResolvedContent<ContentLike> = { content: base.content, errors: [] };
  if (locale !== base.content.locale) {
    const source = localeSources.get(locale);
    const translation = typeof source === 'function' ? loadedLocales.get(locale) : source;
    const shipped = source !== undefined && shippedSources.has(source);
    if (translation) resolved = applyPatch(resolved, { ...translation, locale }, `locale "${locale}"`, base, shipped);
  }
  for (const { patch, locale: only } of sitePatches) {
    if (only === undefined || only === locale) resolved = applyPatch(resolved, patch, 'registerContent()', base);
  }
  cache.byLocale.set(locale, resolved);
  return resolved;
}

/**
 * The content for `locale` (as returned by `matchLocale`) with an element's own patch
 * merged over it. `base` is the English content the element shows (`enChecklist`, say),
 * and `shape` the part of a `Content` it is (`checklistShape`); every patch is cut to that
 * shape and checked as such. Without a shape, `base` is a whole `Content` (`en`). Until a
 * lazily loaded locale arrives, its English fallback is used.
 */
export function resolveContent<T extends ContentLike>(
  locale: string,
  elementPatch: unknown,
  base: T,
  shape: ContentShape = WHOLE_SHAPE,
): ResolvedContent<T> {
  const target = { content: base, shape };
  return applyPatch(siteContent(locale, target), elementPatch, 'content property', target) as ResolvedContent<T>;
}

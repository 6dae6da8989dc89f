/**
 * Following the page's `color-scheme` at run time. An element uses the reader's light or
 * dark preference unless the page (or an ancestor) sets `color-scheme`; a site's dark-mode
 * toggle changes that at any moment. Reading a computed style forces the browser to
 * update styles, so every connected element is read in one batch per frame, after the
 * page has changed (a class, style or theme attribute, a stylesheet, the preference),
 * never once per element as it connects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomStates } from './custom-states.js';

/** An element that follows the page's scheme: `followPageScheme(true)` while the page sets one. */
interface SchemeFollower {
  readonly element: Element;
  followPageScheme(pageSetsScheme: boolean): void;
}

/** Attributes sites use to switch themes; a change to any of them may change the scheme. */
const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-color-scheme', 'data-mode', 'data-bs-theme', 'media', 'disabled'];

/** Each follower and the document it was followed in (by disconnect time it may have moved). */
const followers = new Map<SchemeFollower, Document>();
/** Each watched document's stop function and how many followers it has. */
const watchedDocuments = new Map<Document, { stop: () => void; followers: number }>();
let batchPending = false;

/**
 * The element the host's scheme inherits from: its parent, a shadow host, or the root.
 * Node types, not `instanceof`: an element moved into an iframe meets that frame's classes.
 */
function inheritsFrom(host: Element): Element | null {
  const parent = host.parentNode;
  if (parent?.nodeType === 1) return parent as Element;
  const root = host.getRootNode() as Partial<ShadowRoot>;
  if (root.nodeType === 11 && root.host) return root.host;
  return host.ownerDocument.documentElement;
}

function readAll(): void {
  batchPending = false;
  // Every read first, then every write: the writes would otherwise force a style update
  // per read. Siblings share a parent, read once.
  const byParent = new Map<Element, boolean>();
  const results = [...followers.keys()].flatMap((host) => {
    const { element } = host;
    const from = element.isConnected ? inheritsFrom(element) : null;
    const view = element.ownerDocument.defaultView;
    if (!from || !view) return [];
    let pageSetsScheme = byParent.get(from);
    if (pageSetsScheme === undefined) {
      const scheme = view.getComputedStyle(from).colorScheme;
      pageSetsScheme = Boolean(scheme) && scheme !== 'normal';
      byParent.set(from, pageSetsScheme);
    }
    return [[host, pageSetsScheme] as const];
  });
  for (const [host, pageSetsScheme] of results) host.followPageScheme(pageSetsScheme);
}

/** Reads every follower in the next frame (or at once where there are no frames). */
function scheduleRead(): void {
  if (batchPending) return;
  batchPending = true;
  const frame = globalThis.requestAnimationFrame;
  if (typeof frame === 'function') frame(readAll);
  else queueMicrotask(readAll);
}

/** Watches one document for the changes that can switch its scheme; returns the stop function. */
function watchDocument(document: Document): () => void {
  const view = document.defaultView;
  const observer = new (view?.MutationObserver ?? MutationObserver)(scheduleRead);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: THEME_ATTRIBUTES, subtree: true });
  if (document.head) observer.observe(document.head, { childList: true });
  const preference = view?.matchMedia?.('(prefers-color-scheme: dark)');
  preference?.addEventListener?.('change', scheduleRead);
  return () => {
    observer.disconnect();
    preference?.removeEventListener?.('change', scheduleRead);
  };
}

/** Starts following the page's scheme for `host`, and reads it in the next batch. */
function followScheme(host: SchemeFollower): void {
  const document = host.element.ownerDocument;
  if (followers.has(host) || !document.documentElement) return;
  followers.set(host, document);
  const watched = watchedDocuments.get(document) ?? { stop: watchDocument(document), followers: 0 };
  watched.followers += 1;
  watchedDocuments.set(document, watched);
  scheduleRead();
}

/**
 * Stops following for `host`; a document with no followers left is no longer watched, so
 * nothing stays listening after the elements are gone.
 */
function unfollowScheme(host: SchemeFollower): void {
  const document = followers.get(host);
  if (!document) return;
  followers.delete(host);
  const watched = watchedDocuments.get(document);
  if (!watched) return;
  watched.followers -= 1;
  if (watched.followers > 0) return;
  watched.stop();
  watchedDocuments.delete(document);
}

/**
 * Turns its host's custom state `page-scheme` on while the page (or an ancestor) sets
 * `color-scheme`, which the theme then follows instead of the reader's preference.
 */
export class ColorSchemeController implements ReactiveController, SchemeFollower {
  readonly element: ReactiveControllerHost & Element;
  readonly #states: CustomStates;

  constructor(host: ReactiveControllerHost & Element, states: CustomStates) {
    this.element = host;
    this.#states = states;
    host.addController(this);
  }

  hostConnected(): void {
    followScheme(this);
  }

  hostDisconnected(): void {
    unfollowScheme(this);
  }

  followPageScheme(pageSetsScheme: boolean): void {
    this.#states.set('page-scheme', pageSetsScheme);
  }
}

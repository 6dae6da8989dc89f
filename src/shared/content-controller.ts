import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatString } from '../content/registry/format.js';
import type { ContentLike } from '../content/registry/merge.js';
import { loadLocale, matchLocale, needsLoading, onContentChange, resolveContent } from '../content/registry/registry.js';
import type { ContentShape } from '../content/types.js';
import type { FirstRenderHost } from './first-render.js';
import { pageSetting, PageSettingsController } from './page-settings.js';
import { describeValue, warningKey } from './property-values.js';

/** The element a controller serves: its `content` patch, and a first render it can hold while a translation loads. */
type Host = ReactiveControllerHost & HTMLElement & FirstRenderHost & { content?: unknown };

/** Content with the strings an element shows; `invalidContent` names a problem. */
type ElementContentLike = ContentLike & { strings: { invalidContent: string } };

const controllers = new Set<ContentController<ElementContentLike>>();
let langObserver: MutationObserver | undefined;
/** The roots observed: every document and shadow root an element with content sits in. */
const observedRoots = new Set<Node>();

/** The roots `element` sits in, innermost first: its shadow roots, then its document. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    roots.push(root.nodeType === 9 ? (root as Document).documentElement : root);
    if (!(root as Partial<ShadowRoot>).host) break;
  }
  return roots;
}

/**
 * One observer for the page: a `lang` change on the element, on any ancestor, or inside
 * any enclosing shadow root (another component's) re-resolves every element's locale.
 */
function watchLang(controller: ContentController<ElementContentLike>, host: Element): void {
  controllers.add(controller);
  langObserver ??= new MutationObserver(() => {
    for (const each of controllers) each.refresh();
  });
  for (const root of rootsOf(host)) {
    if (!root || observedRoots.has(root)) continue;
    observedRoots.add(root);
    langObserver.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(controller: ContentController<ElementContentLike>): void {
  controllers.delete(controller);
  if (controllers.size > 0) return;
  langObserver?.disconnect();
  observedRoots.clear();
}

/**
 * The element's own `lang`, else the nearest ancestor's (across shadow roots) below the
 * document's `<html>`, else the page's `lang` setting, else the `<html lang>`, else ''.
 * The setting wins over `<html lang>`, which every page has (often a theme's default),
 * so that it can apply at all; a `lang` nearer the element still wins over it.
 */
function inheritedLang(element: Element): string {
  let node: Element | null = element;
  let root: string | null = '';
  while (node) {
    const lang = node.getAttribute('lang');
    if (node === node.ownerDocument.documentElement) root = lang;
    else if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return pageSetting('lang') || root || '';
}

/**
 * Gives an element its content: the locale from `lang` (own, else nearest ancestor's,
 * with the page's `lang` setting before the `<html lang>`, else `en`), the site's
 * registered overrides, and the host's `content` property, merged and validated.
 * Re-renders the host when any of them changes. Invalid content is reported once with
 * `console.error` and the last valid content stays.
 */
export class ContentController<T extends ElementContentLike> implements ReactiveController {
  /** The locale being shown, e.g. `en`. */
  locale: string;
  /** The content being shown. */
  content: T;

  readonly #host: Host;
  readonly #base: T;
  readonly #shape: ContentShape;
  #unsubscribe?: () => void;
  #resolvedFor?: { locale: string; patch: unknown; version: number };
  #version = 0;
  #lastErrors = '';
  /** The wrong-typed `content` values warned about, so each is said once. */
  readonly #warnedTypes = new Set<string>();

  /**
   * `base` is the English content the host shows (`enChecklist`, say) and `shape` the part
   * of a `Content` that is (`checklistShape`): other elements' content is never loaded.
   */
  constructor(host: Host, base: T, shape: ContentShape) {
    this.#host = host;
    this.#base = base;
    this.#shape = shape;
    this.content = base;
    this.locale = base.locale;
    host.addController(this);
    // A page's `lang` set or changed later reaches an element already shown.
    new PageSettingsController(host, () => this.refresh());
  }

  get strings(): T['strings'] {
    return this.content.strings;
  }

  /** A locale string with its `{placeholders}` filled. */
  format(key: keyof T['strings'], values: Readonly<Record<string, string | number>> = {}): string {
    return formatString((this.content.strings as Record<keyof T['strings'], string>)[key], values);
  }

  hostConnected(): void {
    // A locale or content registered later reaches this element too: the locale is matched
    // again (a locale registered now may fit its `lang`), then the content resolved again.
    this.#unsubscribe = onContentChange(() => {
      this.#version += 1;
      this.refresh();
      this.#host.requestUpdate();
    });
    watchLang(this, this.#host);
    this.refresh();
    // Resolved now, not at the first update: a host restoring saved progress on connect
    // reads it against the site's registered content, not the defaults.
    this.hostUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    unwatchLang(this);
  }

  /** Re-reads the locale; called when any `lang` on the page changes. */
  refresh(): void {
    const locale = matchLocale(inheritedLang(this.#host));
    // A first render waits for the translation (a while at most); later, the content on
    // screen stays until it arrives. A load that fails is said once per locale by the
    // registry, and tried again on the next request.
    if (needsLoading(locale)) this.#host.holdFirstRender(loadLocale(locale));
    if (locale !== this.locale) {
      this.locale = locale;
      this.#host.requestUpdate();
    }
  }

  hostUpdate(): void {
    let patch = this.#host.content;
    if (patch !== null && patch !== undefined && (typeof patch !== 'object' || Array.isArray(patch))) {
      // Not a patch at all (text, a number, a list): said once, and the content shown stays.
      const key = warningKey('content', patch);
      if (!this.#warnedTypes.has(key)) {
        console.warn(`<${this.#host.localName}>: content: ${describeValue(patch)} is not a content patch (an object), so it is ignored.`);
      }
      this.#warnedTypes.add(key);
      patch = this.#resolvedFor?.patch;
    }
    const last = this.#resolvedFor;
    if (last && last.locale === this.locale && last.patch === patch && last.version === this.#version) return;
    this.#resolvedFor = { locale: this.locale, patch, version: this.#version };
    const { content, errors } = resolveContent(this.locale, patch, this.#base, this.#shape);
    this.content = content;
    const report = errors.join('\n');
    if (report && report !== this.#lastErrors) {
      console.error(`<${this.#host.localName}>: ${content.strings.invalidContent}\n${report}`);
    }
    this.#lastErrors = report;
  }
}

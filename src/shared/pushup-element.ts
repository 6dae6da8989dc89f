import { adoptStyles, LitElement, type CSSResultOrNative, type PropertyDeclarations } from 'lit';
import type { PushupEventDetail, PushupEventMap } from './events.js';
import { followScheme, unfollowScheme } from './page-scheme.js';
import { readHeadingLevel, warningKey, type HeadingLevel } from './property-values.js';

/**
 * How long a first render waits for the translation of the element's language before it
 * shows English (and switches when the translation arrives): the block period browsers
 * give a web font.
 */
const TRANSLATION_WAIT_MS = 3000;

/** Style sheets built in another document's window, per element class and document. */
const sheetsByDocument = new WeakMap<object, WeakMap<Document, CSSStyleSheet[]>>();

function cssTextOf(style: CSSResultOrNative): string {
  if ('cssText' in style) return style.cssText;
  return [...style.cssRules].map((rule) => rule.cssText).join('\n');
}

/**
 * The light base class of every element: a `define()` that never throws on a second
 * registration, a typed `emit()`, custom states for styling, styles that survive a move
 * to another document, the page's `color-scheme` followed at run time, `heading-level`,
 * and console warnings given once per value.
 */
export class PushupElement extends LitElement {
  /**
   * Reactive properties, declared here rather than with decorators: what ships is what
   * TypeScript emits, with no decorator helper. Each element declares its own the same way,
   * with the JSDoc on the field, where the manifest analyzer reads it; Lit merges a
   * subclass's with these. (A getter, not a `static properties` field: lit-analyzer reads
   * only the getter, and checks the templates' attributes against it.)
   */
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { attribute: 'heading-level' },
    };
  }

  /**
   * Registers this class under `tag`. A tag that is already defined (the bundle loaded
   * twice, or a page that defined it first) is left as it is.
   */
  static define(tag: string, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
    if (!registry || registry.get(tag)) return;
    registry.define(tag, this);
  }

  /**
   * The level of the element's top heading, 1 to 6 (default 2), so the widget fits the
   * page's outline; the headings inside follow it. Anything else falls back to 2 with one
   * console warning.
   */
  headingLevel: number | string | null = 2;

  #internals?: ElementInternals;
  readonly #warned = new Set<string>();
  /** What the first render waits for: see `holdFirstRender()`. */
  #hold?: Promise<unknown>;

  /** The top heading's level, from `headingLevel`, clean. */
  protected get level(): HeadingLevel {
    const { level, problem } = readHeadingLevel(this.headingLevel);
    if (problem) this.warnOnce(warningKey('heading-level', this.headingLevel), `heading-level ${problem}; using 2.`);
    return level;
  }

  /** A heading level `offset` below the top one, at most 6. */
  protected levelBelow(offset: number): HeadingLevel {
    return Math.min(6, this.level + offset) as HeadingLevel;
  }

  /**
   * Fires a bubbling, composed event from the host and returns it, so a caller can
   * check `defaultPrevented` on a cancelable one.
   */
  protected emit<K extends keyof PushupEventMap>(
    name: K,
    detail: PushupEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): PushupEventMap[K] {
    const event = new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }) as PushupEventMap[K];
    this.dispatchEvent(event);
    return event;
  }

  /** Warns in the console once per `key` for this element: a bad value is named once, not on every render. */
  protected warnOnce(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** Turns a custom state (`:host(:state(name))`) on or off, where the browser has them. */
  protected setState(name: string, on: boolean): void {
    // Nothing to turn off before a state was first on: no internals attached for it.
    if (!on && !this.#internals) return;
    try {
      this.#internals ??= this.attachInternals();
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // Older engines lack CustomStateSet; the state is a styling hook only.
    }
  }

  /**
   * Holds the first render until `until` settles, for 3 seconds at most, with the custom
   * state `locale-pending` on meanwhile: a widget in another language then never shows
   * English first, nor moves the page when its translation replaces it. The content
   * controller calls it while the element's locale loads; later renders are not held.
   * @internal
   */
  holdFirstRender(until: Promise<unknown>): void {
    // The latest wins: a `lang` changed before the first render wants that locale.
    if (!this.hasUpdated) this.#hold = until;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const hold = this.#hold;
    if (this.hasUpdated || !hold) return super.scheduleUpdate();
    this.#hold = undefined;
    this.setState('locale-pending', true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise((resolve) => (timer = setTimeout(resolve, TRANSLATION_WAIT_MS)));
    return Promise.race([hold, waited]).then(() => {
      clearTimeout(timer);
      this.setState('locale-pending', false);
      return super.scheduleUpdate();
    });
  }

  /**
   * Called by the page-scheme watcher: follow the page's `color-scheme` when it sets one.
   * @internal
   */
  followPageScheme(pageSetsScheme: boolean): void {
    this.setState('page-scheme', pageSetsScheme);
  }

  /**
   * Whether the element arrived with a shadow root rendered on a server (Lit SSR's
   * declarative shadow DOM), which its first update hydrates. Hydration needs that first
   * render to match the server's, so state only this browser has (saved progress) is
   * applied in the update after it: see `firstUpdated()` in the elements.
   */
  protected get serverRendered(): boolean {
    return this.#serverRendered;
  }

  #serverRendered = false;

  override connectedCallback(): void {
    // Before Lit creates the render root: a root already here came from the server.
    if (!this.hasUpdated) this.#serverRendered = this.shadowRoot !== null;
    super.connectedCallback();
    followScheme(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowScheme(this);
  }

  /**
   * The shadow root, styled for the document the element is in. Constructed style sheets
   * belong to the document that made them, so an element first connected in another
   * document (an iframe, say an editor's) gets sheets built in that document.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.#inAnotherDocument) {
      const serverNodes = [...(this.shadowRoot?.childNodes ?? [])];
      const root = super.createRenderRoot();
      // A server-rendered root that Lit will render into rather than hydrate (its hydrate
      // support is not loaded, as with the CDN bundle): Lit renders before the server's
      // nodes, so they go, or the widget would show twice. (Hydration keeps them.)
      const { renderBefore } = this.renderOptions;
      if (renderBefore && serverNodes.includes(renderBefore)) {
        for (const node of serverNodes) node.remove();
        this.renderOptions.renderBefore = root.firstChild;
      }
      return root;
    }
    const elementClass = this.constructor as typeof PushupElement;
    const root = this.shadowRoot ?? this.attachShadow(elementClass.shadowRootOptions);
    this.#adoptStyles(root);
    return root;
  }

  /** Moved to another document (`adoptNode`, an iframe): its style sheets follow. */
  adoptedCallback(): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (root && 'adoptedStyleSheets' in root) this.#adoptStyles(root);
  }

  /** Whether the element's document has a window of its own (an iframe's), unlike the one the styles were made in. */
  get #inAnotherDocument(): boolean {
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    return Boolean(view && view.CSSStyleSheet !== globalThis.CSSStyleSheet);
  }

  /** Gives `root` the element's styles as sheets of its own document, each built once per document. */
  #adoptStyles(root: ShadowRoot): void {
    const elementClass = this.constructor as typeof PushupElement;
    const styles = elementClass.elementStyles;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!view || !this.#inAnotherDocument) {
      adoptStyles(root, styles);
      return;
    }
    let byDocument = sheetsByDocument.get(elementClass);
    if (!byDocument) sheetsByDocument.set(elementClass, (byDocument = new WeakMap()));
    let sheets = byDocument.get(this.ownerDocument);
    if (!sheets) {
      sheets = styles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(cssTextOf(style));
        return sheet;
      });
      byDocument.set(this.ownerDocument, sheets);
    }
    root.adoptedStyleSheets = sheets;
  }
}

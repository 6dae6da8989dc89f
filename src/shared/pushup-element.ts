import { LitElement, type PropertyDeclarations } from 'lit';
import { CustomStates } from './custom-states.js';
import type { PushupEventDetail, PushupEventMap } from './events.js';
import { FirstRenderHold, inFirstRenderSlot, startSlice, type FirstRenderHost } from './first-render.js';
import { ColorSchemeController } from './page-scheme.js';
import { readHeadingLevel, settingAttribute, warningKey, type HeadingLevel } from './property-values.js';
import { adoptDocumentStyles, createRenderRoot } from './render-root.js';

/**
 * The small core every element shares: a `define()` that never throws on a second
 * registration, a typed `emit()`, `heading-level`, console warnings given once per value,
 * and custom states (`states`). What it delegates: the page's `color-scheme`
 * (`ColorSchemeController`), the first render's wait for a translation
 * (`FirstRenderHold`, `FirstRenderHost`), and a render root styled for the element's
 * document (`render-root.ts`).
 *
 * What every element has, documented once here (the manifest gives it to each element):
 *
 * @attr {string} lang - Locale of the text; else the nearest ancestor's `lang`, else English.
 *
 * @cssprop [--pushup-text=#1b1f24] - Body text colour. Dark scheme: `#e8eaed`.
 * @cssprop [--pushup-surface=#ffffff] - Background colour. Dark scheme: `#17191d`.
 * @cssprop [--pushup-radius=0.5rem] - Corner radius.
 * @cssprop [--pushup-spacing=1rem] - Base spacing unit.
 * @cssprop [--pushup-font=inherit] - Font family; inherits the page's by default.
 * @cssprop [--pushup-focus=var(--pushup-accent)] - Focus ring colour.
 * @cssprop [--pushup-reserve=0] - The height the element keeps while its first render waits for
 *   its translation (and, with the README's `:not(:defined)` rule, before it is defined).
 *
 * @cssstate locale-pending - The first render waits, 3 seconds at most, for the translation of
 *   the element's language; the element keeps the height `--pushup-reserve` gives it.
 * @cssstate render-pending - On a page with many widgets, the first render waits for a task
 *   with room for it (a few milliseconds); the element keeps the height `--pushup-reserve`
 *   gives it.
 */
export class PushupElement extends LitElement implements FirstRenderHost {
  /**
   * Reactive properties, declared here rather than with decorators: what ships is what
   * TypeScript emits, with no decorator helper. Each element declares its own the same way,
   * with the JSDoc on the field, where the manifest analyzer reads it; Lit merges a
   * subclass's with these. (A getter, not a `static properties` field: lit-analyzer reads
   * only the getter, and checks the templates' attributes against it.)
   */
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { attribute: 'heading-level', reflect: true, converter: settingAttribute(2) },
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

  /** The element's custom states (`:host(:state(name))`). */
  protected readonly states = new CustomStates(this);
  readonly #warned = new Set<string>();
  readonly #firstRender = new FirstRenderHold(this.states);

  constructor() {
    super();
    new ColorSchemeController(this, this.states);
  }

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

  /**
   * Holds the first render until `until` settles, for 3 seconds at most, with the custom
   * state `locale-pending` on meanwhile: the content controller calls it while the
   * element's locale loads. Later renders are not held.
   * @internal
   */
  holdFirstRender(until: Promise<unknown>): void {
    if (!this.hasUpdated) this.#firstRender.hold(until);
  }

  /**
   * A first render waits for the element's translation, and for a slice of the page's time
   * (see `first-render.ts`); one inside another of our elements (a quiz's variation cards)
   * renders with it, so the two never show half done.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    const inOurs = (this.getRootNode() as Partial<ShadowRoot>).host instanceof PushupElement;
    const render = (): void | Promise<unknown> =>
      inOurs
        ? super.scheduleUpdate()
        : inFirstRenderSlot(
            () => super.scheduleUpdate(),
            (waiting) => this.states.set('render-pending', waiting),
          );
    const held = this.#firstRender.wait();
    return held ? held.then(render) : render();
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
    if (!this.hasUpdated) {
      this.#serverRendered = this.shadowRoot !== null;
      // The time its first render may take is counted from here, as it is this task's work.
      startSlice();
    }
    super.connectedCallback();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return createRenderRoot(this, () => super.createRenderRoot());
  }

  /** Moved to another document (`adoptNode`, an iframe): its style sheets follow. */
  adoptedCallback(): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (root && 'adoptedStyleSheets' in root) adoptDocumentStyles(this, root);
  }
}

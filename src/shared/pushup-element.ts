import { LitElement } from 'lit';
import type { PushupEventDetail, PushupEventMap } from './events.js';

/**
 * The light base class of every element: a `define()` that never throws on a second
 * registration, a typed `emit()`, and custom states for styling.
 */
export class PushupElement extends LitElement {
  /**
   * Registers this class under `tag`. A tag that is already defined (the bundle loaded
   * twice, or a page that defined it first) is left as it is.
   */
  static define(tag: string, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
    if (!registry || registry.get(tag)) return;
    registry.define(tag, this);
  }

  #internals?: ElementInternals;

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

  /** Turns a custom state (`:host(:state(name))`) on or off, where the browser has them. */
  protected setState(name: string, on: boolean): void {
    try {
      this.#internals ??= this.attachInternals();
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // Older engines lack CustomStateSet; the state is a styling hook only.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Follow the page's color-scheme when it sets one; otherwise the user's preference.
    const parent = this.parentElement ?? document.documentElement;
    const pageScheme = getComputedStyle(parent).colorScheme;
    this.setState('page-scheme', Boolean(pageScheme) && pageScheme !== 'normal');
  }
}

import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Which of an element's named slots a page filled: a child of the host carries its name in
 * `slot`. Read from the host's children, not from a slot's assigned nodes, so that a slot
 * and its wrapper render only when there is something to show (no empty gap): a slot not
 * rendered fires no `slotchange`. Re-renders the host when its children or their `slot`
 * change. A server-rendered host is hydrated as the server saw it, with nothing slotted (a
 * server reads no light DOM), and shows what the page slotted in the update after.
 */
export class SlotContent implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer?: MutationObserver;
  /** Hydrating the server's render: no slot is filled until it is done. */
  #hydrating: boolean;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    // A declarative shadow root is attached before the element is upgraded.
    this.#hydrating = !isServer && host.shadowRoot !== null;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(this.#host, { childList: true, subtree: true, attributeFilter: ['slot'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdated(): void {
    if (!this.#hydrating) return;
    this.#hydrating = false;
    // An update of its own once hydration has completed, not one scheduled from inside it.
    void this.#host.updateComplete.then(() => this.#host.requestUpdate());
  }

  /** Whether the page put something in the slot `name`. */
  has(name: string): boolean {
    return !isServer && !this.#hydrating && this.#host.querySelector(`:scope>[slot="${name}"]`) !== null;
  }
}

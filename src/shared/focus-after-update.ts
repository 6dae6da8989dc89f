import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus once the next render is on screen: an element names where focus should go
 * (`moveTo('result')`), and after its update the first match of that target's selector
 * in its shadow root takes focus. Named targets keep the selectors in one place.
 */
export class FocusAfterUpdate<Target extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #selectors: Readonly<Record<Target, string>>;
  #next?: Target;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, selectors: Readonly<Record<Target, string>>) {
    this.#host = host;
    this.#selectors = selectors;
    host.addController(this);
  }

  /** Focus goes to `target` after the next update (the latest call wins). */
  moveTo(target: Target): void {
    this.#next = target;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#next;
    this.#next = undefined;
    if (target) this.#host.renderRoot.querySelector<HTMLElement>(this.#selectors[target])?.focus();
  }
}

/**
 * An element's custom states, the `:host(:state(name))` hooks its styles and a site's read.
 * The `ElementInternals` they live in is attached when a state is first turned on: an
 * element that never turns one on attaches none.
 */
export class CustomStates {
  readonly #host: HTMLElement;
  #internals?: ElementInternals;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** Turns the state `name` on or off, where the browser has custom states. */
  set(name: string, on: boolean): void {
    // Nothing to turn off before a state was first on.
    if (!on && !this.#internals) return;
    try {
      this.#internals ??= this.#host.attachInternals();
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // Older engines lack CustomStateSet; the state is a styling hook only.
    }
  }
}

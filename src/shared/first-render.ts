import type { CustomStates } from './custom-states.js';

/**
 * How long a first render waits for the translation of the element's language before it
 * shows English (and switches when the translation arrives): the block period browsers
 * give a web font.
 */
const TRANSLATION_WAIT_MS = 3000;

/** An element whose first render can be held: what `ContentController` needs of its host. */
export interface FirstRenderHost {
  /** Holds the first render until `until` settles (3 seconds at most); later renders are not held. */
  holdFirstRender(until: Promise<unknown>): void;
}

/**
 * What an element's first render waits for: the translation of its language, so that a
 * widget in another language never shows English first, nor moves the page when its
 * translation replaces it. The custom state `locale-pending` is on while it waits.
 */
export class FirstRenderHold {
  readonly #states: CustomStates;
  #until?: Promise<unknown>;

  constructor(states: CustomStates) {
    this.#states = states;
  }

  /** Holds the first render until `until` settles. The latest wins: a `lang` changed before the first render wants that locale. */
  hold(until: Promise<unknown>): void {
    this.#until = until;
  }

  /** A promise the first render waits for, or `undefined` when nothing holds it. */
  wait(): Promise<void> | undefined {
    const until = this.#until;
    if (!until) return undefined;
    this.#until = undefined;
    this.#states.set('locale-pending', true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise((resolve) => (timer = setTimeout(resolve, TRANSLATION_WAIT_MS)));
    return Promise.race([until, waited]).then(() => {
      clearTimeout(timer);
      this.#states.set('locale-pending', false);
    });
  }
}

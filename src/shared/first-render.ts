import type { CustomStates } from './custom-states.js';

/**
 * How long a first render waits for the translation of the element's language before it
 * shows English (and switches when the translation arrives): the block period browsers
 * give a web font.
 */
const TRANSLATION_WAIT_MS = 3000;

/**
 * How long a task may run elements' first renders, counted from the first element it
 * connected, before the next first renders wait for a task of their own: a page with many
 * widgets then never blocks a reader's click for long, and paints as it goes. 50 ms is
 * where browsers start to count a task as long; a page with a few widgets renders in one
 * task.
 */
const SLICE_MS = 50;

/** When this task began connecting or rendering elements; cleared when the task ends. */
let sliceStart: number | undefined;
/** The next task, which first renders past the slice wait for. */
let nextTask: Promise<void> | undefined;

/**
 * A new task, after this one (and a frame's rendering, where one is due): a timer, whose
 * order every engine keeps (WebKit may deliver a `MessageChannel` message later than
 * timers set after it).
 */
function afterThisTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Starts this task's slice, if it has none: called as an element connects, and before a first render. */
export function startSlice(): void {
  if (sliceStart !== undefined || nextTask) return;
  sliceStart = performance.now();
  void afterThisTask().then(() => (sliceStart = undefined));
}

/** `undefined` when a first render may run now; else the next task, to wait for and ask again. */
function firstRenderSlot(): Promise<void> | undefined {
  if (nextTask) return nextTask;
  startSlice();
  if (performance.now() - (sliceStart ?? 0) < SLICE_MS) return undefined;
  nextTask = afterThisTask().then(() => {
    nextTask = undefined;
    sliceStart = undefined;
  });
  return nextTask;
}

/**
 * Runs `render` (an element's first update) at once, unless this task has rendered first
 * updates for a slice already: then in a later task, as soon as one has room. `waiting` is
 * told when the render starts to wait and, just before it runs, that it no longer does.
 */
export function inFirstRenderSlot(
  render: () => void | Promise<unknown>,
  waiting: (on: boolean) => void,
): void | Promise<unknown> {
  const slot = firstRenderSlot();
  if (!slot) return render();
  waiting(true);
  const next = (): void | Promise<unknown> => {
    const again = firstRenderSlot();
    if (again) return again.then(next);
    waiting(false);
    return render();
  };
  return slot.then(next);
}

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

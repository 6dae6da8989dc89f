/**
 * The frame page's side of the messages (see `frame-messages.ts`): it tells the embedding
 * page its height whenever that changes, and relays every widget event, so a parent script
 * can size the frame to its content and hear the widget as if it were on the page.
 */
import type { PushupEventMap } from '../shared/events.js';
import { EVENT_MESSAGE, HEIGHT_MESSAGE, isMeasureRequest, type FrameMessage } from './frame-messages.js';

/** Every event of the library; typed against `PushupEventMap`, so a new event cannot be left out. */
const EVENTS: Record<keyof PushupEventMap, true> = {
  'pushup-checklist-change': true,
  'pushup-checklist-complete': true,
  'pushup-quiz-answer': true,
  'pushup-quiz-complete': true,
  'pushup-quiz-restart': true,
  'pushup-variation-select': true,
};

/** The relayed events' names. */
export const RELAYED_EVENTS = Object.keys(EVENTS) as (keyof PushupEventMap)[];

/**
 * Starts reporting `view`'s height and its widgets' events to the window that embeds it,
 * each message carrying `frame` when given. Does nothing in a page that is not in a frame.
 */
export function reportToParent(view: Window, frame?: string): void {
  const { parent, document } = view;
  if (parent === view) return;
  const post = (message: FrameMessage): void => {
    try {
      // '*': the frame cannot know its embedder's origin (the page may be on any site), and
      // what it says is no secret: a height, and the ids and counts the widgets' events
      // already carry for any listener on the page. It never sends a reader's own words.
      parent.postMessage(frame === undefined ? message : { ...message, frame }, '*');
    } catch {
      // A detail that cannot be cloned is not relayed; the widget works on.
    }
  };

  let reported = 0;
  const reportHeight = (): void => {
    // The root's box, not its scrollHeight, which is never less than the frame's own height:
    // a frame taller than its content could then never shrink.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported || height <= 0) return;
    reported = height;
    post({ type: HEIGHT_MESSAGE, height });
  };
  new ResizeObserver(reportHeight).observe(document.documentElement);

  for (const name of RELAYED_EVENTS) {
    document.addEventListener(name, (event) => {
      post({ type: EVENT_MESSAGE, event: name, detail: (event as CustomEvent).detail });
    });
  }

  // A parent script that arrives after the frame has loaded missed its height: it asks.
  view.addEventListener('message', (event) => {
    if (event.source !== parent || !isMeasureRequest(event.data)) return;
    reported = 0;
    reportHeight();
  });
}

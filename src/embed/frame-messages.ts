/**
 * The messages between the frame page (`dist/embed.html`) and the page that embeds it, the
 * one contract both sides read: what the frame says (its height, each widget event), what
 * the parent may ask (a height again), and the checks the parent runs on everything it
 * receives. Nothing here touches the DOM.
 *
 * - `{ type: 'pushup-widgets:height', height, frame? }`: the frame's content height, whole
 *   CSS pixels, sent when it changes.
 * - `{ type: 'pushup-widgets:event', event, detail, frame? }`: a widget event, by name
 *   (`pushup-quiz-complete`), with the same `detail` as the element's own event: ids and
 *   counts, nothing a reader typed.
 * - `{ type: 'pushup-widgets:measure' }`, from the parent: say the height again (a parent
 *   script that loads after the frame has missed the first one).
 *
 * `frame` echoes the frame page's `frame` parameter, for a parent that tells several frames
 * apart without comparing `event.source`.
 */

export const HEIGHT_MESSAGE = 'pushup-widgets:height';
export const EVENT_MESSAGE = 'pushup-widgets:event';
export const MEASURE_MESSAGE = 'pushup-widgets:measure';

/** What a relayed event's `detail` may hold: the shapes the library's event details have. */
export type RelayedValue = string | number | boolean | string[];

export interface FrameHeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The frame document's full content height, in whole CSS pixels. */
  height: number;
  frame?: string;
}

export interface FrameEventMessage {
  type: typeof EVENT_MESSAGE;
  /** The event's name, as the element fires it: `pushup-quiz-complete`. */
  event: string;
  detail: Record<string, RelayedValue>;
  frame?: string;
}

export type FrameMessage = FrameHeightMessage | FrameEventMessage;

/** A height no widget reaches (an emergency result at 280 px is under 3,000). */
const MAX_HEIGHT = 100_000;
const EVENT_NAME = /^pushup-[a-z-]+$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isRelayedValue = (value: unknown): value is RelayedValue =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/**
 * `data` as a frame message when every field has the type the contract gives it, else
 * `undefined`: a height is a finite number above 0 and under 100,000; an event's name is
 * `pushup-` and lower-case words; its detail a plain object of strings, finite numbers,
 * booleans and lists of strings. (A message is a structured clone: plain data, with no
 * getter or method to run.)
 */
export function readFrameMessage(data: unknown): FrameMessage | undefined {
  if (!isPlainObject(data)) return undefined;
  const { type, frame } = data;
  if (frame !== undefined && typeof frame !== 'string') return undefined;
  const echo = frame === undefined ? {} : { frame };
  if (type === HEIGHT_MESSAGE) {
    const { height } = data;
    return typeof height === 'number' && Number.isFinite(height) && height > 0 && height < MAX_HEIGHT
      ? { type, height, ...echo }
      : undefined;
  }
  if (type === EVENT_MESSAGE) {
    const { event, detail } = data;
    if (typeof event !== 'string' || !EVENT_NAME.test(event) || !isPlainObject(detail)) return undefined;
    return Object.values(detail).every(isRelayedValue)
      ? { type, event, detail: detail as Record<string, RelayedValue>, ...echo }
      : undefined;
  }
  return undefined;
}

/** Whether `data` is the parent's request for the height. */
export const isMeasureRequest = (data: unknown): boolean => isPlainObject(data) && data.type === MEASURE_MESSAGE;

/**
 * The embedding page's side of the messages (see `frame-messages.ts`): `dist/embed-frame.js`,
 * and the autoloader when a page has a frame of the widgets. It sizes every `<iframe>` of the
 * frame page to its content and fires the widgets' events on that `<iframe>`.
 *
 * A message counts only when it comes from the window of an `<iframe>` on the page whose
 * address is an `embed.html` over http(s), and from that address's origin (a frame that
 * navigated elsewhere is no longer heard), and when every field has its type. Anything else
 * is ignored without a word. Nothing received is evaluated or written as markup: a height
 * becomes a number of pixels, an event a `CustomEvent` carrying the cloned detail.
 */
import { HEIGHT_MESSAGE, MEASURE_MESSAGE, readFrameMessage, type FrameMessage } from './frame-messages.js';

/** Set on the window by the first listener, so the autoloader and embed-frame.js on one page fire each event once. */
const INSTALLED = Symbol.for('pushup-widgets.frames');

/** The frame page's address in `iframe`, when it is one (an http(s) `…/embed.html`). */
export function framePageUrl(iframe: Pick<HTMLIFrameElement, 'src'>): URL | undefined {
  try {
    const url = new URL(iframe.src);
    return /^https?:$/.test(url.protocol) && /\/embed\.html$/.test(url.pathname) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The frame among `iframes` that sent a message from `source` at `origin`, with the
 * message read, or `undefined` when the message does not count.
 */
export function acceptFrameMessage(
  iframes: Iterable<Pick<HTMLIFrameElement, 'src' | 'contentWindow'>>,
  { source, origin, data }: Pick<MessageEvent, 'source' | 'origin' | 'data'>,
): { iframe: HTMLIFrameElement; message: FrameMessage } | undefined {
  if (!source) return undefined;
  for (const iframe of iframes) {
    if (iframe.contentWindow !== source) continue;
    if (framePageUrl(iframe)?.origin !== origin) return undefined;
    const message = readFrameMessage(data);
    return message && { iframe: iframe as HTMLIFrameElement, message };
  }
  return undefined;
}

/** Sets `iframe`'s height so that its content fits with no scrollbar, whatever its box-sizing. */
function fit(iframe: HTMLIFrameElement, height: number): void {
  const style = getComputedStyle(iframe);
  const edges =
    style.boxSizing === 'border-box'
      ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(
          (sum, side) => sum + (Number.parseFloat(style[side as 'paddingTop']) || 0),
          0,
        )
      : 0;
  iframe.style.height = `${height + edges}px`;
}

/**
 * Listens to the frames of `view`'s page (once per window, however often it is called),
 * and asks those already loaded for their height.
 */
export function listenToFrames(view: Window = window): void {
  const flags = view as unknown as Record<symbol, boolean>;
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;
  const iframes = view.document.getElementsByTagName('iframe');
  view.addEventListener('message', (event) => {
    const accepted = acceptFrameMessage(iframes, event);
    if (!accepted) return;
    const { iframe, message } = accepted;
    if (message.type === HEIGHT_MESSAGE) fit(iframe, message.height);
    else iframe.dispatchEvent(new CustomEvent(message.event, { detail: message.detail, bubbles: true, composed: true }));
  });
  for (const iframe of iframes) {
    const url = framePageUrl(iframe);
    // To the frame page's origin only: a frame still loading, or gone elsewhere, is not asked.
    if (url) iframe.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, url.origin);
  }
}

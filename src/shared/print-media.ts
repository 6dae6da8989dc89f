/**
 * Whether the page is being printed: so an element can leave out on screen what only paper
 * shows (the checklist's pictures in closed explanations) and still print it. Before the
 * browser lays the page out for print it fires `beforeprint`, and Lit's update runs in the
 * microtasks right after it; `matchMedia('print')` covers print emulation, which fires no
 * `beforeprint`. One set of listeners serves every connected element, and goes with the
 * last of them. On a server, never.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
/** `beforeprint` came and `afterprint` not yet. */
let printing = false;
let stop: (() => void) | undefined;
/** The print media query, read live (print emulation changes it without any event). */
let printMedia: MediaQueryList | undefined;

function update(now: boolean): void {
  if (now === printing) return;
  printing = now;
  for (const host of hosts) host.requestUpdate();
}

function listen(): void {
  const media = (printMedia ??= globalThis.matchMedia?.('print'));
  if (!media) return;
  const onChange = (): void => update(media.matches);
  const before = (): void => update(true);
  media.addEventListener?.('change', onChange);
  globalThis.addEventListener('beforeprint', before);
  globalThis.addEventListener('afterprint', onChange);
  stop = () => {
    media.removeEventListener?.('change', onChange);
    globalThis.removeEventListener('beforeprint', before);
    globalThis.removeEventListener('afterprint', onChange);
    stop = undefined;
    printing = false;
  };
}

export class PrintMedia implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** True while the page is printed (or print is emulated). */
  get active(): boolean {
    if (isServer) return false;
    printMedia ??= globalThis.matchMedia?.('print');
    return printing || Boolean(printMedia?.matches);
  }

  hostConnected(): void {
    if (isServer) return;
    hosts.add(this.#host);
    if (!stop) listen();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) stop?.();
  }
}

/**
 * Whether the page is being printed: so an element can leave out on screen what only paper
 * shows (the checklist's pictures in closed explanations) and still print it. Before the
 * browser lays the page out for print it fires `beforeprint`, and Lit's update runs in the
 * microtasks right after it; `matchMedia('print')` covers print emulation, which fires no
 * `beforeprint`. One set of listeners serves every element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let printing = false;
let listening = false;

function update(now: boolean): void {
  if (now === printing) return;
  printing = now;
  for (const host of hosts) host.requestUpdate();
}

function listen(): void {
  if (listening || typeof window === 'undefined' || !window.matchMedia) return;
  listening = true;
  const media = window.matchMedia('print');
  printing = media.matches;
  media.addEventListener?.('change', () => update(media.matches));
  window.addEventListener('beforeprint', () => update(true));
  window.addEventListener('afterprint', () => update(media.matches));
}

export class PrintMedia implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** True while the page is printed (or print is emulated). */
  get active(): boolean {
    listen();
    return printing;
  }

  hostConnected(): void {
    listen();
    hosts.add(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }
}

/**
 * The benchmark's server (scripts/static-server.mjs) on 127.0.0.1: the built bundle under
 * `/dist/` and the benchmark pages and fixtures under `/bench/`. Every response is
 * cross-origin isolated (COOP `same-origin`, COEP `require-corp`), which gives the pages
 * `performance.now()` at 5 µs instead of 100 µs: a checklist toggle is a fraction of a
 * millisecond.
 *
 * Our own server, not tachometer's: tachometer 0.7's cannot send those headers; with URL
 * benchmarks tachometer starts none of its own.
 */
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../scripts/static-server.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts the server on a free port; resolves to `{ origin, close }`. */
export function startServer() {
  return startStaticServer({ roots: ['/dist/', '/bench/'], crossOriginIsolated: true });
}

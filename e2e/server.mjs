/**
 * The end-to-end tests' server (scripts/static-server.mjs) on 127.0.0.1: the built bundle
 * under `/dist/` (and the same file again under `/copy/`, to load it twice from two
 * addresses), and the fixture pages under `/e2e/pages/`. Every request is logged, so a
 * test can tell what a page fetched. `?csp=strict` (or `?csp=dup`) on a page adds a strict
 * Content-Security-Policy with Trusted Types (`dup` also allows duplicate policies).
 */
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../scripts/static-server.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bundlePath = '/dist/pushup-widgets.min.js';

/** The policy of the issue, word for word; `dup` adds `'allow-duplicates'` to `trusted-types`. */
export const cspPolicies = {
  strict:
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html",
  dup:
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
};

/**
 * Starts the server on a free port; resolves to `{ origin, requests, close }`, `requests`
 * being every request as it arrived, in order: `{ method, path }` (pathname and search).
 */
export function startServer() {
  return startStaticServer({
    roots: ['/dist/', '/e2e/pages/'],
    aliases: { '/copy/pushup-widgets.min.js': bundlePath },
    log: true,
    csp: cspPolicies,
  });
}

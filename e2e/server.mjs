/**
 * A static server on 127.0.0.1 for the end-to-end tests: the built bundle under `/dist/`
 * (and the same file again under `/copy/`, to load it twice from two addresses), and the
 * fixture pages under `/e2e/pages/`. Every request is logged, so a test can tell what a
 * page fetched. `?csp=strict` (or `?csp=dup`) on a page adds a strict
 * Content-Security-Policy with Trusted Types (`dup` also allows duplicate policies).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file a request path names inside `dist/` or `e2e/pages/`, else undefined. */
function fileFor(pathname) {
  const path = pathname === '/copy/pushup-widgets.min.js' ? bundlePath : pathname;
  if (!path.startsWith('/dist/') && !path.startsWith('/e2e/pages/')) return undefined;
  const file = normalize(join(root, decodeURIComponent(path)));
  return file.startsWith(root) && !file.split(sep).includes('..') ? file : undefined;
}

/** Starts the server on a free port; resolves to `{ origin, requests, close }`. */
export async function startServer() {
  /** Every request: `{ method, path }`, in order. */
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: request.method, path: url.pathname + url.search });
    // Browsers ask every site for a favicon; an empty answer keeps a 404 out of the console.
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    let file;
    try {
      file = fileFor(url.pathname);
    } catch {
      file = undefined;
    }
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    let body;
    try {
      body = await readFile(file);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    const csp = cspPolicies[url.searchParams.get('csp') ?? ''];
    if (csp && extname(file) === '.html') headers['Content-Security-Policy'] = csp;
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

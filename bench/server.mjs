/**
 * The benchmark's static server on 127.0.0.1: the built bundle under `/dist/` and the
 * benchmark pages and fixtures under `/bench/`. Every response is cross-origin isolated
 * (COOP `same-origin`, COEP `require-corp`), which gives the pages `performance.now()` at
 * 5 µs instead of 100 µs: a checklist toggle is a fraction of a millisecond.
 *
 * Our own server, not tachometer's: tachometer 0.7's cannot send those headers; with URL
 * benchmarks tachometer starts none of its own.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file a request path names inside `dist/` or `bench/`, else undefined. */
function fileFor(pathname) {
  if (!pathname.startsWith('/dist/') && !pathname.startsWith('/bench/')) return undefined;
  const file = normalize(join(root, decodeURIComponent(pathname)));
  return file.startsWith(root) && !file.split(sep).includes('..') ? file : undefined;
}

/** Starts the server on a free port; resolves to `{ origin, close }`. */
export async function startServer() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
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
    let body;
    try {
      body = file && (request.method === 'GET' || request.method === 'HEAD') ? await readFile(file) : undefined;
    } catch {
      body = undefined;
    }
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      })
      .end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

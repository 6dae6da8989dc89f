/**
 * The one static server of the repository, for the demo (scripts/serve-demo.mjs, `npm
 * start`, `npm run lighthouse`), the end-to-end tests (e2e/server.mjs) and the benchmark
 * (bench/server.mjs): `startStaticServer(options)` serves files of the repository on
 * 127.0.0.1 and resolves to `{ origin, port, requests, close }`.
 *
 * Built on @web/dev-server (`startDevServer`), with everything that would change a file
 * turned off: no `watch` (so no injected event-stream/WebSocket script), no `nodeResolve`
 * (no rewritten bare imports), no esbuild, no config file or CLI arguments read. Files go
 * out byte for byte, so the demo page's strict Content-Security-Policy holds. The options
 * are Koa middleware in front of its file serving:
 *
 * - Only paths under `roots` are served; anything else, `..` or `.` segments (raw or
 *   percent-encoded), dot-files and node_modules are 404, as is dev-server's own
 *   `/__wds-outside-root__/` door to the parent folders.
 * - Compression is ours: @web/dev-server compresses nothing (it has no koa-compress; its
 *   koa-static `brotli`/`gzip` options, off anyway, only pick up precompressed `.br`/`.gz`
 *   files). The demo sends text as a CDN does, brotli else gzip, so that Lighthouse
 *   measures what readers get.
 * - The listening socket is ours too (dev-server's `middlewareMode`): its own `start()`
 *   listens on every interface when asked for 127.0.0.1.
 * - Every response: its own content type (below), `Cache-Control: no-store`, `nosniff`,
 *   no ETag, so a rebuild shows on the next load and no request is answered from a cache.
 */
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, posix } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import { root as repoRoot } from './entries.mjs';

const host = '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** Types worth compressing: text. */
const compressible = /^(?:text\/|application\/(?:json|javascript)|image\/svg)/;

/** The decoded path when it is one a static server may serve (no `..`, `.`, `//`, dot-file, node_modules, NUL), else undefined. */
function safePath(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\') || posix.normalize(decoded) !== decoded) {
    return undefined;
  }
  return decoded.split('/').some((segment) => segment.startsWith('.') || segment === 'node_modules') ? undefined : decoded;
}

/**
 * @param {object} [options]
 * @param {string[]} [options.roots]  URL prefixes served, e.g. `['/dist/', '/e2e/pages/']` (default `['/']`: the repository).
 * @param {Record<string, string>} [options.aliases]  A path served as another, e.g. `{ '/copy/x.js': '/dist/x.js' }`.
 * @param {Record<string, string>} [options.redirects]  A path answered with a 302 to another, e.g. `{ '/': '/demo/' }`.
 * @param {boolean} [options.compress]  Brotli, else gzip, for text, by Accept-Encoding.
 * @param {boolean} [options.log]  Record every request, as it arrives, in `requests`: `{ method, path }` (`path` is pathname and search).
 * @param {Record<string, string>} [options.csp]  `?csp=<name>` on an HTML page sends `csp[name]` as its Content-Security-Policy.
 * @param {boolean} [options.crossOriginIsolated]  COOP `same-origin` and COEP `require-corp` on every response.
 * @param {boolean} [options.favicon]  Answer `/favicon.ico` with an empty 204 (default true), keeping a 404 out of the console.
 * @param {number} [options.port]  0 (default) for any free port; else this one, or the next free of the following `portTries - 1`.
 * @param {number} [options.portTries]
 * @param {string} [options.rootDir]  The folder URLs are resolved in (default: the repository).
 * @returns {Promise<{ origin: string, port: number, requests: { method: string, path: string }[], close: () => Promise<void> }>}
 */
export async function startStaticServer({
  roots = ['/'],
  aliases = {},
  redirects = {},
  compress = false,
  log = false,
  csp = {},
  crossOriginIsolated = false,
  favicon = true,
  port = 0,
  portTries = 1,
  rootDir = repoRoot,
} = {}) {
  const requests = [];

  /** Before dev-server sees a request: the log, the fixed headers, and every refusal. */
  const guard = async (ctx, next) => {
    const url = new URL(ctx.url, `http://${host}`);
    if (log) requests.push({ method: ctx.method, path: url.pathname + url.search });
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (crossOriginIsolated) {
      ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
      ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD');
      return;
    }
    if (favicon && url.pathname === '/favicon.ico') {
      ctx.status = 204;
      return;
    }
    if (Object.hasOwn(redirects, url.pathname)) {
      ctx.redirect(redirects[url.pathname]);
      return;
    }
    // The alias's target, else the path as sent: dev-server decodes it once more, so what
    // it serves is what was checked here (never set ctx.path to a decoded path).
    const requested = aliases[url.pathname] ?? url.pathname;
    const path = safePath(requested);
    if (!path || path.startsWith('/__wds-') || !roots.some((prefix) => path.startsWith(prefix))) {
      ctx.status = 404;
      ctx.body = `Not found: ${url.pathname}\n`;
      return;
    }
    const file = join(rootDir, path);
    // A folder without its slash would resolve its page's relative links against the parent.
    if (!path.endsWith('/') && existsSync(join(file, 'index.html')) && statSync(file).isDirectory()) {
      ctx.status = 301;
      ctx.redirect(`${requested}/${url.search}`);
      return;
    }
    ctx.path = requested;
    await next();
    ctx.remove('ETag');
    ctx.remove('Last-Modified');
    ctx.set('Cache-Control', 'no-store');
    if (ctx.status !== 200 || ctx.body == null) return;
    const ext = path.endsWith('/') ? '.html' : extname(path);
    ctx.type = types[ext] ?? 'application/octet-stream';
    const policy = Object.hasOwn(csp, url.searchParams.get('csp') ?? '') ? csp[url.searchParams.get('csp')] : undefined;
    if (policy && ext === '.html') ctx.set('Content-Security-Policy', policy);
    if (compress && compressible.test(ctx.type)) {
      ctx.vary('Accept-Encoding');
      // Brotli whenever the browser takes it, as a CDN does (Koa's acceptsEncodings() would
      // pick gzip, which Chromium lists first).
      const encoding = ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(ctx.get('Accept-Encoding')));
      if (encoding) {
        const stream =
          encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : createGzip({ level: 9 });
        const body = ctx.body;
        ctx.body = typeof body.pipe === 'function' ? body.pipe(stream) : stream.end(body);
        ctx.set('Content-Encoding', encoding);
        ctx.remove('Content-Length');
      }
    }
  };

  const devServer = await startDevServer({
    config: {
      rootDir,
      hostname: host,
      port: 0,
      // No HTTP server of dev-server's own: ours listens on 127.0.0.1 only (see the header).
      middlewareMode: true,
      middleware: [guard],
      plugins: [],
      nodeResolve: false,
      watch: false,
      injectWebSocket: false,
      disableFileWatcher: true,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const server = createServer(devServer.koaApp.callback());

  /** Listens on `first`, or the next free port, `portTries` ports in all. */
  async function listen(first) {
    for (let candidate = first; ; candidate += 1) {
      try {
        await new Promise((resolve, reject) => {
          server.once('error', reject);
          server.listen(candidate, host, () => {
            server.off('error', reject);
            resolve();
          });
        });
        return;
      } catch (error) {
        if (error.code !== 'EADDRINUSE' || first === 0 || candidate >= first + portTries - 1) {
          await devServer.stop();
          throw error;
        }
      }
    }
  }
  await listen(port);
  const { port: bound } = server.address();
  return {
    origin: `http://${host}:${bound}`,
    port: bound,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      await devServer.stop();
    },
  };
}

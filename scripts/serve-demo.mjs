#!/usr/bin/env node
/**
 * `npm start` (after `npm run build`): serves the repository on 127.0.0.1 so the demo page,
 * demo/index.html, loads the built bundle the way a blog would. Static files only: no
 * transforms and no injected scripts, so the page's strict Content-Security-Policy holds.
 * Text is sent compressed (brotli, else gzip) as a CDN sends it, so `npm run lighthouse`
 * measures the page as readers get it; nothing is cached (`no-store`), so a rebuild shows
 * on the next reload.
 *
 * Port 8000, or the next free one (PORT sets the first to try). Ctrl+C stops it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { minBundle, root } from './entries.mjs';

const host = '127.0.0.1';
const firstPort = Number(process.env.PORT ?? 8000);

if (!existsSync(join(root, minBundle.output))) {
  console.error(`serve-demo: ${minBundle.output} not found; run \`npm run build\` first (\`npm start\` does both).`);
  process.exit(1);
}

/** Types worth compressing: text. */
const compressible = /^(?:text\/|application\/(?:json|javascript)|image\/svg)/;

/** The encoding to send a `type` in, from the request's Accept-Encoding: br, else gzip, else none. */
function encodingFor(type, acceptEncoding = '') {
  if (!compressible.test(type)) return undefined;
  return ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(acceptEncoding));
}

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

/** The file a request path names, or undefined when it is outside the repo or absent. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root) || file.split(sep).includes('node_modules') || file.split(sep).includes('.git')) {
    return undefined;
  }
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return file;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', `http://${host}`);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (pathname === '/') {
    response.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  // `/demo` without its slash would resolve the page's relative links against `/`.
  if (!pathname.endsWith('/') && fileFor(pathname)?.endsWith(`${sep}index.html`) && !pathname.endsWith('.html')) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const encoding = encodingFor(type, request.headers['accept-encoding']);
  response.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(compressible.test(type) && { Vary: 'Accept-Encoding' }),
    ...(encoding && { 'Content-Encoding': encoding }),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const body = createReadStream(file);
  if (encoding === 'br') {
    body.pipe(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })).pipe(response);
  } else if (encoding === 'gzip') body.pipe(createGzip({ level: 9 })).pipe(response);
  else body.pipe(response);
});

server.on('listening', () => {
  server.removeAllListeners('error');
  const { port } = server.address();
  console.log(`Demo: http://${host}:${port}/demo/  (serving ${root}; Ctrl+C to stop)`);
});

/** Listens on `port`, or the next free one (up to 20 further). */
function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < firstPort + 20) listen(port + 1);
    else {
      console.error(`serve-demo: cannot listen on ${host}:${port}: ${error.message}`);
      process.exit(1);
    }
  });
  server.listen(port, host);
}

listen(firstPort);

/**
 * Renders the page on the server with Lit SSR: every widget arrives with its shadow root
 * as declarative shadow DOM, so the reader sees it before any script runs. `client.js`
 * (built by Vite into `dist/`) then hydrates the widgets rather than rendering them again.
 *
 *   npm run build && npm start   # http://localhost:3000
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
// The npm modules, not the CDN bundle: the server defines the same elements the client hydrates.
import 'pushup-widgets';
import { widgets } from './widgets.js';

const dist = new URL('./dist/', import.meta.url).pathname;
const page = readFileSync(join(dist, 'index.html'), 'utf8').replace(
  '<!--widgets-->',
  collectResultSync(render(widgets())),
);
const types = { '.js': 'text/javascript', '.map': 'application/json' };

export const server = createServer((request, response) => {
  const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path.startsWith('/assets/')) {
    try {
      const body = readFileSync(join(dist, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(page);
});

if (process.argv[1] === new URL(import.meta.url).pathname) {
  server.listen(Number(process.env.PORT ?? 3000), () => console.log(`http://localhost:${server.address().port}`));
}

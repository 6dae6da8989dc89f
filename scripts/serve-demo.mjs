#!/usr/bin/env node
/**
 * `npm start` (after `npm run build`): serves the repository on 127.0.0.1 so the demo page,
 * demo/index.html, loads the built bundle the way a blog would. scripts/static-server.mjs
 * does the serving: static files only (no transforms, no injected scripts, so the page's
 * strict Content-Security-Policy holds), text compressed (brotli, else gzip) as a CDN sends
 * it, so `npm run lighthouse` measures the page as readers get it, and nothing cached
 * (`no-store`), so a rebuild shows on the next reload.
 *
 * Port 8000, or the next free one (PORT sets the first to try). Ctrl+C stops it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { minBundle, root } from './entries.mjs';
import { startStaticServer } from './static-server.mjs';

if (!existsSync(join(root, minBundle.output))) {
  console.error(`serve-demo: ${minBundle.output} not found; run \`npm run build\` first (\`npm start\` does both).`);
  process.exit(1);
}

const firstPort = Number(process.env.PORT ?? 8000);
try {
  const { origin } = await startStaticServer({
    redirects: { '/': '/demo/' },
    compress: true,
    favicon: false,
    port: firstPort,
    portTries: 21,
  });
  console.log(`Demo: ${origin}/demo/  (serving ${root}; Ctrl+C to stop)`);
} catch (error) {
  console.error(`serve-demo: cannot listen on 127.0.0.1:${firstPort}: ${error.message}`);
  process.exit(1);
}

/**
 * The end-to-end suite: the BUILT `dist/pushup-widgets.min.js` in real pages served on
 * 127.0.0.1, in one browser. `chromium.e2e.mjs` and `firefox.e2e.mjs` each call
 * `defineSuite()` with their browser; `e2e/run.mjs` (`npm run test:e2e`) builds the bundle
 * when it is missing or older than `src/`, then runs them.
 *
 * This file launches the browser and the server and opens pages; the tests are in
 * `suites/`, one module per concern, each exporting a function that registers its tests
 * given the `suite` context below. What they share is in harness.mjs.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { launch } from '../scripts/browsers.mjs';
import { PAGE } from './harness.mjs';
import { root, startServer } from './server.mjs';
import { autoloaderTests } from './suites/autoloader.mjs';
import { builderTests } from './suites/builder.mjs';
import { cspTests } from './suites/csp.mjs';
import { forcedColourTests } from './suites/forced-colours.mjs';
import { frameTests } from './suites/frame.mjs';
import { fuzzTests } from './suites/fuzz.mjs';
import { instanceTests } from './suites/instances.mjs';
import { narrowViewportTests } from './suites/narrow-viewport.mjs';
import { networkTests } from './suites/network.mjs';
import { propertyTests } from './suites/properties.mjs';
import { storageTests } from './suites/storage.mjs';

export { PROPERTIES } from './harness.mjs';

export function defineSuite(browserName) {
  describe(browserName, () => {
    let browser;
    let server;

    before(async () => {
      assert.ok(
        existsSync(join(root, 'dist/pushup-widgets.min.js')),
        'dist/pushup-widgets.min.js is missing: run `npm run test:e2e` (it builds first) or `npm run build`.',
      );
      server = await startServer();
      browser = await launch(browserName);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A fresh context (own storage) with one page on `path?query`, ready once the elements are defined. */
    async function open(query = '', { path = PAGE, context } = {}) {
      const ownContext = context ?? (await browser.newContext());
      const page = await ownContext.newPage();
      await page.goto(`${server.origin}${path}${query ? `?${query}` : ''}`);
      if (path === PAGE) await page.evaluate(() => window.e2e.ready);
      return { page, context: ownContext, close: () => ownContext.close() };
    }

    /** What each part gets; `server` (its `origin`, its `requests`) exists once `before` has run, so read it in a test. */
    const suite = {
      browserName,
      open,
      get server() {
        return server;
      },
    };

    // In the order the tests have always run (the numbers are the ones docs/elements.md cites).
    propertyTests(suite); // 1.
    fuzzTests(suite); // 2.
    cspTests(suite); // 3.
    storageTests(suite); // 4.
    instanceTests(suite); // 5., 6.
    autoloaderTests(suite); // 10.
    networkTests(suite); // 7.
    forcedColourTests(suite); // 8. (Chromium only)
    narrowViewportTests(suite); // 9.
    frameTests(suite); // 11.
    builderTests(suite); // 12.
  });
}

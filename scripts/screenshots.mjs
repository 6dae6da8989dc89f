#!/usr/bin/env node
/**
 * `npm run screenshots`: the pictures of the widgets the README opens with, taken from the
 * built bundle in Debian's Chromium, so they never go stale: `docs/images/widgets-light.png`
 * and `widgets-dark.png`, 1280 px wide. The page is `scripts/screenshots/page.html`;
 * reduced motion holds each figure still (its top and bottom side by side).
 *
 * Ours rather than a screenshot service: it drives the same Debian Chromium as the tests
 * (`scripts/browsers.mjs`), never a downloaded browser.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';
import { ensureBuilt } from './bundle-freshness.mjs';
import { root } from './entries.mjs';
import { startStaticServer } from './static-server.mjs';

if (!ensureBuilt('screenshots')) process.exit(1);
const out = new URL('docs/images/', `file://${root}`);
mkdirSync(out, { recursive: true });

const server = await startStaticServer({ roots: ['/dist/', '/scripts/screenshots/'] });
const browser = await chromium.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 808 }, colorScheme, reducedMotion: 'reduce' });
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${server.origin}/scripts/screenshots/page.html`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    const file = new URL(`widgets-${colorScheme}.png`, out);
    await page.screenshot({ path: file.pathname, fullPage: false });
    if (problems.length > 0) throw new Error(`screenshots: the page reported trouble:\n${problems.join('\n')}`);
    console.log(`screenshots: wrote ${file.pathname.slice(root.length)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

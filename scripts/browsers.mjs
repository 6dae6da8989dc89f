/**
 * Where Debian's browsers are, and the two the end-to-end tests drive (and the screenshots,
 * the examples and the benchmark's capture), behind one small interface: Debian's
 * Chromium through playwright-core, Debian's Firefox ESR through puppeteer-core (WebDriver
 * BiDi; Playwright cannot drive Debian's Firefox). Nothing here downloads a browser.
 *
 * Each page records what a test asserts on: console messages (`warn`, `error`, …),
 * uncaught errors, and the address of every request the page made. `onNewDocument(fn)`
 * runs `fn` in every document the page loads from then on, frames included, before the
 * document's own scripts.
 */
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

export const browserPaths = {
  chromium: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
};

// Root user and a closed network: no sandbox, no background connections. Shared with the
// unit tests (web-test-runner.config.ts) and the benchmark's capture (bench/capture.mjs).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * What every page wrapper records: its console messages, uncaught errors and requests.
 * Playwright's and Puppeteer's pages name these events, and their fields, alike.
 */
function record(page) {
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (message) => {
    const type = message.type() === 'warning' ? 'warn' : message.type();
    log.console.push({ type, text: message.text() });
  });
  page.on('pageerror', (error) => log.errors.push(String(error?.stack ?? error)));
  page.on('request', (request) => log.requests.push(request.url()));
  return log;
}

function wrapPlaywrightPage(page) {
  return {
    ...record(page),
    raw: page,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    forcedColors: (active) => page.emulateMedia({ forcedColors: active ? 'active' : 'none' }),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    onNewDocument: (fn) => page.addInitScript(fn),
    cookies: () => page.context().cookies(),
    close: () => page.close(),
  };
}

function wrapPuppeteerPage(page) {
  return {
    ...record(page),
    raw: page,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    setViewport: (width, height) => page.setViewport({ width, height }),
    forcedColors: () => {
      throw new Error('Forced colours are emulated in Chromium only.');
    },
    colorScheme: () => {
      throw new Error('prefers-color-scheme is emulated in Chromium only (WebDriver BiDi has no media emulation).');
    },
    onNewDocument: (fn) => page.evaluateOnNewDocument(fn),
    cookies: () => page.cookies(),
    close: () => page.close(),
  };
}

/**
 * Launches `name` (`chromium` or `firefox`). Returns `{ name, newContext(), close() }`; a
 * context has its own storage and `newPage()`, so two pages of one context are two tabs
 * of one site.
 */
export async function launch(name) {
  if (name === 'chromium') {
    const browser = await chromium.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
    return {
      name,
      async newContext() {
        const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
        return {
          newPage: async () => wrapPlaywrightPage(await context.newPage()),
          close: () => context.close(),
        };
      },
      close: () => browser.close(),
    };
  }
  if (name === 'firefox') {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserPaths.firefox,
      headless: true,
      defaultViewport: { width: 1000, height: 800 },
    });
    return {
      name,
      async newContext() {
        const context = await browser.createBrowserContext();
        return {
          newPage: async () => wrapPuppeteerPage(await context.newPage()),
          close: () => context.close(),
        };
      },
      close: () => browser.close(),
    };
  }
  throw new Error(`Unknown browser "${name}"; use chromium or firefox.`);
}

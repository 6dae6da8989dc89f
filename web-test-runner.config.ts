/**
 * Runs every `src/**\/*.test.ts` in Chromium, Firefox ESR and WebKit: the Debian builds,
 * never a downloaded browser. `scripts/test.mjs` finds (or installs) them, starts
 * WebKitWebDriver under Xvfb and passes its port in `WEBKIT_DRIVER_PORT`.
 *
 * Environment:
 * - `BROWSERS`: comma-separated subset of `chromium,firefox,webkit` (default: all three).
 * - `CHROMIUM_BIN`, `FIREFOX_BIN`, `MINIBROWSER_BIN`: override the browser paths.
 * - `PUSHUP_TEST_SUMMARY`: a file to write the closing `N passed, N failed` line to.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, type Reporter, type TestRunnerConfig } from '@web/test-runner';
import type { TestSuiteResult } from '@web/test-runner-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from './scripts/browsers.mjs';

export const browserPaths = {
  chromium: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
  webkit: process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: browserPaths.chromium, headless: true, args: chromiumArgs },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteer as never,
      launchOptions: { browser: 'firefox', executablePath: browserPaths.firefox, headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPaths.webkit, args: ['--automation'] },
      } as never,
    }),
};

/** The browsers as a reader knows them: the launchers report Chrome and MiniBrowser. */
const browserNames: Record<string, string> = { Chrome: 'Chromium', MiniBrowser: 'WebKit' };

/**
 * Counts every test of every browser and writes the closing total line; under
 * scripts/test.mjs, also the name of each failed test (browser › file › suites › test) to
 * the file in `PUSHUP_TEST_FAILURES`, which the closing total lists.
 */
function totalsReporter(): Reporter {
  const count = (
    suite: TestSuiteResult | undefined,
    totals: { passed: number; failed: number },
    path: string[],
    failed: string[],
  ) => {
    if (!suite) return;
    for (const test of suite.tests) {
      if (test.skipped) continue;
      if (test.passed) totals.passed += 1;
      else {
        totals.failed += 1;
        failed.push([...path, test.name].join(' › '));
      }
    }
    for (const child of suite.suites) count(child, totals, [...path, child.name], failed);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      const failed: string[] = [];
      for (const session of sessions) {
        const where = [browserNames[session.browser.name] ?? session.browser.name, relative(process.cwd(), session.testFile)];
        count(session.testResults, totals, where, failed);
        // A file that failed to load counts as a failure, not as silence.
        if (!session.passed && session.errors.length > 0) {
          totals.failed += 1;
          failed.push([...where, `did not run: ${session.errors[0]?.message ?? 'an error'}`].join(' › '));
        }
      }
      if (process.env.PUSHUP_TEST_FAILURES && failed.length > 0) {
        appendFileSync(process.env.PUSHUP_TEST_FAILURES, failed.map((name) => `${name.replace(/\s+/g, ' ')}\n`).join(''));
      }
      const line = `${totals.passed} passed, ${totals.failed} failed`;
      // Under scripts/test.mjs the file feeds its closing line; run alone, print it here.
      if (process.env.PUSHUP_TEST_SUMMARY) writeFileSync(process.env.PUSHUP_TEST_SUMMARY, `${line}\n`);
      else console.log(line);
    },
  };
}

const config: TestRunnerConfig = {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: wanted.map((name) => {
    const launch = launchers[name as keyof typeof launchers];
    if (!launch) throw new Error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox or webkit.`);
    return launch();
  }),
  concurrentBrowsers: 3,
  concurrency: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit's one-time "dev mode" notice is expected here (tests run Lit's development build,
  // for its extra checks); any other console message a test causes still shows.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), totalsReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/test/**'],
    threshold: { statements: 80, branches: 70, functions: 90, lines: 80 },
  },
};

export default config;

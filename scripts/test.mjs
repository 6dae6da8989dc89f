#!/usr/bin/env node
/**
 * `npm test`: runs the whole suite in Chromium, Firefox ESR and WebKit, with coverage.
 *
 * 1. Finds the Debian browsers (or the paths in CHROMIUM_BIN, FIREFOX_BIN,
 *    MINIBROWSER_BIN, WEBKIT_DRIVER_BIN). When any is missing: as root, installs the
 *    Debian packages; otherwise stops with the exact command to run.
 * 2. Starts WebKitWebDriver on a free loopback port under Xvfb (WebKit needs a display).
 * 3. Runs the Node tests (`*.node-test.ts`, no browser), then web-test-runner with the
 *    TypeScript config; extra arguments are passed on to web-test-runner.
 * 4. Runs the end-to-end suite (`e2e/run.mjs`, also `npm run test:e2e`): the built
 *    `dist/pushup-widgets.min.js` in real pages, in Chromium and Firefox ESR. It builds
 *    first when the bundle is missing or older than `src/`. Skipped with `--watch`.
 * 5. Runs the examples (`examples/test.mjs`, also `npm run test:examples`): each project
 *    under `examples/` installed from the packed tarball, type-checked, built and checked,
 *    in Chromium. Skipped with `--watch`.
 * 6. Prints one closing total for all four, `N passed, N failed` (the examples count one
 *    each), led by the name of every test that failed (`scripts/failures.mjs`): where it
 *    ran (file, browser), its suites and its name.
 *
 * `npm test -- --files <file or glob>` runs only those browser test files (steps 2 and 3).
 *
 * Set BROWSERS=chromium (or a comma list) to run a subset; the end-to-end suite runs its
 * Chromium part when chromium is wanted and its Firefox part when firefox is (WebKit has
 * none); the examples run their browser checks only when chromium is wanted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFailures, recordFailures, tapFailures } from './failures.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
/**
 * `npm test -- --files <glob>` runs those browser test files only: no Node tests, no
 * end-to-end suite, no examples, and no coverage thresholds (a few files cannot meet them).
 */
const focused = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));
// Every phase appends the names of its failed tests here; they lead the closing total.
process.env.PUSHUP_TEST_FAILURES = join(mkdtempSync(join(tmpdir(), 'pushup-failures-')), 'failures.txt');
const runnerArgs = process.argv.slice(2).filter((arg) => !(focused && arg === '--coverage'));

const needs = {
  chromium: { paths: [process.env.CHROMIUM_BIN ?? '/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { paths: [process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: {
    paths: [
      process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/bin/xvfb-run',
    ],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

function missingPackages() {
  return wanted.flatMap((name) => {
    const need = needs[name];
    if (!need) {
      console.error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox or webkit.`);
      process.exit(2);
    }
    return need.paths.every((path) => existsSync(path)) ? [] : need.packages;
  });
}

function ensureBrowsers() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`The tests need Debian's browsers. Install them with:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installing missing browsers: ${missing.join(', ')}`);
  const result = spawnSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0 || missingPackages().length > 0) {
    console.error(`Installing the browsers failed. Run:\n  ${command}`);
    process.exit(1);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}.`);
}

/**
 * The Node tests (`src/**\/*.node-test.ts`): what must hold without a browser, such as
 * server-rendering safety. Returns their pass and fail counts.
 */
function runNodeTests() {
  const files = readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.node-test.ts'))
    .map((file) => join('src', file));
  if (files.length === 0) return { passed: 0, failed: 0 };
  const tap = join(mkdtempSync(join(tmpdir(), 'pushup-node-tests-')), 'results.tap');
  console.log(`Node: ${files.join(', ')}`);
  spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    { stdio: 'inherit' },
  );
  const results = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(results)?.[1] ?? 0);
  recordFailures(results ? tapFailures(results) : ['the Node tests reported nothing']);
  // A run that reported nothing counts as one failure, never as silence.
  return { passed: count('pass'), failed: count('fail') || (results ? 0 : 1) };
}

ensureBrowsers();
const nodeTotals = focused ? { passed: 0, failed: 0 } : runNodeTests();

// The browser run writes its total here; the closing line adds the Node tests to it.
const summary =
  process.env.PUSHUP_TEST_SUMMARY ?? join(mkdtempSync(join(tmpdir(), 'pushup-summary-')), 'summary.txt');
const env = {
  ...process.env,
  PUSHUP_TEST_SUMMARY: summary,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=tsx`.trim(),
};
let driver;
if (wanted.includes('webkit')) {
  const port = await freePort();
  env.WEBKIT_DRIVER_PORT = String(port);
  // Own process group, so the driver, Xvfb and MiniBrowser all stop together.
  driver = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24', process.env.WEBKIT_DRIVER_BIN ?? 'WebKitWebDriver', `--port=${port}`],
    { detached: true, stdio: 'ignore' },
  );
  await waitForDriver(port);
}

const stopDriver = () => {
  if (driver?.pid) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
};
process.on('SIGINT', () => {
  stopDriver();
  process.exit(130);
});

const runner = spawn(
  'npx',
  ['web-test-runner', '--config', 'web-test-runner.config.ts', ...runnerArgs],
  { stdio: 'inherit', env },
);
/**
 * The end-to-end suite against the built bundle (e2e/run.mjs), after the browser unit
 * tests. Returns its pass and fail counts; a run that reported nothing counts as one failure.
 */
function runEndToEnd() {
  return runPhase('e2e/run.mjs', 'PUSHUP_E2E_SUMMARY');
}

/**
 * The examples against the packed tarball (examples/test.mjs), after the end-to-end suite.
 * Returns their pass and fail counts, one per example.
 */
function runExamples() {
  return runPhase('examples/test.mjs', 'PUSHUP_EXAMPLES_SUMMARY');
}

/**
 * Runs `script`, which writes its `N passed, N failed` to the file named by the `summary`
 * variable, and returns those counts; skipped with `--watch`. A run that reported nothing
 * counts as one failure.
 */
function runPhase(script, summary) {
  if (focused || process.argv.includes('--watch')) return { passed: 0, failed: 0 };
  const file = join(mkdtempSync(join(tmpdir(), 'pushup-phase-summary-')), 'summary.txt');
  const result = spawnSync(process.execPath, [script], {
    stdio: 'inherit',
    env: { ...process.env, [summary]: file },
  });
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const [, passed = '0', failed = '1'] = /(\d+) passed, (\d+) failed/.exec(text) ?? [];
  return { passed: Number(passed), failed: Number(failed) || (result.status === 0 ? 0 : 1) };
}

runner.on('exit', (code) => {
  stopDriver();
  // No browser total at all (the runner died early) counts as a failure.
  const browser = existsSync(summary) ? readFileSync(summary, 'utf8') : '';
  const [, passed = '0', failed = '1'] = /(\d+) passed, (\d+) failed/.exec(browser) ?? [];
  const e2eTotals = runEndToEnd();
  const exampleTotals = runExamples();
  // One closing total for all four runners: "N passed, N failed".
  const phases = [nodeTotals, e2eTotals, exampleTotals];
  const line =
    `${Number(passed) + phases.reduce((sum, phase) => sum + phase.passed, 0)} passed, ` +
    `${Number(failed) + phases.reduce((sum, phase) => sum + phase.failed, 0)} failed`;
  writeFileSync(summary, `${line}\n`);
  const failures = readFailures(process.env.PUSHUP_TEST_FAILURES);
  if (failures.length > 0) console.log(`\nFailed:\n${failures.map((name) => `  ✖ ${name}`).join('\n')}\n`);
  console.log(line);
  process.exit(code || (phases.some((phase) => phase.failed > 0) ? 1 : 0));
});

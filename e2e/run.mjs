#!/usr/bin/env node
/**
 * `npm run test:e2e`, also the last phase of `npm test`: the end-to-end suite against the
 * BUILT bundle, in Debian's Chromium (`chromium.e2e.mjs`) and Firefox ESR
 * (`firefox.e2e.mjs`), run by `node:test`, the two browsers in parallel, and the built
 * package's own checks (`package.e2e.mjs`: source maps that carry their sources).
 *
 * 1. Builds (`npm run build`) when `dist/pushup-widgets.min.js` is missing or older than
 *    any source it is built from (`src/` less the tests, package.json, rollup.config.ts,
 *    scripts/entries.mjs, the lock file; see scripts/bundle-freshness.mjs).
 * 2. Runs the files for the browsers in BROWSERS (default: both; `webkit` has no e2e part),
 *    and with Chromium the demo page's layout-shift check (`layout-shift.e2e.mjs`) and the
 *    quiz result printed to PDF (`print.e2e.mjs`).
 * 3. Prints `N passed, N failed`, or with PUSHUP_E2E_SUMMARY writes that line to the file
 *    instead (scripts/test.mjs adds it into its own closing total).
 *
 * FUZZ_SEED replays a fuzz run; extra arguments go to `node --test` (e.g.
 * `--test-name-pattern=forced`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/bundle-freshness.mjs';
import { recordFailures, tapFailures } from '../scripts/failures.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const browserFiles = ['chromium', 'firefox'].filter((name) => wanted.includes(name)).map((name) => join('e2e', `${name}.e2e.mjs`));
// The demo page's layout shift is measured in Chromium only (the Layout Instability API).
if (wanted.includes('chromium')) browserFiles.push(join('e2e', 'layout-shift.e2e.mjs'), join('e2e', 'print.e2e.mjs'));
// The built package's own checks need no browser; they run with either browser's part.
const files = browserFiles.length > 0 ? [...browserFiles, join('e2e', 'package.e2e.mjs')] : [];

function report(passed, failed) {
  const line = `${passed} passed, ${failed} failed`;
  if (process.env.PUSHUP_E2E_SUMMARY) writeFileSync(process.env.PUSHUP_E2E_SUMMARY, `${line}\n`);
  else console.log(line);
}

if (files.length === 0) {
  console.log('e2e: no end-to-end part for BROWSERS=' + wanted.join(','));
  report(0, 0);
  process.exit(0);
}

if (!ensureBuilt('e2e')) {
  console.error('e2e: the build failed, so the end-to-end tests did not run.');
  report(0, 1);
  process.exit(1);
}

const tap = join(mkdtempSync(join(tmpdir(), 'pushup-e2e-')), 'results.tap');
console.log(`e2e: ${files.join(', ')}`);
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...process.argv.slice(2),
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } },
);
const results = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(results)?.[1] ?? 0);
recordFailures(results ? tapFailures(results) : ['the end-to-end suite reported nothing']);
// A run that reported nothing counts as one failure, never as silence.
const passed = count('pass');
const failed = count('fail') + count('cancelled') || (results ? 0 : 1);
report(passed, failed);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);

#!/usr/bin/env node
/**
 * `npm run test:examples`, also the last phase of `npm test`: every example under
 * `examples/` built and checked against the package as npm would ship it.
 *
 * 1. Builds (`npm run build`) when `dist/index.js` is missing.
 * 2. Packs the package once (`npm pack`) into a temporary folder.
 * 3. Runs `harness.mjs` with `node --test`: each folder of `examples/` that has a
 *    package.json (or only those named on the command line, `node examples/test.mjs
 *    vue-3`) is copied to a temporary folder, installed from the tarball, type-checked,
 *    built and checked, in Debian's Chromium where its check says so. See harness.mjs.
 * 4. Prints `N passed, N failed`, one per example, or with PUSHUP_EXAMPLES_SUMMARY writes
 *    that line to the file instead (scripts/test.mjs adds it into its own closing total).
 *
 * BROWSERS without `chromium` skips the browser parts. npm installs with
 * `--prefer-offline`, so a warm npm cache serves the dependencies the repository shares.
 * An example that asks for a newer Node than this one (Astro 7, SvelteKit 3 and Angular 22:
 * Node 22)
 * runs on a Node installed from the npm registry and cached in node_modules/.cache (see
 * harness.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordFailures, tapFailures } from '../scripts/failures.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = fileURLToPath(new URL('.', import.meta.url));

function report(passed, failed) {
  const line = `${passed} passed, ${failed} failed`;
  if (process.env.PUSHUP_EXAMPLES_SUMMARY) writeFileSync(process.env.PUSHUP_EXAMPLES_SUMMARY, `${line}\n`);
  else console.log(line);
}

/** Stops the phase with one failure and why. */
function fail(message) {
  console.error(`examples: ${message}`);
  report(0, 1);
  process.exit(1);
}

const available = readdirSync(examples, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(examples, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .sort();
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = named.filter((name) => !available.includes(name));
if (unknown.length > 0) fail(`no example named ${unknown.join(', ')}; there are ${available.join(', ')}.`);
const names = named.length > 0 ? named : available;

if (!existsSync(join(root, 'dist/index.js'))) {
  console.log('examples: dist/index.js is missing; running `npm run build`.');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed, so no example ran.');
}

// The tarball a user would install: only what package.json `files` ships.
const packDir = mkdtempSync(join(tmpdir(), 'pushup-examples-pack-'));
const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' });
if (pack.status !== 0) fail(`npm pack failed:\n${pack.stdout}${pack.stderr}`);
const tarball = join(packDir, JSON.parse(pack.stdout)[0].filename);
console.log(`examples: ${names.join(', ')} against ${tarball}`);

const tap = join(mkdtempSync(join(tmpdir(), 'pushup-examples-')), 'results.tap');
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...process.argv.slice(2).filter((arg) => arg.startsWith('-')),
    join(examples, 'harness.mjs'),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PUSHUP_EXAMPLES_TARBALL: tarball,
      PUSHUP_EXAMPLES: names.join(','),
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    },
  },
);

// One result per example: the top-level tests of the TAP report (steps are indented).
const results = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
rmSync(packDir, { recursive: true, force: true });
rmSync(dirname(tap), { recursive: true, force: true });
recordFailures(tapFailures(results).map((name) => `examples › ${name}`));
const passed = (results.match(/^ok \d+ /gm) ?? []).length;
const failed = (results.match(/^not ok \d+ /gm) ?? []).length;
// A run that reported no example counts as one failure, never as silence.
const missing = passed + failed < names.length ? names.length - passed - failed : 0;
report(passed, failed + missing);
process.exit(run.status === 0 && failed + missing === 0 ? 0 : 1);

#!/usr/bin/env node
/**
 * `npm run bench`: how close the widgets come to the floor, the same DOM put on the page
 * without a framework, in Debian's Chromium. Not part of `npm test` or CI. See
 * bench/README.md.
 *
 * 1. Finds Debian's Chromium and its driver (CHROMIUM_BIN, CHROMEDRIVER_BIN, else
 *    /usr/bin/chromium and /usr/bin/chromedriver). When one is missing: as root,
 *    installs the Debian packages; otherwise stops with the exact command to run.
 * 2. Builds (`npm run build`) when `dist/pushup-widgets.min.js` is missing or older than
 *    its sources.
 * 3. `capture.mjs`: rewrites the floor's fixtures from the built widgets when they
 *    changed, and stops if the floor no longer builds the widgets' DOM.
 * 4. Runs bench/tachometer.json with tachometer: every page, widget and floor in turn,
 *    each sample a fresh tab, `BENCH_SAMPLES` (default 30) samples of each.
 * 5. Prints a table (median ms of the widget and of the floor, their ratio, the target
 *    and pass or fail) and writes it, with every sample, to bench/results.json. Exits 1
 *    when a ratio misses its target, after printing everything.
 *
 * A script of our own around tachometer, not its CLI: tachometer 0.7 would install the
 * `chromedriver` npm package (which downloads a driver) and ask npm for its own latest
 * version on every run. Here the `chromedriver` it imports is a stand-in
 * (bench/driver/) that points at Debian's driver, selenium-manager runs offline, and the
 * run uses tachometer's own config parser and runner (`lib/config.js`, `lib/runner.js`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/bundle-freshness.mjs';
import { captureAndVerify } from './capture.mjs';
import { startServer } from './server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const driverPath = process.env.CHROMEDRIVER_BIN ?? '/usr/bin/chromedriver';
const sampleSize = Number(process.env.BENCH_SAMPLES ?? 30);
const TARGET = 1.2;

/**
 * The table's rows: a measurement of one scenario's pages (bench/pages/), timed on the
 * widget page and on the floor page of the same tachometer run.
 */
const benchmarks = [
  { id: 'checklist-define-render', label: 'checklist: define + first render', scenario: 'checklist', measurement: 'define-render' },
  { id: 'quiz-define-render', label: 'quiz: define + first render', scenario: 'quiz', measurement: 'define-render' },
  { id: 'card-define-render', label: 'card: define + first render', scenario: 'card', measurement: 'define-render' },
  { id: 'cards-100', label: '100 cards on one page', scenario: 'cards100', measurement: 'render-100' },
  { id: 'quiz-step', label: 'quiz: answer + Next (step 1 to 2)', scenario: 'quiz', measurement: 'step' },
  { id: 'checklist-toggle', label: 'checklist: toggle a cue', scenario: 'checklist', measurement: 'toggle' },
];

function ensurePackages() {
  const missing = [
    [chromiumPath, 'chromium'],
    [driverPath, 'chromium-driver'],
  ].flatMap(([path, name]) => (existsSync(path) ? [] : [name]));
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`The benchmark needs Debian's Chromium and its driver. Install them with:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`bench: installing ${missing.join(', ')}`);
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0 || !existsSync(chromiumPath) || !existsSync(driverPath)) {
    console.error(`Installing them failed. Run:\n  ${command}`);
    process.exit(1);
  }
}

function ensureBuild() {
  if (ensureBuilt('bench')) return;
  console.error('bench: the build failed, so nothing was measured.');
  process.exit(1);
}

/**
 * Points tachometer's WebDriver at Debian's driver and makes sure nothing is downloaded:
 * its `chromedriver` import resolves to bench/driver/chromedriver (an ESM hook, and
 * NODE_PATH for its `require.resolve` check in a child process); selenium-manager runs
 * offline and finds the driver on PATH.
 */
function useDebianDriver() {
  const tachometerRoot = join(root, 'node_modules/tachometer');
  process.env.NODE_PATH = [join(here, 'driver'), process.env.NODE_PATH].filter(Boolean).join(delimiter);
  process.env.SE_OFFLINE = 'true';
  process.env.SE_AVOID_STATS = 'true';
  process.env.PATH = `${dirname(driverPath)}${delimiter}${process.env.PATH ?? ''}`;
  register('./driver/hooks.mjs', import.meta.url);
  // The check tachometer makes before it would install the package: it must pass here.
  const check = spawnSync(process.execPath, ['-e', 'require.resolve("chromedriver")'], { cwd: tachometerRoot, env: process.env });
  if (check.status !== 0) {
    console.error(`bench: tachometer would try to install chromedriver from npm; stopping.\n${check.stderr}`);
    process.exit(1);
  }
}

/** Runs bench/tachometer.json against `origin`; resolves to tachometer's results. */
async function runTachometer(origin) {
  const { parseFlags } = await import('tachometer/lib/flags.js');
  const { makeConfig } = await import('tachometer/lib/config.js');
  const { Runner } = await import('tachometer/lib/runner.js');
  const config = JSON.parse(readFileSync(join(here, 'tachometer.json'), 'utf8').replaceAll('{origin}', origin));
  config.sampleSize = sampleSize;
  for (const benchmark of config.benchmarks) benchmark.browser.binary = chromiumPath;
  const file = join(mkdtempSync(join(tmpdir(), 'pushup-bench-')), 'tachometer.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  /** Tachometer's own report compares every page with every other; ours pairs widget and floor. */
  class QuietRunner extends Runner {
    async outputResults() {}
  }
  return new QuietRunner(await makeConfig(parseFlags(['--config', file])), new Map()).run();
}

function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), n: sorted.length };
}

/** Tachometer names a page's measurement `<page> [<measurement>]`, or `<page>` alone. */
function samplesByName(results) {
  const samples = new Map();
  for (const { result } of results) {
    const page = result.name.replace(/ \[.*\]$/, '');
    samples.set(`${page}/${result.measurement.name}`, result.millis);
  }
  return samples;
}

const ms = (value) => value.toFixed(value < 1 ? 3 : 2);

/** Left-aligned first column, right-aligned numbers. */
function printColumns(header, lines) {
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column].length)));
  const format = (line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const line of lines) console.log(format(line));
}

function printTable(rows) {
  printColumns(
    ['benchmark', 'widget ms', 'floor ms', 'ratio', 'target', 'result'],
    rows.map((row) => [
      row.label,
      ms(row.widget.median),
      ms(row.floor.median),
      `${row.ratio.toFixed(2)}x`,
      `<= ${row.target}x`,
      row.pass ? 'pass' : 'FAIL',
    ]),
  );
  const split = rows.filter((row) => row.split);
  console.log('\nDefine + first render, split (medians; no targets): evaluating the script (the bundle, or the');
  console.log("floor's fixture), then creating, connecting and rendering the element.");
  printColumns(
    ['element', 'widget evaluate', 'widget render', 'floor evaluate', 'floor render', 'render ratio'],
    split.map((row) => [
      row.scenario,
      ms(row.split.evaluate.widget.median),
      ms(row.split.render.widget.median),
      ms(row.split.evaluate.floor.median),
      ms(row.split.render.floor.median),
      `${(row.split.render.widget.median / row.split.render.floor.median).toFixed(2)}x`,
    ]),
  );
}

function chromiumVersion() {
  return spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

ensurePackages();
ensureBuild();
const { problems } = await captureAndVerify({ log: (line) => console.log(`bench: ${line.replace(/^capture: /, '')}`) });
if (problems.length > 0) {
  for (const problem of problems) console.error(`\n${problem.scenario}:\n${problem.where}`);
  console.error('\nbench: the floor pages (bench/pages/floor.js) no longer build the widgets\' DOM; update them first.');
  process.exit(1);
}
useDebianDriver();

const started = Date.now();
// Other work on the machine slows both sides, but not always equally: it is recorded.
const loadBefore = loadavg()[0];
const server = await startServer();
let results;
try {
  results = await runTachometer(server.origin);
} finally {
  await server.close();
}
if (!results) {
  console.error('bench: tachometer did not finish; see its error above.');
  process.exit(1);
}

const samples = samplesByName(results);
const sidesOf = (scenario, measurement) => ({
  widget: samples.get(`${scenario} widget/${measurement}`),
  floor: samples.get(`${scenario} floor/${measurement}`),
});
const rows = benchmarks.map((benchmark) => {
  const { widget: widgetSamples, floor: floorSamples } = sidesOf(benchmark.scenario, benchmark.measurement);
  const widget = summary(widgetSamples);
  const floor = summary(floorSamples);
  const ratio = widget.median / floor.median;
  const row = { ...benchmark, widget, floor, ratio, target: TARGET, pass: ratio <= TARGET };
  if (benchmark.measurement === 'define-render') {
    // Not targets, where the time goes: evaluating the script, then the rest of each sample.
    const evaluate = sidesOf(benchmark.scenario, 'evaluate');
    const totals = { widget: widgetSamples, floor: floorSamples };
    // A page's measurements share its sample index: one page load gives one of each.
    const rest = (side) => totals[side].map((total, index) => total - evaluate[side][index]);
    row.split = {
      evaluate: { widget: summary(evaluate.widget), floor: summary(evaluate.floor) },
      render: { widget: summary(rest('widget')), floor: summary(rest('floor')) },
    };
    row.samples = { widget: widgetSamples, floor: floorSamples, evaluate };
  } else {
    row.samples = { widget: widgetSamples, floor: floorSamples };
  }
  return row;
});

printTable(rows);
const seconds = Math.round((Date.now() - started) / 1000);
const environment = {
  chromium: chromiumVersion(),
  node: process.version,
  cpus: `${availableParallelism()} x ${cpus()[0]?.model ?? 'unknown'}`,
  platform: `${process.platform} ${process.arch}`,
  loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) },
};
console.log(
  `\n${environment.chromium}, ${environment.cpus}; ${sampleSize} page loads per side; ${seconds} s of sampling; ` +
    `load average ${environment.loadAverage.before} before, ${environment.loadAverage.after} after.`,
);
writeFileSync(
  join(here, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), environment, sampleSize, bundle: 'dist/pushup-widgets.min.js', rows }, null, 2)}\n`,
);
const failed = rows.filter((row) => !row.pass);
console.log(
  failed.length > 0
    ? `bench: ${failed.length} of ${rows.length} ratios miss the ${TARGET}x target; written to bench/results.json.`
    : `bench: every ratio within ${TARGET}x; written to bench/results.json.`,
);
process.exit(failed.length > 0 ? 1 : 0);

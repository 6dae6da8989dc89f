#!/usr/bin/env node
/**
 * `node bench/profile.mjs <scenario> [widget|floor] [top] [runs]`: where the time of one
 * benchmark page goes. Loads the page `runs` times (default 5) with `?profile` (and 100
 * timed interactions instead of 20), which makes every timed span a `console.profile()`,
 * and prints, per measurement, the self time of the functions sampled inside those spans
 * only (summed over all of them), the bundle's minified names mapped back to the sources
 * through `dist/pushup-widgets.min.js.map`. The `top` functions are listed (default 30).
 *
 * Scenarios: checklist (define + first render, then toggles), quiz (define + first
 * render, then step changes), card, cards100. `(program)` is native work no JavaScript
 * frame owns (style, parsing, bindings); `(garbage collector)` is GC.
 *
 * A script of our own: it reads Chromium's CPU profile over CDP (playwright-core) and
 * decodes the source map with a few lines below rather than another dependency.
 */
/* global window -- in functions the browser runs (page.evaluate, waitForFunction) */
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './capture.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [scenario, impl = 'widget', top = '30', runs = '5'] = process.argv.slice(2);
if (!scenario) {
  console.error('Usage: node bench/profile.mjs <checklist|quiz|card|cards100> [widget|floor] [top] [runs]');
  process.exit(2);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map v3 `mappings` as, per generated line, sorted `[column, source, line, name]`. */
function decodeMappings(map) {
  const lines = [];
  const state = [0, 0, 0, 0];
  for (const line of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        for (let index = 1; index < values.length; index += 1) state[index - 1] += values[index];
        segments.push([column, state[0], state[1], values.length >= 5 ? state[3] : -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

const mapFile = join(root, 'dist/pushup-widgets.min.js.map');
if (!existsSync(mapFile)) {
  console.error('dist/pushup-widgets.min.js.map is missing: run `npm run build` (or `npm run bench`) first.');
  process.exit(1);
}
const map = JSON.parse(readFileSync(mapFile, 'utf8'));
const mappings = decodeMappings(map);

/** A profile frame in the bundle, named by its source file, line and original name. */
function originalName({ functionName, lineNumber, columnNumber }) {
  const segments = mappings[lineNumber] ?? [];
  let found;
  for (const segment of segments) {
    if (segment[0] > columnNumber) break;
    found = segment;
  }
  if (!found) return functionName || '(anonymous)';
  const source = map.sources[found[1]].replace(/^(?:\.\.\/)+(?:node_modules\/)?/, '');
  const name = found[3] >= 0 ? map.names[found[3]] : functionName;
  return `${name || functionName || '(anonymous)'}  ${source}:${found[2] + 1}`;
}

function frameName(callFrame) {
  if (callFrame.url.endsWith('/pushup-widgets.min.js')) {
    // The bundle's top-level code: Lit, the content and the classes being evaluated.
    if (!callFrame.functionName && callFrame.lineNumber === 0 && callFrame.columnNumber === 0) return '(bundle top level)';
    return originalName(callFrame);
  }
  const file = callFrame.url.split('/').pop();
  return file ? `${callFrame.functionName || '(anonymous)'}  ${file}:${callFrame.lineNumber + 1}` : callFrame.functionName;
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
});
try {
  /** Per measurement: self time by function, spans and sampled total, over every load. */
  const byMeasurement = new Map();
  const measuredRuns = [];
  for (let run = 0; run < Number(runs); run += 1) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    // The whole page is sampled finely; each timed span's own console profile (titled
    // with its measurement) gives only its start and end, on the same clock, to pick the
    // samples inside it.
    const spans = [];
    cdp.on('Profiler.consoleProfileFinished', ({ title, profile }) => spans.push({ title, start: profile.startTime, end: profile.endTime }));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/bench/pages/${impl}.html?scenario=${scenario}&profile&reps=100&warmup=10`);
    await page.waitForFunction(() => window.bench !== undefined);
    const measured = await page.evaluate(() => window.bench);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    if (measured.error) throw new Error(measured.error);
    measuredRuns.push(measured);

    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    for (const span of spans) {
      let entry = byMeasurement.get(span.title);
      if (!entry) byMeasurement.set(span.title, (entry = { total: 0, spans: 0, self: new Map() }));
      entry.spans += 1;
    }
    let time = profile.startTime;
    profile.samples.forEach((id, index) => {
      time += profile.timeDeltas[index];
      const span = spans.find(({ start, end }) => time >= start && time <= end);
      const name = frameName(nodes.get(id).callFrame);
      // Starting a console profile is the profiler's own work, not the page's.
      if (!span || /^(?:startTiming|endTiming) /.test(name)) return;
      const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const entry = byMeasurement.get(span.title);
      entry.self.set(name, (entry.self.get(name) ?? 0) + ms);
      entry.total += ms;
    });
  }
  const measured = Object.fromEntries(
    Object.keys(measuredRuns[0]).map((name) => [name, Number((measuredRuns.reduce((sum, run) => sum + run[name], 0) / measuredRuns.length).toFixed(3))]),
  );
  console.log(`${scenario} ${impl}, mean of ${runs} page loads: ${JSON.stringify(measured)} (ms, slowed by the profiler)`);
  for (const [title, { total, spans, self }] of byMeasurement) {
    console.log(`\n${title}: ${spans} timed span(s), ${total.toFixed(2)} ms sampled; self time by function:`);
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
      console.log(`${ms.toFixed(2).padStart(8)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

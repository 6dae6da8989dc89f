#!/usr/bin/env node
/**
 * `npm run bench:long-tasks`: how long a page with many widgets blocks the main thread.
 * Debian's Chromium loads a page with 200 widgets (the three elements in turn) and the
 * bundle, `dist/pushup-widgets.min.js`, as a site would, and the Long Tasks API reports
 * every task over 50 ms until the last widget has rendered. Prints each long task, their
 * total, and the longest; exits 1 when one runs longer than 200 ms (`LONG_TASK_LIMIT_MS`),
 * the most a reader's click may wait. Median of 5 loads (`LONG_TASK_RUNS`), each in a
 * fresh page; like the rest of the bench, not part of `npm test`: timings depend on the machine.
 *
 * `LONG_TASK_CONTENT_VISIBILITY=1` adds the rule docs/performance.md suggests to a page
 * with many widgets (`content-visibility: auto` on the three tags), to measure what it gives.
 *
 * The files are served by Playwright's request routing from `dist/`, so nothing listens
 * on a port and nothing else is fetched.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureBuilt } from '../scripts/bundle-freshness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const WIDGETS = Number(process.env.LONG_TASK_WIDGETS ?? 200);
const RUNS = Number(process.env.LONG_TASK_RUNS ?? 5);
const LIMIT_MS = Number(process.env.LONG_TASK_LIMIT_MS ?? 200);
const origin = 'http://bench.invalid';
/** The rule docs/performance.md suggests for a page with many widgets, word for word. */
const manyWidgetsRule =
  'pushup-form-checklist, back-pain-quiz, variation-risk-card { content-visibility: auto; contain-intrinsic-size: auto 40rem; }';
const pageRule = process.env.LONG_TASK_CONTENT_VISIBILITY === '1' ? `<style>${manyWidgetsRule}</style>\n` : '';

const tags = [
  '<pushup-form-checklist variation="standard"></pushup-form-checklist>',
  '<back-pain-quiz></back-pain-quiz>',
  '<variation-risk-card variation="diamond"></variation-risk-card>',
];
const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${WIDGETS} widgets</title>
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
</script>
${pageRule}<script type="module" src="/dist/pushup-widgets.min.js"></script>
</head>
<body>
${Array.from({ length: WIDGETS }, (_, index) => tags[index % tags.length]).join('\n')}
</body>
</html>`;

if (!ensureBuilt('long-tasks')) {
  console.error('long-tasks: no bundle to measure.');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const runs = [];
/** When the last widget had rendered, in ms from the start of the page's load (approximate: polled). */
const renderedAt = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.route(`${origin}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: page });
      if (!pathname.startsWith('/dist/')) return route.fulfill({ status: 404 });
      const body = await readFile(join(root, pathname)).catch(() => undefined);
      return body ? route.fulfill({ contentType: 'text/javascript', body }) : route.fulfill({ status: 404 });
    });
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(
      (count) =>
        [...document.body.children].filter((element) => element.shadowRoot?.childElementCount).length === count &&
        Promise.all([...document.body.children].map((element) => element.updateComplete)).then(() => true),
      WIDGETS,
    );
    const rendered = await tab.evaluate(() => performance.now());
    // A frame more, so a task still running when the last widget rendered is reported.
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const tasks = await tab.evaluate(() => window.longTasks);
    runs.push(tasks);
    renderedAt.push(rendered);
    await context.close();
  }
} finally {
  await browser.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const longest = runs.map((tasks) => Math.max(0, ...tasks.map((task) => task.duration)));
const total = runs.map((tasks) => tasks.reduce((sum, task) => sum + task.duration, 0));
const counts = runs.map((tasks) => tasks.length);
const ms = (value) => `${value.toFixed(0)} ms`;
console.log(`${WIDGETS} widgets on one page${pageRule ? ' with content-visibility: auto' : ''}, ${RUNS} loads in Debian's Chromium (medians):`);
console.log(`  long tasks: ${median(counts)}, together ${ms(median(total))}, the longest ${ms(median(longest))} (limit ${LIMIT_MS} ms)`);
console.log(`  every widget rendered by about ${ms(median(renderedAt))} after the page began to load`);
console.log(`  each load's long tasks: ${runs.map((tasks) => `[${tasks.map((task) => task.duration.toFixed(0)).join(', ')}]`).join(' ')}`);
if (median(longest) > LIMIT_MS) {
  console.error(`long-tasks: the longest task, ${ms(median(longest))}, is over ${LIMIT_MS} ms.`);
  process.exitCode = 1;
}

#!/usr/bin/env node
/**
 * `npm run lighthouse`: audits the demo page (demo/index.html, served by
 * scripts/serve-demo.mjs exactly as `npm start` serves it) with Lighthouse in Debian's
 * Chromium, once as a phone (Lighthouse's default: simulated slow 4G and a 4x slower CPU)
 * and once with its desktop preset, and prints the scores. Exits 1 when performance,
 * accessibility or best practices is below 100 in either run (SEO is printed only), or
 * when the page asked for anything but the local server.
 *
 * A script rather than the `lighthouse` CLI because the CLI cannot start the page's
 * server, run both form factors, check that nothing left the machine, or fail on a score.
 * Lighthouse's own chrome-launcher starts `CHROMIUM_BIN` (default /usr/bin/chromium)
 * headless; nothing is downloaded, and Chromium's background services, which would reach
 * the network, are off (chrome-launcher's default flags).
 *
 *   npm run lighthouse                 both runs
 *   npm run lighthouse -- --mobile     the phone run only (or --desktop)
 *
 * Builds first when dist/pushup-widgets.min.js is missing. The full reports are written
 * as HTML and JSON to a temporary folder, printed at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import { minBundle, root } from './entries.mjs';

const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const gated = ['performance', 'accessibility', 'best-practices'];
const categories = [...gated, 'seo'];
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const picked = ['mobile', 'desktop'].filter((name) => process.argv.includes(`--${name}`));
const runs = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
].filter((run) => picked.length === 0 || picked.includes(run.name));

// Lighthouse's own chrome-launcher (a nested dependency), not whichever copy is hoisted.
const requireFromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse/package.json'));
const chromeLauncher = await import(pathToFileURL(requireFromLighthouse.resolve('chrome-launcher')).href);

if (!existsSync(chromiumPath)) {
  console.error(`lighthouse: no Chromium at ${chromiumPath}; install Debian's \`chromium\` or set CHROMIUM_BIN.`);
  process.exit(1);
}
if (!existsSync(join(root, minBundle.output))) {
  console.log(`lighthouse: ${minBundle.output} is missing; running \`npm run build\`.`);
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** Starts scripts/serve-demo.mjs on a free port; resolves to `{ url, origin, stop }`. */
function serveDemo() {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [join(root, 'scripts/serve-demo.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: String(8100 + Math.floor(Math.random() * 800)) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /(http:\/\/127\.0\.0\.1:\d+\/demo\/)/.exec(output)?.[1];
      if (url) resolve({ url, origin: new URL(url).origin, stop: () => server.kill() });
    });
    server.once('exit', (code) => reject(new Error(`serve-demo exited (${code}) before it listened:\n${output}`)));
  });
}

/** The gated categories below 100, each with its weighted audits that scored below 1. */
function shortfalls(lhr) {
  return gated.filter((id) => Math.round(lhr.categories[id].score * 100) < 100).flatMap((id) =>
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => {
        const audit = lhr.audits[ref.id];
        return `  ${id}: ${ref.id} (${audit.displayValue ?? `score ${audit.score}`}): ${audit.title}`;
      }),
  );
}

const server = await serveDemo();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  logLevel: 'silent',
});
const reports = mkdtempSync(join(tmpdir(), 'pushup-lighthouse-'));
let failed = false;
try {
  console.log(`Lighthouse ${categories.join(', ')} of ${server.url} in ${chromiumPath}\n`);
  for (const run of runs) {
    const result = await lighthouse(
      server.url,
      {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: categories,
        // Kept local: no full-page screenshot (nothing the scores need).
        disableFullPageScreenshot: true,
      },
      run.config,
    );
    if (!result) throw new Error('Lighthouse returned no result.');
    const { lhr } = result;
    writeFileSync(join(reports, `${run.name}.html`), result.report[0]);
    writeFileSync(join(reports, `${run.name}.json`), result.report[1]);
    if (lhr.runtimeError) {
      console.error(`${run.name}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      failed = true;
      continue;
    }
    const scores = categories.map((id) => `${lhr.categories[id].title} ${Math.round(lhr.categories[id].score * 100)}`);
    const measured = metrics.map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id].displayValue}`).join(', ');
    console.log(`${run.name.padEnd(8)} ${scores.join(' | ')}`);
    console.log(`         ${measured} (CPU benchmark ${lhr.environment.benchmarkIndex})`);
    const below = shortfalls(lhr);
    const requests = lhr.audits['network-requests'].details?.items ?? [];
    const outside = requests
      .map((item) => item.url)
      .filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'));
    // A rebuild in another terminal empties dist/ for a moment: say so rather than leave a riddle.
    for (const item of requests.filter((each) => each.statusCode >= 400)) {
      console.log(`         ${item.statusCode} for ${item.url}${item.url.includes('/dist/') ? ' (was dist/ being rebuilt?)' : ''}`);
    }
    if (below.length > 0 || gated.some((id) => Math.round(lhr.categories[id].score * 100) < 100)) {
      failed = true;
      console.log(`         below 100:\n${below.join('\n')}`);
      if (Math.round(lhr.categories.performance.score * 100) < 100) {
        console.log('         (Lighthouse scales the CPU time it sees, so a busy machine lowers performance: rerun when idle.)');
      }
    }
    if (outside.length > 0) {
      failed = true;
      console.log(`         requests that left the machine:\n${outside.map((url) => `  ${url}`).join('\n')}`);
    }
    for (const warning of lhr.runWarnings) console.log(`         warning: ${warning}`);
  }
  console.log(`\nReports: ${reports}`);
} finally {
  chrome.kill();
  server.stop();
}
process.exit(failed ? 1 : 0);

/**
 * Lighthouse CI (@lhci/cli) for `npm run lighthouse`, which runs, in this order:
 *
 *   lhci collect                                     the phone: Lighthouse's default,
 *                                                    simulated slow 4G and a 4x slower CPU
 *   lhci collect --additive --settings.preset=desktop
 *   lhci upload                                      both reports, HTML and JSON, and a
 *                                                    manifest.json of the scores, into
 *                                                    .lighthouseci/reports/
 *   lhci assert                                      exits 1 unless, in each run:
 *     - performance, accessibility and best practices score 100 (SEO is reported only);
 *     - the page asked nothing of any host but 127.0.0.1: Lighthouse's resource summary
 *       counts every network request, failed ones too, and calls "third-party" whatever is
 *       not on the page's own host (data: URLs are not requests).
 *
 * Each collect starts scripts/serve-demo.mjs, which serves demo/index.html exactly as
 * `npm start` does (brotli, no-store), on a free port, and stops it afterwards. Nothing is
 * downloaded: CHROMIUM_BIN (default /usr/bin/chromium) is the browser; lhci adds
 * `--headless=new`, and chrome-launcher's default flags turn off Chromium's background
 * services, which would reach the network. The Lighthouse that runs is the package's own
 * `lighthouse` devDependency (package.json `overrides`), not the older one @lhci/cli pins.
 *
 * A busy machine lowers the phone's performance score (Lighthouse scales the CPU time it
 * sees): rerun when idle before believing a 9x.
 */
const { execFileSync } = require('node:child_process');

// A free port for this collect's demo server, chosen here because lhci needs the URL before
// it starts the server. Every lhci command reads this file anew.
const port = execFileSync(
  process.execPath,
  ['-e', "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); })"],
  { encoding: 'utf8' },
);
const origin = `http://127.0.0.1:${port}`;
// The desktop run asks for /demo/?desktop, so lhci's output and reports tell the two apart.
const desktop = process.argv.includes('--settings.preset=desktop');
const gate = ['error', { minScore: 1 }];

module.exports = {
  ci: {
    collect: {
      url: [`${origin}/demo/${desktop ? '?desktop' : ''}`],
      startServerCommand: `PORT=${port} node scripts/serve-demo.mjs`,
      // Its exact address: had serve-demo to take another port, lhci would wait and warn.
      startServerReadyPattern: `Demo: ${origin}/demo/`,
      numberOfRuns: 1,
      chromePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      settings: {
        chromeFlags: '--no-sandbox --disable-gpu --disable-dev-shm-usage',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // Kept local: no full-page screenshot (nothing the scores need).
        disableFullPageScreenshot: true,
      },
    },
    upload: {
      target: 'filesystem',
      outputDir: '.lighthouseci/reports',
    },
    assert: {
      // Every run must pass (the phone's and the desktop's are separate URLs anyway).
      aggregationMethod: 'pessimistic',
      includePassedAssertions: true,
      assertions: {
        'categories:performance': gate,
        'categories:accessibility': gate,
        'categories:best-practices': gate,
        'resource-summary:third-party:count': ['error', { maxNumericValue: 0 }],
      },
    },
  },
};

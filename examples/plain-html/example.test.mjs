/**
 * The check of the plain HTML example, run by `examples/harness.mjs`. The main README's
 * "Embed it" section gives two script tags, and each page here holds one word for word:
 *
 * - `index.html`, the first html block: the bundle hosted by the site itself
 *   (`/pushup-widgets.min.js`). Served with the tarball's `dist/pushup-widgets.min.js`,
 *   and that file alone, beside it.
 * - `cdn.html`, the CDN's autoloader. Served with the CDN's address mapped to the
 *   installed tarball's `dist/`, which must be of the version the address names.
 *
 * On each, from a site of its own (so each starts with empty storage): the checklist
 * renders, keeps its ticks across a reload (`persist`), fetches nothing from anywhere else,
 * and logs nothing.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The ```html blocks of the README's "Embed it" section, each as trimmed lines. */
function embedSnippets() {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Embed it'));
  const blocks = [...(section ?? '').matchAll(/```html\n([\s\S]*?)```/g)].map(([, block]) =>
    block.split('\n').map((line) => line.trim()).filter(Boolean),
  );
  assert.ok(blocks.length > 0, 'README.md has no ```html block under "## Embed it".');
  return blocks;
}

/** The README's self-hosted snippet (its first html block) and its CDN one. */
function snippets() {
  const blocks = embedSnippets();
  const cdn = blocks.find((block) => block[0].includes('https://cdn.jsdelivr.net/'));
  assert.ok(cdn, 'README.md has no CDN snippet under "## Embed it".');
  assert.ok(!blocks[0][0].includes('://'), `the README's first snippet should load the bundle from the site itself:\n${blocks[0][0]}`);
  return { selfHosted: blocks[0], cdn };
}

/** Asserts that `file` in `dir` holds `snippet`, line for line. */
function holds(dir, file, snippet) {
  const page = readFileSync(join(dir, file), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  const at = page.indexOf(snippet[0]);
  assert.ok(at >= 0, `${file} lacks the README's script tag:\n${snippet[0]}`);
  assert.deepEqual(page.slice(at, at + snippet.length), snippet, `${file} differs from the README snippet`);
}

export function checkBuild({ dir }) {
  const { selfHosted, cdn } = snippets();
  holds(dir, 'index.html', selfHosted);
  holds(dir, 'cdn.html', cdn);
}

/** Loads `path` from `origin`: the checklist renders, keeps a tick across a reload, and nothing comes from elsewhere. */
async function checkPage({ page, log, origin, path }) {
  const from = log.requests.length;
  await page.goto(`${origin}${path}`);
  const checklist = page.locator('pushup-form-checklist');
  const firstCue = page.getByRole('checkbox').first();
  await firstCue.waitFor();
  assert.ok(await checklist.evaluate((element) => (element.shadowRoot?.childElementCount ?? 0) > 0), `${path}: nothing rendered`);
  assert.equal(await page.getByRole('heading', { name: 'Push-up form checklist' }).count(), 1, path);
  assert.equal(await firstCue.isChecked(), false, `${path}: a fresh site starts with no tick`);

  await firstCue.check();
  await page.reload();
  await firstCue.waitFor();
  assert.equal(await firstCue.isChecked(), true, `${path}: the tick did not survive a reload (persist)`);

  const elsewhere = log.requests.slice(from).filter((url) => !url.startsWith(origin));
  assert.deepEqual(elsewhere, [], `${path} fetched from outside the site`);
}

export async function checkInBrowser({ dir, page, log, serve }) {
  const dist = join(dir, 'node_modules/pushup-widgets/dist/');

  // Self-hosted: the one file the README says to copy, at the address its snippet names.
  copyFileSync(join(dist, 'pushup-widgets.min.js'), join(dir, 'pushup-widgets.min.js'));
  await checkPage({ page, log, origin: (await serve(dir)).origin, path: '/index.html' });

  // The CDN serves the package's dist/ at this address; the served copy points at the
  // tarball's dist/ instead, which must be of the version the address names.
  const { version } = JSON.parse(readFileSync(join(dir, 'node_modules/pushup-widgets/package.json'), 'utf8'));
  const cdn = `https://cdn.jsdelivr.net/npm/pushup-widgets@${version}/dist/`;
  const html = readFileSync(join(dir, 'cdn.html'), 'utf8');
  assert.ok(html.includes(cdn), `cdn.html does not load version ${version} from ${cdn}`);
  writeFileSync(join(dir, 'served.html'), html.replaceAll(cdn, '/node_modules/pushup-widgets/dist/'));
  await checkPage({ page, log, origin: (await serve(dir)).origin, path: '/served.html' });
}

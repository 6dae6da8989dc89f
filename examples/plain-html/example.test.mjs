/**
 * The check of the plain HTML example, run by `examples/harness.mjs`: the page holds the
 * main README's "Embed it" snippet word for word, and with the CDN's address mapped to the
 * installed tarball's `dist/`, the checklist renders, keeps its ticks across a reload
 * (`persist`), fetches nothing from anywhere else, and logs nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first ```html block of the README's "Embed it" section, as trimmed lines. */
function embedSnippet() {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Embed it'));
  const block = /```html\n([\s\S]*?)```/.exec(section ?? '')?.[1];
  assert.ok(block, 'README.md has no ```html block under "## Embed it".');
  return block.split('\n').map((line) => line.trim()).filter(Boolean);
}

export function checkBuild({ dir }) {
  const page = readFileSync(join(dir, 'index.html'), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  const snippet = embedSnippet();
  const at = page.indexOf(snippet[0]);
  assert.ok(at >= 0, `index.html lacks the README's script tag:\n${snippet[0]}`);
  assert.deepEqual(page.slice(at, at + snippet.length), snippet, 'index.html differs from the README snippet');
}

export async function checkInBrowser({ dir, page, log, serve }) {
  // The CDN serves the package's dist/ at this address; the served copy points at the
  // tarball's dist/ instead, which must be of the version the address names.
  const { version } = JSON.parse(readFileSync(join(dir, 'node_modules/pushup-widgets/package.json'), 'utf8'));
  const cdn = `https://cdn.jsdelivr.net/npm/pushup-widgets@${version}/dist/`;
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.ok(html.includes(cdn), `index.html does not load version ${version} from ${cdn}`);
  writeFileSync(join(dir, 'served.html'), html.replaceAll(cdn, '/node_modules/pushup-widgets/dist/'));
  const { origin } = await serve(dir);

  await page.goto(`${origin}/served.html`);
  const checklist = page.locator('pushup-form-checklist');
  const firstCue = page.getByRole('checkbox').first();
  await firstCue.waitFor();
  assert.ok(await checklist.evaluate((element) => (element.shadowRoot?.childElementCount ?? 0) > 0));
  assert.equal(await page.getByRole('heading', { name: 'Push-up form checklist' }).count(), 1);

  await firstCue.check();
  await page.reload();
  await firstCue.waitFor();
  assert.equal(await firstCue.isChecked(), true, 'the tick did not survive a reload (persist)');

  const elsewhere = log.requests.filter((url) => !url.startsWith(origin));
  assert.deepEqual(elsewhere, [], 'the page fetched from outside the site');
}

/**
 * The check of the import-map example, run by `examples/harness.mjs`: a page with no build
 * step loads the package's ES modules (not the one-file bundle) through the import map in
 * index.html. The map's addresses are the CDN's; the served copy points each at the
 * package installed from the tarball, so:
 * - each address must name the version installed (the package's own, and Lit's packages at
 *   versions the package's Lit accepts);
 * - the elements and `pushup-widgets/content.js` load through the map as written, Lit once;
 * - the card's Harder button reaches the page's script, which moves the checklist along;
 * - nothing is fetched from anywhere else, and nothing is logged.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CDN = 'https://cdn.jsdelivr.net/npm/';

/** `{ name, version, rest }` of each address in the page's import map. */
function mappedPackages(html) {
  const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(map, 'index.html has no import map');
  return Object.values(JSON.parse(map).imports).map((address) => {
    assert.ok(address.startsWith(CDN), `${address} is not on the CDN`);
    const [, name, version] = /^((?:@[^/]+\/)?[^@/]+)@([^/]+)\//.exec(address.slice(CDN.length)) ?? [];
    assert.ok(name && version, `${address} names no package version`);
    return { name, version };
  });
}

const installed = (dir, name) => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));

/** Whether `version` is in the caret range `range` (`^3.3.0`), or equals an exact one. */
function accepts(range, version) {
  const [major, minor, patch] = version.split('.').map(Number);
  const exact = /^\d/.test(range);
  const [low0, low1, low2] = range.replace(/^\^/, '').split('.').map(Number);
  if (exact) return major === low0 && minor === low1 && patch === low2;
  return major === low0 && (minor > low1 || (minor === low1 && patch >= low2));
}

export function checkBuild({ dir }) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const own = installed(dir, 'pushup-widgets');
  const lit = installed(dir, 'lit');
  const ranges = { ...own.dependencies, ...lit.dependencies, ...installed(dir, 'lit-element').dependencies };
  for (const { name, version } of mappedPackages(html)) {
    if (name === 'pushup-widgets') assert.equal(version, own.version, 'the map names another version of the package');
    else assert.ok(accepts(ranges[name], version), `the map's ${name}@${version} is not in the range ${ranges[name]}`);
  }
}

export async function checkInBrowser({ dir, page, log, serve }) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  let served = html;
  for (const { name, version } of mappedPackages(html)) {
    served = served.replaceAll(`${CDN}${name}@${version}/`, `/node_modules/${name}/`);
  }
  writeFileSync(join(dir, 'served.html'), served);
  const { origin } = await serve(dir);

  await page.goto(`${origin}/served.html`);
  const checklist = page.locator('pushup-form-checklist');
  await page.getByRole('checkbox').first().waitFor();
  assert.equal(await checklist.evaluate((element) => element.variation), 'knee');
  assert.deepEqual(await page.evaluate(() => globalThis.litHtmlVersions?.length), 1, 'Lit was loaded more than once');

  await page.getByRole('button', { name: /^Harder: / }).click();
  await page.locator('pushup-form-checklist[variation="standard"]').waitFor();
  assert.match(await page.locator('#picked').textContent(), /^Now showing standard, one of \d+ variations\.$/);

  const elsewhere = log.requests.filter((url) => !url.startsWith(origin));
  assert.deepEqual(elsewhere, [], 'the page fetched from outside the site');
}

/**
 * What the README tells a reader to paste stays true: the CDN snippet names the package's
 * own version (an unversioned URL would serve whatever is newest, breaking changes
 * included), and every package script the README names exists.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
};

describe('the README', () => {
  it('pins the CDN snippet to the package version', () => {
    const urls = [...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/[^\s"'`)]+/g)].map(([url]) => url);
    assert.ok(urls.length > 0, 'the README has a CDN snippet');
    for (const url of urls) assert.ok(url.includes(`/npm/${pkg.name}@${pkg.version}/`), url);
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map(([, script]) => script);
    const missing = [...new Set(named)].filter((script) => !(script in pkg.scripts));
    assert.deepEqual(missing, []);
  });
});

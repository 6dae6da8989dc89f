/**
 * What the README tells a reader to paste stays true: the CDN snippet names the package's
 * own version (an unversioned URL would serve whatever is newest, breaking changes
 * included), every package script the README names exists, and every snippet marked
 * `<!-- from examples/… -->` is, line for line, in that example, which `npm test` builds
 * and checks against the packed package (or in the demo page's CSS, which the layout-shift
 * test measures). Each frame snippet shows its widget with no complaint from the frame page,
 * and the frame's table names every parameter the page takes.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { variations } from '../content/card/variations.js';
import { matchLocale } from '../content/registry/registry.js';
import { PARAMETER_NAMES, readFrameSettings } from '../embed/frame-parameters.js';

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
    for (const [url] of readme.matchAll(/https:\/\/unpkg\.com\/[^\s"'`)]+/g)) {
      assert.ok(url.startsWith(`https://unpkg.com/${pkg.name}@${pkg.version}/`), url);
    }
  });

  it('gives frame snippets whose every parameter the frame page takes as written', () => {
    const frames = [...readme.matchAll(/<iframe src="([^"]+)"/g)].map(([, src]) => new URL(src));
    assert.ok(frames.length >= 3, 'a snippet for each widget');
    for (const url of frames) {
      assert.ok(url.pathname.endsWith('/dist/embed.html'), url.href);
      const settings = readFrameSettings(url.searchParams, {
        isColour: () => true,
        variationIds: variations.map((variation) => variation.id),
        matchLocale,
      });
      assert.ok(settings.widget, url.href);
      assert.deepEqual(settings.problems, [], url.href);
    }
  });

  it('names every parameter of the frame page in its table', () => {
    const section = readme.slice(readme.indexOf('## Embed in a frame'), readme.indexOf('## With a bundler'));
    const named = [...section.matchAll(/^\| ((?:`[\w-]+`(?:, )?)+) \|/gm)].flatMap(([, cell]) => [...cell.matchAll(/`([\w-]+)`/g)].map(([, name]) => name));
    assert.deepEqual(named.sort(), [...PARAMETER_NAMES].sort());
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map(([, script]) => script);
    const missing = [...new Set(named)].filter((script) => !(script in pkg.scripts));
    assert.deepEqual(missing, []);
  });

  it('copies each framework snippet from a tested example', () => {
    const marked = [...readme.matchAll(/<!-- from ((?:examples|demo)\/[\w./-]+) -->\n+```\w*\n([\s\S]*?)```/g)];
    assert.ok(marked.length >= 6, 'the framework sections quote their examples');
    for (const [, file, block] of marked) {
      const url = new URL(`../../${file}`, import.meta.url);
      assert.ok(existsSync(url), `${file} does not exist`);
      const source = readFileSync(url, 'utf8').split('\n').map((line) => line.trimEnd());
      const lines = block.trimEnd().split('\n').map((line) => line.trimEnd());
      const at = source.findIndex((_, index) => lines.every((line, offset) => source[index + offset] === line));
      assert.ok(at >= 0, `the README's snippet is not in ${file} as written:\n${block}`);
    }
  });
});

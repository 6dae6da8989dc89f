/**
 * What the README and docs/ tell a reader to paste stays true: the CDN snippets name the
 * package's own version (an unversioned URL would serve whatever is newest, breaking changes
 * included), every package script they name exists, and every snippet marked
 * `<!-- from examples/… -->` is, line for line, in that example, which `npm test` builds
 * and checks against the packed package (or in the demo page's CSS, which the layout-shift
 * test measures). Each frame snippet shows its widget with no complaint from the frame page,
 * the frame's table (docs/embedding.md) names every parameter the page takes, the policies
 * of docs/csp.md are the ones the tests and the frame page use, and each end-to-end test the
 * docs name exists.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { variations } from '../content/card/variations.js';
import { matchLocale } from '../content/registry/registry.js';
import { PARAMETER_NAMES, readFrameSettings } from '../embed/frame-parameters.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const readme = read('README.md');
/** docs/*.md, by name. */
const docs = Object.fromEntries(
  readdirSync(new URL('../../docs/', import.meta.url))
    .filter((name) => name.endsWith('.md'))
    .map((name) => [name, read(`docs/${name}`)]),
);
/** The README and every page of docs/, one after the other. */
const allDocs = [readme, ...Object.values(docs)].join('\n');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
};

describe('the README and docs/', () => {
  it('pins the CDN snippet to the package version', () => {
    const urls = [...allDocs.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/[^\s"'`)]+/g)].map(([url]) => url);
    const own = urls.filter((url) => url.startsWith(`https://cdn.jsdelivr.net/npm/${pkg.name}@`));
    assert.ok(own.length > 0, 'the README has a CDN snippet');
    for (const url of own) assert.ok(url.includes(`/npm/${pkg.name}@${pkg.version}/`), url);
    // Lit's packages in the import map: exact versions, which examples/import-map checks against the installed ones.
    for (const url of urls) assert.match(url, /^https:\/\/cdn\.jsdelivr\.net\/npm\/(?:@[\w-]+\/)?[\w-]+@\d+\.\d+\.\d+\//, url);
    for (const [url] of allDocs.matchAll(/https:\/\/unpkg\.com\/[^\s"'`)]+/g)) {
      assert.ok(url.startsWith(`https://unpkg.com/${pkg.name}@${pkg.version}/`), url);
    }
  });

  it('gives frame snippets whose every parameter the frame page takes as written', () => {
    const frames = [...allDocs.matchAll(/<iframe src="([^"]+)"/g)].map(([, src]) => new URL(src));
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
    const page = docs['embedding.md'] ?? '';
    const from = page.indexOf('## Embed in a frame');
    assert.ok(from >= 0, 'docs/embedding.md has a section "## Embed in a frame"');
    const to = page.indexOf('\n## ', from + 1);
    const section = page.slice(from, to < 0 ? undefined : to);
    const named = [...section.matchAll(/^\| ((?:`[\w-]+`(?:, )?)+) \|/gm)].flatMap(([, cell]) => [...cell.matchAll(/`([\w-]+)`/g)].map(([, name]) => name));
    assert.deepEqual(named.sort(), [...PARAMETER_NAMES].sort());
  });

  it('names only npm scripts that exist', () => {
    const named = [...`${allDocs}\n${read('CONTRIBUTING.md')}`.matchAll(/npm run ([\w:-]+)/g)].map(([, script]) => script);
    const missing = [...new Set(named)].filter((script) => !(script in pkg.scripts));
    assert.deepEqual(missing, []);
  });

  it('copies each framework snippet from a tested example', () => {
    // `+` for SvelteKit's route files (`src/routes/+page.svelte`).
    const marked = [...allDocs.matchAll(/<!-- from ((?:examples|demo)\/[\w./+-]+) -->\n+```\w*\n([\s\S]*?)```/g)];
    assert.ok(marked.length >= 6, 'the framework sections quote their examples');
    const markers = allDocs.match(/<!-- from (?:examples|demo)\//g) ?? [];
    assert.equal(marked.length, markers.length, 'a `<!-- from … -->` marker names a path this test cannot read, or no code block follows it');
    for (const [, file, block] of marked) {
      const url = new URL(`../../${file}`, import.meta.url);
      assert.ok(existsSync(url), `${file} does not exist`);
      const source = readFileSync(url, 'utf8').split('\n').map((line) => line.trimEnd());
      const lines = block.trimEnd().split('\n').map((line) => line.trimEnd());
      const at = source.findIndex((_, index) => lines.every((line, offset) => source[index + offset] === line));
      assert.ok(at >= 0, `the docs' snippet is not in ${file} as written:\n${block}`);
    }
  });

  it('gives the policies the end-to-end suite and the frame page use, word for word', () => {
    const policies = [...(docs['csp.md'] ?? '').matchAll(/```\n([^`]+?)```/g)].map(([, block]) => block.split(/\s+/).join(' ').trim());
    const strict = /strict:\s*((?:"[^"]*"\s*\+?\s*)+),/.exec(read('e2e/server.mjs'))?.[1];
    assert.ok(strict, 'e2e/server.mjs has its strict policy');
    const strictPolicy = [...strict.matchAll(/"([^"]*)"/g)].map(([, part]) => part).join('').trim();
    const framePolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('src/embed/embed.html'))?.[1];
    assert.ok(framePolicy, 'src/embed/embed.html has its policy');
    assert.deepEqual(policies, [strictPolicy, framePolicy]);
  });

  it('suggests for many widgets the rule `npm run bench:long-tasks` measures, word for word', () => {
    const measured = /const manyWidgetsRule =\s*'([^']+)'/.exec(read('bench/long-tasks.mjs'))?.[1];
    assert.ok(measured, 'bench/long-tasks.mjs has the rule it measures');
    assert.ok(docs['performance.md']?.includes(`\n${measured}\n`), 'docs/performance.md gives that rule in a block of its own');
  });

  it('names only end-to-end tests that exist', () => {
    const suites = readdirSync(new URL('../../e2e/suites/', import.meta.url))
      .map((name) => read(`e2e/suites/${name}`))
      .join('\n');
    const named = [...allDocs.matchAll(/`(\d+\. [^`]+?)…?`/g)].map(([, name]) => name);
    assert.ok(named.length > 0, 'the docs name the end-to-end tests behind their promises');
    const missing = named.filter((name) => !suites.includes(`'${name}`) && !suites.includes(`\`${name}`));
    assert.deepEqual(missing, []);
  });
});

/**
 * The built package as a consumer's tools meet it, checked after the build: every source
 * map under `dist/` carries the sources it names (`sourcesContent`), since the package
 * ships `dist/` only, so a consumer's bundler (Vite warns otherwise) and devtools need no
 * `src/`; the React wrappers carry the `'use client'` directive Next.js looks for; and the
 * frame page (`dist/embed.html`) keeps its own strict policy.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse, tokenizer } from 'acorn';
import { SourceMapConsumer } from 'source-map-js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const maps = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js.map'));

describe('the built package', () => {
  test('has a source map for every module it ships', () => {
    const modules = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'));
    const missing = modules.filter((file) => !maps.includes(`${file}.map`));
    assert.deepEqual(missing, []);
  });

  test("opens the React wrappers with 'use client', so a Server Component (Next.js) can import them", () => {
    // As Next's bundler reads it: a directive in the module's prologue, before any import.
    const program = parse(readFileSync(join(dist, 'react.js'), 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' });
    assert.equal(program.body[0]?.directive, 'use client', 'dist/react.js does not open with the directive');
    // Only there: every other module is fine on a server.
    const others = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js') && file !== 'react.js')
      .filter((file) => readFileSync(join(dist, file), 'utf8').startsWith("'use client'"));
    assert.deepEqual(others, []);
  });

  test('carries the sources in every source map, so no src/ is needed', () => {
    const without = maps.flatMap((file) => {
      const map = JSON.parse(readFileSync(join(dist, file), 'utf8'));
      return map.sources.flatMap((source, index) => (map.sourcesContent?.[index] ? [] : [`${file}: ${source}`]));
    });
    assert.deepEqual(without, []);
  });
});

/**
 * The files a browser loads as they are (the bundle and `dist/cdn/`) carry Lit's templates
 * minified: no line break, indent or CSS comment of the source is left in any template.
 */
describe('the minified files', () => {
  const loaded = ['pushup-widgets.min.js', ...readdirSync(join(dist, 'cdn')).filter((file) => file.endsWith('.js')).map((file) => `cdn/${file}`)];

  test('ship every template without its source layout or comments', () => {
    const unminified = loaded.flatMap((file) => {
      const code = readFileSync(join(dist, file), 'utf8');
      const templates = [...tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })]
        .filter((token) => token.type.label === 'template')
        .map((token) => code.slice(token.start, token.end));
      // As written in the file: a real line break, not an escaped `\n`.
      return templates
        .filter((text) => /\n|\/\*/.test(text))
        .map((text) => `${file}: ${JSON.stringify(text.slice(0, 60))}`);
    });
    assert.deepEqual(unminified, []);
  });
});

/**
 * The single bundle's source map credits its code to the sources it came from: a reader
 * of a stack trace or a size breakdown lands in the right file. Every byte of
 * `dist/pushup-widgets.min.js` is looked up through the map; at most 2 % may map to no
 * source, and each text of the content (a string literal of 24 characters or more) must
 * map to a file that holds it.
 */
describe('the single bundle\'s source map', () => {
  const code = readFileSync(join(dist, 'pushup-widgets.min.js'), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dist, 'pushup-widgets.min.js.map'), 'utf8')));
  const lines = code.split('\n');
  /** Each mapping, in generated order, with where the next one on its line starts. */
  const mappings = [];
  map.eachMapping((each) => mappings.push(each), null, SourceMapConsumer.GENERATED_ORDER);

  test('maps at least 98 % of the bytes to a source', () => {
    let mapped = 0;
    mappings.forEach((each, index) => {
      const next = mappings[index + 1];
      const end = next && next.generatedLine === each.generatedLine ? next.generatedColumn : lines[each.generatedLine - 1].length;
      if (each.source) mapped += end - each.generatedColumn;
    });
    const total = code.length - (lines.length - 1);
    const unmapped = (total - mapped) / total;
    assert.ok(unmapped <= 0.02, `${(unmapped * 100).toFixed(1)} % of ${total} bytes map to no source`);
  });

  test('credits each text of the content to a source that holds it', () => {
    const wrong = [];
    let checked = 0;
    for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true })) {
      if (token.type.label !== 'string' && token.type.label !== 'template') continue;
      // Prose only: markup, CSS and module paths are rewritten by the build on purpose.
      if (/[<>{}]|^\.\//.test(String(token.value))) continue;
      // The source writes the text in its own quotes and escapes: compare its longest plain stretch.
      const probe = String(token.value)
        .split(/["'`\\\n]/)
        .reduce((a, b) => (b.length > a.length ? b : a), '');
      if (probe.length < 24) continue;
      checked += 1;
      const { line, column } = token.loc.start;
      const at = map.originalPositionFor({ line, column, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
      const content = at.source ? map.sourceContentFor(at.source, true) : null;
      if (!content?.includes(probe)) wrong.push(`"${probe.slice(0, 40)}…" credited to ${at.source ?? 'nothing'}`);
    }
    assert.ok(checked > 200, `${checked} texts checked`);
    assert.ok(wrong.length <= checked * 0.02, `${wrong.length} of ${checked} texts credited to the wrong file:\n${wrong.slice(0, 10).join('\n')}`);
  });
});

/**
 * The frame page, as a CDN serves it to a site's `<iframe>`, and the embed builder beside
 * it: each one's Content-Security-Policy is in a `<meta>` before anything it loads, word for
 * word, and nothing runs or styles it that the policy would have to allow inline: no inline
 * script, no `<style>`, no `style=`, no event handler attribute.
 */
for (const { name, file, own, where } of [
  { name: 'the frame page', file: 'embed.html', own: 'embed', where: '11. in a frame, the page' },
  { name: 'the embed builder', file: 'builder.html', own: 'builder', where: '12. the builder page' },
]) {
  describe(name, () => {
    const page = readFileSync(join(dist, file), 'utf8');
    const markup = page.replace(/<!--[^]*?-->/g, '');

    test(`${where} carries its strict CSP in a meta, before anything it loads`, () => {
      const metas = [...markup.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
      assert.equal(metas.length, 1);
      assert.equal(
        metas[0][1],
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
          "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
      );
      const firstLoad = markup.search(/<(?:script|link|style)\b/i);
      assert.ok(metas[0].index < firstLoad, 'the policy comes before the first script, style sheet or preload');
      assert.doesNotMatch(metas[0][1], /unsafe-(?:inline|eval)/);
    });

    test(`${where} has no inline script or style: only its own files, from its own folder`, () => {
      const scripts = [...markup.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/gi)];
      assert.deepEqual(
        scripts.map(([, attributes, body]) => ({ src: /\ssrc="([^"]+)"/.exec(attributes)?.[1], body: body.trim() })),
        [{ src: `./${own}.js`, body: '' }],
      );
      assert.doesNotMatch(markup, /<style\b/i);
      assert.doesNotMatch(markup, /\sstyle=/i);
      assert.doesNotMatch(markup, /\son[a-z]+=/i);
      const loaded = [...markup.matchAll(/\s(?:src|href)="([^"]+)"/g)].map(([, address]) => address).filter((address) => address !== 'data:,');
      assert.deepEqual(loaded.sort(), [`./${own}.css`, `./${own}.js`, './pushup-widgets.min.js']);
      for (const file of loaded) assert.ok(readdirSync(dist).includes(file.slice(2)), `${file} is built beside the page`);
    });
  });
}

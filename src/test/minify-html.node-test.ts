/**
 * The build's template minifier (scripts/minify-html-literals.mjs): in Lit's `html`
 * templates, a run of whitespace with a line break becomes one space, which is what HTML
 * makes of it; expressions, other templates and strings are left as written.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { minifyHtmlTemplates } from '../../scripts/minify-html-literals.mjs';

const minify = (code: string) => minifyHtmlTemplates(code, parseAst)?.toString() ?? null;

describe('minifyHtmlTemplates', () => {
  it('turns each run of whitespace with a line break into one space', () => {
    const code = 'html`\n  <li part="cue"\n      class="cue">\n    ${text}<span>, ${more}</span>\n  </li>\n`;';
    assert.equal(minify(code), 'html` <li part="cue" class="cue"> ${text}<span>, ${more}</span> </li> `;');
  });

  it('keeps the spaces of a line without a break, and every expression as written', () => {
    const code = 'html`<p><strong>${a}</strong> ${b}</p>${list.map((item) => `\n  ${item}\n`)}${x ? html`\n  <b>${"\\n  kept"}</b>` : ""}`;';
    assert.equal(
      minify(code),
      'html`<p><strong>${a}</strong> ${b}</p>${list.map((item) => `\n  ${item}\n`)}${x ? html` <b>${"\\n  kept"}</b>` : ""}`;',
    );
  });

  it('finds a template written with a space before its text, as TypeScript emits it', () => {
    assert.equal(minify('const view = html `\n  <p></p>\n`;'), 'const view = html ` <p></p> `;');
  });

  it('leaves other tags, and code without a template, alone', () => {
    assert.equal(minify('css`\n  :host {\n  }\n`; svg`\n <g></g>`;'), null);
    assert.equal(minify('const html = 1;'), null);
  });
});

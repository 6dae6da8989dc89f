/**
 * A rollup plugin that shortens the markup of Lit's `html` tagged templates: each run of
 * whitespace that holds a line break becomes one space. Terser leaves template literals as
 * written, so without this every line break and indent of every template would ship.
 *
 * One space is what HTML makes of such a run wherever whitespace collapses, which is
 * everywhere in these templates (none is inside `<pre>` or `<textarea>`, and no style sets
 * `white-space: pre*`), so the elements render and read exactly as before. Only the
 * templates' own text changes, never an expression inside `${…}`: the module is parsed
 * (rollup's own parser) to find each template and its static parts.
 */
import MagicString from 'magic-string';

/** Every node of an ESTree `node`, itself first. */
function* nodesOf(node) {
  yield node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') yield* nodesOf(child);
    }
  }
}

/**
 * `code` with the static text of each `html` template shortened, or null when there is
 * nothing to shorten. `parse` turns code into an ESTree program with positions.
 */
export function minifyHtmlTemplates(code, parse) {
  if (!/\bhtml\s*`/.test(code)) return null;
  const output = new MagicString(code);
  for (const node of nodesOf(parse(code))) {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'html') continue;
    for (const { start, end } of node.quasi.quasis) {
      const text = code.slice(start, end);
      const shorter = text.replace(/\s*\n\s*/g, ' ');
      if (shorter !== text) output.overwrite(start, end, shorter);
    }
  }
  return output.hasChanged() ? output : null;
}

/** @returns {import('rollup').Plugin} */
export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (id.includes('/node_modules/')) return null;
      const output = minifyHtmlTemplates(code, (source) => this.parse(source));
      return output && { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

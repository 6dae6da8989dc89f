/**
 * A rollup plugin that minifies the CSS inside Lit's `css` tagged templates: comments go,
 * and whitespace is cut to what CSS needs. Terser leaves template literals as written, so
 * without this every comment and indent of the styles would ship in every build.
 *
 * Deliberately small, for the styles this package writes: a template with an
 * interpolation (`${…}`) is left as it is, quoted strings are kept byte for byte, and
 * only whitespace that CSS never reads is removed (around `{ } ; , >` and after `:`; a
 * space before `:` can be a descendant combinator, and `+` and `-` need theirs in `calc()`).
 */
import MagicString from 'magic-string';

const cssTemplate = /\bcss\s*`((?:\\.|[^`\\])*)`/g;
const quoted = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/;

/** `source` (one template's CSS) with its comments and needless whitespace removed. */
export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(quoted)
    .map((part, index) =>
      // Odd parts are the quoted strings the split kept.
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** @returns {import('rollup').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('css')) return null;
      const output = new MagicString(code);
      let changed = false;
      for (const match of code.matchAll(cssTemplate)) {
        const [whole, css] = match;
        if (css.length === 0 || css.includes('${')) continue;
        const start = match.index + whole.indexOf('`') + 1;
        output.overwrite(start, start + css.length, minifyCss(css));
        changed = true;
      }
      return changed ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}

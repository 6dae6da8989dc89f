/**
 * The package's entry points, read from one place: the `exports` map of package.json.
 * Every export that points at `./dist/<path>.js` (other than the files built on their own:
 * the min bundle and the frame page's parent script) is built from `src/<path>.ts`; an
 * entry whose source does not exist yet is skipped, so a new element is picked up by the
 * build, the size report and the demo without editing them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The self-contained bundle for a CDN script tag, and the source it is built from. */
export const minBundle = { source: 'src/index.ts', output: 'dist/pushup-widgets.min.js' };

/**
 * The frame page (`dist/embed.html` with its style sheet and script, which imports the min
 * bundle beside it) and the script a page that embeds it adds (`dist/embed-frame.js`, one
 * file, classic or module). Built by rollup.config.ts on their own, as a browser loads them.
 */
export const framePage = {
  html: { source: 'src/embed/embed.html', output: 'dist/embed.html' },
  css: { source: 'src/embed/embed.css', output: 'dist/embed.css' },
  script: { source: 'src/embed/embed.ts', output: 'dist/embed.js' },
  parentScript: { source: 'src/embed/embed-frame.ts', output: 'dist/embed-frame.js' },
};

/**
 * The embed builder (`dist/builder.html` with its style sheet and script, which imports the
 * min bundle beside it, as the frame page does). Built by rollup.config.ts on its own.
 */
export const builderPage = {
  html: { source: 'src/builder/builder.html', output: 'dist/builder.html' },
  css: { source: 'src/builder/builder.css', output: 'dist/builder.css' },
  script: { source: 'src/builder/builder.ts', output: 'dist/builder.js' },
};

/** Outputs that an `exports` entry names but that are not built from `src/<path>.ts`. */
const builtOnTheirOwn = new Set([minBundle.output, framePage.parentScript.output].map((output) => `./${output}`));

/**
 * @typedef {object} Entry
 * @property {string} specifier  What a user imports, e.g. `pushup-widgets/content.js`.
 * @property {string} source     Source file, relative to the repo root (`src/content.ts`).
 * @property {string} output     Built file, relative to the repo root (`dist/content.js`).
 * @property {boolean} exists    Whether the source exists yet.
 */

/** @returns {Entry[]} every entry that `exports` names, in its order. */
export function allEntries() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : (target.import ?? target.default);
    const match = /^\.\/dist\/(.+)\.js$/.exec(file ?? '');
    if (!match || builtOnTheirOwn.has(file)) continue;
    const source = `src/${match[1]}.ts`;
    entries.push({
      specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
      source,
      output: `dist/${match[1]}.js`,
      exists: existsSync(new URL(`../${source}`, import.meta.url)),
    });
  }
  return entries;
}

/** @returns {Entry[]} the entries whose source exists today. */
export function existingEntries() {
  return allEntries().filter((entry) => entry.exists);
}

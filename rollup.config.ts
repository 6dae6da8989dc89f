/**
 * `npm run build`: `NODE_OPTIONS=--import=tsx rollup -c rollup.config.ts`. (tsx loads this
 * file: `--configPlugin typescript` cannot, as tsconfig.json's program is `src/` only.)
 *
 * 1. `dist/` for npm: unbundled ES modules mirroring `src/` (one file per source module),
 *    Lit left as a dependency, `.d.ts` files and source maps. Built from every entry in
 *    package.json `exports` whose source exists (see scripts/entries.mjs).
 * 2. `dist/pushup-widgets.min.js` for a CDN script tag: `src/index.ts` as one minified
 *    ES module with Lit inlined in its production build.
 * 3. `dist/cdn/`: the autoloader and its chunks (see below).
 * 4. The frame page, `dist/embed.html` with `embed.css` and `embed.js` (which imports the
 *    bundle of 2.), and `dist/embed-frame.js` for the page that embeds it (see below).
 * 5. The embed builder, `dist/builder.html` with `builder.css` and `builder.js`, built as
 *    the frame page is (see 4.).
 */
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import MagicString from 'magic-string';
import type { Plugin, RenderedChunk, RollupOptions, WarningHandlerWithDefault } from 'rollup';
import { builderPage, existingEntries, framePage, minBundle } from './scripts/entries.mjs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** Tests are neither built nor declared. (Patterns resolve from tsconfig's `rootDir`, `src`.) */
const tests = ['**/*.test.ts', '**/*.node-test.ts', 'test/**'];

/**
 * `inlineSources`: the package ships `dist/` only, so each source map carries its sources
 * (`sourcesContent`); a consumer's bundler and devtools then need no `src/`.
 */
const typescriptOptions = { exclude: tests, outDir: 'dist', inlineSources: true } as const;

/** `lit`, `lit/*`, `@lit/*` (and Lit's own packages): peers of the npm build, not inlined. */
const isLit = (id: string): boolean => /^(?:lit|lit-html|lit-element|@lit\/[^/]+)(?:\/|$)/.test(id);

/** `react`: the optional peer that only `pushup-widgets/react` imports; never inlined. */
const isPeer = (id: string): boolean => isLit(id) || /^react(?:\/|$)/.test(id);

/**
 * Fail rather than warn: a bare import that is neither Lit nor resolved would silently
 * become external, and a circular import breaks the rule that imports point down only.
 */
const strictWarnings: WarningHandlerWithDefault = (warning, warn) => {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'CIRCULAR_DEPENDENCY') {
    throw new Error(warning.message);
  }
  warn(warning);
};

/**
 * Terser, for the files a browser loads as they are: the bundle and `dist/cdn/`. A second
 * compress pass finds what the first one's inlining exposed (72 bytes gzipped on the
 * bundle); a third finds nothing more.
 */
const minify = ({ module = true } = {}) =>
  terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } });

/**
 * V8's explicit compile hint (Chromium 136 and later; a plain comment elsewhere), as the
 * first line of the chunks `wanted` picks: those whose functions mostly run as soon as they
 * load, as the bundle's and each element's do on a page showing widgets. They are then
 * compiled on a background thread while the file streams in, rather than one by one on the
 * main thread at their first call. Put after terser, which drops comments.
 */
const compileHint = (wanted: (chunk: RenderedChunk) => boolean): Plugin => ({
  name: 'compile-hint',
  renderChunk(code, chunk) {
    if (!wanted(chunk)) return null;
    const output = new MagicString(code).prepend('//# allFunctionsCalledOnLoad\n');
    return { code: output.toString(), map: output.generateMap({ hires: true }) };
  },
});

/**
 * The markup of Lit's `html` and the CSS of its `css` templates minified, as terser leaves
 * template literals as written: Lit's own plugin (html-minifier-next and lightningcss).
 * `conservativeCollapse` turns a run of whitespace into one space, never none, so text
 * beside an expression keeps its space (a space between inline elements reads as one).
 * A template it cannot minify fails the build rather than ship as written.
 */
const minifyTemplates = () =>
  minifyLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } });

const entries = existingEntries();
const config: RollupOptions[] = [
  {
    input: Object.fromEntries(entries.map((entry) => [entry.output.slice('dist/'.length, -'.js'.length), entry.source])),
    external: isPeer,
    onwarn: strictWarnings,
    // This build type-checks (a type error fails it, as no broken `.d.ts` should ship).
    plugins: [
      typescript({ ...typescriptOptions, declaration: true, declarationDir: 'dist', noEmitOnError: true }),
      // After TypeScript, whose output they rewrite: see each script.
      minifyTemplates(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // A helper TypeScript imports from tslib would be kept in `dist/vendor/`, since npm
      // drops any `node_modules` folder from a tarball and Lit stays the only dependency.
      // (None today: the elements declare `static properties`, so no decorator helper is emitted.)
      entryFileNames: ({ name }) => `${name.replace(/^(?:.*\/)?node_modules\//, 'vendor/')}.js`,
      // The React wrappers run in the browser: with the directive, a Server Component (Next.js
      // App Router) may import them. Written here, as rollup drops a module-level directive
      // from the source with a warning.
      banner: (chunk) => (chunk.fileName === 'react.js' ? "'use client';" : ''),
      sourcemap: true,
    },
  },
];

if (existsSync(minBundle.source)) {
  config.push({
    input: minBundle.source,
    onwarn: strictWarnings,
    plugins: [
      // Lit's `production` export condition: no dev-mode checks or console notice.
      nodeResolve({ exportConditions: ['production'] }),
      // Same sources as above, already checked there: skip checking them twice.
      typescript({ ...typescriptOptions, declaration: false, declarationMap: false, noCheck: true }),
      minifyTemplates(),
      minify(),
      compileHint((chunk) => chunk.isEntry),
    ],
    // A directory, not one file: each shipped locale is a chunk of its own beside the bundle
    // (`pushup-widgets.es.min.js`), fetched only by a page whose widgets show it.
    output: {
      dir: 'dist',
      entryFileNames: minBundle.output.slice('dist/'.length),
      chunkFileNames: 'pushup-widgets.[name].min.js',
      format: 'es',
      sourcemap: true,
    },
  });
} else {
  console.warn(`${minBundle.source} does not exist yet: ${minBundle.output} is not built.`);
}

/**
 * 3. `dist/cdn/` for a CDN page that wants only what it shows: `autoloader.js` fetches each
 *    element's module when its tag appears, and `content.js` (src/cdn-content.ts) gives a
 *    page `registerContent()`, `registerLocale()` and `configure()`. Each element's chunk holds its code
 *    and its content; what every element needs (Lit, the shared code, the registry, the
 *    references and the parts of the content they share) is one chunk, `shared`, fetched
 *    once; the rest (saving progress, for the checklist and the quiz; the card's stamps)
 *    as rollup splits it; a locale and the content check only when needed. Each file is one
 *    more gzip stream, so fewer files cost a page less.
 */
/** What every element loads: Lit but its directives, `src/shared/` but saving progress and stamps, and the registry and common content. */
const isShared = (id: string): boolean =>
  /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\/(?!.*directives\/)/.test(id) ||
  /\/src\/shared\/(?!persist-controller|stamp)/.test(id) ||
  /\/src\/content\/(?:registry\/(?:registry|merge|format|patterns)|shared\/[\w-]+)\.ts$/.test(id);

config.push({
  input: { autoloader: 'src/autoloader.ts', content: 'src/cdn-content.ts' },
  onwarn: strictWarnings,
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ ...typescriptOptions, outDir: 'dist/cdn', declaration: false, declarationMap: false, noCheck: true }),
    minifyTemplates(),
    minify(),
    // Not the autoloader nor content.js: a few lines, run as they are.
    compileHint((chunk) => !chunk.isEntry),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    manualChunks: (id) => (isShared(id) ? 'shared' : undefined),
    sourcemap: true,
  },
});

/**
 * 4. The frame page for sites that take an `<iframe>` but not a script. `dist/embed.js`
 *    imports the widgets from the bundle beside it (`./pushup-widgets.min.js`): the page
 *    loads the same file a script tag would, never a second copy. The source imports
 *    `src/index.ts`, for its types; here that import becomes the bundle's address. Only what
 *    `embed.ts` uses of the modules it reads (the parameter checks) is kept: none has a side
 *    effect to keep, while the bundle's (defining the elements) is the point of importing it.
 *    The page's HTML and CSS are copied as they are.
 * 5. The embed builder (`dist/builder.html`), the same way: its script imports the bundle
 *    and, as `pushup-widgets:package-version`, the version read from package.json here,
 *    which its snippets' CDN addresses name.
 */
const BUNDLE_IMPORT = 'pushup-widgets:bundle';
/** The package's version, for the builder's snippets (`src/builder/package-version.d.ts`). */
const VERSION_MODULE = 'pushup-widgets:package-version';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

type StaticPage = { html: { source: string; output: string }; css: { source: string; output: string }; script: { source: string } };

/** A page of its own (the frame page, the builder): its HTML and CSS copied, its script importing the bundle. */
const staticPageFiles = (page: StaticPage): Plugin => ({
  name: 'static-page',
  resolveId(source, importer) {
    if (source === '../index.js' && importer?.endsWith(page.script.source)) return { id: BUNDLE_IMPORT, external: true };
    if (source === VERSION_MODULE) return `\0${VERSION_MODULE}`;
    return null;
  },
  load(id) {
    return id === `\0${VERSION_MODULE}` ? `export const version = ${JSON.stringify(version)};` : null;
  },
  buildStart() {
    for (const file of [page.html, page.css]) {
      this.addWatchFile(file.source);
      this.emitFile({ type: 'asset', fileName: basename(file.output), source: readFileSync(file.source, 'utf8') });
    }
  },
});

for (const page of [framePage, builderPage]) {
  config.push({
    input: { [basename(page.script.output, '.js')]: page.script.source },
    onwarn: strictWarnings,
    treeshake: { moduleSideEffects: (_id, external) => external },
    plugins: [
      staticPageFiles(page),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ ...typescriptOptions, declaration: false, declarationMap: false, noCheck: true }),
      minify(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      paths: { [BUNDLE_IMPORT]: `./${basename(minBundle.output)}` },
      sourcemap: true,
    },
  });
}

/**
 * `dist/embed-frame.js`: one file with nothing to import, wrapped in a function so that it
 * declares no global, for a `<script>` tag of either kind on the page that embeds the frame.
 */
config.push({
  input: { 'embed-frame': framePage.parentScript.source },
  onwarn: strictWarnings,
  plugins: [
    typescript({ ...typescriptOptions, declaration: false, declarationMap: false, noCheck: true }),
    minify({ module: false }),
  ],
  output: { dir: 'dist', format: 'iife', entryFileNames: '[name].js', sourcemap: true },
});

export default config;

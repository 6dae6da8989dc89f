#!/usr/bin/env node
/**
 * `npm run size`: what each entry costs a page, measured on the built `dist/`.
 *
 * Ours rather than `size-limit`: that tool sums files or bundles an entry with its own
 * minifier, but two of our figures need more. The autoloader page is the chain of chunks
 * the autoloader and one element's chunk import (hashed names, found by reading the
 * imports), and the floor splits each figure into Lit, the text it shows and our code.
 *
 * Each entry is bundled in memory the way an app's bundler would ship it: minified with
 * terser, in Lit's production build, then gzipped at level 9 and, as CDNs also serve it,
 * compressed with brotli at quality 11. Two figures per entry:
 * with Lit inlined (the cost to a page that has no Lit yet) and without it (the cost to a
 * page that already loads Lit). Then the file a CDN serves, `dist/pushup-widgets.min.js`,
 * and each locale chunk beside it, which only a page showing that locale fetches. A
 * locale is loaded with a dynamic `import()`, so it is never counted in an entry.
 *
 * Then the budgets: each figure beside the limit CI enforces, the target, and the floor
 * (Lit alone, and the text alone), with the code figure (total less Lit less text). Exits
 * non-zero when any figure is over its limit.
 *
 * Last, the tables of docs/performance.md, between its `size-table: start` and `end`
 * comments: `npm run size -- --write-docs` writes them from this build, and a plain
 * `npm run size` (which CI runs after the build) exits non-zero when the committed tables
 * differ from what it measured, so no figure in the docs can go stale.
 */
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { builderPage, existingEntries, framePage, minBundle, root } from './entries.mjs';

const isLit = (id) => /^(?:lit|lit-html|lit-element|@lit\/[^/]+)(?:\/|$)/.test(id);
/** React, the optional peer of `pushup-widgets/react`: the app brings it, so it is never counted. */
const isReact = (id) => /^react(?:\/|$)/.test(id);

const entries = existingEntries();
const missing = [...entries.map((entry) => entry.output), minBundle.output].filter(
  (file) => !existsSync(new URL(file, `file://${root}`)),
);
if (missing.length > 0) {
  console.error(`size: ${missing.join(', ')} not found; run \`npm run build\` first.`);
  process.exit(1);
}

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const brotliSize = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Minified code of `file` bundled with Lit inlined, or with Lit left external. */
async function minified(file, { inlineLit }) {
  const bundle = await rollup({
    input: new URL(file, `file://${root}`).pathname,
    external: (id) => isReact(id) || (!inlineLit && isLit(id)),
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2020, module: true })],
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      // `dist/react.js` opens with 'use client' for React Server Components; an app's bundler
      // drops it the same way, and it costs nothing.
      if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
      warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    // The entry and every chunk it imports statically, as one file; chunks loaded with
    // `import()` (the locales, the content check) are fetched only on demand.
    const chunks = new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const reached = new Set();
    const visit = (chunk) => {
      if (reached.has(chunk)) return;
      reached.add(chunk);
      for (const file of chunk.imports) if (chunks.has(file)) visit(chunks.get(file));
    };
    visit([...chunks.values()].find((chunk) => chunk.isEntry));
    return [...reached].map((chunk) => chunk.code).join('\n');
  } finally {
    await bundle.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = await Promise.all(
  entries.map(async (entry) => {
    const [withLit, withoutLit] = await Promise.all([
      minified(entry.output, { inlineLit: true }),
      minified(entry.output, { inlineLit: false }),
    ]);
    return [entry.specifier, kb(withLit.length), kb(gzipSize(withLit)), kb(brotliSize(withLit)), kb(gzipSize(withoutLit))];
  }),
);
/** The chunks `file` (in `folder`) imports statically, and theirs: what a page fetches before the code runs. */
function staticClosure(folder, files) {
  const read = (file) => readFileSync(new URL(file, folder), 'utf8');
  const imports = (code) =>
    [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map(([, file]) => file);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of imports(read(file))) visit(next);
  };
  files.forEach(visit);
  return [...seen].map((file) => ({ file, code: read(file) }));
}

// The single bundle is one file; were it ever split, the files it imports count too.
const bundleFiles = staticClosure(new URL('dist/', `file://${root}`), [minBundle.output.slice('dist/'.length)]);
const bundleSize = (measure) => bundleFiles.reduce((sum, { code }) => sum + measure(code), 0);
rows.push([
  `${minBundle.output}${bundleFiles.length > 1 ? ` (${bundleFiles.length} files)` : ''}`,
  kb(bundleSize((code) => Buffer.byteLength(code))),
  kb(bundleSize(gzipSize)),
  kb(bundleSize(brotliSize)),
  '',
]);
/** The rows of docs/performance.md's second table: files a page fetches beyond an entry. */
const docOthers = [];
for (const file of readdirSync(new URL('dist/', `file://${root}`))) {
  if (!/^pushup-widgets\.[\w-]+\.min\.js$/.test(file)) continue;
  const chunk = readFileSync(new URL(`dist/${file}`, `file://${root}`));
  const what = file === 'pushup-widgets.check.min.js' ? 'content check' : 'locale';
  rows.push([`dist/${file} (${what}, on demand)`, kb(chunk.length), kb(gzipSize(chunk)), kb(brotliSize(chunk)), '']);
  const locale = /^pushup-widgets\.([\w-]+)\.min\.js$/.exec(file)[1];
  docOthers.push([
    `\`dist/${file}\`: ${what === 'locale' ? `the \`${locale}\` locale, for a page that shows it` : 'the content check, for a page that supplies content'}`,
    kb(gzipSize(chunk)),
    kb(brotliSize(chunk)),
  ]);
}

/**
 * A CDN page using the autoloader with one element: the autoloader, the element's chunk
 * and every chunk those import statically, each fetched once (gzipped, as a CDN serves it).
 */
const cdnDir = new URL('dist/cdn/', `file://${root}`);
if (existsSync(cdnDir)) {
  const autoloader = readFileSync(new URL('autoloader.js', cdnDir), 'utf8');
  for (const tag of ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card']) {
    const chunk = new RegExp(`import\\(["']\\./(${tag}-[\\w-]+\\.js)["']\\)`).exec(autoloader)?.[1];
    if (!chunk) continue;
    const files = staticClosure(cdnDir, ['autoloader.js', chunk]);
    const raw = files.reduce((sum, { code }) => sum + Buffer.byteLength(code), 0);
    const gzipped = files.reduce((sum, { code }) => sum + gzipSize(code), 0);
    const brotli = files.reduce((sum, { code }) => sum + brotliSize(code), 0);
    rows.push([`dist/cdn: autoloader page with one <${tag}> (${files.length} files)`, kb(raw), kb(gzipped), kb(brotli), '']);
    if (tag !== 'pushup-form-checklist') {
      docOthers.push([`the CDN autoloader and one \`<${tag}>\` (${files.length} files)`, kb(gzipped), kb(brotli)]);
    }
  }
}

/**
 * The frame page for sites that take an `<iframe>` but not a script: its own files (the
 * page, its style sheet and script), then with the bundle it loads; and `embed-frame.js`, the
 * one script a page that embeds frames may add. Each file gzipped on its own, as a CDN
 * serves it. Measures, not budgets.
 */
const frameOwn = [framePage.html, framePage.css, framePage.script].map((file) => file.output);
if ([...frameOwn, framePage.parentScript.output].every((file) => existsSync(new URL(file, `file://${root}`)))) {
  const measure = (files, label, docLabel) => {
    const codes = files.map((file) => readFileSync(new URL(file, `file://${root}`)));
    const sum = (size) => codes.reduce((total, code) => total + size(code), 0);
    rows.push([label, kb(sum((code) => code.length)), kb(sum(gzipSize)), kb(sum(brotliSize)), '']);
    docOthers.push([docLabel, kb(sum(gzipSize)), kb(sum(brotliSize))]);
  };
  measure(
    frameOwn,
    `dist/embed.html: the frame page's own files (${frameOwn.length} files)`,
    `the frame page \`dist/embed.html\`: its own files (${frameOwn.length} files)`,
  );
  measure(
    [...frameOwn, ...bundleFiles.map(({ file }) => `dist/${file}`)],
    `dist/embed.html: the frame page with the bundle (${frameOwn.length + bundleFiles.length} files)`,
    `the frame page with the bundle (${frameOwn.length + bundleFiles.length} files)`,
  );
  measure(
    [framePage.parentScript.output],
    `${framePage.parentScript.output} (for the page around the frames)`,
    `\`${framePage.parentScript.output}\`, for the page around the frames`,
  );
  // The embed builder, a page for the people who embed the widgets: its own files (its
  // script holds the form's checks and the snippet writer; the widgets come from the bundle).
  const builderOwn = [builderPage.html, builderPage.css, builderPage.script].map((file) => file.output);
  if (builderOwn.every((file) => existsSync(new URL(file, `file://${root}`)))) {
    measure(
      builderOwn,
      `dist/builder.html: the embed builder's own files (${builderOwn.length} files)`,
      `the embed builder \`dist/builder.html\`: its own files (${builderOwn.length} files)`,
    );
  }
}

/**
 * The floor: what no implementation can avoid shipping. Lit (its share of the entry: the
 * entry with Lit inlined less the entry without it) and the text the entry shows (every
 * string of its English content, joined and gzipped on its own). What is left is our code
 * and styles: the part to cut.
 */
const content = (name) => import(new URL(`dist/content/${name}.js`, `file://${root}`).href);
const [{ en }, { enChecklist }, { enCard }, { enQuiz }] = await Promise.all(
  ['en', 'checklist/content', 'card/content', 'quiz/content'].map(content),
);
const stringsOf = (value) =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsOf)
        : [];
const textSize = (shown) => gzipSize(stringsOf(shown).join('\n'));
const text = { all: textSize(en), checklist: textSize(enChecklist), card: textSize(enCard), quiz: textSize(enQuiz) };

/**
 * Budgets, in KB of min+gzip (brotli beside it). `limit` is what CI enforces: a ratchet at
 * today's figure. A change that makes a page pay more fails the build unless it pays for
 * itself or raises the limit in the same change, with the reason in its message; each cut
 * lowers it. Raised so far: 0.1 KB on the card for a page of 100 cards rendered twice as
 * fast, and every figure for the referral results and the privacy of health answers (the
 * call button, page-wide numbers, answers that expire and can be forgotten, causes beyond
 * the first three, the library's own ratings, source titles marked with their language);
 * and by 0.1 KB on the quiz and the CDN checklist page for the source being what ships
 * (the quiz's step in a module of its own, which moves Lit's directives after the result's
 * templates in the bundle; the cue texts and variation names written in their own modules);
 * and for the base class split into controllers and the quiz into its flow, stored answers
 * and focus (0.3 KB on the quiz, 0.1 KB on the others), and first renders that share a
 * page's time in slices (0.1 to 0.2 KB on each); and for the pictures (the figure renderer
 * with its styles, every pose and the cues' pairs, 3.0 KB gzipped on their own, and their
 * text alternatives, 0.5 KB): 3.4 KB on the bundle, 2.8 KB on the card, 2.4 KB on the checklist
 * and 3.3 KB on its CDN page; and for the quiz's back-view body map (its SVG, styles and
 * choosing by region), 1.3 KB on the quiz and on the bundle; then 0.1 to 0.4 KB on the
 * card, the checklist and the bundle for figures that move only on screen and pictures drawn
 * only when their explanation opens or the page prints, which brought the longest task of a
 * page with 200 widgets back under 200 ms; 0.2 KB on the card and the bundle for a card
 * that waits for a framework's late `variation` rather than flash its message; and for
 * page-wide settings that reach every element (`persist`, `lang` and `action-levels` beside
 * the numbers, each checked as its attribute is): the checklist and the card now carry the
 * page-settings module, 0.8 KB each, and 0.4 KB on the quiz and the CDN checklist page, 0.3
 * KB on the bundle; and for a site's own call to action in the quiz's results (two slots
 * that render only when filled, the rule that keeps them off emergency results,
 * `action-levels`), 0.4 KB on the quiz and the bundle, 0.1 KB on the CDN checklist page,
 * whose shared chunk holds the slots' controller; and for the card's and the checklist's
 * action slots, 0.2 KB on the card (its notice and sources now a copy of their own, after
 * the action) and 0.1 KB on the checklist and the bundle, while shorter warnings gave the
 * quiz 0.1 KB back; and 0.1 KB on the checklist, the quiz and the CDN checklist page for
 * settings that reflect to attributes, so a server renderer that sets them as properties
 * (Astro's) keeps them in its HTML; and 0.1 KB on the quiz, 0.2 KB on the bundle,
 * for the quiz's result settings and step wiring in controllers of their own, which brought
 * its element file from 393 to 348 lines; and 0.3 KB on the card and the bundle for a moving
 * figure's keyframes built the first time a card draws that variation, not as the bundle
 * loads, which halved the time every page spends evaluating the bundle; while the quiz's settings in a
 * class of their own gave the quiz 0.1 KB back. The quiz carries no figure renderer, and the card and
 * the checklist no body map.
 *
 * `target` (gzip) and `brotliTarget` are the goals: for the bundle and the autoloader page
 * the realistic floor with today's features and text; for each entry 1 KB under its figure
 * before those features. The code figure and the floor are measures, not gates.
 */
const budgets = [
  { row: 'dist/pushup-widgets.min.js', label: '`dist/pushup-widgets.min.js` (all three)', text: 'all', target: 32, brotliTarget: 28, limit: 43.0 },
  { row: 'pushup-widgets/pushup-form-checklist.js', label: '`pushup-widgets/pushup-form-checklist.js`', text: 'checklist', target: 16.6, limit: 21.9 },
  { row: 'pushup-widgets/variation-risk-card.js', label: '`pushup-widgets/variation-risk-card.js`', text: 'card', target: 16.0, limit: 21.9 },
  { row: 'pushup-widgets/back-pain-quiz.js', label: '`pushup-widgets/back-pain-quiz.js`', text: 'quiz', target: 24.8, limit: 30.8 },
  {
    row: 'dist/cdn: autoloader page with one <pushup-form-checklist>',
    label: 'the CDN autoloader and one checklist',
    text: 'checklist',
    target: 18.5,
    brotliTarget: 16.5,
    limit: 25.3,
  },
];

const header = ['entry', 'min', 'min+gzip', 'min+brotli', 'min+gzip without Lit'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells, sizes = widths) =>
  cells.map((cell, column) => (column === 0 ? cell.padEnd(sizes[column]) : cell.padStart(sizes[column]))).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log('\nmin: terser, Lit production build; gzip: level 9; brotli: quality 11. KB = 1024 bytes.');

const litShare = Object.fromEntries(
  await Promise.all(
    rows
      .filter((row) => row[4] !== '')
      .map(async (row) => [row[0], Number.parseFloat(row[2]) - Number.parseFloat(row[4])]),
  ),
);
// The bundle and the autoloader page inline the same Lit as the full entry.
const litOf = (name) => litShare[name] ?? litShare['pushup-widgets'];

const budgetHeader = ['budget', 'min+gzip', 'limit', 'target', 'min+brotli', 'brotli target', 'Lit', 'text', 'code'];
const budgetRows = [];
/** The rows of docs/performance.md's first table: the budgets. */
const docBudgets = [];
let overLimit = 0;
let overTarget = 0;
for (const budget of budgets) {
  const row = rows.find((each) => each[0].startsWith(budget.row));
  if (!row) {
    console.error(`size: no figure for ${budget.row}.`);
    process.exit(1);
  }
  const total = Number.parseFloat(row[2]);
  const lit = litOf(budget.row);
  const textKb = text[budget.text] / 1024;
  const code = total - lit - textKb;
  const brotli = Number.parseFloat(row[3]);
  const brotliMissed = budget.brotliTarget !== undefined && brotli > budget.brotliTarget;
  const overLimitHere = total > budget.limit;
  overLimit += overLimitHere ? 1 : 0;
  overTarget += total > budget.target || brotliMissed ? 1 : 0;
  const fileCount = /\((\d+) files\)/.exec(row[0])?.[1];
  docBudgets.push([
    `${budget.label}${fileCount ? ` (${fileCount} files)` : ''}`,
    `${total.toFixed(1)} KB`,
    `${budget.limit.toFixed(1)} KB`,
    `${budget.target.toFixed(1)} KB`,
    `${brotli.toFixed(1)} KB`,
    budget.brotliTarget === undefined ? '' : `${budget.brotliTarget.toFixed(1)} KB`,
    `${lit.toFixed(1)} KB`,
    `${textKb.toFixed(1)} KB`,
    `${code.toFixed(1)} KB`,
  ]);
  budgetRows.push([
    budget.row,
    `${total.toFixed(1)} KB`,
    `${budget.limit.toFixed(1)} KB${overLimitHere ? ' OVER' : ''}`,
    `${budget.target} KB${total > budget.target ? ' missed' : ' met'}`,
    `${brotli.toFixed(1)} KB`,
    budget.brotliTarget === undefined ? '' : `${budget.brotliTarget} KB${brotliMissed ? ' missed' : ' met'}`,
    `${lit.toFixed(1)} KB`,
    `${textKb.toFixed(1)} KB`,
    `${code.toFixed(1)} KB`,
  ]);
}
const budgetWidths = budgetHeader.map((title, column) =>
  Math.max(title.length, ...budgetRows.map((row) => row[column].length)),
);
console.log('');
console.log(line(budgetHeader, budgetWidths));
console.log(budgetWidths.map((width) => '-'.repeat(width)).join('  '));
for (const row of budgetRows) console.log(line(row, budgetWidths));
console.log(
  '\nLit: its share of the entry. text: the English text the entry shows, gzipped on its own.' +
    '\ncode: the rest (our code and styles), a measure. limit: enforced here (gzip); targets: the goals.',
);

/**
 * The pictures: the figure renderer (`src/figure/`, its styles included) with every pose
 * and every cue's pair, and the quiz's body map, each bundled and minified without Lit and
 * gzipped on its own; and the figures' text alternatives, which the text column above
 * already counts. Measures beside their target.
 */
const figureCode = (
  await Promise.all(
    ['dist/figure/figure.js', 'dist/content/card/poses.js', 'dist/content/checklist/pictures.js'].map((file) =>
      minified(file, { inlineLit: false }),
    ),
  )
).join('\n');
const mapCode = await minified('dist/figure/body-map.js', { inlineLit: false });
const figureText = gzipSize(
  [...en.variations.map((variation) => variation.figure), ...en.cues.flatMap((cue) => Object.values(cue.pictures ?? {}))]
    .filter(Boolean)
    .join('\n'),
);
const picturesKb = (gzipSize(figureCode) + gzipSize(mapCode)) / 1024;
console.log(
  `\npictures: ${picturesKb.toFixed(1)} KB min+gzip (target 2.5 KB ${picturesKb > 2.5 ? 'missed' : 'met'}): ` +
    `the figure renderer with its poses and pairs ${kb(gzipSize(figureCode))} (${kb(brotliSize(figureCode))} brotli), ` +
    `the body map ${kb(gzipSize(mapCode))} (${kb(brotliSize(mapCode))} brotli); the figures' text alternatives ${kb(figureText)} (in the text column).`,
);

docOthers.push(
  ['the pictures, without Lit: the figure renderer with its poses and pairs', kb(gzipSize(figureCode)), kb(brotliSize(figureCode))],
  ["the pictures, without Lit: the quiz's body map", kb(gzipSize(mapCode)), kb(brotliSize(mapCode))],
);

/** Markdown table: a header row, the rule, and a row per entry. */
const markdownTable = (head, body) =>
  [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const docTables = [
  markdownTable(
    ['what a page loads', 'min+gzip', 'limit', 'target', 'min+brotli', 'brotli target', 'Lit', 'text', 'code'],
    docBudgets,
  ),
  '',
  markdownTable(['fetched beside an entry, or measured apart', 'min+gzip', 'min+brotli'], docOthers),
].join('\n');

const docsFile = new URL('docs/performance.md', `file://${root}`);
const START = '<!-- size-table: start. Written by `npm run size -- --write-docs`; `npm run size` checks it. -->';
const END = '<!-- size-table: end -->';
let docsStale = false;
if (existsSync(docsFile)) {
  const docs = readFileSync(docsFile, 'utf8');
  const from = docs.indexOf(START);
  const to = docs.indexOf(END);
  if (from < 0 || to < from) {
    console.error(`\nsize: docs/performance.md has no size table between ${START} and ${END}.`);
    process.exit(1);
  }
  const updated = `${docs.slice(0, from + START.length)}\n${docTables}\n${docs.slice(to)}`;
  if (process.argv.includes('--write-docs')) {
    if (updated !== docs) writeFileSync(docsFile, updated);
    console.log(`\nsize: docs/performance.md's tables ${updated === docs ? 'were already' : 'are now'} this build's figures.`);
  } else if (updated !== docs) {
    docsStale = true;
    const committed = docs.slice(from + START.length, to).trim().split('\n');
    const measured = docTables.split('\n');
    const changed = measured.filter((row) => !committed.includes(row));
    console.error(
      `\nsize: docs/performance.md's size tables differ from this build. Run \`npm run size -- --write-docs\` and commit the result. Rows that changed:\n${changed.join('\n')}`,
    );
  }
}

if (overLimit > 0) {
  console.error(`\nsize: ${overLimit} figure(s) over the limit. A page would pay more than it does on main.`);
  process.exit(1);
}
if (docsStale) process.exit(1);
console.log(`\nEvery figure is within its limit; ${overTarget} of ${budgetRows.length} still miss a target.`);

/**
 * `pushup-widgets/content.js`: the content module (`content/index.ts`), at the same path
 * in `dist/` as in the package's exports, so an import map that maps `pushup-widgets/` to
 * the package's `dist/` folder resolves it as written.
 */
export * from './content/index.js';

/**
 * `dist/cdn/content.js`: what a CDN page's own script needs to change what the widgets
 * show, for those on the page and those the autoloader adds later: the registry, whole
 * (`registerContent()`, `registerLocale()` and the rest), and the page-wide settings
 * (`configure()`), both shared with the elements. The content itself and its check (`en`,
 * `validateContent()` and the rest) are in `pushup-widgets/content.js` from npm: here they
 * would tie each element's content to a chunk of its own, one more file for every widget's
 * page.
 */
export * from './content/registry/registry.js';
export { configure } from './shared/page-settings.js';

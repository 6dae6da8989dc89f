/**
 * The package's version, from package.json when the builder page is built
 * (rollup.config.ts): the snippets' CDN addresses name it, so they load the release the
 * builder came with.
 */
declare module 'pushup-widgets:package-version' {
  export const version: string;
}

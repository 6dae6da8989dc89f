import type { Plugin } from 'rollup';

/** `source` (one template's CSS) with its comments and needless whitespace removed. */
export function minifyCss(source: string): string;
/** The rollup plugin: minifies every `css` tagged template without interpolations. */
export function minifyCssLiterals(): Plugin;

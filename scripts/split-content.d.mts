import type { Plugin } from 'rollup';

/** Each part: the collection it comes from, the module that writes it, and its fields. */
export const PARTS: readonly { part: string; collection: string; module: string; fields: readonly string[] }[];
/** The generated code of the module at `file`, or `undefined` when the plugin leaves it as it is. */
export function splitModule(
  file: string,
  root: string,
  load: (file: string) => Promise<Record<string, unknown>>,
): Promise<string | undefined>;
/** The rollup plugin; put it after the TypeScript plugin. */
export function splitContent(options?: { root?: string }): Plugin;

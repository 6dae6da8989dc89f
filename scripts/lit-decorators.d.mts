import type { Plugin } from 'rollup';
import type { SourceMap } from 'magic-string';

/** `code` with every `@property()` and `@state()` call written as `createProperty()`, or `undefined` if it has none. */
export function inlineDecorators(code: string, id?: string): { code: string; map: SourceMap } | undefined;
/** The rollup plugin; put it after the TypeScript plugin. */
export function litDecorators(): Plugin;

import type { Plugin } from 'rollup';
import type MagicString from 'magic-string';

/** `code` with the static text of each `html` template shortened, or null when there is nothing to shorten. */
export function minifyHtmlTemplates(code: string, parse: (code: string) => object): MagicString | null;
/** The rollup plugin; put it after the TypeScript plugin. */
export function minifyHtmlLiterals(): Plugin;

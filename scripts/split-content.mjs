/**
 * A rollup plugin for the package build: each element loads only the content it shows.
 *
 * The English cues and variations are written whole, one item with all its fields, in
 * `src/content/cues.ts` and `src/content/variations.ts`. Some elements need only part of
 * each item: the card and the quiz show a cue's text, the checklist and the quiz a
 * variation's name. `src/content/parts.ts` derives those parts (`cueTexts`,
 * `variationNames`) from the whole collections, which is what the tests and Storybook run.
 *
 * In the build, that derivation is turned round, so no module carries a text twice:
 * - `parts.ts` becomes the parts as plain data, with no import;
 * - `cues.ts` and `variations.ts` become their other exports as plain data, and their
 *   collection built from the part plus the remaining fields of each item, in order.
 * An element that imports a part then never loads the whole collection, and a page that
 * loads both loads each text once. Every value is checked to survive as JSON, and the
 * parts `parts.ts` derives are checked to be exactly those written here.
 */
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Each part: the collection it comes from, the module that writes it, and its fields. */
export const PARTS = [
  { part: 'cueTexts', collection: 'cues', module: 'src/content/cues.ts', fields: ['id', 'text'] },
  { part: 'variationNames', collection: 'variations', module: 'src/content/variations.ts', fields: ['id', 'name'] },
];
const PARTS_MODULE = 'src/content/parts.ts';

/** `value` as a JavaScript literal, after checking that JSON keeps it exactly. */
function literal(value, what) {
  const json = JSON.stringify(value, null, 2);
  if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
    throw new Error(`split-content: ${what} is not plain data (JSON would change it).`);
  }
  return json;
}

const pick = (item, fields) => Object.fromEntries(fields.filter((field) => field in item).map((field) => [field, item[field]]));
const omit = (item, fields) => Object.fromEntries(Object.entries(item).filter(([field]) => !fields.includes(field)));

/**
 * The generated code of the module at `file`, or `undefined` when it is not one of the
 * modules this plugin rewrites. `load(file)` imports a source module's exports.
 */
export async function splitModule(file, root, load) {
  const at = (path) => resolve(root, path);
  if (file === at(PARTS_MODULE)) {
    const derived = await load(file);
    const lines = [];
    for (const { part, collection, module, fields } of PARTS) {
      const items = (await load(at(module)))[collection];
      const written = items.map((item) => pick(item, fields));
      if (!isDeepStrictEqual(derived[part], written)) {
        throw new Error(`split-content: ${PARTS_MODULE} derives ${part} otherwise than its fields ${fields.join(', ')}.`);
      }
      lines.push(`export const ${part} = ${literal(written, `${collection} (${part})`)};`);
    }
    return `${lines.join('\n')}\n`;
  }
  const splits = PARTS.filter((each) => at(each.module) === file);
  if (splits.length === 0) return undefined;
  const exports = await load(file);
  const lines = [`import { ${splits.map(({ part }) => part).join(', ')} } from './parts.js';`];
  for (const [name, value] of Object.entries(exports)) {
    const split = splits.find(({ collection }) => collection === name);
    if (!split) {
      lines.push(`export const ${name} = ${literal(value, `${name} in ${file}`)};`);
      continue;
    }
    const rest = value.map((item) => omit(item, split.fields));
    lines.push(
      `const ${name}Rest = ${literal(rest, name)};`,
      `export const ${name} = /* @__PURE__ */ ${split.part}.map((item, index) => ({ ...item, ...${name}Rest[index] }));`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The plugin. Put it after the TypeScript plugin: it replaces that plugin's output. */
export function splitContent({ root = process.cwd() } = {}) {
  return {
    name: 'split-content',
    async transform(_code, id) {
      const code = await splitModule(id, root, (file) => import(pathToFileURL(file).href));
      return code === undefined ? null : { code, map: { mappings: '' } };
    },
  };
}

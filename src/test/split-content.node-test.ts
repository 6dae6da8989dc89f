/**
 * The build's content split (scripts/split-content.mjs): the modules it writes hold the
 * same content as the sources, the parts carry no import (so an element that loads a part
 * never loads the whole collection), and anything it cannot carry over exactly stops the
 * build.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PARTS, splitModule } from '../../scripts/split-content.mjs';

const root = resolve(import.meta.dirname, '../..');
const at = (path: string) => resolve(root, path);
const load = (file: string) => import(pathToFileURL(file).href) as Promise<Record<string, unknown>>;

/** Writes the generated modules to a folder of their own and imports them from there. */
async function built(): Promise<Record<string, Record<string, unknown>>> {
  const folder = mkdtempSync(join(tmpdir(), 'pushup-split-'));
  writeFileSync(join(folder, 'package.json'), '{"type":"module"}');
  const modules = ['parts', ...PARTS.map(({ module }) => module.replace(/^.*\/|\.ts$/g, ''))];
  const code: Record<string, string> = {};
  for (const name of modules) {
    const generated = await splitModule(at(`src/content/${name}.ts`), root, load);
    assert.ok(generated, `${name}.ts is rewritten`);
    code[name] = generated;
    writeFileSync(join(folder, `${name}.js`), generated);
  }
  assert.doesNotMatch(code.parts, /\bimport\b/, 'the parts import nothing');
  const result: Record<string, Record<string, unknown>> = {};
  for (const name of modules) result[name] = await load(join(folder, `${name}.js`));
  return result;
}

describe('the content split of the package build', () => {
  it('writes modules whose exports equal the sources’, each collection whole', async () => {
    const modules = await built();
    for (const name of Object.keys(modules)) {
      assert.deepEqual({ ...modules[name] }, { ...(await load(at(`src/content/${name}.ts`))) }, `${name} keeps its content`);
    }
  });

  it('leaves every other module as it is', async () => {
    assert.equal(await splitModule(at('src/content/quiz.ts'), root, load), undefined);
  });

  it('stops the build when parts.ts derives a part otherwise than the plugin writes it', async () => {
    const drifted = async (file: string) =>
      file === at('src/content/parts.ts') ? { ...(await load(file)), cueTexts: [] } : load(file);
    await assert.rejects(splitModule(at('src/content/parts.ts'), root, drifted), /derives cueTexts otherwise/);
  });

  it('stops the build on a value that JSON would change', async () => {
    const withFunction = async (file: string) =>
      file === at('src/content/cues.ts') ? { phases: [], cues: [{ id: 'a', text: 'A', why: () => 'x' }] } : load(file);
    await assert.rejects(splitModule(at('src/content/cues.ts'), root, withFunction), /not plain data/);
  });
});

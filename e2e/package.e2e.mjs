/**
 * The built package as a consumer's tools meet it, checked after the build: every source
 * map under `dist/` carries the sources it names (`sourcesContent`), since the package
 * ships `dist/` only, so a consumer's bundler (Vite warns otherwise) and devtools need no
 * `src/`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const maps = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js.map'));

describe('the built package', () => {
  test('has a source map for every module it ships', () => {
    const modules = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'));
    const missing = modules.filter((file) => !maps.includes(`${file}.map`));
    assert.deepEqual(missing, []);
  });

  test('carries the sources in every source map, so no src/ is needed', () => {
    const without = maps.flatMap((file) => {
      const map = JSON.parse(readFileSync(join(dist, file), 'utf8'));
      return map.sources.flatMap((source, index) => (map.sourcesContent?.[index] ? [] : [`${file}: ${source}`]));
    });
    assert.deepEqual(without, []);
  });
});

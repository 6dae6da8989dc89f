/**
 * `npm run locale:check` as a translator runs it, in Node (`node --test`): the command
 * itself, spawned with tsx, on the shipped locales, on a deliberately broken copy of the
 * Spanish patch (so the check can fail) and on a locale that does not exist. The checker's
 * categories are tested one by one in `locales.test.ts`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts', 'locale-check.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'pushup-locale-check-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the checker as `npm run locale:check` does, with `args`. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run locale:check', () => {
  it('finds the Spanish translation complete, and says so in one line', () => {
    const { status, out, err } = run('es');
    assert.equal(err, '');
    assert.match(out, /^es: complete \(\d{3,} entries\)\n$/);
    assert.equal(status, 0);
  });

  it('checks every shipped locale when no locale is named', () => {
    const { status, out } = run();
    assert.match(out, /^es: complete \(\d+ entries\)$/m);
    assert.doesNotMatch(out, /^en(-core)?:/m, 'English is the reference, not a locale to check');
    assert.equal(status, 0);
  });

  it('lists every kind of problem of a broken copy, with paths, and exits 1', () => {
    const es = pathToFileURL(join(root, 'src', 'content', 'es.ts')).href;
    const broken = join(scratch, 'es.mjs');
    writeFileSync(
      broken,
      `import { es } from ${JSON.stringify(es)};
const copy = structuredClone(es);
delete copy.strings.quizNext;
copy.strings.cardEasier = 'Más fácil: {nombre}';
copy.cues.push({ id: 'own-cue', text: 'x' });
copy.cues[0].text = 'Set your hands a little wider than your shoulders.';
copy.questions[0].answers[0].redFlag = { triage: 'self-care' };
export default copy;
`,
    );
    const { status, out } = run(broken);
    assert.equal(status, 1);
    assert.match(out, /^es: 5 problems/);
    for (const line of [
      '  MISSING (1)',
      '    strings.quizNext',
      '  EXTRA (2)',
      '    cues[own-cue]: English has no such id',
      '    questions[emergency-symptoms].answers[bladder-bowel-control].redFlag: not a text field',
      '  UNTRANSLATED-LOOKING (1)',
      '    cues[hands-slightly-wide].text: "Set your hands a little wider than your shoulders."',
      '  PLACEHOLDER (1)',
      '    strings.cardEasier: English has {name}, es has {nombre}',
    ]) {
      assert.ok(out.split('\n').includes(line), `missing line: ${line}\n${out}`);
    }
  });

  it('stops with exit 2 on a locale that does not exist', () => {
    const { status, err } = run('xx');
    assert.match(err, /xx: no locale module/);
    assert.equal(status, 2);
  });
});

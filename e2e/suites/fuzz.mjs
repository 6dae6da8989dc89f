/**
 * 2. The fast-check fuzz: generated hostile actions (the generators and the driver are
 * ../fuzz.mjs). FUZZ_SEED replays a run.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzzActions } from '../fuzz.mjs';
import { unexpectedTrouble } from '../harness.mjs';

export function fuzzTests(suite) {
  const { open } = suite;

  test('2. fast-check fuzz: 1,250 generated actions (10 runs × 125) leave no error, no injection, no repeated warning', { timeout: 400_000 }, async (t) => {
    const summary = await fuzzActions({
      runs: 10,
      actionsPerRun: 125,
      open: () => open(),
      unexpectedTrouble,
    });
    t.diagnostic(`seed ${summary.seed}: ${summary.actions} actions in ${summary.runs} runs, ${summary.warnings} warnings, ${summary.consoleErrors} console errors`);
    assert.equal(summary.failure, undefined, summary.failure);
    assert.ok(summary.actions >= 1000, `only ${summary.actions} actions ran`);
  });
}

// The names of the tests that failed, gathered from every phase of `npm test` (the Node
// tests, the browser tests, the end-to-end suite, the examples), so that the closing total
// is led by a list of what failed: each phase appends its failures, one line each, to the
// file named by PUSHUP_TEST_FAILURES, and scripts/test.mjs prints them. Ours: no test
// runner here reports across the four.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Appends failed tests' names (already qualified, `where › suite › test`) for the closing list. */
export function recordFailures(names) {
  const file = process.env.PUSHUP_TEST_FAILURES;
  if (!file || names.length === 0) return;
  appendFileSync(file, names.map((name) => `${name.replace(/\s+/g, ' ')}\n`).join(''));
}

/** The failures recorded so far, in order, each once. */
export function readFailures(file) {
  if (!existsSync(file)) return [];
  return [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))];
}

/**
 * The failed tests of a Node test runner's TAP output, each as its path of suites: a file
 * (as a path from the repository), its `describe`s, the test. A suite that failed only
 * because a test in it did is not listed again.
 */
export function tapFailures(tap) {
  const names = [];
  const failed = [];
  for (const line of tap.split('\n')) {
    const subtest = /^( *)# Subtest: (.*)$/.exec(line);
    if (subtest) {
      const depth = subtest[1].length / 4;
      names.length = depth;
      names[depth] = subtest[2].startsWith('/') ? relative(root, subtest[2]) : subtest[2];
      continue;
    }
    const result = /^( *)not ok \d+ - (.*?)(?: # (?:SKIP|TODO).*)?$/.exec(line);
    if (result && !/# (?:SKIP|TODO)/.test(line)) {
      const depth = result[1].length / 4;
      failed.push(names.slice(0, depth + 1).join(' › '));
    }
  }
  return failed.filter((path) => !failed.some((other) => other !== path && other.startsWith(`${path} › `)));
}

#!/usr/bin/env node
/**
 * `npm run audit:triage`: walks EVERY path the self-check allows and checks the triage
 * invariants on each one.
 *
 * Why a script and not a test: it enumerates every complete path (each question on the
 * path answered with every valid selection: every single answer, every non-empty subset
 * of the non-exclusive answers, and the exclusive answer alone), several hundred thousand
 * of them, which takes too long for `npm test`. The tests cover the same invariants on
 * 100,000 generated answer sets (`src/quiz/engine.node-test.ts`).
 *
 * Questions are taken as the engine offers them (`nextQuestion`), so questions off the
 * path are never asked. Prints the number of paths, the results by triage and urgency,
 * every invariant with the paths it was checked on and the paths violating it, and every
 * outcome with the paths reaching it (shown in full, or in the shorter list of further
 * causes, `alsoIds`). Exits 1 on any violation or unreachable outcome.
 *
 * Run with tsx (`node --import tsx`), which loads the TypeScript sources directly.
 */
import { performance } from 'node:perf_hooks';
import { outcomes, questions } from '../src/content/quiz/questions.ts';
import { nextQuestion } from '../src/quiz/engine.ts';
import { selectionsFor } from '../src/test/quiz-paths.ts';
import { checkTriage, invariantNames } from '../src/test/triage-invariants.ts';

const content = { questions, outcomes };
const started = performance.now();

const selections = new Map(questions.map((question) => [question.id, selectionsFor(question)]));

let paths = 0;
const byResult = new Map();
const checked = new Map(invariantNames.map((name) => [name, 0]));
const violated = new Map(invariantNames.map((name) => [name, 0]));
const reached = new Map(outcomes.map((outcome) => [outcome.id, 0]));
/** Of those, the paths reaching each only as a further cause (`alsoIds`). */
const reachedAlso = new Map(outcomes.map((outcome) => [outcome.id, 0]));
const firstViolations = [];
let droppedAnswers = 0;

const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

function finish(answers) {
  paths += 1;
  const { outcome, applied, violations } = checkTriage(content, answers);
  for (const name of applied) count(checked, name);
  for (const violation of violations) {
    count(violated, violation.name);
    if (firstViolations.length < 20) firstViolations.push({ answers, ...violation });
  }
  if (!outcome) return;
  count(byResult, `${outcome.triage} / ${outcome.urgency ?? '-'}`);
  for (const id of outcome.outcomeIds) count(reached, id);
  for (const id of outcome.alsoIds ?? []) {
    count(reached, id);
    count(reachedAlso, id);
  }
}

/** Depth first: answers the next question with each of its selections in turn. */
function walk(answers, depth) {
  const question = nextQuestion(content, answers);
  if (!question) {
    finish(answers);
    return;
  }
  if (depth > questions.length) {
    // A question asked twice: the path would never end.
    droppedAnswers += 1;
    return;
  }
  for (const selection of selections.get(question.id)) {
    walk({ ...answers, [question.id]: selection }, depth + 1);
  }
}

walk({}, 0);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const pad = (text, width) => String(text).padEnd(width);
const num = (value, width = 9) => value.toLocaleString('en').padStart(width);

console.log(`Complete paths: ${paths.toLocaleString('en')}`);
console.log('\nBy triage / urgency:');
for (const [key, value] of [...byResult].sort((a, b) => b[1] - a[1])) console.log(`  ${pad(key, 26)}${num(value)}`);

console.log('\nInvariants (paths checked, paths violating):');
for (const name of invariantNames) {
  console.log(`  ${pad(name, 40)}${num(checked.get(name))}${num(violated.get(name))}`);
}
if (droppedAnswers > 0) console.log(`  paths that never end: ${droppedAnswers}`);

console.log('\nOutcomes (paths reaching each, of which as a further cause in alsoIds):');
const unreachable = [];
for (const [id, value] of reached) {
  if (value === 0) unreachable.push(id);
  console.log(`  ${pad(id, 30)}${num(value)}${num(reachedAlso.get(id))}${value === 0 ? '  UNREACHABLE' : ''}`);
}

const totalViolations = [...violated.values()].reduce((sum, value) => sum + value, 0);
if (firstViolations.length > 0) {
  console.log('\nFirst violations:');
  for (const { name, message, answers } of firstViolations) {
    console.log(`  ${name}: ${message}\n    answers ${JSON.stringify(answers)}`);
  }
}
console.log(`\nElapsed: ${seconds} s`);

const failed = totalViolations > 0 || unreachable.length > 0 || droppedAnswers > 0;
console.log(
  failed
    ? `FAILED: ${totalViolations} violation(s), ${unreachable.length} unreachable outcome(s)` +
        (droppedAnswers > 0 ? `, ${droppedAnswers} path(s) that never end` : '')
    : 'All invariants hold on every path, and every outcome is reachable.',
);
process.exit(failed ? 1 : 0);

/**
 * Property-based test of the self-check's engine, run in Node (`node --test`): 100,000
 * generated answer sets on the English content, valid paths and hostile input alike, each
 * checked against the triage invariants of `src/test/triage-invariants.ts` (the same ones
 * `npm run audit:triage` checks on every path). Then 20,000 more on a copy of the content
 * whose flags do not end the quiz, so several flags, and flags with habits, meet.
 *
 * Valid paths give each question a selection the interface allows: one answer, a
 * non-empty subset of the non-exclusive answers, or the exclusive answer alone. Hostile
 * input adds unknown questions and answers, values of every type, an exclusive answer with
 * others, duplicates, prototype keys such as `__proto__`, very long arrays, objects without
 * a prototype, and getters and proxies that throw.
 *
 * A failure prints fast-check's seed; run again with FC_SEED=<seed> to replay it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { outcomes, questions } from '../content/quiz/questions.js';
import type { Answer, Outcome, Question } from '../content/types.js';
import { checkTriage, invariantNames, type InvariantName } from '../test/triage-invariants.js';
import { outcomeFor, sanitizeAnswers, type QuizContent } from './engine.js';

const content: QuizContent = { questions, outcomes };

/** The same questions with every red flag's `endsQuiz` cleared: the engine must still end on an emergency. */
const lenient: QuizContent = {
  outcomes,
  questions: questions.map((question) => ({
    ...question,
    answers: question.answers.map((answer) =>
      answer.redFlag ? { ...answer, redFlag: { ...answer.redFlag, endsQuiz: false } } : answer,
    ),
  })),
};

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const params = (numRuns: number): fc.Parameters<[Input]> => (seed === undefined ? { numRuns } : { numRuns, seed });

const ids = (answers: readonly Answer[]): string[] => answers.map((answer) => answer.id);
const allAnswerIds = [...new Set(questions.flatMap((question) => ids(question.answers)))];
const questionIds = questions.map((question) => question.id);
const hasFlag = (question: Question) => question.answers.some((answer) => answer.redFlag);

/**
 * A valid selection for `question`. `calm` never ticks a red flag; otherwise flagged
 * questions lean towards their safe answer, so that later questions are reached too.
 */
function selection(question: Question, calm: boolean): fc.Arbitrary<readonly string[]> {
  const safe = question.answers.filter((answer) => !answer.redFlag && !answer.exclusive);
  const exclusive = question.answers.filter((answer) => answer.exclusive);
  if (question.kind === 'single') {
    const pick = calm && safe.length > 0 ? safe : question.answers;
    return fc
      .oneof(
        { arbitrary: fc.constantFrom(...ids(safe.length > 0 ? safe : pick)), weight: 5 },
        { arbitrary: fc.constantFrom(...ids(pick)), weight: 1 },
      )
      .map((id) => [id]);
  }
  const free = calm ? safe : question.answers.filter((answer) => !answer.exclusive);
  const options: fc.WeightedArbitrary<readonly string[]>[] = exclusive.map((answer) => ({
    arbitrary: fc.constant([answer.id]),
    weight: hasFlag(question) ? 6 : 1,
  }));
  if (free.length > 0) {
    options.push(
      { arbitrary: fc.constantFrom(...ids(free)).map((id) => [id]), weight: 1 },
      { arbitrary: fc.subarray(ids(free), { minLength: 1 }), weight: hasFlag(question) ? 1 : 3 },
    );
  }
  return fc.oneof(...options);
}

type Path = Record<string, readonly string[]>;

const pathOf = (calm: boolean, requiredKeys?: string[]): fc.Arbitrary<Path> =>
  fc.record(
    Object.fromEntries(questions.map((question) => [question.id, selection(question, calm)])),
    requiredKeys ? { requiredKeys } : undefined,
  );

/** The same answers with their keys in another order. */
const shuffled = (path: fc.Arbitrary<Path>): fc.Arbitrary<Path> =>
  path.chain((answers) => {
    const entries = Object.entries(answers);
    return fc
      .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
      .map((order) => Object.fromEntries(order));
  });

const validPath: fc.Arbitrary<Path> = fc.oneof(
  { arbitrary: pathOf(true), weight: 3 },
  { arbitrary: pathOf(false), weight: 3 },
  // Some questions left unanswered.
  { arbitrary: pathOf(false, []), weight: 1 },
  { arbitrary: shuffled(pathOf(false)), weight: 1 },
);

/** Anything at all where an answer should be. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...allAnswerIds),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null), fc.constantFrom(...allAnswerIds)), {
    maxLength: 5,
  }),
  fc.array(fc.array(fc.constantFrom(...allAnswerIds), { maxLength: 2 }), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.constantFrom(...allAnswerIds), { maxKeys: 3 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true }),
);

const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** One change that makes answers hostile; data, so a failure prints readably. */
type Mutation =
  | { kind: 'unknown-question'; key: string; value: unknown }
  | { kind: 'prototype-key'; key: string; value: unknown; assign: boolean }
  | { kind: 'junk-value'; questionId: string; value: unknown }
  | { kind: 'unknown-answer'; questionId: string; answerId: string }
  | { kind: 'exclusive-with-others'; questionId: string }
  | { kind: 'duplicates'; questionId: string }
  | { kind: 'long-array'; questionId: string; length: number }
  | { kind: 'null-prototype' }
  | { kind: 'throwing-getter'; questionId: string }
  | { kind: 'throwing-proxy' };

const multipleIds = questions.filter((question) => question.kind === 'multiple').map((question) => question.id);
const someQuestion = fc.constantFrom(...questionIds);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('unknown-question' as const), key: fc.string({ maxLength: 12 }), value: junk }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('prototype-key' as const),
      key: fc.constantFrom(...prototypeKeys),
      value: fc.oneof(junk, fc.constantFrom(...allAnswerIds).map((id) => [id])),
      assign: fc.boolean(),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('junk-value' as const), questionId: someQuestion, value: junk }), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant('unknown-answer' as const),
      questionId: someQuestion,
      answerId: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...allAnswerIds, ...prototypeKeys)),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('exclusive-with-others' as const),
      questionId: fc.constantFrom(...multipleIds),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('duplicates' as const), questionId: someQuestion }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('long-array' as const),
      questionId: someQuestion,
      length: fc.integer({ min: 1_000, max: 20_000 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'null-prototype' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('throwing-getter' as const), questionId: someQuestion }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'throwing-proxy' as const }), weight: 1 },
);

function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `answers` after `mutations`, as a new object (or a proxy). */
function mutate(answers: Path, mutations: readonly Mutation[]): unknown {
  let result: Record<string, unknown> = { ...answers };
  const listAt = (questionId: string): unknown[] => {
    // Read the descriptor, not the property, so an earlier throwing getter is not called here.
    const value: unknown = Object.getOwnPropertyDescriptor(result, questionId)?.value;
    return Array.isArray(value) ? [...(value as unknown[])] : [];
  };
  for (const change of mutations) {
    switch (change.kind) {
      case 'unknown-question':
        setOwn(result, change.key, change.value);
        break;
      case 'prototype-key':
        // Assignment to `__proto__` replaces the prototype; a defined key is an own property.
        if (change.assign) (result as Record<string, unknown>)[change.key] = change.value;
        else setOwn(result, change.key, change.value);
        break;
      case 'junk-value':
        setOwn(result, change.questionId, change.value);
        break;
      case 'unknown-answer':
        setOwn(result, change.questionId, [...listAt(change.questionId), change.answerId]);
        break;
      case 'exclusive-with-others': {
        const question = questions.find((each) => each.id === change.questionId)!;
        setOwn(result, change.questionId, [
          ...ids(question.answers.filter((answer) => answer.exclusive)),
          ...ids(question.answers.filter((answer) => !answer.exclusive)).slice(0, 2),
        ]);
        break;
      }
      case 'duplicates': {
        const list = listAt(change.questionId);
        setOwn(result, change.questionId, [...list, ...list, ...list]);
        break;
      }
      case 'long-array': {
        const question = questions.find((each) => each.id === change.questionId)!;
        const pool = [...ids(question.answers), 'no-such-answer', 7, null];
        setOwn(
          result,
          change.questionId,
          Array.from({ length: change.length }, (_, index) => pool[index % pool.length]),
        );
        break;
      }
      case 'null-prototype':
        result = Object.create(null, Object.getOwnPropertyDescriptors(result)) as Record<string, unknown>;
        break;
      case 'throwing-getter':
        Object.defineProperty(result, change.questionId, {
          enumerable: true,
          configurable: true,
          get() {
            throw new Error('hostile getter');
          },
        });
        break;
      case 'throwing-proxy': {
        const thrower = () => {
          throw new Error('hostile proxy');
        };
        return new Proxy(result, { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower });
      }
    }
  }
  return result;
}

/**
 * What to feed the engine, as data: fast-check inspects and prints what it generates, so
 * the hostile objects (throwing getters and proxies) are only built inside the property.
 */
type Input =
  | { kind: 'valid'; answers: Path }
  | { kind: 'junk'; value: unknown }
  | { kind: 'mutated'; answers: Path; mutations: Mutation[] };

const input: fc.Arbitrary<Input> = fc.oneof(
  { arbitrary: validPath.map((answers) => ({ kind: 'valid' as const, answers })), weight: 6 },
  { arbitrary: junk.map((value) => ({ kind: 'junk' as const, value })), weight: 1 },
  {
    arbitrary: fc
      .tuple(validPath, fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([answers, mutations]) => ({ kind: 'mutated' as const, answers, mutations })),
    weight: 3,
  },
);

function build(given: Input): unknown {
  if (given.kind === 'junk') return given.value;
  if (given.kind === 'valid') return given.answers;
  return mutate(given.answers, given.mutations);
}

/** Runs the invariants on `runs` generated answer sets; returns how often each applied. */
function checkInvariants(on: QuizContent, runs: number): Map<InvariantName, number> {
  const applied = new Map<InvariantName, number>(invariantNames.map((name) => [name, 0]));
  fc.assert(
    fc.property(input, (given) => {
      const answers = build(given);
      const check = checkTriage(on, answers);
      for (const name of check.applied) applied.set(name, (applied.get(name) ?? 0) + 1);
      assert.deepEqual(check.violations, []);
      // The result depends only on the answers the engine keeps.
      if (check.outcome !== undefined) {
        assert.deepEqual(outcomeFor(on, sanitizeAnswers(on, answers)), check.outcome);
      }
    }),
    params(runs),
  );
  return applied;
}

/** A calm path: no flag, `where`, `when`, a mild ache, and "none" or the safe answer elsewhere. */
function calm(where: string, when: string): Path {
  const answers: Path = {};
  for (const question of questions) {
    const safe = question.answers.find((answer) => answer.exclusive) ?? question.answers.find((answer) => !answer.redFlag);
    answers[question.id] = [safe!.id];
  }
  return { ...answers, where: [where], when: [when], feeling: ['mild-ache'] };
}

describe('quiz engine, property-based', () => {
  it('holds every triage invariant on 100,000 generated answer sets, valid and hostile', (t) => {
    const applied = checkInvariants(content, 100_000);
    t.diagnostic(`answer sets per invariant: ${JSON.stringify(Object.fromEntries(applied))}`);
    // Every invariant was exercised, so the generators reach every kind of result.
    for (const [name, count] of applied) assert.ok(count >= 100, `${name} applied to only ${count} answer sets`);
  });

  it('holds them too when the content clears every flag\'s endsQuiz, so flags and habits combine', (t) => {
    const applied = checkInvariants(lenient, 20_000);
    t.diagnostic(`answer sets per invariant: ${JSON.stringify(Object.fromEntries(applied))}`);
    for (const [name, count] of applied) assert.ok(count >= 20, `${name} applied to only ${count} answer sets`);
  });

  it('reaches every outcome in the content by some path', () => {
    const paths: Path[] = [];
    // Each red flag, alone on an otherwise calm path.
    for (const question of questions) {
      for (const answer of question.answers.filter((each) => each.redFlag)) {
        paths.push({ ...calm('lower-back', 'during'), [question.id]: [answer.id] });
      }
    }
    // Each habit, harder-variation, form and shoulder answer, for each place and time.
    for (const where of ['upper-back', 'lower-back']) {
      for (const when of ['during', 'after', 'both']) {
        paths.push(calm(where, when));
        for (const question of questions.filter((each) => !hasFlag(each) && each.kind === 'multiple')) {
          for (const answer of question.answers.filter((each) => !each.exclusive)) {
            paths.push({ ...calm(where, when), [question.id]: [answer.id] });
          }
        }
      }
    }
    const reached = new Set<string>();
    for (const answers of paths) {
      const check = checkTriage(content, answers);
      assert.deepEqual(check.violations, [], JSON.stringify(answers));
      assert.ok(check.outcome, `no result for ${JSON.stringify(answers)}`);
      for (const id of [...check.outcome.outcomeIds, ...check.outcome.alsoIds]) reached.add(id);
    }
    const unreachable = outcomes.map((outcome) => outcome.id).filter((id) => !reached.has(id));
    assert.deepEqual(unreachable, []);
  });

  it('reports causes that do not fit the answers as broken invariants', () => {
    // The checker itself must catch content whose requires forgot where, when or a ruled-out mistake.
    const changed = (changes: Record<string, Partial<Outcome>>): QuizContent => ({
      questions,
      outcomes: outcomes.map((outcome) => (changes[outcome.id] ? { ...outcome, ...changes[outcome.id] } : outcome)),
    });
    const namesOf = (on: QuizContent, answers: Path) => checkTriage(on, answers).violations.map((each) => each.name);

    const anyPain = changed({ 'desk-posture': { requires: [{ habits: ['desk-hunched'] }] } });
    const hunched = { ...calm('lower-back', 'after'), habits: ['desk-hunched'] };
    assert.deepEqual(namesOf(content, hunched), []);
    assert.deepEqual(namesOf(anyPain, hunched), ['upper-back-causes-only-for-upper-back']);
    assert.deepEqual(namesOf(anyPain, { ...hunched, when: ['during'] }), [
      'upper-back-causes-only-for-upper-back',
      'after-causes-only-after',
    ]);

    const anyTime = changed({ 'tight-pec-minor': { requires: [{ where: ['upper-back'], shoulders: ['rounded-shoulders'] }] } });
    const rounded = { ...calm('upper-back', 'during'), shoulders: ['rounded-shoulders'] };
    assert.deepEqual(namesOf(content, rounded), []);
    assert.deepEqual(namesOf(anyTime, rounded), ['after-causes-only-after']);

    const naming = changed({
      'poor-technique': { summary: 'Dropping toward the floor is a common error.' },
      'muscle-fatigue': { cues: ['hips-level'] },
    });
    assert.deepEqual(namesOf(naming, calm('lower-back', 'during')), ['ruled-out-mistakes-never-named']);
    assert.deepEqual(namesOf(naming, calm('lower-back', 'after')), ['ruled-out-mistakes-never-named']);
    // A further cause (alsoIds) counts too.
    const further = changed({ 'poor-technique': { title: 'Your hips may sag' } });
    const manyHabits = { ...calm('lower-back', 'during'), habits: ['already-tired', 'more-reps', 'no-warm-up'] };
    assert.deepEqual(outcomeFor(further, manyHabits)?.alsoIds, ['poor-technique']);
    assert.deepEqual(namesOf(further, manyHabits), ['ruled-out-mistakes-never-named']);
  });

  it('reports a flag pointed at a self-care outcome as a broken invariant', () => {
    // The checker itself must catch a referral with nothing to show.
    const pointed: QuizContent = {
      outcomes,
      questions: questions.map((question) =>
        question.id === 'urgent-symptoms'
          ? {
              ...question,
              answers: question.answers.map((answer) =>
                answer.redFlag ? { ...answer, redFlag: { ...answer.redFlag, outcome: 'hips-sagging' } } : answer,
              ),
            }
          : question,
      ),
    };
    const check = checkTriage(pointed, { ...calm('lower-back', 'during'), 'urgent-symptoms': ['fever'] });
    assert.equal(check.outcome?.triage, 'see-doctor');
    assert.deepEqual(check.outcome?.cues, []);
    // Nothing is shown, so the urgent flag's own outcome is missing from the result too.
    assert.deepEqual(
      check.violations.map((violation) => violation.name),
      ['flag-gives-referral-only', 'urgent-flag-gives-urgent'],
    );
  });
});

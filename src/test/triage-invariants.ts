/**
 * The self-check's safety invariants, checked on any answers, valid or not: the
 * property-based test (`src/quiz/engine.node-test.ts`) runs them on generated answers,
 * and `npm run audit:triage` on every path the interface allows. Both report the same
 * names, so a violation found by one can be looked up in the other.
 *
 * The red flags are found the way a reader would see them, not through the engine's
 * internals: the answers `sanitizeAnswers` keeps, on the questions `visibleQuestions`
 * shows. A cause's `requires` is re-checked here with its own matcher, and a cause's score
 * recomputed from its signals.
 *
 * The self-care invariants that say which cause fits which answers take their lists from
 * the sources (`CONTENT-FACTS.md`), written out below, never from the content's own
 * `requires`: a cause whose `requires` forgot a condition is caught, not excused.
 */
import type { AnswerMatch, Id, Outcome, Question, RedFlag, Urgency } from '../content/types.js';
import {
  MAX_CAUSES,
  nextQuestion,
  outcomeFor,
  progress,
  sanitizeAnswers,
  validateAnswer,
  visibleQuestions,
  type QuizAnswers,
  type QuizContent,
  type QuizOutcome,
} from '../quiz/engine.js';
import { siteActionFor } from '../quiz/site-action.js';

/** Every invariant, in the order they are reported. */
export const invariantNames = [
  /** No engine function throws, whatever the answers. */
  'never-throws',
  /** A result exists exactly when no question is left to ask. */
  'result-when-finished',
  /** The answers kept are on the path shown, and each one is a valid selection. */
  'kept-answers-are-valid',
  /** A flag that ends the quiz ends it: nothing is asked after its question. */
  'flag-ends-quiz',
  /** Any red flag: a referral only, with no self-care outcome, cue or variation. */
  'flag-gives-referral-only',
  /** An emergency flag: triage and urgency `emergency`, with the flag's outcome. */
  'emergency-flag-gives-emergency',
  /**
   * An emergency result (or any result of an emergency flag) has no slot for the site's own
   * action, whatever levels the site names, `emergency` included: it shows only the call
   * to emergency services.
   */
  'no-site-action-on-emergency',
  /** An urgent flag and no emergency one: an urgent see-doctor referral with its outcome. */
  'urgent-flag-gives-urgent',
  /** Only "see someone soon" flags: a routine see-doctor referral with exactly their outcomes. */
  'soon-flag-gives-soon',
  /**
   * No flag: self-care, 1..MAX_CAUSES possible causes, then the general advice last; the
   * further causes in `alsoIds` are possible causes too, each once and not among the first.
   */
  'no-flag-gives-self-care',
  /** A cause the sources tie only to upper-back pain is never shown when the upper back is not where it hurts. */
  'upper-back-causes-only-for-upper-back',
  /** A cause the sources tie only to pain after push-ups is never shown when it hurts only during them. */
  'after-causes-only-after',
  /**
   * Form answered "None of these": no shown cause (the first ones, `alsoIds` and the general
   * advice) names one of the form question's mistakes, and no cue against one is listed.
   */
  'ruled-out-mistakes-never-named',
  /** Every possible cause that scored above 0 is among the first causes or in `alsoIds`, in rank order. */
  'no-pointed-cause-dropped',
] as const;

/**
 * Causes the sources give only for upper-back pain (CONTENT-FACTS "Upper back, during /
 * after" and `upper-back-after`): posture, pec minor, shoulder imbalance, retraction, and
 * an upper back weaker than the other muscles.
 */
export const upperBackOnlyCauses: readonly Id[] = [
  'desk-posture',
  'tight-pec-minor',
  'shoulder-muscle-imbalance',
  'shoulders-not-retracted',
  'weak-upper-back',
];

/** Causes the sources give only for pain after push-ups (CONTENT-FACTS "Upper back, after", "Lower back, after"). */
export const afterOnlyCauses: readonly Id[] = ['muscle-fatigue', 'desk-posture', 'tight-pec-minor', 'shoulder-muscle-imbalance'];

/**
 * The mistakes of the form question: how a text names each one (English), and the
 * checklist cue that corrects it.
 */
export const formMistakes: Readonly<Record<Id, { pattern: RegExp; cue: Id }>> = {
  'hips-sag': { pattern: /\bsag/i, cue: 'hips-level' },
  'back-arch': { pattern: /\barch/i, cue: 'no-lower-back-arch' },
  dropping: { pattern: /\bdrop/i, cue: 'lower-under-control' },
  'hands-high': { pattern: /too (high|far forward)|toward your head/i, cue: 'hands-under-shoulders' },
};

export type InvariantName = (typeof invariantNames)[number];

/** One broken invariant, with what was wrong. */
export interface Violation {
  name: InvariantName;
  message: string;
}

/** What checking one set of answers found. */
export interface TriageCheck {
  /** The engine's result; `undefined` while unfinished (or when it threw). */
  outcome: QuizOutcome | undefined;
  /** The red flags ticked on the path shown. */
  flags: readonly RedFlag[];
  /** The invariants that applied to these answers. */
  applied: readonly InvariantName[];
  violations: readonly Violation[];
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** Whether every question in `match` was answered with one of its listed answers. */
export function matchHolds(match: AnswerMatch, answers: QuizAnswers): boolean {
  return Object.entries(match).every(
    ([questionId, wanted]) => has(answers, questionId) && answers[questionId].some((id) => wanted.includes(id)),
  );
}

/** A cause's score: the sum of the finite weights of its signals that match `answers`. */
export function causeScore(outcome: Outcome, answers: QuizAnswers): number {
  return outcome.signals.reduce(
    (total, signal) => (Number.isFinite(signal.weight) && matchHolds(signal.when, answers) ? total + signal.weight : total),
    0,
  );
}

/** Whether a cause's `requires` (if any) is met by `answers`. */
export function causeIsPossible(outcome: Outcome, answers: QuizAnswers): boolean {
  return outcome.requires === undefined || outcome.requires.some((match) => matchHolds(match, answers));
}

/** How soon a flag needs a clinician: its outcome's referral urgency (urgent when unknown). */
export function flagUrgency(content: QuizContent, flag: RedFlag): Urgency {
  if (flag.triage === 'emergency') return 'emergency';
  const target = content.outcomes.find((outcome) => outcome.id === flag.outcome);
  return target?.referral?.urgency ?? 'urgent';
}

const sameIds = (a: readonly Id[], b: readonly Id[]): boolean =>
  a.length === b.length && a.every((id, index) => id === b[index]);

const uniqueIds = (ids: Iterable<Id>): Id[] => [...new Set(ids)];

const show = (value: unknown): string => JSON.stringify(value);

/** Runs every invariant that applies to `answers` against `content`. Never throws. */
export function checkTriage(content: QuizContent, answers: unknown): TriageCheck {
  const applied: InvariantName[] = ['never-throws'];
  const violations: Violation[] = [];
  const fail = (name: InvariantName, message: string) => violations.push({ name, message });

  let outcome: QuizOutcome | undefined;
  let kept: QuizAnswers;
  let shown: readonly Question[];
  let next: Question | undefined;
  try {
    outcome = outcomeFor(content, answers);
    kept = sanitizeAnswers(content, answers);
    shown = visibleQuestions(content, answers);
    next = nextQuestion(content, answers);
    for (const question of [...shown, { id: 'no-such-question' }]) progress(content, answers, question.id);
  } catch (error) {
    fail('never-throws', `threw ${String(error)}`);
    return { outcome: undefined, flags: [], applied, violations };
  }

  applied.push('result-when-finished');
  if ((next === undefined) !== (outcome !== undefined)) {
    fail('result-when-finished', `next question ${next?.id ?? 'none'} with result ${show(outcome)}`);
  }

  applied.push('kept-answers-are-valid');
  const shownIds = shown.map((question) => question.id);
  for (const [questionId, selection] of Object.entries(kept)) {
    const question = shown.find((each) => each.id === questionId);
    if (!question) fail('kept-answers-are-valid', `kept "${questionId}", which is not on the path ${show(shownIds)}`);
    else if (!validateAnswer(question, selection).valid) {
      fail('kept-answers-are-valid', `kept ${show(selection)} for "${questionId}", not a valid selection`);
    }
  }

  // The flags a reader ticked on the questions they were shown.
  const flagged = shown.flatMap((question) =>
    question.answers
      .filter((answer) => answer.redFlag && has(kept, question.id) && kept[question.id].includes(answer.id))
      .map((answer) => ({ question, flag: answer.redFlag! })),
  );
  const flags = flagged.map((each) => each.flag);

  const ending = flagged.filter(({ flag }) => flag.endsQuiz || flag.triage === 'emergency');
  if (ending.length > 0) {
    applied.push('flag-ends-quiz');
    const last = shownIds.at(-1);
    if (next !== undefined || outcome === undefined || ending.some(({ question }) => question.id !== last)) {
      fail(
        'flag-ends-quiz',
        `flag on ${show(ending.map(({ question }) => question.id))}, path ${show(shownIds)}, next ${next?.id ?? 'none'}`,
      );
    }
  }

  if (outcome === undefined) return { outcome, flags, applied, violations };
  const result = outcome;
  if (result.triage === 'emergency' || result.urgency === 'emergency' || flags.some((flag) => flag.triage === 'emergency')) {
    applied.push('no-site-action-on-emergency');
    const slot = siteActionFor(result, ['emergency', 'urgent', 'soon']);
    if (slot) fail('no-site-action-on-emergency', `${show(result)} shows ${slot}`);
  }
  const outcomeById = new Map(content.outcomes.map((each) => [each.id, each]));

  if (flags.length > 0) {
    applied.push('flag-gives-referral-only');
    const wrong = result.outcomeIds.filter((id) => {
      const target = outcomeById.get(id);
      return !target || target.triage !== result.triage || target.referral === undefined;
    });
    if (
      result.triage === 'self-care' ||
      result.urgency === undefined ||
      result.outcomeIds.length === 0 ||
      wrong.length > 0 ||
      result.cues.length > 0 ||
      result.variations.length > 0 ||
      !Array.isArray(result.alsoIds) ||
      result.alsoIds.length > 0
    ) {
      fail('flag-gives-referral-only', `flags ${show(flags)} gave ${show(result)}`);
    }

    const urgencies = flags.map((flag) => flagUrgency(content, flag));
    const outcomesOf = (urgency: Urgency) =>
      uniqueIds(flags.filter((_, index) => urgencies[index] === urgency).map((flag) => flag.outcome));
    const includesAll = (ids: readonly Id[]) => ids.every((id) => result.outcomeIds.includes(id));

    if (urgencies.includes('emergency')) {
      applied.push('emergency-flag-gives-emergency');
      if (result.triage !== 'emergency' || result.urgency !== 'emergency' || !includesAll(outcomesOf('emergency'))) {
        fail('emergency-flag-gives-emergency', `flags ${show(flags)} gave ${show(result)}`);
      }
    } else if (urgencies.includes('urgent')) {
      applied.push('urgent-flag-gives-urgent');
      if (result.triage !== 'see-doctor' || result.urgency !== 'urgent' || !includesAll(outcomesOf('urgent'))) {
        fail('urgent-flag-gives-urgent', `flags ${show(flags)} gave ${show(result)}`);
      }
    } else {
      applied.push('soon-flag-gives-soon');
      const wanted = outcomesOf('soon');
      if (
        result.triage !== 'see-doctor' ||
        result.urgency !== 'soon' ||
        result.outcomeIds.length !== wanted.length ||
        !includesAll(wanted)
      ) {
        fail('soon-flag-gives-soon', `flags ${show(flags)} gave ${show(result)}`);
      }
    }
    return { outcome, flags, applied, violations };
  }

  applied.push('no-flag-gives-self-care');
  const general = content.outcomes.filter((each) => each.triage === 'self-care' && each.general).map((each) => each.id);
  const causeIds = result.outcomeIds.slice(0, result.outcomeIds.length - general.length);
  const causes = causeIds.map((id) => outcomeById.get(id));
  const problems: string[] = [];
  if (result.triage !== 'self-care' || result.urgency !== undefined) problems.push('not a self-care result');
  if (!sameIds(result.outcomeIds.slice(causeIds.length), general)) problems.push('general advice is not last');
  if (causeIds.length < 1 || causeIds.length > MAX_CAUSES) problems.push(`${causeIds.length} causes`);
  if (new Set(result.outcomeIds).size !== result.outcomeIds.length) problems.push('an outcome twice');
  causes.forEach((cause, index) => {
    if (!cause) problems.push(`unknown cause "${causeIds[index]}"`);
    else if (cause.triage !== 'self-care' || cause.general) problems.push(`"${cause.id}" is not a cause`);
    else if (!causeIsPossible(cause, kept)) problems.push(`"${cause.id}" fails its requires`);
  });
  const alsoIds: readonly Id[] = Array.isArray(result.alsoIds) ? result.alsoIds : [];
  if (!Array.isArray(result.alsoIds)) problems.push('no alsoIds');
  if (new Set(alsoIds).size !== alsoIds.length) problems.push('a further cause twice');
  for (const id of alsoIds) {
    const cause = outcomeById.get(id);
    if (result.outcomeIds.includes(id)) problems.push(`"${id}" both among the first causes and further`);
    if (!cause) problems.push(`unknown further cause "${id}"`);
    else if (cause.triage !== 'self-care' || cause.general) problems.push(`further "${id}" is not a cause`);
    else if (!causeIsPossible(cause, kept)) problems.push(`further "${id}" fails its requires`);
  }
  if (alsoIds.length > 0 && causeIds.length < MAX_CAUSES) problems.push('further causes with room among the first');
  const known = causes.filter((cause): cause is Outcome => cause !== undefined);
  if (!sameIds(result.cues, uniqueIds(known.flatMap((cause) => cause.cues)))) problems.push('cues are not the causes\'');
  if (!sameIds(result.variations, uniqueIds(known.flatMap((cause) => cause.variations)))) {
    problems.push("variations are not the causes'");
  }
  if (problems.length > 0) {
    fail('no-flag-gives-self-care', `${problems.join('; ')}: answers ${show(kept)} gave ${show(result)}`);
  }

  // Every self-care outcome the reader reads: the first causes, the further ones, the general advice.
  const readIds = [...result.outcomeIds, ...alsoIds];
  const shownCauses = [...causeIds, ...alsoIds];
  const answered = (questionId: string, ...ids: Id[]) =>
    has(kept, questionId) && kept[questionId].length === ids.length && ids.every((id) => kept[questionId].includes(id));

  if (!answered('where', 'upper-back')) {
    applied.push('upper-back-causes-only-for-upper-back');
    const wrong = shownCauses.filter((id) => upperBackOnlyCauses.includes(id));
    if (wrong.length > 0) {
      fail('upper-back-causes-only-for-upper-back', `${show(wrong)} for where ${show(kept.where)}: answers ${show(kept)}`);
    }
  }

  if (answered('when', 'during')) {
    applied.push('after-causes-only-after');
    const wrong = shownCauses.filter((id) => afterOnlyCauses.includes(id));
    if (wrong.length > 0) fail('after-causes-only-after', `${show(wrong)} for pain during only: answers ${show(kept)}`);
  }

  if (answered('form', 'none')) {
    applied.push('ruled-out-mistakes-never-named');
    const named: string[] = [];
    for (const id of readIds) {
      const item = outcomeById.get(id);
      if (!item) continue;
      for (const [text, where] of [
        [item.title, 'title'],
        [item.summary, 'summary'],
        ...item.actions.map((action, index) => [action, `actions[${index}]`]),
      ] as const) {
        for (const [mistake, { pattern }] of Object.entries(formMistakes)) {
          if (pattern.test(text)) named.push(`${id}.${where} names ${mistake}`);
        }
      }
    }
    for (const [mistake, { cue }] of Object.entries(formMistakes)) {
      if (result.cues.includes(cue)) named.push(`cue ${cue} (against ${mistake})`);
    }
    if (named.length > 0) fail('ruled-out-mistakes-never-named', `${named.join('; ')}: answers ${show(kept)}`);
  }

  applied.push('no-pointed-cause-dropped');
  const scores = new Map(
    content.outcomes
      .filter((each) => each.triage === 'self-care' && !each.general && causeIsPossible(each, kept))
      .map((each) => [each.id, causeScore(each, kept)]),
  );
  const pointed = [...scores].filter(([, score]) => score > 0).map(([id]) => id);
  const dropped = pointed.filter((id) => !shownCauses.includes(id));
  // When any cause scored, every cause shown did; when none did, the one fallback cause leads alone.
  const unpointed = (pointed.length > 0 ? shownCauses : alsoIds).filter((id) => !((scores.get(id) ?? 0) > 0));
  const ranks = shownCauses.map((id) => scores.get(id) ?? 0);
  const outOfOrder = pointed.length > 0 && ranks.some((score, index) => index > 0 && score > ranks[index - 1]);
  if (dropped.length > 0 || unpointed.length > 0 || outOfOrder) {
    fail(
      'no-pointed-cause-dropped',
      `dropped ${show(dropped)}, shown but not pointed to ${show(unpointed)}, scores in order shown ${show(ranks)}: answers ${show(kept)}`,
    );
  }
  return { outcome, flags, applied, violations };
}

/**
 * The self-check's engine: pure functions from content and answers to the next question,
 * the progress and the outcome. No DOM, no globals, no content of its own: the content is
 * always passed in, so a translation or a site's override runs through the same rules.
 *
 * Safety rules it enforces whatever the content says:
 * - A question with a red-flag answer is always asked (its `askIf` is ignored).
 * - A red flag that ends the quiz ends it at once, even if earlier questions were left
 *   unanswered, and nothing after it counts. An emergency flag always ends it.
 * - `emergency` outranks `see-doctor` outranks `self-care`, and within `see-doctor` an
 *   urgent referral outranks a routine one.
 * - Any red flag, at any level, gives a referral only: referral outcomes of the flag's
 *   own triage, and no cause, form cue or variation, whatever the outcomes list.
 * - A self-care cause whose `requires` the answers do not meet is never shown.
 * - No cause the answers point to is dropped: beyond the first `MAX_CAUSES`, every cause
 *   that scored is listed in `alsoIds`.
 *
 * No function throws on unknown, malformed or out-of-order answers: they are read through
 * `sanitizeAnswers` first.
 */
import type { Answer, AnswerMatch, Content, Id, Outcome, Question, RedFlag, Triage, Urgency } from '../content/types.js';

/** The part of the content the engine needs. */
export type QuizContent = Pick<Content, 'questions' | 'outcomes'>;

/** Answer ids by question id; a single-choice answer is a one-element array. */
export type QuizAnswers = Readonly<Record<Id, readonly Id[]>>;

/** Where a question sits in the steps this path will show: "Question `current` of `total`". */
export interface QuizProgress {
  current: number;
  total: number;
}

/** The result of a finished quiz: what to show, in order. */
export interface QuizOutcome {
  triage: Triage;
  /** How soon a clinician is needed; `undefined` for self-care. */
  urgency?: Urgency;
  /**
   * A referral: its referral outcomes only. Self-care: the first `MAX_CAUSES` causes, most
   * likely first, then the general advice (`general` outcomes).
   */
  outcomeIds: readonly Id[];
  /**
   * The further causes the answers point to (each scored above 0) beyond the first
   * `MAX_CAUSES`, in rank order, so none is silently dropped; shown as a shorter list, and
   * contributing no cue or variation. Always empty for a referral, and when no more than
   * `MAX_CAUSES` causes scored.
   */
  alsoIds: readonly Id[];
  /** The form cues the result may show, in order of the first causes. Always empty for a referral. */
  cues: readonly Id[];
  /** The easier variations the result may show, in order of the first causes. Always empty for a referral. */
  variations: readonly Id[];
}

/** Why a step's selection cannot be accepted yet. */
export type AnswerProblem =
  /** A single-choice question needs exactly one answer. */
  | 'pick-one'
  /** A multiple-choice question needs at least one answer. */
  | 'pick-at-least-one'
  /** An exclusive answer such as "None of these" was combined with others. */
  | 'exclusive-alone'
  /** An id that is not one of the question's answers. */
  | 'unknown-answer';

/** Whether a step's selection is complete, and if not, what is missing. */
export type AnswerValidity = { valid: true } | { valid: false; problem: AnswerProblem };

/** How many likely causes a result lists in full at most; any more that scored go to `alsoIds`. */
export const MAX_CAUSES = 3;

const triageRank: Record<Triage, number> = { 'self-care': 0, 'see-doctor': 1, emergency: 2 };

type AnswerMap = ReadonlyMap<Id, readonly Id[]>;

/** The questions a path shows and the answers given on it. */
interface Path {
  questions: readonly Question[];
  answers: AnswerMap;
  /** An answer on the path ends the quiz. */
  ended: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasRedFlag(question: Question): boolean {
  return question.answers.some((answer) => answer.redFlag !== undefined);
}

function chosenAnswers(question: Question, ids: readonly Id[]): Answer[] {
  return question.answers.filter((answer) => ids.includes(answer.id));
}

/**
 * A question's selection reduced to known answer ids in content order, or `undefined`
 * when it cannot stand as an answer (empty, several for a single question, or an
 * exclusive answer combined with others): such a question is asked again.
 */
function cleanSelection(question: Question, value: unknown): readonly Id[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const chosen = chosenAnswers(
    question,
    value.filter((id): id is string => typeof id === 'string'),
  );
  if (chosen.length === 0) return undefined;
  if (question.kind === 'single' && chosen.length > 1) return undefined;
  if (chosen.length > 1 && chosen.some((answer) => answer.exclusive)) return undefined;
  return chosen.map((answer) => answer.id);
}

/** Every well-formed answer in `input`, by question id, whatever the path. */
function readAnswers(content: QuizContent, input: unknown): AnswerMap {
  const answers = new Map<Id, readonly Id[]>();
  if (!isRecord(input)) return answers;
  try {
    for (const question of content.questions) {
      if (!Object.prototype.hasOwnProperty.call(input, question.id)) continue;
      const selection = cleanSelection(question, input[question.id]);
      if (selection) answers.set(question.id, selection);
    }
  } catch {
    // A hostile object (a throwing getter or proxy) counts as no answers at all.
    return new Map();
  }
  return answers;
}

function matches(match: AnswerMatch, answers: AnswerMap): boolean {
  return Object.entries(match).every(([questionId, wanted]) => {
    const given = answers.get(questionId);
    return given !== undefined && Array.isArray(wanted) && given.some((id) => wanted.includes(id));
  });
}

/** An answer ends the quiz when its flag says so; an emergency flag always does. */
function endsQuiz(question: Question, selection: readonly Id[]): boolean {
  return chosenAnswers(question, selection).some(
    (answer) => answer.redFlag?.endsQuiz === true || answer.redFlag?.triage === 'emergency',
  );
}

/**
 * Walks the questions in order: a question is shown when its `askIf` matches the
 * answers given on the path so far (red-flag questions always), and the walk stops after
 * an answer that ends the quiz. Answers to questions off the path are ignored.
 */
function walk(content: QuizContent, input: unknown): Path {
  const given = readAnswers(content, input);
  const questions: Question[] = [];
  const answers = new Map<Id, readonly Id[]>();
  for (const question of content.questions) {
    const asked = !question.askIf || hasRedFlag(question) || matches(question.askIf, answers);
    if (!asked) continue;
    questions.push(question);
    const selection = given.get(question.id);
    if (!selection) continue;
    answers.set(question.id, selection);
    if (endsQuiz(question, selection)) return { questions, answers, ended: true };
  }
  return { questions, answers, ended: false };
}

function isFinished(path: Path): boolean {
  return path.ended || path.questions.every((question) => path.answers.has(question.id));
}

/**
 * The answers that count: known questions on this path with known, well-formed answers,
 * in content order. Use it on stored or untrusted input; it never throws.
 */
export function sanitizeAnswers(content: QuizContent, answers: unknown): QuizAnswers {
  return Object.fromEntries(walk(content, answers).answers);
}

/**
 * The questions this path shows, given the answers so far, in order. Questions whose
 * `askIf` depends on an unanswered question are not counted yet; the list ends at a
 * question whose answer ends the quiz.
 */
export function visibleQuestions(content: QuizContent, answers: unknown): readonly Question[] {
  return walk(content, answers).questions;
}

/** The first question on this path still to answer, or `undefined` when the quiz is finished. */
export function nextQuestion(content: QuizContent, answers: unknown): Question | undefined {
  const path = walk(content, answers);
  if (path.ended) return undefined;
  return path.questions.find((question) => !path.answers.has(question.id));
}

/**
 * Step `current` of the `total` steps this path shows, for the question `questionId`;
 * `undefined` when that question is not on the path.
 */
export function progress(content: QuizContent, answers: unknown, questionId: Id): QuizProgress | undefined {
  const { questions } = walk(content, answers);
  const index = questions.findIndex((question) => question.id === questionId);
  return index < 0 ? undefined : { current: index + 1, total: questions.length };
}

function redFlagsOn(path: Path): RedFlag[] {
  return path.questions.flatMap((question) =>
    chosenAnswers(question, path.answers.get(question.id) ?? []).flatMap((answer) =>
      answer.redFlag ? [answer.redFlag] : [],
    ),
  );
}

/** Whether a cause is still possible: its `requires`, if any, is met by one of its matches. */
function possible(outcome: Outcome, answers: AnswerMap): boolean {
  return !outcome.requires || outcome.requires.some((match) => matches(match, answers));
}

/** The causes a self-care result shows in full, and the further ones it lists. */
interface RankedCauses {
  lead: Outcome[];
  also: Outcome[];
}

/**
 * Causes by score, highest first, ties in content order: the first `MAX_CAUSES` lead and
 * the rest that scored follow in `also`; when none scored, the first possible cause leads
 * alone. Never a cause the answers rule out, never general advice.
 */
function rankedCauses(content: QuizContent, answers: AnswerMap): RankedCauses {
  const causes = content.outcomes.filter(
    (outcome) => outcome.triage === 'self-care' && !outcome.general && possible(outcome, answers),
  );
  const scored = causes
    .map((outcome) => ({ outcome, score: score(outcome, answers) }))
    .filter((cause) => cause.score > 0)
    // Array.prototype.sort is stable, so equal scores keep content order.
    .sort((a, b) => b.score - a.score)
    .map((cause) => cause.outcome);
  if (scored.length > 0) return { lead: scored.slice(0, MAX_CAUSES), also: scored.slice(MAX_CAUSES) };
  return { lead: causes.slice(0, 1), also: [] };
}

function score(outcome: Outcome, answers: AnswerMap): number {
  return outcome.signals.reduce(
    (total, signal) =>
      Number.isFinite(signal.weight) && matches(signal.when, answers) ? total + signal.weight : total,
    0,
  );
}

/** Each id once, in first-seen order. */
const unique = (ids: Iterable<Id>): Id[] => [...new Set(ids)];

/**
 * The referral for the flags ticked: the most urgent triage among them, and the referral
 * outcomes of that triage with the highest urgency. Only outcomes whose own triage is the
 * flag's and that carry a `referral` count, so a flag pointed at a self-care outcome still
 * gives a referral (with no outcome to show) rather than form tips.
 */
function referralFor(content: QuizContent, flags: readonly RedFlag[]): QuizOutcome {
  const triage = flags.reduce<Triage>(
    (worst, flag) => (triageRank[flag.triage] > triageRank[worst] ? flag.triage : worst),
    'self-care',
  );
  const wanted = new Set(flags.filter((flag) => flag.triage === triage).map((flag) => flag.outcome));
  const referrals = content.outcomes.filter(
    (outcome) => wanted.has(outcome.id) && outcome.triage === triage && outcome.referral !== undefined,
  );
  // An emergency is always "now"; a see-doctor referral is urgent unless every outcome says "soon"
  // (so one whose outcome is missing or malformed errs toward urgent).
  const soonOnly = referrals.length > 0 && referrals.every((outcome) => outcome.referral?.urgency === 'soon');
  const urgency: Urgency = triage === 'emergency' ? 'emergency' : soonOnly ? 'soon' : 'urgent';
  const shown = referrals.filter((outcome) => triage === 'emergency' || (outcome.referral?.urgency === 'soon') === soonOnly);
  return {
    triage,
    urgency,
    outcomeIds: unique(shown.map((outcome) => outcome.id)),
    alsoIds: [],
    cues: [],
    variations: [],
  };
}

/**
 * The result once the quiz is finished, `undefined` before.
 *
 * - Any red flag: a referral only (see `referralFor`): no cause, cue or variation, and
 *   `alsoIds` empty.
 * - No red flag: `self-care`, with one to `MAX_CAUSES` causes the answers allow, ranked by
 *   score, then the general advice; their form cues and easier variations, each once; and
 *   in `alsoIds` every further cause that scored, in rank order.
 */
export function outcomeFor(content: QuizContent, answers: unknown): QuizOutcome | undefined {
  const path = walk(content, answers);
  if (!isFinished(path)) return undefined;

  const flags = redFlagsOn(path);
  if (flags.length > 0) return referralFor(content, flags);

  const { lead: causes, also } = rankedCauses(content, path.answers);
  const general = content.outcomes.filter((outcome) => outcome.triage === 'self-care' && outcome.general);
  return {
    triage: 'self-care',
    outcomeIds: [...causes, ...general].map((outcome) => outcome.id),
    alsoIds: also.map((outcome) => outcome.id),
    cues: unique(causes.flatMap((cause) => cause.cues)),
    variations: unique(causes.flatMap((cause) => cause.variations)),
  };
}

/**
 * Whether `answerIds` is a complete selection for `question`: exactly one known answer
 * for a single-choice question; at least one for a multiple-choice question, with an
 * exclusive answer only on its own.
 */
export function validateAnswer(question: Question, answerIds: unknown): AnswerValidity {
  const ids: unknown[] = Array.isArray(answerIds) ? [...new Set<unknown>(answerIds)] : [];
  const chosen = chosenAnswers(
    question,
    ids.filter((id): id is string => typeof id === 'string'),
  );
  if (chosen.length !== ids.length) {
    return { valid: false, problem: 'unknown-answer' };
  }
  if (question.kind === 'single') {
    return chosen.length === 1 ? { valid: true } : { valid: false, problem: 'pick-one' };
  }
  if (chosen.length === 0) return { valid: false, problem: 'pick-at-least-one' };
  if (chosen.length > 1 && chosen.some((answer) => answer.exclusive)) {
    return { valid: false, problem: 'exclusive-alone' };
  }
  return { valid: true };
}

/**
 * The selection after the reader ticks (`selected: true`) or unticks one answer: a radio
 * replaces the selection; ticking an exclusive answer clears the others, and ticking any
 * other answer clears the exclusive one. Unknown ids leave the selection as it was.
 */
export function selectAnswer(
  question: Question,
  selection: readonly Id[],
  answerId: Id,
  selected: boolean,
): readonly Id[] {
  const current = Array.isArray(selection) ? chosenAnswers(question, selection) : [];
  const answer = question.answers.find((candidate) => candidate.id === answerId);
  if (!answer) return current.map((item) => item.id);
  if (!selected) return current.filter((item) => item.id !== answerId).map((item) => item.id);
  if (question.kind === 'single' || answer.exclusive) return [answer.id];
  const kept = new Set([...current.filter((item) => !item.exclusive), answer]);
  return question.answers.filter((item) => kept.has(item)).map((item) => item.id);
}

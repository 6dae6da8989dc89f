/**
 * Tests of the English self-check content: ids are stable kebab-case and unique, every
 * cross-reference resolves, red flags lead to a referral of their own triage and are
 * always asked before the habit questions, and the wording stays safe (no country's
 * emergency number, no HTML, self-care causes say when to see a professional).
 */
import { expect } from '@open-wc/testing';
import { cues } from './cues.js';
import { outcomes, questions } from './quiz.js';
import { references } from './references.js';
import type { AnswerMatch } from './types.js';
import { variations } from './variations.js';

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const referenceIds = new Set(references.map((reference) => reference.id));
const cueIds = new Set(cues.map((cue) => cue.id));
const variationIds = new Set(variations.map((variation) => variation.id));
const outcomeById = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
const questionById = new Map(questions.map((question) => [question.id, question]));

const isFlagQuestion = (id: string) => questionById.get(id)?.answers.some((answer) => answer.redFlag) ?? false;

/** Questions about the pain itself, asked before anything else. */
const painQuestions = ['where', 'when', 'feeling'];

function expectMatchResolves(match: AnswerMatch, label: string, before?: number): void {
  expect(Object.keys(match), `${label} names at least one question`).not.to.be.empty;
  for (const [questionId, answerIds] of Object.entries(match)) {
    const question = questionById.get(questionId);
    expect(question, `${label} names question "${questionId}"`).not.to.equal(undefined);
    if (before !== undefined) {
      expect(questions.indexOf(question!), `${label}: "${questionId}" is asked earlier`).to.be.lessThan(before);
    }
    expect(answerIds, `${label}.${questionId}`).not.to.be.empty;
    const known = new Set(question!.answers.map((answer) => answer.id));
    for (const id of answerIds) expect(known.has(id), `${label}.${questionId} names answer "${id}"`).to.equal(true);
  }
}

/** Every string of the quiz content, with a readable path. */
const texts: Array<[string, string]> = [
  ...questions.flatMap((question) => [
    [`${question.id}.prompt`, question.prompt] as [string, string],
    ...(question.hint ? [[`${question.id}.hint`, question.hint] as [string, string]] : []),
    ...question.answers.map((answer) => [`${question.id}.${answer.id}`, answer.label] as [string, string]),
  ]),
  ...outcomes.flatMap((outcome) => [
    [`${outcome.id}.title`, outcome.title] as [string, string],
    [`${outcome.id}.summary`, outcome.summary] as [string, string],
    ...outcome.actions.map((action, index) => [`${outcome.id}.actions[${index}]`, action] as [string, string]),
  ]),
];

describe('quiz content', () => {
  it('uses unique kebab-case ids for questions, answers and outcomes', () => {
    for (const items of [questions, outcomes, ...questions.map((question) => question.answers)]) {
      const ids = items.map((item) => item.id);
      for (const id of ids) expect(id, id).to.match(kebabCase);
      expect(new Set(ids).size, ids.join(', ')).to.equal(ids.length);
    }
  });

  it('gives each question a prompt and at least two answers', () => {
    for (const question of questions) {
      expect(question.prompt.trim(), question.id).not.to.equal('');
      expect(question.answers.length, question.id).to.be.at.least(2);
    }
  });

  it('has at most one exclusive answer per multiple-choice question, and none in single-choice ones', () => {
    for (const question of questions) {
      const exclusive = question.answers.filter((answer) => answer.exclusive);
      expect(exclusive.length, question.id).to.be.at.most(question.kind === 'multiple' ? 1 : 0);
    }
  });

  it('offers "None of these" on every red-flag list, so a symptom is never ticked by default', () => {
    for (const question of questions.filter((item) => item.kind === 'multiple' && isFlagQuestion(item.id))) {
      expect(question.answers.some((answer) => answer.exclusive && !answer.redFlag), question.id).to.equal(true);
    }
  });

  it('asks about the pain first, then every red-flag question, and only then the habits', () => {
    expect(questions.slice(0, painQuestions.length).map((question) => question.id)).to.deep.equal(painQuestions);
    const rest = questions.slice(painQuestions.length);
    const firstHabit = rest.findIndex((question) => !isFlagQuestion(question.id));
    expect(firstHabit, 'there are habit questions').to.be.greaterThan(0);
    for (const question of rest.slice(firstHabit)) expect(isFlagQuestion(question.id), question.id).to.equal(false);
  });

  it('never hides a red-flag question behind a condition', () => {
    for (const question of questions.filter((item) => isFlagQuestion(item.id))) {
      expect(question.askIf, question.id).to.equal(undefined);
    }
  });

  it('sends each red flag to a referral outcome of the same triage', () => {
    for (const question of questions) {
      for (const answer of question.answers) {
        if (!answer.redFlag) continue;
        const label = `${question.id}.${answer.id}`;
        expect(answer.exclusive, label).not.to.equal(true);
        const outcome = outcomeById.get(answer.redFlag.outcome);
        expect(outcome, `${label} leads to "${answer.redFlag.outcome}"`).not.to.equal(undefined);
        expect(outcome?.triage, label).to.equal(answer.redFlag.triage);
      }
    }
  });

  it('ends the quiz on every emergency and urgent symptom, and not on "see someone soon" ones', () => {
    const endsFor = (questionId: string) =>
      questionById
        .get(questionId)!
        .answers.filter((answer) => answer.redFlag)
        .map((answer) => ({ id: answer.id, ...answer.redFlag! }));
    for (const flag of endsFor('emergency-symptoms')) {
      expect(flag, flag.id).to.include({ triage: 'emergency', endsQuiz: true });
    }
    for (const flag of endsFor('urgent-symptoms')) {
      expect(flag, flag.id).to.include({ triage: 'see-doctor', endsQuiz: true });
    }
    for (const flag of [...endsFor('see-someone-soon'), ...endsFor('feeling')]) {
      expect(flag, flag.id).to.include({ triage: 'see-doctor', endsQuiz: false });
    }
    expect(endsFor('emergency-symptoms').map((flag) => flag.id)).to.include.members([
      'bladder-bowel-control',
      'difficulty-peeing',
      'saddle-numbness',
      'both-legs',
      'chest-pain',
      'serious-accident',
    ]);
    expect(endsFor('urgent-symptoms')).to.have.length(7);
    expect(endsFor('see-someone-soon').map((flag) => flag.id)).to.include.members(['one-leg', 'pain-persists']);
  });

  it('reaches every referral outcome from some red flag, and no self-care outcome from one', () => {
    const flagTargets = new Set(
      questions.flatMap((question) => question.answers.flatMap((answer) => answer.redFlag?.outcome ?? [])),
    );
    for (const outcome of outcomes) {
      expect(flagTargets.has(outcome.id), outcome.id).to.equal(outcome.triage !== 'self-care');
    }
  });

  it('resolves every askIf to earlier questions and known answers', () => {
    questions.forEach((question, index) => {
      if (question.askIf) expectMatchResolves(question.askIf, `${question.id}.askIf`, index);
    });
  });

  it('ranks self-care outcomes by signals that resolve, and referrals by none', () => {
    outcomes.forEach((outcome, index) => {
      if (outcome.triage !== 'self-care') {
        expect(outcome.signals, outcome.id).to.be.empty;
        return;
      }
      // The first cause is the fallback; every other one must be reachable by a signal.
      if (index > 0 && outcome.triage === 'self-care') {
        expect(outcome.signals.some((signal) => signal.weight > 0), outcome.id).to.equal(true);
      }
      outcome.signals.forEach((signal, signalIndex) => {
        expectMatchResolves(signal.when, `${outcome.id}.signals[${signalIndex}]`);
        expect(Number.isFinite(signal.weight) && signal.weight > 0, `${outcome.id}.signals[${signalIndex}]`).to.equal(
          true,
        );
      });
    });
    expect(outcomes.find((outcome) => outcome.triage === 'self-care')?.id, 'the fallback cause').to.equal(
      'poor-technique',
    );
  });

  it('cites known references on every outcome, with checklist cues and variations that exist', () => {
    for (const outcome of outcomes) {
      expect(outcome.references, outcome.id).not.to.be.empty;
      for (const id of outcome.references) expect(referenceIds.has(id), `${outcome.id} cites "${id}"`).to.equal(true);
      for (const id of outcome.cues) expect(cueIds.has(id), `${outcome.id} names cue "${id}"`).to.equal(true);
      for (const id of outcome.variations) {
        expect(variationIds.has(id), `${outcome.id} names variation "${id}"`).to.equal(true);
      }
      expect(outcome.actions, outcome.id).not.to.be.empty;
    }
  });

  it('rests every referral on the clinical guidance or the article that says to see someone', () => {
    for (const outcome of outcomes.filter((item) => item.triage === 'emergency')) {
      expect(outcome.references, outcome.id).to.include.members(['nhs-back-pain', 'nice-ng59']);
    }
    for (const outcome of outcomes.filter((item) => item.triage === 'see-doctor')) {
      expect(
        outcome.references.some((id) => ['nhs-back-pain', 'nice-ng59', 'truth-revealed', 'good-for-back'].includes(id)),
        outcome.id,
      ).to.equal(true);
    }
  });

  it('gives every self-care cause something to check or try, and says when to see a professional', () => {
    for (const outcome of outcomes.filter((item) => item.triage === 'self-care')) {
      expect(outcome.cues.length + outcome.variations.length, outcome.id).to.be.greaterThan(0);
      expect(
        outcome.actions.some((action) => /doctor|physiotherapist/.test(action)),
        `${outcome.id} says when to see a professional`,
      ).to.equal(true);
      expect(
        outcome.references.some((id) => id === 'truth-revealed' || id === 'nasm-answer'),
        `${outcome.id} cites a source that says pain means seeing someone`,
      ).to.equal(true);
    }
  });

  it("tells the reader to call their local emergency number without naming any country's number", () => {
    for (const [path, text] of texts) expect(text, path).not.to.match(/\b(999|911|112|111|000)\b/);
    const emergency = outcomes.filter((outcome) => outcome.triage === 'emergency');
    expect(emergency).not.to.be.empty;
    for (const outcome of emergency) {
      expect(outcome.actions.some((action) => /local emergency number/.test(action)), outcome.id).to.equal(true);
    }
  });

  it('writes every text as clean plain text', () => {
    for (const [path, text] of texts) {
      expect(text.trim(), path).to.equal(text);
      expect(text, path).not.to.equal('');
      expect(text, path).not.to.match(/[<>]|&[a-z]+;|\s{2}/);
    }
  });
});

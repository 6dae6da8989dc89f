/**
 * Tests of the English self-check content: ids are stable kebab-case and unique, every
 * cross-reference resolves, the red flags are asked first (emergency, then see-doctor)
 * and each leads to a referral of its own level that says who, when, meanwhile and what
 * to tell, and the wording stays safe (no country's emergency number, no HTML). That every
 * outcome is reachable is checked by `src/quiz/engine.node-test.ts` and `npm run audit:triage`.
 */
import { expect } from '@open-wc/testing';
import { cues } from '../checklist/cues.js';
import { outcomes, questions } from './questions.js';
import { references } from '../shared/references.js';
import type { Answer, AnswerMatch, Question, RedFlag } from '../types.js';
import { variations } from '../card/variations.js';

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const referenceIds = new Set(references.map((reference) => reference.id));
const cueIds = new Set(cues.map((cue) => cue.id));
const variationIds = new Set(variations.map((variation) => variation.id));
const outcomeById = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
const questionById = new Map(questions.map((question) => [question.id, question]));

const flagsOf = (question: Question): RedFlag[] => question.answers.flatMap((answer) => answer.redFlag ?? []);
const isFlagQuestion = (question: Question) => flagsOf(question).length > 0;
/** A question whose every flagged answer is an emergency. */
const isEmergencyQuestion = (question: Question) =>
  isFlagQuestion(question) && flagsOf(question).every((flag) => flag.triage === 'emergency');
const urgencyOfFlag = (flag: RedFlag) => outcomeById.get(flag.outcome)?.referral?.urgency;

/** Questions about the pain itself, asked right after the red flags. */
const painQuestions = ['where', 'when', 'feeling'];

function answer(questionId: string, answerId: string): Answer {
  const found = questionById.get(questionId)?.answers.find((each) => each.id === answerId);
  if (!found) throw new Error(`No answer "${questionId}.${answerId}"`);
  return found;
}

function expectMatchResolves(match: AnswerMatch, label: string, before?: number): void {
  expect(Object.keys(match), `${label} names at least one question`).not.to.be.empty;
  for (const [questionId, answerIds] of Object.entries(match)) {
    const question = questionById.get(questionId);
    expect(question, `${label} names question "${questionId}"`).not.to.equal(undefined);
    if (before !== undefined) {
      expect(questions.indexOf(question!), `${label}: "${questionId}" is asked earlier`).to.be.lessThan(before);
    }
    expect(answerIds, `${label}.${questionId}`).not.to.be.empty;
    const known = new Set(question!.answers.map((each) => each.id));
    for (const id of answerIds) expect(known.has(id), `${label}.${questionId} names answer "${id}"`).to.equal(true);
  }
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

type Text = [path: string, text: string];

/** Every string of the quiz content, with a readable path. */
const texts: Text[] = [
  ...questions.flatMap((question): Text[] => [
    [`${question.id}.prompt`, question.prompt],
    ...(question.hint ? [[`${question.id}.hint`, question.hint] as Text] : []),
    ...question.answers.map((each): Text => [`${question.id}.${each.id}`, each.label]),
  ]),
  ...outcomes.flatMap((outcome): Text[] => [
    [`${outcome.id}.title`, outcome.title],
    [`${outcome.id}.summary`, outcome.summary],
    ...outcome.actions.map((action, index): Text => [`${outcome.id}.actions[${index}]`, action]),
    ...(outcome.referral
      ? [
          [`${outcome.id}.referral.who`, outcome.referral.who] as Text,
          [`${outcome.id}.referral.when`, outcome.referral.when] as Text,
          ...outcome.referral.meanwhile.map((item, index): Text => [`${outcome.id}.referral.meanwhile[${index}]`, item]),
          ...outcome.referral.tell.map((item, index): Text => [`${outcome.id}.referral.tell[${index}]`, item]),
        ]
      : []),
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
      const exclusive = question.answers.filter((each) => each.exclusive);
      expect(exclusive.length, question.id).to.be.at.most(question.kind === 'multiple' ? 1 : 0);
    }
  });

  it('offers an unflagged "None of these" on every multiple-choice red-flag list', () => {
    for (const question of questions.filter((item) => item.kind === 'multiple' && isFlagQuestion(item))) {
      expect(question.answers.some((each) => each.exclusive && !each.redFlag), question.id).to.equal(true);
    }
  });

  it('asks the emergency questions first, then the see-doctor ones, then the pain, then the habits', () => {
    const emergency = questions.filter(isEmergencyQuestion);
    expect(emergency.map((question) => question.id)).to.deep.equal(['emergency-symptoms', 'chest-symptoms']);
    expect(questions.slice(0, emergency.length)).to.deep.equal(emergency);

    // Then every question whose flags send the reader to a doctor, before where, when and how it feels.
    const firstPain = questions.findIndex((question) => painQuestions.includes(question.id));
    const seeDoctor = questions.slice(emergency.length, firstPain);
    expect(seeDoctor.map((question) => question.id)).to.deep.equal([
      'urgent-symptoms',
      'health-history',
      'age',
      'see-someone-soon',
    ]);
    for (const question of seeDoctor) {
      expect(isFlagQuestion(question), question.id).to.equal(true);
      for (const flag of flagsOf(question)) expect(flag.triage, question.id).to.equal('see-doctor');
    }
    // Urgent before routine.
    const urgencies = seeDoctor.map((question) =>
      flagsOf(question).some((flag) => urgencyOfFlag(flag) === 'urgent') ? 'urgent' : 'soon',
    );
    expect(urgencies).to.deep.equal(['urgent', 'urgent', 'soon', 'soon']);

    expect(questions.slice(firstPain, firstPain + painQuestions.length).map((question) => question.id)).to.deep.equal(
      painQuestions,
    );
    const habits = questions.slice(firstPain + painQuestions.length);
    expect(habits, 'there are habit questions').not.to.be.empty;
    for (const question of habits) expect(isFlagQuestion(question), question.id).to.equal(false);
  });

  it('never hides a red-flag question behind a condition', () => {
    for (const question of questions.filter(isFlagQuestion)) expect(question.askIf, question.id).to.equal(undefined);
  });

  it('ends the quiz on every red flag, and never flags an exclusive answer', () => {
    for (const question of questions) {
      for (const each of question.answers.filter((item) => item.redFlag)) {
        const label = `${question.id}.${each.id}`;
        expect(each.exclusive, label).not.to.equal(true);
        expect(each.redFlag?.endsQuiz, label).to.equal(true);
      }
    }
  });

  it('sends each red flag to a referral outcome of its own triage that says who, when, meanwhile and what to tell', () => {
    for (const question of questions) {
      for (const each of question.answers) {
        if (!each.redFlag) continue;
        const label = `${question.id}.${each.id}`;
        const outcome = outcomeById.get(each.redFlag.outcome);
        expect(outcome, `${label} leads to "${each.redFlag.outcome}"`).not.to.equal(undefined);
        expect(outcome?.triage, label).to.equal(each.redFlag.triage);
        const referral = outcome?.referral;
        expect(referral, `${label}: ${outcome?.id} has a referral`).not.to.equal(undefined);
        expect(referral?.who.trim(), label).not.to.equal('');
        expect(referral?.when.trim(), label).not.to.equal('');
        expect(referral?.meanwhile, label).not.to.be.empty;
        expect(referral?.tell, label).not.to.be.empty;
        expect(outcome?.actions, label).to.deep.equal([]);
        expect(outcome?.cues, label).to.deep.equal([]);
        expect(outcome?.variations, label).to.deep.equal([]);
        if (each.redFlag.triage === 'emergency') expect(referral?.urgency, label).to.equal('emergency');
        else expect(referral?.urgency, label).to.be.oneOf(['urgent', 'soon']);
      }
    }
  });

  it('gives every referral outcome a referral, and leads to each one from some red flag', () => {
    const flagTargets = new Set(questions.flatMap((question) => flagsOf(question).map((flag) => flag.outcome)));
    for (const outcome of outcomes) {
      const isReferral = outcome.triage !== 'self-care';
      expect(flagTargets.has(outcome.id), outcome.id).to.equal(isReferral);
      expect(outcome.referral !== undefined, outcome.id).to.equal(isReferral);
    }
  });

  it('tells the reader in an emergency not to drive themselves', () => {
    const emergency = outcomes.filter((outcome) => outcome.triage === 'emergency');
    expect(emergency.map((outcome) => outcome.id)).to.deep.equal(['emergency-help']);
    for (const outcome of emergency) {
      expect(outcome.referral?.urgency, outcome.id).to.equal('emergency');
      const wording = [outcome.referral?.when ?? '', ...(outcome.referral?.meanwhile ?? [])].join(' ');
      expect(wording, outcome.id).to.match(/\b(don['’]t|do not) drive yourself\b/i);
      expect(outcome.referral?.when, outcome.id).to.match(/\bnow\b/i);
    }
  });

  it('asks about the new red flags', () => {
    const emergencyFlag = (questionId: string, answerId: string) => answer(questionId, answerId).redFlag;
    expect(emergencyFlag('emergency-symptoms', 'erection-problems')?.triage).to.equal('emergency');
    expect(answer('emergency-symptoms', 'erection-problems').label).to.match(/erection/i);

    const tearing = answer('chest-symptoms', 'tearing-pain');
    expect(tearing.redFlag?.triage).to.equal('emergency');
    expect(tearing.label).to.match(/tearing|ripping/i);
    // It can follow heavy exertion: a reader whose pain began mid-set must not put it down to the workout.
    expect(tearing.label).to.match(/can start during or after exercise/i);
    expect(answer('emergency-symptoms', 'saddle-numbness').label).to.match(/back passage \(anus\)/);
    expect(outcomeById.get(tearing.redFlag!.outcome)?.references).to.include('aortic-dissection');

    const urgent = (questionId: string, answerId: string) =>
      urgencyOfFlag(answer(questionId, answerId).redFlag!);
    expect(urgent('urgent-symptoms', 'one-leg-worsening')).to.equal('urgent');
    expect(answer('urgent-symptoms', 'one-leg-worsening').label).to.match(/one leg.*getting worse/i);
    for (const id of ['long-term-steroids', 'weak-immune-system', 'osteoporosis', 'cancer-history']) {
      expect(urgent('health-history', id), id).to.equal('urgent');
    }
    expect(urgencyOfFlag(answer('see-someone-soon', 'getting-worse').redFlag!)).to.equal('soon');
    expect(answer('see-someone-soon', 'getting-worse').redFlag?.outcome).to.equal('see-professional-soon');
    expect(answer('age', 'under-16').redFlag?.outcome).to.equal('under-16-see-doctor');
    for (const id of ['neck-shoulders', 'elsewhere']) {
      expect(answer('where', id).redFlag?.outcome, id).to.equal('outside-this-check');
    }
    expect(answer('feeling', 'sharp-or-lasting').redFlag?.outcome).to.equal('see-professional-soon');
  });

  it('tells breathlessness after a set apart from breathlessness that does not settle at rest', () => {
    const hint = questionById.get('chest-symptoms')?.hint ?? '';
    expect(hint).to.match(/after a set/i);
    expect(hint).to.match(/normal/i);
    expect(hint).to.match(/does not settle when you rest/i);
    expect(answer('chest-symptoms', 'breathless-at-rest').label).to.match(/does not settle when I rest/i);
  });

  it("says what to do if things get worse in every see-doctor referral: the emergency signs, chest ones included, and the numbers", () => {
    for (const outcome of outcomes.filter((item) => item.triage === 'see-doctor')) {
      const meanwhile = outcome.referral?.meanwhile ?? [];
      const emergency = meanwhile.filter((item) => item.includes('{emergency}'));
      expect(emergency, `${outcome.id}: one line says when to call {emergency}`).to.have.length(1);
      const signs = emergency[0];
      for (const sign of [
        /chest pain or tightness/,
        /sudden tearing pain between your shoulder blades/,
        /breathlessness that does not settle/,
        /genitals, buttocks or back passage \(anus\)/,
        /trouble peeing/,
        /bladder or bowel control/,
        /both legs/,
      ]) {
        expect(signs, `${outcome.id}`).to.match(sign);
      }
      expect(signs, outcome.id).to.match(/call \{emergency\} now/i);
      // Pain that is simply getting worse: an urgent appointment or the urgent line, not emergency services.
      const worse = meanwhile.filter((item) => /gets worse/.test(item));
      expect(worse, outcome.id).to.have.length(1);
      expect(worse[0], outcome.id).to.match(/urgent appointment with a doctor, or call \{urgent\}/);
      expect(worse[0], outcome.id).not.to.include('{emergency}');
    }
  });

  it('writes a placeholder, never fixed wording, wherever a referral says to call', () => {
    for (const outcome of outcomes.filter((item) => item.referral)) {
      const referral = outcome.referral!;
      for (const text of [referral.who, referral.when, ...referral.meanwhile, ...referral.tell]) {
        expect(text, outcome.id).not.to.match(/local (emergency|urgent)|advice line|emergency number/i);
        // Every "call" names who: {emergency} or {urgent}.
        expect(text, outcome.id).not.to.match(/\bcall\b(?! \{(emergency|urgent)\})/i);
      }
    }
    const emergency = outcomes.find((item) => item.id === 'emergency-help')!.referral!;
    expect(emergency.meanwhile.join(' ')).to.include('call {emergency}');
    expect(outcomes.find((item) => item.id === 'urgent-appointment')?.referral?.when).to.equal(
      "Today or tomorrow. If you can't get an appointment, call {urgent}.",
    );
  });

  it('titles each referral with what its text says, short enough for the banner it becomes', () => {
    const titles: Record<string, RegExp> = {
      'emergency-help': /^Get emergency help now$/,
      'urgent-appointment': /urgent appointment with a doctor/i,
      'see-professional-soon': /doctor or physiotherapist soon/i,
      'ask-your-doctor-first': /follow .*doctor.*physiotherapist.*advice/i,
      'under-16-see-doctor': /^See a doctor$/,
      'outside-this-check': /doctor or physiotherapist about this pain/i,
    };
    const referrals = outcomes.filter((item) => item.referral);
    expect(referrals.map((item) => item.id)).to.have.members(Object.keys(titles));
    for (const outcome of referrals) {
      expect(outcome.title, outcome.id).to.match(titles[outcome.id]);
      expect(outcome.title.length, outcome.id).to.be.at.most(60);
    }
    expect(outcomeById.get('outside-this-check')?.summary).to.match(/does not cover/);
    expect(outcomeById.get('ask-your-doctor-first')?.referral?.who).to.match(/who knows your back condition/);
  });

  it('fits each self-care cause to the answers its source ties it to', () => {
    const causes = outcomes.filter((item) => item.triage === 'self-care' && !item.general);
    const requiresOf = (id: string) => causes.find((item) => item.id === id)?.requires ?? [];
    // Upper-back pain only (CONTENT-FACTS, upper-back-after).
    for (const id of ['desk-posture', 'tight-pec-minor', 'shoulder-muscle-imbalance', 'shoulders-not-retracted', 'weak-upper-back']) {
      expect(requiresOf(id), id).not.to.be.empty;
      for (const match of requiresOf(id)) expect(match.where, id).to.deep.equal(['upper-back']);
    }
    // Pain after push-ups only.
    for (const id of ['muscle-fatigue', 'desk-posture', 'tight-pec-minor', 'shoulder-muscle-imbalance']) {
      expect(requiresOf(id), id).not.to.be.empty;
      for (const match of requiresOf(id)) expect(match.when, id).to.have.members(['after', 'both']);
    }
    // A form mistake named in a cause's text or cues is ticked in every way the cause can be shown.
    const mistakes: Record<string, { pattern: RegExp; cue: string }> = {
      'hips-sag': { pattern: /\bsag/i, cue: 'hips-level' },
      'back-arch': { pattern: /\barch/i, cue: 'no-lower-back-arch' },
      dropping: { pattern: /\bdrop/i, cue: 'lower-under-control' },
      'hands-high': { pattern: /too (high|far forward)|toward your head/i, cue: 'hands-under-shoulders' },
    };
    for (const cause of causes) {
      const text = [cause.title, cause.summary, ...cause.actions].join(' ');
      for (const [mistake, { pattern, cue }] of Object.entries(mistakes)) {
        if (!pattern.test(text) && !cause.cues.includes(cue)) continue;
        // Every way in ticks this very mistake, so "None of these" (exclusive) rules the cause out.
        const ticked = (match: AnswerMatch) => sameMembers(match.form ?? [], [mistake]);
        expect(cause.requires?.length && cause.requires.every(ticked), `${cause.id} names ${mistake}`).to.equal(true);
      }
    }
    // "Go back to standard push-ups" is about forward and backward hands: only their cause says it.
    for (const cause of causes) {
      if (cause.actions.some((action) => /standard push-ups/i.test(action))) {
        expect(cause.requires, cause.id).to.deep.equal([{ 'harder-variations': ['forward', 'backward'] }]);
      }
      if (cause.variations.includes('standard')) {
        for (const match of cause.requires ?? []) expect(match, cause.id).to.have.property('harder-variations');
      }
    }
  });

  it('resolves every askIf to earlier questions and known answers', () => {
    questions.forEach((question, index) => {
      if (question.askIf) expectMatchResolves(question.askIf, `${question.id}.askIf`, index);
    });
  });

  it('ranks self-care causes by signals that resolve, and referrals and general advice by none', () => {
    for (const outcome of outcomes) {
      if (outcome.triage !== 'self-care' || outcome.general) {
        expect(outcome.signals, outcome.id).to.be.empty;
        continue;
      }
      expect(outcome.signals.length, `${outcome.id} has a signal`).to.be.greaterThan(0);
      outcome.signals.forEach((signal, signalIndex) => {
        const label = `${outcome.id}.signals[${signalIndex}]`;
        expectMatchResolves(signal.when, label);
        expect(Number.isFinite(signal.weight) && signal.weight > 0, label).to.equal(true);
      });
    }
  });

  it('says when each self-care cause is possible, and gives it something to try', () => {
    for (const outcome of outcomes.filter((item) => item.triage === 'self-care' && !item.general)) {
      expect(outcome.requires, `${outcome.id} has requires`).not.to.equal(undefined);
      expect(outcome.requires, outcome.id).not.to.be.empty;
      outcome.requires?.forEach((match, index) => expectMatchResolves(match, `${outcome.id}.requires[${index}]`));
      expect(outcome.actions, outcome.id).not.to.be.empty;
      expect(outcome.cues.length + outcome.variations.length, outcome.id).to.be.greaterThan(0);
      expect(outcome.referral, outcome.id).to.equal(undefined);
    }
  });

  it('gives general advice that is always shown: keep moving, and see someone if it does not improve', () => {
    const general = outcomes.filter((outcome) => outcome.general);
    expect(general.map((outcome) => outcome.id)).to.deep.equal(['keep-moving']);
    for (const outcome of general) {
      expect(outcome.triage, outcome.id).to.equal('self-care');
      expect(outcome.requires, outcome.id).to.equal(undefined);
      expect(outcome.summary, outcome.id).to.match(/rest from push-ups, not from moving/i);
      expect(
        outcome.actions.some((action) => /doctor or physiotherapist/.test(action)),
        `${outcome.id} says when to see a professional`,
      ).to.equal(true);
    }
  });

  it('cites known references on every outcome, with checklist cues and variations that exist', () => {
    for (const outcome of outcomes) {
      expect(outcome.references, outcome.id).not.to.be.empty;
      for (const id of outcome.references) expect(referenceIds.has(id), `${outcome.id} cites "${id}"`).to.equal(true);
      for (const id of outcome.cues) expect(cueIds.has(id), `${outcome.id} names cue "${id}"`).to.equal(true);
      for (const id of outcome.variations) {
        expect(variationIds.has(id), `${outcome.id} names variation "${id}"`).to.equal(true);
      }
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

  it("never names a country's emergency number or health service", () => {
    for (const [path, text] of texts) expect(text, path).not.to.match(/\b(999|911|112|111|000)\b|\bNHS\b/i);
  });

  it('writes every text as clean plain text, with no HTML', () => {
    for (const [path, text] of texts) {
      expect(text.trim(), path).to.equal(text);
      expect(text, path).not.to.equal('');
      expect(text, path).not.to.match(/[<>]|&[a-z#0-9]+;|\s{2}/i);
    }
  });
});

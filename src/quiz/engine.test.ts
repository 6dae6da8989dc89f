import { expect } from '@open-wc/testing';
import { outcomes, questions } from '../content/quiz.js';
import type { Answer, Outcome, Question, Triage } from '../content/types.js';
import {
  MAX_CAUSES,
  nextQuestion,
  outcomeFor,
  progress,
  sanitizeAnswers,
  selectAnswer,
  validateAnswer,
  visibleQuestions,
  type QuizAnswers,
  type QuizContent,
  type QuizProgress,
} from './engine.js';

const content: QuizContent = { questions, outcomes };

function questionById(id: string): Question {
  const found = questions.find((question) => question.id === id);
  if (!found) throw new Error(`No question "${id}" in the content`);
  return found;
}

function outcomeById(id: string): Outcome {
  const found = outcomes.find((outcome) => outcome.id === id);
  if (!found) throw new Error(`No outcome "${id}" in the content`);
  return found;
}

const triageOf = (id: string): Triage => outcomeById(id).triage;

const whereIds = questionById('where').answers.map((answer) => answer.id);
const whenIds = questionById('when').answers.map((answer) => answer.id);
const feelingIds = questionById('feeling').answers.map((answer) => answer.id);
const mildId = 'mild-ache';

/** Every red-flag answer with its question. */
const flagged: { question: Question; answer: Answer & { redFlag: NonNullable<Answer['redFlag']> } }[] =
  questions.flatMap((question) =>
    question.answers.flatMap((answer) => (answer.redFlag ? [{ question, answer: { ...answer, redFlag: answer.redFlag } }] : [])),
  );

function exclusiveOf(question: Question): string {
  const exclusive = question.answers.find((answer) => answer.exclusive);
  if (!exclusive) throw new Error(`Question "${question.id}" has no "none" answer`);
  return exclusive.id;
}

/**
 * A whole set of answers: the pain described by `where`, `when` and `feeling`, "none"
 * to every multiple-choice question, then `extra` on top.
 */
function calmAnswers(where: string, when: string, feeling: string, extra: QuizAnswers = {}): QuizAnswers {
  const answers: Record<string, readonly string[]> = { where: [where], when: [when], feeling: [feeling] };
  for (const question of questions) if (question.kind === 'multiple') answers[question.id] = [exclusiveOf(question)];
  return { ...answers, ...extra };
}

/** Adds answer ids to a multiple-choice question's calm selection, replacing its "none". */
function withTicked(answers: QuizAnswers, questionId: string, ...ids: string[]): QuizAnswers {
  const question = questionById(questionId);
  if (question.kind === 'single') return { ...answers, [questionId]: ids };
  const kept = (answers[questionId] ?? []).filter((id) => id !== exclusiveOf(question));
  return { ...answers, [questionId]: [...new Set([...kept, ...ids])] };
}

/** Plays the quiz as a reader would: answers each next question until there is none. */
function playQuiz(choose: (question: Question) => readonly string[]) {
  let answers: QuizAnswers = {};
  const steps: { questionId: string; progress: QuizProgress | undefined }[] = [];
  for (let question = nextQuestion(content, answers); question; question = nextQuestion(content, answers)) {
    if (steps.length > questions.length) throw new Error('The quiz never ends');
    steps.push({ questionId: question.id, progress: progress(content, answers, question.id) });
    answers = { ...answers, [question.id]: choose(question) };
  }
  return { answers, steps, outcome: outcomeFor(content, answers) };
}

/** Answers like `calmAnswers` would, one step at a time. */
const calmChooser =
  (where: string, when: string, feeling: string, extra: QuizAnswers = {}) =>
  (question: Question): readonly string[] =>
    calmAnswers(where, when, feeling, extra)[question.id];

/** Which cause each habit or form answer puts first. */
const habitCauses: Record<string, Record<string, string>> = {
  habits: {
    'desk-hunched': 'desk-posture',
    'chest-over-back': 'shoulder-muscle-imbalance',
    'already-tired': 'training-when-tired',
    'more-reps': 'too-many-reps',
    'no-warm-up': 'no-warm-up',
  },
  'harder-variations': {
    weighted: 'weighted-too-soon',
    deficit: 'deep-too-soon',
    forward: 'hand-placement',
    backward: 'hand-placement',
  },
  form: {
    'hips-sag': 'hips-sagging',
    'back-arch': 'over-arching',
    dropping: 'poor-technique',
    'hands-high': 'hand-placement',
  },
  shoulders: {
    'no-retraction': 'shoulders-not-retracted',
    'rounded-shoulders': 'tight-pec-minor',
    'upper-back-tires': 'weak-upper-back',
  },
};
/** Answers that only nudge a cause: diamond push-ups are no harder on the back than regular ones. */
const nudgeOnly = new Set(['harder-variations.diamond']);

describe('quiz engine', () => {
  describe('the path through the questions', () => {
    it('starts with where it hurts', () => {
      expect(nextQuestion(content, {})?.id).to.equal('where');
    });

    it('asks every red-flag question before any habit question, whatever the pain', () => {
      for (const where of whereIds) {
        const shown = visibleQuestions(content, calmAnswers(where, 'during', mildId)).map((question) => question.id);
        const flagQuestions = new Set(flagged.map(({ question }) => question.id));
        for (const id of flagQuestions) expect(shown, `${where} shows ${id}`).to.include(id);
        const lastFlag = Math.max(...[...flagQuestions].map((id) => shown.indexOf(id)));
        for (const habit of Object.keys(habitCauses)) {
          if (shown.includes(habit)) expect(shown.indexOf(habit), `${habit} after the flags`).to.be.greaterThan(lastFlag);
        }
      }
    });

    it('asks about the shoulders only when the upper back or neck hurts', () => {
      const shownFor = (where: string) =>
        visibleQuestions(content, calmAnswers(where, 'after', mildId)).map((question) => question.id);
      expect(shownFor('upper-back')).to.include('shoulders');
      expect(shownFor('neck-shoulders')).to.include('shoulders');
      expect(shownFor('lower-back')).not.to.include('shoulders');
      expect(shownFor('elsewhere')).not.to.include('shoulders');
    });

    it('counts the steps of the path the reader is on', () => {
      const lower = playQuiz(calmChooser('lower-back', 'during', mildId));
      expect(lower.steps.map((step) => step.progress)).to.deep.equal(
        lower.steps.map((_, index) => ({ current: index + 1, total: questions.length - 1 })),
      );

      // "Where" decides whether the shoulder question is on the path, so the total grows by one after it.
      const upper = playQuiz(calmChooser('upper-back', 'after', mildId));
      expect(upper.steps[0].progress).to.deep.equal({ current: 1, total: questions.length - 1 });
      expect(upper.steps.slice(1).map((step) => step.progress)).to.deep.equal(
        upper.steps.slice(1).map((_, index) => ({ current: index + 2, total: questions.length })),
      );
      expect(upper.steps.at(-1)?.questionId).to.equal('shoulders');
    });

    it('ends the quiz immediately after an emergency flag', () => {
      const played = playQuiz((question) =>
        question.id === 'emergency-symptoms'
          ? ['saddle-numbness']
          : calmAnswers('lower-back', 'during', mildId)[question.id],
      );
      expect(played.steps.map((step) => step.questionId)).to.deep.equal(['where', 'when', 'feeling', 'emergency-symptoms']);
      expect(played.steps.at(-1)?.progress).to.deep.equal({ current: 4, total: questions.length - 1 });
      expect(nextQuestion(content, played.answers)).to.equal(undefined);
      expect(visibleQuestions(content, played.answers).at(-1)?.id).to.equal('emergency-symptoms');
      expect(progress(content, played.answers, 'emergency-symptoms')).to.deep.equal({ current: 4, total: 4 });
      expect(progress(content, played.answers, 'habits')).to.equal(undefined);
      expect(played.outcome).to.deep.equal({ triage: 'emergency', outcomeIds: ['emergency-help'] });
    });

    it('ends the quiz immediately after an urgent flag', () => {
      const played = playQuiz((question) =>
        question.id === 'urgent-symptoms' ? ['rest-or-night-pain'] : calmAnswers('upper-back', 'after', mildId)[question.id],
      );
      expect(played.steps.map((step) => step.questionId)).to.deep.equal([
        'where',
        'when',
        'feeling',
        'emergency-symptoms',
        'urgent-symptoms',
      ]);
      expect(nextQuestion(content, played.answers)).to.equal(undefined);
      expect(played.outcome).to.deep.equal({ triage: 'see-doctor', outcomeIds: ['urgent-appointment'] });
    });

    it('carries on after a "see someone soon" flag and still asks the habit questions', () => {
      const played = playQuiz(
        calmChooser('lower-back', 'after', mildId, { 'see-someone-soon': ['one-leg'], form: ['hips-sag'] }),
      );
      expect(played.steps.map((step) => step.questionId)).to.include('habits');
      expect(played.outcome?.triage).to.equal('see-doctor');
      expect(played.outcome?.outcomeIds[0]).to.equal('see-professional-soon');
      expect(played.outcome?.outcomeIds[1]).to.equal('hips-sagging');
    });

    it('is not finished, and has no outcome, while a question on the path is unanswered', () => {
      const answers = calmAnswers('upper-back', 'during', mildId);
      for (const question of visibleQuestions(content, answers)) {
        const { [question.id]: _left, ...rest } = answers;
        expect(nextQuestion(content, rest)?.id, `without ${question.id}`).to.equal(question.id);
        expect(outcomeFor(content, rest), `without ${question.id}`).to.equal(undefined);
      }
    });

    it('forgets the shoulder answers when the reader goes back and changes where it hurts', () => {
      const upper = withTicked(calmAnswers('upper-back', 'after', mildId), 'shoulders', 'rounded-shoulders');
      expect(outcomeFor(content, upper)?.outcomeIds[0]).to.equal('tight-pec-minor');
      const lower = { ...upper, where: ['lower-back'] };
      expect(outcomeFor(content, lower)?.outcomeIds).not.to.include('tight-pec-minor');
      expect(sanitizeAnswers(content, lower)).not.to.have.property('shoulders');
    });
  });

  describe('red flags', () => {
    it('has red flags to test', () => {
      expect(flagged.length).to.be.greaterThan(10);
    });

    it('sends every red flag on its own to its triage level, whatever the pain', () => {
      for (const { question, answer } of flagged) {
        for (const where of whereIds) {
          for (const when of whenIds) {
            const answers = withTicked(calmAnswers(where, when, mildId), question.id, answer.id);
            const result = outcomeFor(content, answers);
            const label = `${question.id}.${answer.id} with ${where}/${when}`;
            expect(result?.triage, label).to.equal(answer.redFlag.triage);
            if (answer.redFlag.endsQuiz) {
              expect(result?.outcomeIds, label).to.deep.equal([answer.redFlag.outcome]);
            } else {
              expect(result?.outcomeIds[0], label).to.equal(answer.redFlag.outcome);
              expect(result?.outcomeIds.slice(1).every((id) => triageOf(id) === 'self-care'), label).to.equal(true);
            }
          }
        }
      }
    });

    it('never gives a self-care result while any flag is ticked, alone or with any other flag or habit', () => {
      const habitAnswers = Object.entries(habitCauses).flatMap(([questionId, causes]) =>
        Object.keys(causes).map((answerId) => [questionId, answerId] as const),
      );
      let checked = 0;
      for (const first of flagged) {
        for (const second of flagged) {
          for (const where of whereIds) {
            for (const when of whenIds) {
              let answers = withTicked(calmAnswers(where, when, mildId), first.question.id, first.answer.id);
              answers = withTicked(answers, second.question.id, second.answer.id);
              const [habitQuestion, habitAnswer] = habitAnswers[checked % habitAnswers.length];
              answers = withTicked(answers, habitQuestion, habitAnswer);
              const result = outcomeFor(content, answers);
              const label = `${first.answer.id} + ${second.answer.id} + ${habitAnswer} with ${where}/${when}`;
              checked += 1;

              expect(result, label).not.to.equal(undefined);
              expect(result?.triage, label).not.to.equal('self-care');
              expect(triageOf(result?.outcomeIds[0] ?? ''), label).not.to.equal('self-care');
              const strongest = [first, second].some((flag) => flag.answer.redFlag.triage === 'emergency')
                ? 'emergency'
                : 'see-doctor';
              expect(result?.triage, label).to.equal(strongest);
              if (first.answer.redFlag.endsQuiz || second.answer.redFlag.endsQuiz) {
                expect(result?.outcomeIds.every((id) => triageOf(id) !== 'self-care'), label).to.equal(true);
              }
            }
          }
        }
      }
      expect(checked).to.equal(flagged.length ** 2 * whereIds.length * whenIds.length);
    });

    it('never gives a self-care result for any mix of the "see someone soon" answers', () => {
      const soon = questionById('see-someone-soon').answers.filter((answer) => !answer.exclusive);
      for (let mask = 1; mask < 2 ** soon.length; mask += 1) {
        const ticked = soon.filter((_, index) => mask & (2 ** index)).map((answer) => answer.id);
        for (const feeling of feelingIds) {
          const result = outcomeFor(content, calmAnswers('lower-back', 'after', feeling, { 'see-someone-soon': ticked }));
          expect(result?.triage, ticked.join('+')).to.equal('see-doctor');
          expect(triageOf(result?.outcomeIds[0] ?? ''), ticked.join('+')).to.equal('see-doctor');
        }
      }
    });

    it('gives emergency when an emergency flag comes with urgent and other flags, in any key order', () => {
      const emergencyFirst = {
        ...calmAnswers('upper-back', 'both', 'sharp-or-lasting'),
        'emergency-symptoms': ['chest-pain'],
        'urgent-symptoms': ['fever', 'cancer-history'],
        'see-someone-soon': ['one-leg', 'known-condition'],
      };
      const urgentFirst = {
        'see-someone-soon': ['one-leg'],
        'urgent-symptoms': ['top-of-back'],
        'emergency-symptoms': ['both-legs', 'serious-accident'],
        feeling: ['sharp-or-lasting'],
        when: ['after'],
        where: ['lower-back'],
      };
      for (const answers of [emergencyFirst, urgentFirst]) {
        expect(outcomeFor(content, answers)).to.deep.equal({ triage: 'emergency', outcomeIds: ['emergency-help'] });
      }
    });

    it('gives emergency for an emergency flag even when earlier questions were skipped', () => {
      const answers = { 'emergency-symptoms': ['bladder-bowel-control'], habits: ['desk-hunched'] };
      expect(nextQuestion(content, answers)).to.equal(undefined);
      expect(outcomeFor(content, answers)).to.deep.equal({ triage: 'emergency', outcomeIds: ['emergency-help'] });
    });

    it('lists the "see someone soon" referrals before any cause', () => {
      const result = outcomeFor(
        content,
        calmAnswers('lower-back', 'during', 'sharp-or-lasting', { 'see-someone-soon': ['known-condition'] }),
      );
      expect(result?.triage).to.equal('see-doctor');
      expect(result?.outcomeIds.slice(0, 2)).to.deep.equal(['see-professional-soon', 'ask-your-doctor-first']);
      expect(result?.outcomeIds.slice(2).every((id) => triageOf(id) === 'self-care')).to.equal(true);
    });
  });

  describe('self-care results', () => {
    it('reaches a result for every combination of where, when and how it feels', () => {
      for (const where of whereIds) {
        for (const when of whenIds) {
          for (const feeling of feelingIds) {
            const label = `${where}/${when}/${feeling}`;
            const played = playQuiz(calmChooser(where, when, feeling));
            const result = played.outcome;
            expect(result, label).not.to.equal(undefined);
            expect(result, label).to.deep.equal(outcomeFor(content, calmAnswers(where, when, feeling)));
            const flag = questionById('feeling').answers.find((answer) => answer.id === feeling)?.redFlag;
            expect(result?.triage, label).to.equal(flag ? flag.triage : 'self-care');
            const causes = result?.outcomeIds.filter((id) => triageOf(id) === 'self-care') ?? [];
            expect(causes.length, label).to.be.within(1, MAX_CAUSES);
            if (flag) expect(result?.outcomeIds[0], label).to.equal(flag.outcome);
          }
        }
      }
    });

    it('puts the cause of each habit or form answer first', () => {
      for (const [questionId, causes] of Object.entries(habitCauses)) {
        for (const [answerId, cause] of Object.entries(causes)) {
          // The shoulder question is only asked when the upper back or neck hurts.
          const wheres = questionId === 'shoulders' ? ['upper-back', 'neck-shoulders'] : whereIds;
          for (const where of wheres) {
            for (const when of whenIds) {
              for (const feeling of feelingIds) {
                const label = `${questionId}.${answerId} with ${where}/${when}/${feeling}`;
                const answers = withTicked(calmAnswers(where, when, feeling), questionId, answerId);
                const ids = outcomeFor(content, answers)?.outcomeIds.filter((id) => triageOf(id) === 'self-care');
                expect(ids?.[0], label).to.equal(cause);
              }
            }
          }
        }
      }
    });

    it('knows the cause of every habit and form answer', () => {
      for (const questionId of Object.keys(habitCauses)) {
        for (const answer of questionById(questionId).answers) {
          if (answer.exclusive || nudgeOnly.has(`${questionId}.${answer.id}`)) continue;
          expect(habitCauses[questionId], `${questionId}.${answer.id}`).to.have.property(answer.id);
        }
      }
    });

    it('ranks normal muscle fatigue first for a mild ache after push-ups', () => {
      for (const where of ['upper-back', 'lower-back']) {
        const result = outcomeFor(content, calmAnswers(where, 'after', mildId));
        expect(result?.outcomeIds[0]).to.equal('muscle-fatigue');
      }
    });

    it('ranks sagging hips among the causes of lower-back pain during push-ups', () => {
      const result = outcomeFor(content, calmAnswers('lower-back', 'during', mildId));
      expect(result).to.deep.equal({
        triage: 'self-care',
        outcomeIds: ['hips-sagging', 'poor-technique', 'over-arching'],
      });
    });

    it('lists at most a few causes, however many habits are ticked', () => {
      let answers = calmAnswers('upper-back', 'both', mildId);
      for (const [questionId, causes] of Object.entries(habitCauses)) {
        answers = withTicked(answers, questionId, ...Object.keys(causes));
      }
      const result = outcomeFor(content, answers);
      expect(result?.triage).to.equal('self-care');
      expect(result?.outcomeIds).to.have.length(MAX_CAUSES);
      expect(new Set(result?.outcomeIds).size).to.equal(MAX_CAUSES);
    });
  });

  describe('untrusted answers', () => {
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      Number.NaN,
      'where',
      true,
      [],
      [['where', ['upper-back']]],
      { where: 'upper-back' },
      { where: null, when: 7, feeling: {} },
      { where: [42, null, {}, ['upper-back']] },
      { 'no-such-question': ['upper-back'] },
      { where: ['no-such-answer'] },
      { where: ['upper-back', 'lower-back'] },
      { 'emergency-symptoms': ['none', 'chest-pain'] },
      { habits: ['desk-hunched'], shoulders: ['no-retraction'], where: ['lower-back'] },
      JSON.parse('{"__proto__": ["upper-back"], "constructor": ["x"], "where": ["upper-back"]}'),
      Object.assign(Object.create(null), { where: ['lower-back'] }),
      Object.defineProperty({}, 'where', {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      }),
      new Proxy(
        {},
        {
          get() {
            throw new Error('hostile proxy');
          },
          has() {
            throw new Error('hostile proxy');
          },
          ownKeys() {
            throw new Error('hostile proxy');
          },
          getOwnPropertyDescriptor() {
            throw new Error('hostile proxy');
          },
        },
      ),
    ];

    it('never throws, whatever it is given', () => {
      hostile.forEach((answers, index) => {
        const label = `hostile input ${index}`;
        expect(() => sanitizeAnswers(content, answers), label).not.to.throw();
        expect(() => visibleQuestions(content, answers), label).not.to.throw();
        expect(() => nextQuestion(content, answers), label).not.to.throw();
        expect(() => progress(content, answers, 'where'), label).not.to.throw();
        expect(() => progress(content, answers, 'no-such-question'), label).not.to.throw();
        expect(() => outcomeFor(content, answers), label).not.to.throw();
        expect(nextQuestion(content, answers), label).not.to.equal(undefined);
        expect(outcomeFor(content, answers), label).to.equal(undefined);
      });
    });

    it('keeps only known answers to known questions', () => {
      expect(sanitizeAnswers(content, { where: ['upper-back', 'nope'], nope: ['upper-back'] })).to.deep.equal({
        where: ['upper-back'],
      });
      expect(sanitizeAnswers(content, { 'emergency-symptoms': ['nope', 'chest-pain', 'chest-pain'] })).to.deep.equal({
        'emergency-symptoms': ['chest-pain'],
      });
    });

    it('asks again a question whose stored answer cannot stand', () => {
      const twoForOne = { ...calmAnswers('upper-back', 'after', mildId), where: ['upper-back', 'lower-back'] };
      expect(nextQuestion(content, twoForOne)?.id).to.equal('where');

      const noneAndSymptom = { ...calmAnswers('upper-back', 'after', mildId), 'emergency-symptoms': ['none', 'chest-pain'] };
      expect(sanitizeAnswers(content, noneAndSymptom)).not.to.have.property('emergency-symptoms');
      expect(nextQuestion(content, noneAndSymptom)?.id).to.equal('emergency-symptoms');
      expect(outcomeFor(content, noneAndSymptom)).to.equal(undefined);
    });

    it('ignores answers beyond a flag that ended the quiz', () => {
      const answers = {
        ...calmAnswers('upper-back', 'after', mildId),
        'emergency-symptoms': ['chest-pain'],
        habits: ['desk-hunched'],
      };
      expect(Object.keys(sanitizeAnswers(content, answers))).to.deep.equal([
        'where',
        'when',
        'feeling',
        'emergency-symptoms',
      ]);
    });

    it('handles answers given out of order', () => {
      const answers = { habits: ['no-warm-up'], form: ['none'], where: ['lower-back'] };
      expect(nextQuestion(content, answers)?.id).to.equal('when');
      expect(progress(content, answers, 'when')).to.deep.equal({ current: 2, total: questions.length - 1 });
      expect(sanitizeAnswers(content, answers)).to.deep.equal({
        where: ['lower-back'],
        habits: ['no-warm-up'],
        form: ['none'],
      });
    });
  });

  describe('one step at a time', () => {
    const where = questionById('where');
    const emergency = questionById('emergency-symptoms');

    it('accepts exactly one answer to a single-choice question', () => {
      expect(validateAnswer(where, ['upper-back'])).to.deep.equal({ valid: true });
      expect(validateAnswer(where, [])).to.deep.equal({ valid: false, problem: 'pick-one' });
      expect(validateAnswer(where, ['upper-back', 'lower-back'])).to.deep.equal({ valid: false, problem: 'pick-one' });
      expect(validateAnswer(where, ['nope'])).to.deep.equal({ valid: false, problem: 'unknown-answer' });
      expect(validateAnswer(where, null)).to.deep.equal({ valid: false, problem: 'pick-one' });
    });

    it('accepts one or more answers to a multiple-choice question, with "none" only on its own', () => {
      expect(validateAnswer(emergency, ['none'])).to.deep.equal({ valid: true });
      expect(validateAnswer(emergency, ['chest-pain', 'both-legs'])).to.deep.equal({ valid: true });
      expect(validateAnswer(emergency, [])).to.deep.equal({ valid: false, problem: 'pick-at-least-one' });
      expect(validateAnswer(emergency, ['none', 'chest-pain'])).to.deep.equal({
        valid: false,
        problem: 'exclusive-alone',
      });
      expect(validateAnswer(emergency, ['chest-pain', 3])).to.deep.equal({ valid: false, problem: 'unknown-answer' });
    });

    it('clears "none" when a symptom is ticked, and the symptoms when "none" is ticked', () => {
      expect(selectAnswer(emergency, ['none'], 'chest-pain', true)).to.deep.equal(['chest-pain']);
      expect(selectAnswer(emergency, ['chest-pain', 'both-legs'], 'none', true)).to.deep.equal(['none']);
      expect(selectAnswer(emergency, ['chest-pain'], 'saddle-numbness', true)).to.deep.equal([
        'saddle-numbness',
        'chest-pain',
      ]);
      expect(selectAnswer(emergency, ['chest-pain', 'both-legs'], 'chest-pain', false)).to.deep.equal(['both-legs']);
      expect(selectAnswer(emergency, ['chest-pain'], 'nope', true)).to.deep.equal(['chest-pain']);
      expect(selectAnswer(where, ['upper-back'], 'lower-back', true)).to.deep.equal(['lower-back']);
    });
  });

  describe('with other content', () => {
    const cause = (id: string, weight: number): Outcome => ({
      id,
      triage: 'self-care',
      title: id,
      summary: id,
      actions: [id],
      cues: [],
      variations: [],
      signals: weight ? [{ when: { pick: ['a'] }, weight }] : [],
      references: [],
    });
    const referral: Outcome = { ...cause('go-now', 0), triage: 'emergency' };
    const custom: QuizContent = {
      questions: [
        { id: 'pick', kind: 'single', prompt: 'Pick', answers: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] },
        {
          id: 'flag',
          kind: 'multiple',
          prompt: 'Flag',
          // A red-flag question is always asked, even when the content puts it behind a condition.
          askIf: { pick: ['b'] },
          answers: [
            { id: 'bad', label: 'Bad', redFlag: { triage: 'emergency', outcome: 'go-now', endsQuiz: true } },
            { id: 'none', label: 'None', exclusive: true },
          ],
        },
      ],
      outcomes: [cause('fallback', 0), cause('c1', 1), cause('c2', 2), cause('c3', 2), cause('c4', 1), referral],
    };

    it('always asks a red-flag question, whatever its askIf', () => {
      expect(visibleQuestions(custom, { pick: ['a'] }).map((question) => question.id)).to.deep.equal(['pick', 'flag']);
      expect(outcomeFor(custom, { pick: ['a'], flag: ['bad'] })).to.deep.equal({
        triage: 'emergency',
        outcomeIds: ['go-now'],
      });
    });

    it('ranks causes by score, ties in content order, and falls back to the first cause', () => {
      expect(outcomeFor(custom, { pick: ['a'], flag: ['none'] })).to.deep.equal({
        triage: 'self-care',
        outcomeIds: ['c2', 'c3', 'c1'],
      });
      expect(outcomeFor(custom, { pick: ['b'], flag: ['none'] })).to.deep.equal({
        triage: 'self-care',
        outcomeIds: ['fallback'],
      });
    });
  });
});

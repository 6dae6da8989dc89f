/**
 * The self-check's engine, told as what a reader meets: the order of the questions, where
 * each red flag sends them, what a self-care result shows, and how stored or untrusted
 * answers are read. The property-based test (`engine.node-test.ts`) and
 * `npm run audit:triage` check the same rules on generated answers and on every path.
 */
import { expect } from '@open-wc/testing';
import { outcomes, questions } from '../content/quiz/questions.js';
import type { Answer, AnswerMatch, Outcome, Question, RedFlag, Triage, Urgency } from '../content/types.js';
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
  type QuizOutcome,
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

const whereIds = ['upper-back', 'lower-back'];
const whenIds = questionById('when').answers.map((answer) => answer.id);

/** A path's questions with a red flag: `emergency` ones, then urgent, then routine. */
type Flagged = { question: Question; answer: Answer; flag: RedFlag; urgency: Urgency };

const urgencyOf = (flag: RedFlag): Urgency =>
  flag.triage === 'emergency' ? 'emergency' : (outcomeById(flag.outcome).referral?.urgency ?? 'urgent');

/** Every red-flag answer with its question and how soon it needs a clinician. */
const flagged: Flagged[] = questions.flatMap((question) =>
  question.answers.flatMap((answer) =>
    answer.redFlag ? [{ question, answer, flag: answer.redFlag, urgency: urgencyOf(answer.redFlag) }] : [],
  ),
);
const flaggedAt = (urgency: Urgency) => flagged.filter((each) => each.urgency === urgency);

function exclusiveOf(question: Question): string {
  const exclusive = question.answers.find((answer) => answer.exclusive);
  if (!exclusive) throw new Error(`Question "${question.id}" has no "none" answer`);
  return exclusive.id;
}

/**
 * A whole set of answers with no red flag: the pain described by `where` and `when`, a
 * mild ache, 16 or over, "none" to every multiple-choice question, then `extra` on top.
 */
function calmAnswers(where: string, when: string, extra: QuizAnswers = {}): QuizAnswers {
  const answers: Record<string, readonly string[]> = {};
  for (const question of questions) {
    answers[question.id] =
      question.kind === 'multiple'
        ? [exclusiveOf(question)]
        : [question.answers.find((answer) => !answer.redFlag)?.id ?? question.answers[0].id];
  }
  return { ...answers, where: [where], when: [when], feeling: ['mild-ache'], ...extra };
}

/** Adds answer ids to a multiple-choice question's selection, replacing its "none". */
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
  return { answers, steps, ids: steps.map((step) => step.questionId), outcome: outcomeFor(content, answers) };
}

/** Answers as `calmAnswers` would, one step at a time. */
const calmChooser =
  (where: string, when: string, extra: QuizAnswers = {}) =>
  (question: Question): readonly string[] =>
    calmAnswers(where, when, extra)[question.id];

/** What a referral result is: the outcomes, and never a cue or a variation. */
const referral = (triage: Triage, urgency: Urgency, outcomeIds: string[]): QuizOutcome => ({
  triage,
  urgency,
  outcomeIds,
  alsoIds: [],
  cues: [],
  variations: [],
});

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
    dropping: 'dropping-down',
    'hands-high': 'hands-too-high',
  },
  shoulders: {
    'no-retraction': 'shoulders-not-retracted',
    'rounded-shoulders': 'tight-pec-minor',
    'upper-back-tires': 'weak-upper-back',
  },
};
/** Answers that only nudge a cause: diamond push-ups are no harder on the back than regular ones. */
const nudgeOnly = new Set(['harder-variations.diamond']);
const habitQuestions = Object.keys(habitCauses);
const habitAnswers = habitQuestions.flatMap((questionId) =>
  questionById(questionId)
    .answers.filter((answer) => !answer.exclusive)
    .map((answer) => [questionId, answer.id] as const),
);

/** The causes of a self-care result: everything but the general advice. */
const causesOf = (result: QuizOutcome | undefined): string[] =>
  (result?.outcomeIds ?? []).filter((id) => !outcomeById(id).general);

/** Every cause a self-care result names: the first ones, then the further ones (`alsoIds`). */
const allCausesOf = (result: QuizOutcome | undefined): string[] => [...causesOf(result), ...(result?.alsoIds ?? [])];

/** Causes the sources give only for upper-back pain, and only for pain after push-ups (CONTENT-FACTS). */
const upperBackOnly = new Set(['desk-posture', 'tight-pec-minor', 'shoulder-muscle-imbalance', 'shoulders-not-retracted', 'weak-upper-back']);
const afterOnly = new Set(['muscle-fatigue', 'desk-posture', 'tight-pec-minor', 'shoulder-muscle-imbalance']);

/** Whether the sources allow `cause` for pain `where` and `when`. */
const fitsPain = (cause: string, where: string, when: string): boolean =>
  !(upperBackOnly.has(cause) && where !== 'upper-back') && !(afterOnly.has(cause) && when === 'during');

/** How a text names each mistake of the form question, and the cue against it. */
const formMistakes: Record<string, { pattern: RegExp; cue: string }> = {
  'hips-sag': { pattern: /\bsag/i, cue: 'hips-level' },
  'back-arch': { pattern: /\barch/i, cue: 'no-lower-back-arch' },
  dropping: { pattern: /\bdrop/i, cue: 'lower-under-control' },
  'hands-high': { pattern: /too (high|far forward)|toward your head/i, cue: 'hands-under-shoulders' },
};

/** Whether `answers` meet an `AnswerMatch`, read independently of the engine. */
const matchHolds = (match: AnswerMatch, answers: QuizAnswers): boolean =>
  Object.entries(match).every(([questionId, wanted]) => (answers[questionId] ?? []).some((id) => wanted.includes(id)));

describe('quiz engine', () => {
  describe('the path through the questions', () => {
    it('starts with the emergency symptoms', () => {
      expect(nextQuestion(content, {})?.id).to.equal('emergency-symptoms');
      expect(progress(content, {}, 'emergency-symptoms')?.current).to.equal(1);
    });

    it('asks emergency, then urgent, age and "see someone soon" questions, then the pain, then habits', () => {
      for (const where of whereIds) {
        const { ids } = playQuiz(calmChooser(where, 'both'));
        const at = (id: string) => ids.indexOf(id);
        const emergency = [...new Set(flaggedAt('emergency').map(({ question }) => question.id))];
        const urgent = [...new Set(flaggedAt('urgent').map(({ question }) => question.id))];
        expect(emergency).to.deep.equal(['emergency-symptoms', 'chest-symptoms']);
        expect(urgent).to.deep.equal(['urgent-symptoms', 'health-history']);
        expect(ids.slice(0, emergency.length), where).to.deep.equal(emergency);
        for (const id of urgent) expect(at(id), `${id} before age`).to.be.lessThan(at('age'));
        expect(at('age')).to.be.lessThan(at('see-someone-soon'));
        for (const pain of ['where', 'when', 'feeling']) {
          expect(at('see-someone-soon'), `see-someone-soon before ${pain}`).to.be.lessThan(at(pain));
          for (const habit of habitQuestions.filter((id) => ids.includes(id))) {
            expect(at(pain), `${pain} before ${habit}`).to.be.lessThan(at(habit));
          }
        }
      }
      expect(playQuiz(calmChooser('upper-back', 'after')).ids).to.deep.equal([
        'emergency-symptoms',
        'chest-symptoms',
        'urgent-symptoms',
        'health-history',
        'age',
        'see-someone-soon',
        'where',
        'when',
        'feeling',
        'habits',
        'harder-variations',
        'form',
        'shoulders',
      ]);
    });

    it('asks about the shoulders only when the upper back hurts', () => {
      expect(playQuiz(calmChooser('upper-back', 'after')).ids).to.include('shoulders');
      expect(playQuiz(calmChooser('lower-back', 'after')).ids).not.to.include('shoulders');
      for (const where of ['neck-shoulders', 'elsewhere']) {
        expect(playQuiz(calmChooser(where, 'after')).ids, where).not.to.include('shoulders');
      }
    });

    it('counts the steps of the path the reader is on', () => {
      const lower = playQuiz(calmChooser('lower-back', 'during'));
      expect(lower.steps.map((step) => step.progress)).to.deep.equal(
        lower.steps.map((_, index) => ({ current: index + 1, total: questions.length - 1 })),
      );

      // "Where" decides whether the shoulder question is on the path, so the total grows by one after it.
      const upper = playQuiz(calmChooser('upper-back', 'after'));
      const whereStep = upper.ids.indexOf('where');
      expect(upper.steps.slice(0, whereStep + 1).map((step) => step.progress)).to.deep.equal(
        upper.steps.slice(0, whereStep + 1).map((_, index) => ({ current: index + 1, total: questions.length - 1 })),
      );
      expect(upper.steps.slice(whereStep + 1).map((step) => step.progress)).to.deep.equal(
        upper.steps.slice(whereStep + 1).map((_, index) => ({ current: whereStep + index + 2, total: questions.length })),
      );
      expect(upper.ids.at(-1)).to.equal('shoulders');
    });

    it('ends the quiz at once on any red flag, and asks nothing after it', () => {
      for (const { question, answer } of flagged) {
        const label = `${question.id}.${answer.id}`;
        const played = playQuiz((asked) =>
          asked.id === question.id ? [answer.id] : calmAnswers('upper-back', 'both')[asked.id],
        );
        const steps = questions.indexOf(question) + 1;
        expect(played.ids.at(-1), label).to.equal(question.id);
        expect(played.ids, label).to.have.length(steps);
        expect(played.steps.at(-1)?.progress?.current, label).to.equal(steps);
        expect(nextQuestion(content, played.answers), label).to.equal(undefined);
        expect(visibleQuestions(content, played.answers).at(-1)?.id, label).to.equal(question.id);
        expect(progress(content, played.answers, question.id), label).to.deep.equal({ current: steps, total: steps });
        expect(progress(content, played.answers, 'habits'), label).to.equal(undefined);
        expect(played.outcome, label).not.to.equal(undefined);
      }
    });

    it('is not finished, and has no outcome, while a question on the path is unanswered', () => {
      const answers = calmAnswers('upper-back', 'during');
      for (const question of visibleQuestions(content, answers)) {
        const { [question.id]: _left, ...rest } = answers;
        expect(nextQuestion(content, rest)?.id, `without ${question.id}`).to.equal(question.id);
        expect(outcomeFor(content, rest), `without ${question.id}`).to.equal(undefined);
      }
    });

    it('forgets the shoulder answers when the reader goes back and changes where it hurts', () => {
      const upper = withTicked(calmAnswers('upper-back', 'after'), 'shoulders', 'rounded-shoulders');
      expect(outcomeFor(content, upper)?.outcomeIds[0]).to.equal('tight-pec-minor');
      const lower = { ...upper, where: ['lower-back'] };
      expect(allCausesOf(outcomeFor(content, lower))).not.to.include('tight-pec-minor');
      expect(sanitizeAnswers(content, lower)).not.to.have.property('shoulders');
    });
  });

  describe('red flags', () => {
    it('has the red flags the self-check must ask about', () => {
      expect(flaggedAt('emergency').map(({ answer }) => answer.id)).to.include.members([
        'bladder-bowel-control',
        'difficulty-peeing',
        'saddle-numbness',
        'erection-problems',
        'both-legs',
        'chest-pain',
        'tearing-pain',
        'breathless-at-rest',
        'pain-to-arm-or-jaw',
        'serious-accident',
      ]);
      expect(flaggedAt('urgent').map(({ answer }) => answer.id)).to.include.members([
        'fever',
        'weight-loss',
        'back-lump',
        'rest-or-night-pain',
        'cough-sneeze-strain',
        'top-of-back',
        'one-leg-worsening',
        'cancer-history',
        'long-term-steroids',
        'weak-immune-system',
        'osteoporosis',
      ]);
      expect(flaggedAt('soon').map(({ answer }) => answer.id)).to.include.members([
        'under-16',
        'one-leg',
        'pain-persists',
        'not-improving',
        'getting-worse',
        'known-condition',
        'neck-shoulders',
        'elsewhere',
        'sharp-or-lasting',
      ]);
    });

    it('sends every emergency symptom to emergency help, and shows nothing else', () => {
      for (const { question, answer } of flaggedAt('emergency')) {
        for (const where of whereIds) {
          for (const when of whenIds) {
            const label = `${question.id}.${answer.id} with ${where}/${when}`;
            const answers = withTicked(calmAnswers(where, when), question.id, answer.id);
            expect(outcomeFor(content, answers), label).to.deep.equal(
              referral('emergency', 'emergency', ['emergency-help']),
            );
          }
        }
      }
    });

    it('sends every urgent symptom and health-history answer to an urgent appointment', () => {
      const urgent = flaggedAt('urgent');
      expect(new Set(urgent.map(({ question }) => question.id))).to.deep.equal(
        new Set(['urgent-symptoms', 'health-history']),
      );
      for (const { question, answer } of urgent) {
        for (const where of whereIds) {
          const answers = withTicked(calmAnswers(where, 'both'), question.id, answer.id);
          expect(outcomeFor(content, answers), `${question.id}.${answer.id}`).to.deep.equal(
            referral('see-doctor', 'urgent', ['urgent-appointment']),
          );
        }
      }
    });

    it('sends each "see someone soon" answer to its own routine referral', () => {
      const expected: Record<string, string> = {
        'one-leg': 'see-professional-soon',
        'pain-persists': 'see-professional-soon',
        'not-improving': 'see-professional-soon',
        'getting-worse': 'see-professional-soon',
        'known-condition': 'ask-your-doctor-first',
      };
      for (const [answerId, outcomeId] of Object.entries(expected)) {
        const answers = withTicked(calmAnswers('lower-back', 'after'), 'see-someone-soon', answerId);
        expect(outcomeFor(content, answers), answerId).to.deep.equal(referral('see-doctor', 'soon', [outcomeId]));
      }
      const both = withTicked(calmAnswers('lower-back', 'after'), 'see-someone-soon', 'one-leg', 'known-condition');
      expect(outcomeFor(content, both)).to.deep.equal(
        referral('see-doctor', 'soon', ['see-professional-soon', 'ask-your-doctor-first']),
      );
    });

    it('sends under-16s to a doctor', () => {
      const answers = { ...calmAnswers('lower-back', 'after'), age: ['under-16'] };
      expect(outcomeFor(content, answers)).to.deep.equal(referral('see-doctor', 'soon', ['under-16-see-doctor']));
    });

    it('says neck pain and pain somewhere else are outside this check, and points to a clinician', () => {
      for (const where of ['neck-shoulders', 'elsewhere']) {
        expect(outcomeFor(content, calmAnswers(where, 'during')), where).to.deep.equal(
          referral('see-doctor', 'soon', ['outside-this-check']),
        );
      }
    });

    it('sends sharp or lasting pain to a doctor or physiotherapist soon', () => {
      for (const where of whereIds) {
        for (const when of whenIds) {
          const answers = { ...calmAnswers(where, when), feeling: ['sharp-or-lasting'] };
          expect(outcomeFor(content, answers), `${where}/${when}`).to.deep.equal(
            referral('see-doctor', 'soon', ['see-professional-soon']),
          );
        }
      }
    });

    it('never shows a cause, cue or variation while a flag is ticked, whatever habits are ticked too', () => {
      for (const { question, answer } of flagged) {
        for (const [habitQuestion, habitAnswer] of habitAnswers) {
          let answers = withTicked(calmAnswers('upper-back', 'both'), question.id, answer.id);
          answers = withTicked(answers, habitQuestion, habitAnswer);
          const result = outcomeFor(content, answers);
          const label = `${answer.id} + ${habitAnswer}`;
          expect(result?.triage, label).not.to.equal('self-care');
          expect(result?.outcomeIds, label).not.to.be.empty;
          for (const id of result?.outcomeIds ?? []) expect(triageOf(id), `${label}: ${id}`).not.to.equal('self-care');
          expect(result?.cues, label).to.deep.equal([]);
          expect(result?.variations, label).to.deep.equal([]);
        }
      }
    });

    it('gives the most urgent referral for any two flags with a habit, in any place and time', () => {
      const rank: Record<Urgency, number> = { soon: 0, urgent: 1, emergency: 2 };
      let checked = 0;
      for (const first of flagged) {
        for (const second of flagged) {
          for (const where of whereIds) {
            for (const when of whenIds) {
              let answers = withTicked(calmAnswers(where, when), first.question.id, first.answer.id);
              answers = withTicked(answers, second.question.id, second.answer.id);
              const [habitQuestion, habitAnswer] = habitAnswers[checked % habitAnswers.length];
              answers = withTicked(answers, habitQuestion, habitAnswer);
              const result = outcomeFor(content, answers);
              const label = `${first.answer.id} + ${second.answer.id} + ${habitAnswer} with ${where}/${when}`;
              checked += 1;

              // A single-choice question keeps only the second answer.
              const sameSingle = first.question === second.question && first.question.kind === 'single';
              const ticked = sameSingle ? [second] : [first, second];
              const urgency = ticked.reduce<Urgency>(
                (worst, flag) => (rank[flag.urgency] > rank[worst] ? flag.urgency : worst),
                'soon',
              );
              expect(result?.triage, label).to.equal(urgency === 'emergency' ? 'emergency' : 'see-doctor');
              expect(result?.urgency, label).to.equal(urgency);
              if (urgency !== 'soon') expect(result?.outcomeIds, label).to.have.length(1);
              expect(result?.cues, label).to.deep.equal([]);
              expect(result?.variations, label).to.deep.equal([]);
            }
          }
        }
      }
      expect(checked).to.equal(flagged.length ** 2 * whereIds.length * whenIds.length);
    });

    it('gives emergency when an emergency flag comes with urgent and other flags, in any key order', () => {
      const emergencyFirst = {
        ...calmAnswers('upper-back', 'both'),
        'emergency-symptoms': ['difficulty-peeing'],
        'urgent-symptoms': ['fever', 'top-of-back'],
        'see-someone-soon': ['one-leg', 'known-condition'],
        feeling: ['sharp-or-lasting'],
      };
      const urgentFirst = {
        'see-someone-soon': ['one-leg'],
        'health-history': ['cancer-history'],
        'urgent-symptoms': ['top-of-back'],
        'chest-symptoms': ['tearing-pain', 'serious-accident'],
        'emergency-symptoms': ['none'],
        feeling: ['sharp-or-lasting'],
        when: ['after'],
        where: ['lower-back'],
      };
      for (const answers of [emergencyFirst, urgentFirst]) {
        expect(outcomeFor(content, answers)).to.deep.equal(referral('emergency', 'emergency', ['emergency-help']));
      }
    });

    it('gives emergency for an emergency flag even when earlier questions were skipped', () => {
      const answers = { 'chest-symptoms': ['tearing-pain'], habits: ['desk-hunched'] };
      expect(nextQuestion(content, answers)).to.equal(undefined);
      expect(outcomeFor(content, answers)).to.deep.equal(referral('emergency', 'emergency', ['emergency-help']));
    });
  });

  describe('with content that weakens a red flag', () => {
    /** The English content with each flag changed by `change`. */
    const withFlags = (change: (flag: RedFlag, answer: Answer) => RedFlag): QuizContent => ({
      outcomes,
      questions: questions.map((question) => ({
        ...question,
        answers: question.answers.map((answer) =>
          answer.redFlag ? { ...answer, redFlag: change(answer.redFlag, answer) } : answer,
        ),
      })),
    });
    const lenient = withFlags((flag) => ({ ...flag, endsQuiz: false }));

    it('still ends the quiz on an emergency flag whose content says endsQuiz: false', () => {
      for (const { question, answer } of flaggedAt('emergency')) {
        const answers = withTicked(calmAnswers('lower-back', 'during'), question.id, answer.id);
        expect(nextQuestion(lenient, { [question.id]: [answer.id] }), answer.id).to.equal(undefined);
        expect(visibleQuestions(lenient, answers).at(-1)?.id, answer.id).to.equal(question.id);
        expect(outcomeFor(lenient, answers), answer.id).to.deep.equal(
          referral('emergency', 'emergency', ['emergency-help']),
        );
      }
    });

    it('ranks emergency over urgent over soon, and shows no cause, when flags do not end the quiz', () => {
      let answers = withTicked(calmAnswers('lower-back', 'during'), 'form', 'hips-sag');
      answers = withTicked(answers, 'see-someone-soon', 'one-leg', 'known-condition');
      expect(nextQuestion(lenient, answers)).to.equal(undefined);
      expect(outcomeFor(lenient, answers)).to.deep.equal(
        referral('see-doctor', 'soon', ['see-professional-soon', 'ask-your-doctor-first']),
      );
      expect(outcomeFor(lenient, { ...answers, where: ['elsewhere'] })).to.deep.equal(
        referral('see-doctor', 'soon', ['see-professional-soon', 'ask-your-doctor-first', 'outside-this-check']),
      );
      answers = withTicked(answers, 'health-history', 'osteoporosis');
      expect(outcomeFor(lenient, answers)).to.deep.equal(referral('see-doctor', 'urgent', ['urgent-appointment']));

      // Even with the urgent question asked first, a later emergency flag wins.
      const urgentFirst: QuizContent = {
        outcomes,
        questions: [
          ...lenient.questions.filter((question) => question.id === 'urgent-symptoms'),
          ...lenient.questions.filter((question) => question.id !== 'urgent-symptoms'),
        ],
      };
      const both = withTicked(withTicked(answers, 'urgent-symptoms', 'fever'), 'emergency-symptoms', 'both-legs');
      expect(visibleQuestions(urgentFirst, both)[0].id).to.equal('urgent-symptoms');
      expect(outcomeFor(urgentFirst, both)).to.deep.equal(referral('emergency', 'emergency', ['emergency-help']));
    });

    it('still gives a referral, with no self-care outcome or cue, when a flag points at a self-care outcome', () => {
      const pointed = withFlags((flag) => ({
        ...flag,
        outcome: flag.triage === 'emergency' ? 'hips-sagging' : 'poor-technique',
      }));
      const emergency = withTicked(calmAnswers('lower-back', 'during'), 'chest-symptoms', 'chest-pain');
      expect(outcomeFor(pointed, emergency)).to.deep.equal(referral('emergency', 'emergency', []));
      // A see-doctor referral with no outcome to show errs toward urgent.
      const soon = withTicked(calmAnswers('lower-back', 'during'), 'see-someone-soon', 'one-leg');
      expect(outcomeFor(pointed, soon)).to.deep.equal(referral('see-doctor', 'urgent', []));
    });
  });

  describe('self-care results', () => {
    it('reaches a self-care result for every place and time of a mild ache', () => {
      for (const where of whereIds) {
        for (const when of whenIds) {
          const label = `${where}/${when}`;
          const played = playQuiz(calmChooser(where, when));
          const result = played.outcome;
          expect(result, label).to.deep.equal(outcomeFor(content, calmAnswers(where, when)));
          expect(result?.triage, label).to.equal('self-care');
          expect(result?.urgency, label).to.equal(undefined);
          expect(causesOf(result).length, label).to.be.within(1, MAX_CAUSES);
          expect(result?.outcomeIds.at(-1), label).to.equal('keep-moving');
        }
      }
    });

    it('puts the cause of each habit or form answer first, where the sources tie it to that pain', () => {
      let fitted = 0;
      for (const [questionId, causes] of Object.entries(habitCauses)) {
        for (const [answerId, cause] of Object.entries(causes)) {
          // The shoulder question is only asked when the upper back hurts.
          const wheres = questionId === 'shoulders' ? ['upper-back'] : whereIds;
          for (const where of wheres) {
            for (const when of whenIds) {
              const label = `${questionId}.${answerId} with ${where}/${when}`;
              const answers = withTicked(calmAnswers(where, when), questionId, answerId);
              const result = outcomeFor(content, answers);
              if (fitsPain(cause, where, when)) {
                expect(causesOf(result)[0], label).to.equal(cause);
                fitted += 1;
              } else {
                expect(allCausesOf(result), label).not.to.include(cause);
              }
            }
          }
        }
      }
      expect(fitted).to.be.greaterThan(40);
    });

    it('never gives a posture cause for lower-back pain, even to a reader hunched at a desk all day', () => {
      for (const when of whenIds) {
        for (const [questionId, answerId] of [
          ['habits', 'desk-hunched'],
          ['habits', 'chest-over-back'],
        ] as const) {
          const answers = withTicked(calmAnswers('lower-back', when), questionId, answerId);
          const causes = allCausesOf(outcomeFor(content, answers));
          const label = `${answerId} with lower-back/${when}`;
          for (const id of upperBackOnly) expect(causes, label).not.to.include(id);
        }
      }
      // Every habit, variation and form answer at once.
      let everything = calmAnswers('lower-back', 'both');
      for (const questionId of ['habits', 'harder-variations', 'form']) {
        everything = withTicked(everything, questionId, ...Object.keys(habitCauses[questionId]), 'diamond');
      }
      const causes = allCausesOf(outcomeFor(content, everything));
      expect(causes.length).to.be.greaterThan(MAX_CAUSES);
      for (const id of upperBackOnly) expect(causes).not.to.include(id);
    });

    it('never gives a cause of pain after push-ups when it hurts only during them', () => {
      let answers = withTicked(calmAnswers('upper-back', 'during'), 'shoulders', 'rounded-shoulders');
      expect(allCausesOf(outcomeFor(content, answers))).not.to.include('tight-pec-minor');
      answers = withTicked(answers, 'habits', 'desk-hunched', 'chest-over-back');
      const causes = allCausesOf(outcomeFor(content, answers));
      for (const id of afterOnly) expect(causes).not.to.include(id);
      // The same answers, with pain after push-ups too: the after causes come back.
      const after = allCausesOf(outcomeFor(content, { ...answers, when: ['both'] }));
      expect(after).to.include.members(['tight-pec-minor', 'desk-posture', 'shoulder-muscle-imbalance']);
    });

    it('never names a form mistake to a reader who noticed none, nor lists a cue against one', () => {
      const others = habitAnswers.filter(([questionId]) => questionId !== 'form');
      for (const where of whereIds) {
        for (const when of whenIds) {
          for (const [questionId, answerId] of [['habits', 'none'] as const, ...others]) {
            if (questionId === 'shoulders' && where !== 'upper-back') continue;
            const answers = withTicked(calmAnswers(where, when, { form: ['none'] }), questionId, answerId);
            const result = outcomeFor(content, answers);
            const label = `${questionId}.${answerId} with ${where}/${when}`;
            for (const id of [...(result?.outcomeIds ?? []), ...(result?.alsoIds ?? [])]) {
              const { title, summary, actions } = outcomeById(id);
              for (const text of [title, summary, ...actions]) {
                for (const [mistake, { pattern }] of Object.entries(formMistakes)) {
                  expect(text, `${label}: ${id} names ${mistake}`).not.to.match(pattern);
                }
              }
            }
            for (const { cue } of Object.values(formMistakes)) expect(result?.cues, `${label}: cue`).not.to.include(cue);
          }
        }
      }
      // Pain during push-ups with no mistake noticed: technique, worded without one.
      const during = outcomeFor(content, calmAnswers('lower-back', 'during'));
      expect(causesOf(during)).to.deep.equal(['poor-technique']);
      expect(outcomeById('poor-technique').summary).to.match(/easy to miss/);
    });

    it('names each form mistake, and lists its cue, only to a reader who ticked it', () => {
      for (const [mistake, { cue }] of Object.entries(formMistakes)) {
        const answers = withTicked(calmAnswers('upper-back', 'during'), 'form', mistake);
        const result = outcomeFor(content, answers);
        expect(result?.cues, mistake).to.include(cue);
        expect(outcomeById(causesOf(result)[0]).title, mistake).to.match(formMistakes[mistake].pattern);
      }
    });

    it('tells only readers who do forward or backward push-ups to go back to standard ones', () => {
      const high = outcomeFor(content, withTicked(calmAnswers('upper-back', 'during'), 'form', 'hands-high'));
      expect(causesOf(high)[0]).to.equal('hands-too-high');
      expect(allCausesOf(high)).not.to.include('hand-placement');
      expect(high?.variations).not.to.include('standard');
      for (const id of allCausesOf(high)) {
        for (const action of outcomeById(id).actions) expect(action, id).not.to.match(/standard push-ups/i);
      }
      for (const variation of ['forward', 'backward']) {
        const offset = outcomeFor(content, withTicked(calmAnswers('lower-back', 'during'), 'harder-variations', variation));
        expect(causesOf(offset)[0], variation).to.equal('hand-placement');
        expect(offset?.variations, variation).to.include('standard');
        expect(outcomeById('hand-placement').actions.join(' '), variation).to.match(/standard push-ups/i);
      }
    });

    it('knows the cause of every habit and form answer', () => {
      for (const questionId of habitQuestions) {
        for (const answer of questionById(questionId).answers) {
          if (answer.exclusive || nudgeOnly.has(`${questionId}.${answer.id}`)) continue;
          expect(habitCauses[questionId], `${questionId}.${answer.id}`).to.have.property(answer.id);
        }
      }
    });

    it('lists diamond push-ups among the causes, without putting them above a decisive answer', () => {
      for (const where of whereIds) {
        for (const when of whenIds) {
          const answers = withTicked(calmAnswers(where, when), 'harder-variations', 'diamond');
          expect(causesOf(outcomeFor(content, answers)), `${where}/${when}`).to.include('diamond-shoulders');
          const withSag = withTicked(answers, 'form', 'hips-sag');
          expect(causesOf(outcomeFor(content, withSag))[0], `${where}/${when}`).to.equal('hips-sagging');
        }
      }
    });

    it('never shows a cause the answers rule out', () => {
      for (const where of whereIds) {
        for (const when of whenIds) {
          for (const [questionId, answerId] of [['habits', 'none'] as const, ...habitAnswers]) {
            const answers = withTicked(calmAnswers(where, when), questionId, answerId);
            const label = `${questionId}.${answerId} with ${where}/${when}`;
            const causes = allCausesOf(outcomeFor(content, answers));
            // "None of these" to the form and shoulder questions.
            if (questionId !== 'form') {
              expect(causes, label).not.to.include('hips-sagging');
              expect(causes, label).not.to.include('over-arching');
            }
            if (questionId !== 'shoulders') expect(causes, label).not.to.include('shoulders-not-retracted');
            for (const id of causes) {
              const requires = outcomeById(id).requires;
              expect(!requires || requires.some((match) => matchHolds(match, answers)), `${label}: ${id}`).to.equal(true);
            }
          }
        }
      }
    });

    it('keeps "keep moving" last in every self-care result, never counted among the causes', () => {
      expect(outcomeById('keep-moving').general).to.equal(true);
      for (const where of whereIds) {
        for (const when of whenIds) {
          for (const [questionId, answerId] of habitAnswers) {
            if (questionId === 'shoulders' && where !== 'upper-back') continue;
            const result = outcomeFor(content, withTicked(calmAnswers(where, when), questionId, answerId));
            const label = `${questionId}.${answerId} with ${where}/${when}`;
            expect(result?.outcomeIds.at(-1), label).to.equal('keep-moving');
            expect(result?.outcomeIds.filter((id) => id === 'keep-moving'), label).to.have.length(1);
            expect(causesOf(result).length, label).to.be.within(1, MAX_CAUSES);
            expect(result?.outcomeIds.length, label).to.equal(causesOf(result).length + 1);
          }
        }
      }
    });

    it('ranks normal muscle fatigue first for a mild ache after push-ups', () => {
      for (const where of whereIds) {
        expect(outcomeFor(content, calmAnswers(where, 'after'))).to.deep.equal({
          triage: 'self-care',
          outcomeIds: ['muscle-fatigue', 'keep-moving'],
          alsoIds: [],
          cues: ['reps-within-fitness', 'warm-up-first'],
          variations: [],
        });
      }
    });

    it('points to technique for pain during push-ups when no error was noticed', () => {
      const technique = outcomeById('poor-technique');
      for (const where of whereIds) {
        expect(outcomeFor(content, calmAnswers(where, 'during'))).to.deep.equal({
          triage: 'self-care',
          outcomeIds: ['poor-technique', 'keep-moving'],
          alsoIds: [],
          cues: technique.cues,
          variations: technique.variations,
        });
      }
    });

    it('lists a few causes in full however many habits are ticked, and every other one it points to after them', () => {
      let answers = calmAnswers('upper-back', 'both');
      for (const [questionId, causes] of Object.entries(habitCauses)) {
        answers = withTicked(answers, questionId, ...Object.keys(causes));
      }
      const result = outcomeFor(content, answers);
      expect(result?.triage).to.equal('self-care');
      expect(causesOf(result)).to.have.length(MAX_CAUSES);
      expect(result?.outcomeIds).to.have.length(MAX_CAUSES + 1);
      expect(new Set(result?.outcomeIds).size).to.equal(MAX_CAUSES + 1);
      // Every ticked answer's cause is named, in full or in the shorter list.
      const named = allCausesOf(result);
      expect(new Set(named).size).to.equal(named.length);
      for (const cause of new Set(Object.values(habitCauses).flatMap((causes) => Object.values(causes)))) {
        expect(named, cause).to.include(cause);
      }
      expect(result?.alsoIds.length).to.equal(named.length - MAX_CAUSES);
      // Cues and variations are the first causes' own.
      const first = causesOf(result).map(outcomeById);
      expect(result?.cues).to.deep.equal([...new Set(first.flatMap((cause) => cause.cues))]);
      expect(result?.variations).to.deep.equal([...new Set(first.flatMap((cause) => cause.variations))]);
    });

    it('puts a fourth cause the answers point to in alsoIds, not out of the result', () => {
      let answers = withTicked(calmAnswers('lower-back', 'during'), 'form', 'hips-sag', 'back-arch');
      answers = withTicked(answers, 'habits', 'no-warm-up');
      const result = outcomeFor(content, answers);
      // Three decisive answers lead; technique, pointed to by pain during push-ups, follows.
      expect(causesOf(result)).to.deep.equal(['hips-sagging', 'over-arching', 'no-warm-up']);
      expect(result?.alsoIds).to.deep.equal(['poor-technique']);
      expect(result?.outcomeIds).not.to.include('poor-technique');
    });

    it("shows the causes' own form cues and easier variations, each once", () => {
      let answers = withTicked(calmAnswers('lower-back', 'during'), 'form', 'hips-sag', 'back-arch');
      answers = withTicked(answers, 'harder-variations', 'forward');
      const result = outcomeFor(content, answers);
      const causes = causesOf(result).map(outcomeById);
      expect(causes.map((cause) => cause.id)).to.have.members(['hips-sagging', 'over-arching', 'hand-placement']);
      expect(result?.cues).to.deep.equal([...new Set(causes.flatMap((cause) => cause.cues))]);
      expect(result?.variations).to.deep.equal([...new Set(causes.flatMap((cause) => cause.variations))]);
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
      [['emergency-symptoms', ['none']]],
      { 'emergency-symptoms': 'none' },
      { 'emergency-symptoms': null, 'chest-symptoms': 7, where: {} },
      { 'emergency-symptoms': [42, null, {}, ['none']] },
      { 'no-such-question': ['none'] },
      { 'emergency-symptoms': ['no-such-answer'] },
      { age: ['16-or-over', 'under-16'] },
      { 'emergency-symptoms': ['none', 'both-legs'] },
      { habits: ['desk-hunched'], shoulders: ['no-retraction'], where: ['lower-back'] },
      JSON.parse('{"__proto__": ["none"], "constructor": ["none"], "emergency-symptoms": ["__proto__"]}'),
      Object.assign(Object.create(null), { where: ['lower-back'] }),
      Object.defineProperty({}, 'emergency-symptoms', {
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

    it('never throws, whatever it is given, and asks the first question again', () => {
      hostile.forEach((answers, index) => {
        const label = `hostile input ${index}`;
        expect(() => sanitizeAnswers(content, answers), label).not.to.throw();
        expect(() => visibleQuestions(content, answers), label).not.to.throw();
        expect(() => nextQuestion(content, answers), label).not.to.throw();
        expect(() => progress(content, answers, 'where'), label).not.to.throw();
        expect(() => progress(content, answers, 'no-such-question'), label).not.to.throw();
        expect(() => outcomeFor(content, answers), label).not.to.throw();
        expect(nextQuestion(content, answers)?.id, label).to.equal('emergency-symptoms');
        expect(outcomeFor(content, answers), label).to.equal(undefined);
      });
    });

    it('keeps only known answers to known questions', () => {
      expect(sanitizeAnswers(content, { where: ['upper-back', 'nope'], nope: ['upper-back'] })).to.deep.equal({
        where: ['upper-back'],
      });
      expect(sanitizeAnswers(content, { 'chest-symptoms': ['nope', 'chest-pain', 'chest-pain'] })).to.deep.equal({
        'chest-symptoms': ['chest-pain'],
      });
    });

    it('asks again a question whose stored answer cannot stand', () => {
      const twoForOne = { ...calmAnswers('upper-back', 'after'), where: ['upper-back', 'lower-back'] };
      expect(nextQuestion(content, twoForOne)?.id).to.equal('where');

      const noneAndSymptom = { ...calmAnswers('upper-back', 'after'), 'chest-symptoms': ['none', 'chest-pain'] };
      expect(sanitizeAnswers(content, noneAndSymptom)).not.to.have.property('chest-symptoms');
      expect(nextQuestion(content, noneAndSymptom)?.id).to.equal('chest-symptoms');
      expect(outcomeFor(content, noneAndSymptom)).to.equal(undefined);
    });

    it('ignores answers beyond a flag that ended the quiz', () => {
      const calm = calmAnswers('upper-back', 'after', { habits: ['desk-hunched'] });
      const answers = withTicked(calm, 'urgent-symptoms', 'fever');
      expect(Object.keys(sanitizeAnswers(content, answers))).to.deep.equal([
        'emergency-symptoms',
        'chest-symptoms',
        'urgent-symptoms',
      ]);
    });

    it('handles answers given out of order', () => {
      const answers = { habits: ['no-warm-up'], form: ['none'], 'emergency-symptoms': ['none'] };
      expect(nextQuestion(content, answers)?.id).to.equal('chest-symptoms');
      expect(progress(content, answers, 'chest-symptoms')).to.deep.equal({ current: 2, total: questions.length - 1 });
      expect(Object.keys(sanitizeAnswers(content, answers))).to.deep.equal(['emergency-symptoms', 'habits', 'form']);
    });
  });

  describe('one step at a time', () => {
    const age = questionById('age');
    const emergency = questionById('emergency-symptoms');

    it('accepts exactly one answer to a single-choice question', () => {
      expect(validateAnswer(age, ['16-or-over'])).to.deep.equal({ valid: true });
      expect(validateAnswer(age, [])).to.deep.equal({ valid: false, problem: 'pick-one' });
      expect(validateAnswer(age, ['16-or-over', 'under-16'])).to.deep.equal({ valid: false, problem: 'pick-one' });
      expect(validateAnswer(age, ['nope'])).to.deep.equal({ valid: false, problem: 'unknown-answer' });
      expect(validateAnswer(age, null)).to.deep.equal({ valid: false, problem: 'pick-one' });
    });

    it('accepts one or more answers to a multiple-choice question, with "none" only on its own', () => {
      expect(validateAnswer(emergency, ['none'])).to.deep.equal({ valid: true });
      expect(validateAnswer(emergency, ['saddle-numbness', 'both-legs'])).to.deep.equal({ valid: true });
      expect(validateAnswer(emergency, [])).to.deep.equal({ valid: false, problem: 'pick-at-least-one' });
      expect(validateAnswer(emergency, ['none', 'both-legs'])).to.deep.equal({
        valid: false,
        problem: 'exclusive-alone',
      });
      expect(validateAnswer(emergency, ['both-legs', 3])).to.deep.equal({ valid: false, problem: 'unknown-answer' });
    });

    it('clears "none" when a symptom is ticked, and the symptoms when "none" is ticked', () => {
      expect(selectAnswer(emergency, ['none'], 'both-legs', true)).to.deep.equal(['both-legs']);
      expect(selectAnswer(emergency, ['saddle-numbness', 'both-legs'], 'none', true)).to.deep.equal(['none']);
      expect(selectAnswer(emergency, ['both-legs'], 'saddle-numbness', true)).to.deep.equal([
        'saddle-numbness',
        'both-legs',
      ]);
      expect(selectAnswer(emergency, ['saddle-numbness', 'both-legs'], 'saddle-numbness', false)).to.deep.equal([
        'both-legs',
      ]);
      expect(selectAnswer(emergency, ['both-legs'], 'nope', true)).to.deep.equal(['both-legs']);
      expect(selectAnswer(age, ['16-or-over'], 'under-16', true)).to.deep.equal(['under-16']);
    });
  });

  describe('with other content', () => {
    const cause = (id: string, weight: number, extra: Partial<Outcome> = {}): Outcome => ({
      id,
      triage: 'self-care',
      title: id,
      summary: id,
      actions: [id],
      cues: [`${id}-cue`],
      variations: [],
      signals: weight ? [{ when: { pick: ['a'] }, weight }] : [],
      references: [],
      ...extra,
    });
    const goNow: Outcome = {
      ...cause('go-now', 0),
      triage: 'emergency',
      actions: [],
      cues: [],
      referral: { urgency: 'emergency', who: 'Emergency services.', when: 'Now.', meanwhile: ['Stop.'], tell: ['All.'] },
    };
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
            { id: 'bad', label: 'Bad', redFlag: { triage: 'emergency', outcome: 'go-now', endsQuiz: false } },
            { id: 'none', label: 'None', exclusive: true },
          ],
        },
      ],
      outcomes: [
        cause('fallback', 0),
        cause('general', 0, { general: true }),
        cause('c1', 1),
        cause('c2', 2),
        cause('c3', 2),
        cause('c4', 1),
        // Scores highest, but only when "b" was picked.
        cause('ruled-out', 9, { requires: [{ pick: ['b'] }] }),
        goNow,
      ],
    };

    it('always asks a red-flag question, whatever its askIf, and ends on an emergency flag', () => {
      expect(visibleQuestions(custom, { pick: ['a'] }).map((question) => question.id)).to.deep.equal(['pick', 'flag']);
      expect(nextQuestion(custom, { flag: ['bad'] })).to.equal(undefined);
      expect(outcomeFor(custom, { pick: ['a'], flag: ['bad'] })).to.deep.equal(
        referral('emergency', 'emergency', ['go-now']),
      );
    });

    it('ranks possible causes by score, ties in content order, then the general advice, and the rest after', () => {
      expect(outcomeFor(custom, { pick: ['a'], flag: ['none'] })).to.deep.equal({
        triage: 'self-care',
        outcomeIds: ['c2', 'c3', 'c1', 'general'],
        alsoIds: ['c4'],
        cues: ['c2-cue', 'c3-cue', 'c1-cue'],
        variations: [],
      });
    });

    it('falls back to the first possible cause when none scored', () => {
      expect(outcomeFor(custom, { pick: ['b'], flag: ['none'] })).to.deep.equal({
        triage: 'self-care',
        outcomeIds: ['fallback', 'general'],
        alsoIds: [],
        cues: ['fallback-cue'],
        variations: [],
      });
    });
  });
});

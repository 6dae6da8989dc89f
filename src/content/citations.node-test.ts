/**
 * No citation marker sits next to a claim its source does not make. The table below says,
 * for every content item, what it claims (in a few words) and which sources make those
 * claims: every form cue by id, every variation by id (its summary, muscles, who it suits
 * and who should skip it) with its back and shoulder ratings, and every quiz outcome by id.
 *
 * An item may cite fewer sources than the table allows, never another one. A risk rating
 * no source states allows none: it is the library's own rating, shown as such with no
 * marker; a rating a source does state must cite it. An item missing from the table fails,
 * so a new cue, variation or outcome is checked the day it is added; so does an entry whose
 * item is gone, so the table stays the content's.
 *
 * Run in Node (`node --test`, as `scripts/test.mjs` does): it reads the English content only,
 * since a translation carries no references.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cues } from './checklist/cues.js';
import { outcomes } from './quiz/questions.js';
import { references } from './shared/references.js';
import type { RiskRating } from './types.js';
import { variations } from './card/variations.js';

/** The sources content may cite. */
type Source =
  | 'truth-revealed'
  | 'good-for-back'
  | 'nasm-answer'
  | 'gym-exercises'
  | 'upper-back-after'
  | 'nhs-back-pain'
  | 'nice-ng59'
  | 'aortic-dissection';

/** What an item claims, and the sources that make those claims: the only ones it may cite. */
interface Backing {
  claims: string;
  sources: readonly Source[];
}

/** A variation's own claims and its two ratings. */
interface VariationBacking {
  facts: Backing;
  backRisk: Backing;
  shoulderRisk: Backing;
}

/** A rating no source states: the library's own, citing nothing. */
const ownRating = (why: string): Backing => ({ claims: `our own rating: ${why}`, sources: [] });

/** What every referral rests on: the clinical guidance on which back pain needs a clinician. */
const referral: readonly Source[] = ['nhs-back-pain', 'nice-ng59'];
/** The emergency signs a referral's "if you get worse" names, sudden tearing pain included. */
const ifWorse: readonly Source[] = ['nhs-back-pain', 'aortic-dissection'];

const cueBacking: Record<string, Backing> = {
  'hands-slightly-wide': {
    claims: 'hands a little wider than the shoulders; good form spreads the load off the spine',
    sources: ['good-for-back'],
  },
  'hands-under-shoulders': {
    claims: 'hands set too high trouble the upper back; hands 20 cm ahead or behind work the lower back harder',
    sources: ['truth-revealed', 'gym-exercises'],
  },
  'forward-hands': {
    claims: 'hands 20 cm ahead work the lower back harder and back pain increases; hands too high trouble the upper back',
    sources: ['gym-exercises', 'truth-revealed'],
  },
  'backward-hands': {
    claims: 'hands 20 cm behind work the lower back harder and back pain increases',
    sources: ['gym-exercises'],
  },
  'shoulders-back-and-down': {
    claims: 'retract the shoulders first (the tennis ball); it keeps the upper back from hurting after',
    sources: ['upper-back-after'],
  },
  'straight-line-head-to-heels': {
    claims: 'one straight line from head to heels keeps the spine neutral',
    sources: ['good-for-back'],
  },
  'brace-abs': {
    claims: 'belly button in, stomach tight: steadies the spine, stops the lower back arching',
    sources: ['nasm-answer', 'good-for-back'],
  },
  'squeeze-glutes': {
    claims: 'squeeze the glutes with the stomach so the right muscles work',
    sources: ['nasm-answer'],
  },
  'plank-forearms-under-shoulders': { claims: 'plank form: forearms beneath the shoulders', sources: ['gym-exercises'] },
  'plank-straight-line': { claims: 'plank form: one straight line; an arched back pinches', sources: ['gym-exercises'] },
  'plank-hips-in-line': { claims: 'plank form: hips neither rising nor sagging', sources: ['gym-exercises'] },
  'plank-gaze-down': { claims: 'plank form: gaze to the floor', sources: ['gym-exercises'] },
  'plank-engage-core': { claims: 'the plank works the whole core; keep it engaged', sources: ['gym-exercises'] },
  'lower-under-control': {
    claims: 'lower under control; dropping works the wrong muscles and troubles the upper back',
    sources: ['truth-revealed', 'good-for-back'],
  },
  'deficit-control-depth': {
    claims: 'the extra depth works the back muscles harder and can raise the risk of injury',
    sources: ['truth-revealed'],
  },
  'hips-level': {
    claims: 'sagging hips stress the spine, the lower back most',
    sources: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  'weighted-hold-line': {
    claims: 'weight on the back stresses it; sagging hips add pressure on the spine',
    sources: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  'offset-hands-hip-form': {
    claims: 'with the hands ahead or behind, back pain increases, so hip form matters more',
    sources: ['gym-exercises'],
  },
  'no-lower-back-arch': {
    claims: 'over-arching the lower back causes discomfort; bracing prevents it',
    sources: ['nasm-answer', 'good-for-back'],
  },
  'elbows-tucked': {
    claims: 'tucked elbows work chest, shoulders and triceps; retraction makes it easier',
    sources: ['upper-back-after'],
  },
  'hold-line-to-top': {
    claims: 'the chest does much of the pressing; the back muscles keep the spine in line',
    sources: ['truth-revealed', 'good-for-back'],
  },
  'warm-up-first': {
    claims: 'warming up brings blood to the muscles and is part of push-ups without back pain',
    sources: ['gym-exercises', 'truth-revealed'],
  },
  'do-them-fresh': { claims: 'already tired, technique slips, and small errors cause back pain', sources: ['truth-revealed'] },
  'reps-within-fitness': { claims: 'more push-ups than your fitness allows can add to back pain', sources: ['truth-revealed'] },
  'rest-between-workouts': { claims: 'rest and recovery lower the risk of pain and injury', sources: ['truth-revealed'] },
  'master-regular-first': {
    claims: 'depth and weight add stress to the back: master regular push-ups first',
    sources: ['truth-revealed'],
  },
  'diamond-shoulder-check': {
    claims: 'diamonds are not always kind to the shoulders; a hurt shoulder shifts stress to the back; no exercise should hurt',
    sources: ['truth-revealed', 'nasm-answer'],
  },
  'plank-breathe-steadily': { claims: 'plank form: breathe evenly and steadily', sources: ['gym-exercises'] },
  'plank-hold-and-repeat': { claims: 'plank: hold about 30 seconds, lower, repeat', sources: ['gym-exercises'] },
  'stop-on-pain': {
    claims: 'discomfort is normal, pain is not: stop, and see a professional if it carries on',
    sources: ['nasm-answer', 'truth-revealed'],
  },
  'progress-gradually': {
    claims: 'start with modified push-ups and progress gradually; build a base before harder versions',
    sources: ['good-for-back', 'truth-revealed'],
  },
};

const variationBacking: Record<string, VariationBacking> = {
  plank: {
    facts: {
      claims: "a low-impact hold that works the whole core; a pinch comes from technique; the push-up's braced line; stop on pain",
      sources: ['gym-exercises', 'good-for-back', 'nasm-answer'],
    },
    backRisk: ownRating('no source rates the back risk of a plank'),
    shoulderRisk: ownRating('no source rates its shoulder load'),
  },
  knee: {
    facts: {
      claims: 'the modified push-up is where to start; an easier version can suit a sore, uninjured lower back; stop on pain',
      sources: ['good-for-back', 'truth-revealed', 'nasm-answer'],
    },
    backRisk: ownRating('no source rates the back risk of the knee push-up'),
    shoulderRisk: ownRating('no source rates its shoulder load'),
  },
  standard: {
    facts: {
      claims: 'the muscles push-ups work; who should skip them (pain, a doctor, an undiscussed back condition)',
      sources: ['truth-revealed', 'good-for-back', 'gym-exercises', 'nasm-answer'],
    },
    backRisk: {
      claims: 'relatively safe and unlikely to injure with good form; strengthens core and posture; still compresses the spinal joints',
      sources: ['truth-revealed', 'good-for-back', 'gym-exercises'],
    },
    shoulderRisk: {
      claims: 'push-ups use many muscles and joints, yet are low-risk once the technique is mastered',
      sources: ['truth-revealed'],
    },
  },
  diamond: {
    facts: {
      claims: 'the muscles push-ups work; for healthy shoulders and good standard form',
      sources: ['truth-revealed', 'gym-exercises', 'good-for-back'],
    },
    backRisk: { claims: 'back risk similar to a regular push-up, not risk-free', sources: ['truth-revealed'] },
    shoulderRisk: {
      claims: 'not always kind to the shoulders; a shoulder injury shifts stress onto the back',
      sources: ['truth-revealed'],
    },
  },
  deficit: {
    facts: {
      claims: 'the back muscles work harder; for the highly experienced; save hard work for a strong day',
      sources: ['truth-revealed', 'gym-exercises', 'good-for-back'],
    },
    backRisk: {
      claims: 'the larger range stresses the back muscles and can raise the risk of injury',
      sources: ['truth-revealed'],
    },
    shoulderRisk: ownRating('no source rates its shoulder load'),
  },
  weighted: {
    facts: {
      claims: 'more intensity for the experienced; save hard work for a strong day',
      sources: ['truth-revealed', 'gym-exercises', 'good-for-back'],
    },
    backRisk: { claims: 'fine once prepared, bad for the back if tried too soon', sources: ['truth-revealed'] },
    shoulderRisk: ownRating('no source rates its shoulder load'),
  },
  forward: {
    facts: {
      claims: 'hands 20 cm ahead work the lower back harder; hands too high trouble the upper back',
      sources: ['gym-exercises', 'truth-revealed', 'good-for-back'],
    },
    backRisk: {
      claims: 'back pain increases with this placement; hands too high also trouble the upper back',
      sources: ['gym-exercises', 'truth-revealed'],
    },
    shoulderRisk: ownRating('the sources on this version speak only of the back'),
  },
  backward: {
    facts: {
      claims: 'hands 20 cm behind work the lower back harder',
      sources: ['gym-exercises', 'good-for-back'],
    },
    backRisk: { claims: 'back pain increases with this placement', sources: ['gym-exercises'] },
    shoulderRisk: ownRating('the source on this version speaks only of the back'),
  },
};

const outcomeBacking: Record<string, Backing> = {
  // Referrals
  'emergency-help': {
    claims: 'the emergency signs, sudden tearing chest or upper-back pain among them',
    sources: [...referral, 'aortic-dissection'],
  },
  'urgent-appointment': { claims: 'the signs that need a doctor today or tomorrow', sources: [...referral, ...ifWorse] },
  'see-professional-soon': {
    claims: 'sciatica-like signs, real pain that persists, no improvement: a routine appointment; keep moving',
    sources: [...referral, ...ifWorse, 'truth-revealed', 'nasm-answer', 'good-for-back'],
  },
  'ask-your-doctor-first': {
    claims: 'with sciatica or a back condition, follow the advice of whoever treats it',
    sources: [...referral, ...ifWorse, 'truth-revealed', 'good-for-back'],
  },
  'under-16-see-doctor': { claims: 'this check is for people aged 16 and over', sources: [...referral, ...ifWorse] },
  'outside-this-check': {
    claims: 'pain elsewhere is for a clinician; stop an exercise that hurts',
    sources: [...referral, ...ifWorse, 'nasm-answer'],
  },

  // Self-care causes
  'poor-technique': {
    claims: 'small technique errors work the wrong muscles and are the usual cause of pain during; done well, push-ups build core and posture',
    sources: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  'dropping-down': {
    claims: 'dropping instead of lowering under control troubles the upper back',
    sources: ['truth-revealed', 'good-for-back'],
  },
  'hips-sagging': {
    claims: 'sagging hips stress the lower spine',
    sources: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  'over-arching': { claims: 'over-arching causes discomfort; brace stomach and glutes', sources: ['nasm-answer', 'good-for-back'] },
  'hands-too-high': {
    claims: 'hands too high trouble the upper back; hands a little wider than the shoulders',
    sources: ['truth-revealed', 'good-for-back'],
  },
  'hand-placement': {
    claims: 'hands 20 cm ahead or behind work the lower back harder and back pain increases',
    sources: ['gym-exercises'],
  },
  'shoulders-not-retracted': { claims: 'not retracting the shoulders leaves the upper back hurting', sources: ['upper-back-after'] },
  'weak-upper-back': {
    claims: 'weaker upper-back muscles tire first and hurt; train the upper back, not only the chest',
    sources: ['truth-revealed', 'upper-back-after'],
  },
  'desk-posture': { claims: 'hours hunched forward make the upper back hurt after push-ups', sources: ['upper-back-after'] },
  'tight-pec-minor': { claims: 'a tight pec minor pulls the shoulder blade down and forward', sources: ['upper-back-after'] },
  'shoulder-muscle-imbalance': {
    claims: 'levator scapulae and rhomboid minor dominate the upper traps, often from chest-heavy training',
    sources: ['upper-back-after'],
  },
  'muscle-fatigue': {
    claims: 'recovering muscles give mild discomfort, not pain',
    sources: ['truth-revealed', 'gym-exercises'],
  },
  'too-many-reps': {
    claims: 'more reps than your fitness allows add to back pain; build up gradually',
    sources: ['truth-revealed', 'good-for-back'],
  },
  'training-when-tired': { claims: 'already tired, technique slips', sources: ['truth-revealed'] },
  'no-warm-up': { claims: 'warming up is part of push-ups without back pain', sources: ['gym-exercises', 'truth-revealed'] },
  'weighted-too-soon': { claims: 'weighted push-ups tried too soon are bad for the back', sources: ['truth-revealed'] },
  'deep-too-soon': { claims: 'deep push-ups stress the back: for the highly experienced', sources: ['truth-revealed'] },
  'diamond-shoulders': {
    claims: 'diamonds are hard on the shoulders, and a hurt shoulder loads the back; set the shoulders first',
    sources: ['truth-revealed', 'upper-back-after'],
  },

  // Shown with every self-care result
  'keep-moving': {
    claims: 'most back pain improves in weeks; stay active, avoid long bed rest; exercise should not hurt',
    sources: [...referral, 'nasm-answer', 'truth-revealed'],
  },
};

/** Each citing item: its name, what it cites, and its table entry (undefined when it has none). */
interface Citer {
  name: string;
  cited: readonly string[];
  backing: Backing | undefined;
  rating?: RiskRating;
}

const citers: Citer[] = [
  ...cues.map((cue) => ({ name: `cue "${cue.id}"`, cited: cue.references, backing: cueBacking[cue.id] })),
  ...variations.flatMap((variation): Citer[] => {
    const backing = variationBacking[variation.id];
    return [
      { name: `variation "${variation.id}"`, cited: variation.references, backing: backing?.facts },
      {
        name: `back risk of "${variation.id}"`,
        cited: variation.backRisk.references,
        backing: backing?.backRisk,
        rating: variation.backRisk,
      },
      {
        name: `shoulder risk of "${variation.id}"`,
        cited: variation.shoulderRisk.references,
        backing: backing?.shoulderRisk,
        rating: variation.shoulderRisk,
      },
    ];
  }),
  ...outcomes.map((outcome) => ({ name: `outcome "${outcome.id}"`, cited: outcome.references, backing: outcomeBacking[outcome.id] })),
];

describe('citations', () => {
  it('has every cue, variation, risk rating and quiz outcome in the table', () => {
    const missing = citers.filter((citer) => !citer.backing).map((citer) => citer.name);
    assert.deepEqual(missing, [], 'add these items to the table, with the sources that make their claims');
  });

  it('has no entry for an item the content no longer has', () => {
    const stale = (table: object, items: readonly { id: string }[], kind: string) =>
      Object.keys(table)
        .filter((id) => !items.some((item) => item.id === id))
        .map((id) => `${kind} "${id}"`);
    assert.deepEqual(
      [...stale(cueBacking, cues, 'cue'), ...stale(variationBacking, variations, 'variation'), ...stale(outcomeBacking, outcomes, 'outcome')],
      [],
    );
  });

  it('names only sources the content has', () => {
    const known = new Set(references.map((reference) => reference.id));
    const tables = [...Object.values(cueBacking), ...Object.values(outcomeBacking)].concat(
      Object.values(variationBacking).flatMap((each) => [each.facts, each.backRisk, each.shoulderRisk]),
    );
    const unknown = [...new Set(tables.flatMap((backing) => backing.sources))].filter((id) => !known.has(id));
    assert.deepEqual(unknown, []);
  });

  it('has every item cite only sources that make its claims', () => {
    const wrong = citers.flatMap(({ name, cited, backing }) =>
      backing
        ? cited
            .filter((id) => !(backing.sources as readonly string[]).includes(id))
            .map((id) => `${name} cites "${id}", which does not say: ${backing.claims}`)
        : [],
    );
    assert.deepEqual(wrong, []);
  });

  it("shows a rating no source states as the library's own, and cites a rating a source states", () => {
    const ratings = citers.filter((citer) => citer.rating && citer.backing);
    const own = ratings.filter(({ backing }) => backing!.sources.length === 0);
    assert.ok(own.length > 0, 'the table holds ratings of our own');
    assert.deepEqual(
      ratings
        .filter(({ backing, cited }) => backing!.sources.length > 0 && cited.length === 0)
        .map(({ name }) => `${name} cites nothing, though a source states it`),
      [],
    );
  });
});

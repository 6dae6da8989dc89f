/**
 * The English push-up variations shown by `<variation-risk-card>`: what each works, its
 * back and shoulder risk with the reason and sources, who it suits and who should skip
 * it, its key cues (ids from `../checklist/cues.ts`), and its easier and harder neighbours.
 *
 * The neighbours form one small graph: plank -> knee -> standard -> each harder
 * variation, and back. Ratings say no more than the sources do. A rating that no source
 * states cites none (`references: []`): it is our own, the card leads it with "Our
 * rating:", and its reason says so and why, making no claim that needs a source (what a
 * source does say about the variation stays, cited, in its other fields). Muscles are
 * only those the cited sources name.
 */
import type { Variation } from '../types.js';
import { variationNames } from '../shared/variation-names.js';

/** Muscles the sources say push-ups work, in plain words. */
const chest = 'Chest';
const shoulders = 'Shoulders';
const triceps = 'Triceps (the backs of your upper arms)';
const upperBack = 'Trapezius and rhomboids (upper-back muscles between and above your shoulder blades)';
const core = 'Core (the muscles around your middle), including your lower back';

/**
 * Each variation but its id and name, which `../shared/variation-names.ts` holds, in the
 * same order: the comment before each item names its id
 * (`../shared/content-parts.node-test.ts` checks them).
 */
const variationDetails: readonly Omit<Variation, 'id' | 'name'>[] = [
  // plank
  {
    summary:
      "A low-impact hold: the straight body line of a push-up, held still on your forearms. It isn't a push-up, but it trains the straight, braced body that push-ups need.",
    backRisk: {
      level: 'low',
      reason:
        'No source here rates its back risk. We rate it low because it is a still hold, with none of the lowering and pushing of a push-up, as long as you hold the straight body line its key cues describe.',
      references: [],
    },
    shoulderRisk: {
      level: 'low',
      reason:
        'No source here rates its shoulder load. We rate it low because it is a still hold with your forearms beneath your shoulders.',
      references: [],
    },
    muscles: [
      'Your whole core (the muscles around your middle) at once',
      'Stomach muscles, front and sides',
      'Lower-back muscles along your spine',
    ],
    suits: [
      'People who want to practise the straight, braced body line push-ups need',
      'People who want to work their whole core at once',
    ],
    skipIf: [
      'You feel pain, not just effort, while you hold it',
      "Your lower back still pinches after you've fixed your form: a pinch usually comes from the hips rising or sagging, or the back arching",
    ],
    keyCues: [
      'plank-forearms-under-shoulders',
      'plank-straight-line',
      'plank-hips-in-line',
      'plank-engage-core',
      'plank-breathe-steadily',
    ],
    easier: [],
    harder: ['knee'],
    references: ['gym-exercises', 'good-for-back', 'nasm-answer'],
    figure:
      'Side view: the body held still on the forearms and toes, elbows under the shoulders, in one straight line from head to heels.',
  },
  // knee
  {
    summary: 'A modified push-up from your knees: the place to start if full push-ups are too hard for now.',
    backRisk: {
      level: 'low',
      reason:
        'No source here rates its back risk. We rate it low because it is an easier version of the standard push-up, whose back risk is low with good form.',
      references: [],
    },
    shoulderRisk: {
      level: 'low',
      reason: 'No source here rates its shoulder load. We rate it low because it is the easiest push-up here.',
      references: [],
    },
    muscles: [chest, shoulders, 'Arms', core],
    suits: [
      'Beginners building up to full push-ups',
      "People whose lower back is sore but not injured, if a doctor hasn't told them to avoid push-ups",
    ],
    skipIf: ['You feel pain, not just effort, when you do them', 'A doctor has told you to avoid push-ups'],
    keyCues: ['shoulders-back-and-down', 'brace-abs', 'hips-level', 'lower-under-control', 'progress-gradually'],
    easier: ['plank'],
    harder: ['standard'],
    references: ['good-for-back', 'truth-revealed'],
    figure:
      'Side view: hands on the floor under the shoulders and knees on the floor, the body straight from head to knees, lowering the chest toward the floor and pushing back up. From above: hands a little wider than the shoulders.',
  },
  // standard
  {
    summary: 'The classic push-up: hands on the floor, up on your toes, body in one straight line.',
    backRisk: {
      level: 'low',
      reason:
        'With good form it is a relatively safe exercise, unlikely to injure your back, and over time it strengthens your core and posture. Back pain is still possible even with correct form, because standard push-ups compress the spinal joints (where the bones of your backbone meet).',
      references: ['truth-revealed', 'good-for-back', 'gym-exercises'],
    },
    shoulderRisk: {
      level: 'low',
      reason:
        "Push-ups use many muscles and joints, but they are described as a low-risk exercise once you've mastered the technique.",
      references: ['truth-revealed'],
    },
    muscles: [chest, shoulders, triceps, upperBack, core],
    suits: ['People who can keep a straight, braced body through every rep', 'People moving on from knee push-ups'],
    skipIf: [
      'You feel pain, not just effort, when you do them',
      'A doctor has told you to avoid push-ups',
      'You have a back condition or injury you have not yet discussed with a health professional',
      "You can't yet keep your hips from sagging: start with knee push-ups",
    ],
    keyCues: [
      'hands-slightly-wide',
      'shoulders-back-and-down',
      'straight-line-head-to-heels',
      'brace-abs',
      'lower-under-control',
      'hips-level',
    ],
    easier: ['knee'],
    harder: ['diamond', 'deficit', 'weighted', 'forward', 'backward'],
    references: ['truth-revealed', 'good-for-back', 'gym-exercises'],
    figure:
      'Side view: hands on the floor under the shoulders, up on the toes, the body in one straight line from head to heels, lowering the chest toward the floor and pushing back up. From above: hands a little wider than the shoulders.',
  },
  // diamond
  {
    summary: 'A push-up with your hands close together.',
    backRisk: {
      level: 'low',
      reason:
        "Usually no worse for your back than a regular push-up. It isn't risk-free, but the risk to your back is similar.",
      references: ['truth-revealed'],
    },
    shoulderRisk: {
      level: 'moderate',
      reason:
        'Diamond push-ups are not always kind to your shoulders, and a shoulder injury can shift extra stress onto other working muscles, such as your back.',
      references: ['truth-revealed'],
    },
    muscles: [chest, shoulders, triceps, core],
    suits: ['People who already do standard push-ups with good form', 'People whose shoulders are healthy and pain-free'],
    skipIf: ['You have shoulder pain or a shoulder injury', "You can't yet do standard push-ups with good form"],
    keyCues: ['shoulders-back-and-down', 'elbows-tucked', 'hips-level', 'brace-abs', 'diamond-shoulder-check'],
    easier: ['standard'],
    harder: [],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
    figure:
      'Side view: hands under the chest, up on the toes, the body in one straight line, lowering the chest toward the hands and pushing back up. From above: hands close together, touching.',
  },
  // deficit
  {
    summary: 'Hands raised on a platform or medicine ball so you can lower further than the floor allows.',
    backRisk: {
      level: 'moderate',
      reason:
        'The larger range makes your back muscles work harder as you lower, and that extra stress can raise the risk of injury. It is meant for people highly experienced at push-ups.',
      references: ['truth-revealed'],
    },
    shoulderRisk: {
      level: 'moderate',
      reason:
        'No source here rates its shoulder load. We rate it moderate rather than low as a caution, because you lower further than in a standard push-up.',
      references: [],
    },
    muscles: [chest, 'Back muscles, which work harder as you lower', shoulders, triceps, core],
    suits: ['People highly experienced at push-ups', 'People who want their back muscles to work harder as they lower'],
    skipIf: [
      "You haven't yet mastered regular push-ups",
      'Your back hurts now: save harder work for a day it feels strong',
      'You have a back condition or injury you have not yet discussed with a health professional',
    ],
    keyCues: ['master-regular-first', 'deficit-control-depth', 'brace-abs', 'hips-level', 'lower-under-control'],
    easier: ['standard'],
    harder: [],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
    figure:
      'Side view: hands on two raised blocks, up on the toes, the body in one straight line, lowering the chest below the level of the hands and pushing back up. From above: hands a little wider than the shoulders.',
  },
  // weighted
  {
    summary: 'A push-up with extra weight, usually resting on your back, to keep progressing.',
    backRisk: {
      level: 'moderate',
      reason:
        "Extra weight on your back can put too much stress on it. Once you're properly prepared, weighted push-ups aren't bad for your back; tried before your body is ready, they are much more likely to be.",
      references: ['truth-revealed'],
    },
    shoulderRisk: {
      level: 'moderate',
      reason:
        'No source here rates its shoulder load. We rate it moderate rather than low as a caution, because you push up extra weight as well as your body.',
      references: [],
    },
    muscles: [chest, shoulders, triceps, core],
    suits: [
      'Experienced people whose regular push-ups are solid and pain-free',
      'People who want more intensity than bodyweight push-ups give',
    ],
    skipIf: [
      "You haven't yet mastered regular push-ups",
      'Your back hurts now: save harder work for a day it feels strong',
      'You have a back condition or injury you have not yet discussed with a health professional',
    ],
    keyCues: ['master-regular-first', 'weighted-hold-line', 'brace-abs', 'squeeze-glutes', 'lower-under-control'],
    easier: ['standard'],
    harder: [],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
    figure:
      'Side view: a standard push-up with a weight plate resting on the upper back, the body in one straight line from head to heels, lowering and pushing back up. From above: hands a little wider than the shoulders.',
  },
  // forward
  {
    summary: 'Hands shoulder-width apart, about 8 in (20 cm) in front of your shoulders.',
    backRisk: {
      level: 'moderate',
      reason:
        'Your lower-back muscles work harder than in a standard push-up and back pain increases with this hand placement, so hip form matters even more. Hands further forward, toward your head, can also trouble your upper back.',
      references: ['gym-exercises', 'truth-revealed'],
    },
    shoulderRisk: {
      level: 'moderate',
      reason:
        'No source here rates its shoulder load. We rate it moderate rather than low as a caution, because we suggest it only to people whose form is already perfect.',
      references: [],
    },
    muscles: [chest, shoulders, triceps, 'Lower-back muscles, which work harder than in a standard push-up'],
    suits: ['At most, people whose standard push-up form is already perfect, hips included'],
    skipIf: [
      'You get lower-back pain from push-ups: this hand placement can add to it',
      'You get upper-back pain during push-ups: hands too far forward can add to it',
      "You can't yet keep your hips level in a standard push-up",
      'Your lower back hurts now: save harder work for a day it feels strong',
      'You have a back condition or injury you have not yet discussed with a health professional',
    ],
    keyCues: ['forward-hands', 'offset-hands-hip-form', 'hips-level', 'brace-abs', 'squeeze-glutes'],
    easier: ['standard'],
    harder: [],
    references: ['gym-exercises', 'truth-revealed', 'good-for-back'],
    figure:
      'Side view: hands on the floor about 8 in (20 cm) ahead of the shoulders, up on the toes, the body in one straight line, lowering and pushing back up. From above: hands shoulder-width apart.',
  },
  // backward
  {
    summary: 'Hands shoulder-width apart, about 8 in (20 cm) behind your shoulders.',
    backRisk: {
      level: 'moderate',
      reason:
        'Your lower-back muscles work harder than in a standard push-up and back pain increases with this hand placement, so hip form matters even more.',
      references: ['gym-exercises'],
    },
    shoulderRisk: {
      level: 'moderate',
      reason:
        'No source here rates its shoulder load. We rate it moderate rather than low as a caution, because we suggest it only to people whose form is already perfect.',
      references: [],
    },
    muscles: [chest, shoulders, triceps, 'Lower-back muscles, which work harder than in a standard push-up'],
    suits: ['At most, people whose standard push-up form is already perfect, hips included'],
    skipIf: [
      'You get lower-back pain from push-ups: this hand placement can add to it',
      "You can't yet keep your hips level in a standard push-up",
      'Your lower back hurts now: save harder work for a day it feels strong',
      'You have a back condition or injury you have not yet discussed with a health professional',
    ],
    keyCues: ['backward-hands', 'offset-hands-hip-form', 'hips-level', 'brace-abs', 'squeeze-glutes'],
    easier: ['standard'],
    harder: [],
    references: ['gym-exercises', 'good-for-back'],
    figure:
      'Side view: hands on the floor about 8 in (20 cm) behind the shoulders, toward the hips, up on the toes, the body in one straight line, lowering and pushing back up. From above: hands shoulder-width apart.',
  },
];

/** Every variation, whole: its id and name from `../shared/variation-names.ts`, the rest from above. */
export const variations: readonly Variation[] = /* @__PURE__ */ variationDetails.map((variation, index) => ({
  ...variationNames[index],
  ...variation,
}));

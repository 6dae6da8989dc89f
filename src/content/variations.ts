/**
 * The English push-up variations shown by `<variation-risk-card>`: what each works, its
 * back and shoulder risk with the reason and sources, who it suits and who should skip
 * it, its key cues (ids from `cues.ts`), and its easier and harder neighbours.
 *
 * The neighbours form one small graph: knee -> standard -> each harder variation, and
 * back. Ratings say no more than the sources do; where no source speaks about a risk,
 * the reason says so.
 */
import type { Variation } from './types.js';

export const variations: readonly Variation[] = [
  {
    id: 'knee',
    name: 'Knee push-up',
    summary: 'A modified push-up from your knees, and the usual place to start.',
    backRisk: {
      level: 'low',
      reason:
        'The sources suggest it as the starting point for full push-ups, and as a gentler option when your lower back is sore but not injured.',
      references: ['good-for-back', 'truth-revealed'],
    },
    shoulderRisk: {
      level: 'low',
      reason: 'It is the easiest version here, and no source rates its shoulder load as higher than a standard push-up.',
      references: ['good-for-back'],
    },
    muscles: ['Chest', 'Shoulders', 'Triceps', 'Core'],
    suits: [
      'Beginners building up to full push-ups',
      "People whose lower back is sore but not injured, if a doctor hasn't told them to avoid push-ups",
    ],
    skipIf: ['You feel pain, not just effort, when you do them', 'A doctor has told you to avoid push-ups'],
    keyCues: ['knee-line-knees-to-head', 'shoulders-back-and-down', 'brace-abs', 'hips-level', 'lower-under-control'],
    easier: [],
    harder: ['standard'],
    references: ['good-for-back', 'truth-revealed'],
  },
  {
    id: 'standard',
    name: 'Standard push-up',
    summary: 'The classic push-up: hands on the floor, up on your toes, body in one straight line.',
    backRisk: {
      level: 'low',
      reason:
        'Safe for your back with good form, and over time it strengthens your core and posture. It still compresses the joints of your spine, so form matters.',
      references: ['truth-revealed', 'good-for-back', 'gym-exercises'],
    },
    shoulderRisk: {
      level: 'low',
      reason:
        "Push-ups are described as low-risk once you've mastered the technique, and no source here rates the standard version as hard on the shoulders.",
      references: ['truth-revealed'],
    },
    muscles: ['Chest', 'Shoulders', 'Triceps', 'Core', 'Trapezius', 'Rhomboids'],
    suits: ['Anyone who can keep a straight, braced body through every rep', 'People moving on from knee push-ups'],
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
  },
  {
    id: 'diamond',
    name: 'Diamond push-up',
    summary: 'Hands close together under your chest, thumbs and index fingers forming a diamond.',
    backRisk: {
      level: 'low',
      reason: 'About as risky for your back as a regular push-up: not risk-free, but no worse.',
      references: ['truth-revealed'],
    },
    shoulderRisk: {
      level: 'moderate',
      reason:
        'Diamond push-ups are not always kind to the shoulders, and a hurt shoulder can shift extra stress onto your back.',
      references: ['truth-revealed'],
    },
    muscles: ['Chest', 'Shoulders', 'Triceps', 'Core'],
    suits: ['People who already do standard push-ups with good form', 'People whose shoulders are healthy and pain-free'],
    skipIf: ['You have shoulder pain or a shoulder injury', "You can't yet do standard push-ups with good form"],
    keyCues: ['diamond-hands', 'shoulders-back-and-down', 'elbows-tucked', 'hips-level', 'diamond-shoulder-check'],
    easier: ['standard'],
    harder: [],
    references: ['truth-revealed'],
  },
  {
    id: 'deficit',
    name: 'Deficit (deep) push-up',
    summary: 'Hands raised on a platform or medicine ball so you can lower further than the floor allows.',
    backRisk: {
      level: 'moderate',
      reason:
        'The larger range makes your back muscles work harder as you lower, and that extra stress raises the risk of injury. It is meant for people highly experienced at push-ups.',
      references: ['truth-revealed'],
    },
    shoulderRisk: {
      level: 'moderate',
      reason:
        'No source here rates its shoulder load. We rate it moderate rather than low as a caution, because it is an advanced version meant only for experienced people.',
      references: ['truth-revealed'],
    },
    muscles: ['Chest', 'Back muscles', 'Shoulders', 'Triceps', 'Core'],
    suits: ['People highly experienced at push-ups', 'People who want their back muscles to work harder as they lower'],
    skipIf: [
      "You haven't yet mastered regular push-ups",
      'Your back hurts now: save harder work for a day it feels strong',
      'You have a back condition or injury',
    ],
    keyCues: ['master-regular-first', 'deficit-control-depth', 'brace-abs', 'hips-level', 'lower-under-control'],
    easier: ['standard'],
    harder: [],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  {
    id: 'weighted',
    name: 'Weighted push-up',
    summary: 'A push-up with extra weight, usually resting on your back, to keep progressing.',
    backRisk: {
      level: 'moderate',
      reason:
        "Weight on your back adds stress to it. Once you're properly prepared, weighted push-ups aren't bad for your back; tried too soon, they can be.",
      references: ['truth-revealed'],
    },
    shoulderRisk: {
      level: 'moderate',
      reason:
        'No source here rates its shoulder load. We rate it moderate rather than low as a caution, because it is a progression meant only for people who are well prepared.',
      references: ['truth-revealed'],
    },
    muscles: ['Chest', 'Shoulders', 'Triceps', 'Core'],
    suits: [
      'Experienced people whose regular push-ups are solid and pain-free',
      'People who want more intensity than bodyweight push-ups give',
    ],
    skipIf: [
      "You haven't yet mastered regular push-ups",
      'Your back hurts now: save harder work for a day it feels strong',
      'You have a back condition or injury',
    ],
    keyCues: ['master-regular-first', 'weighted-hold-line', 'brace-abs', 'squeeze-glutes', 'lower-under-control'],
    easier: ['standard'],
    harder: [],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  {
    id: 'forward',
    name: 'Forward-hands push-up',
    summary: 'Hands shoulder-width apart, about 8 in (20 cm) in front of your shoulders.',
    backRisk: {
      level: 'moderate',
      reason:
        'With your hands ahead of your shoulders, your lower-back muscles work harder than in a standard push-up, so hip form matters even more.',
      references: ['gym-exercises'],
    },
    shoulderRisk: {
      level: 'low',
      reason:
        'No source here rates its shoulder load as higher than a standard push-up; the source on this version speaks only about the lower back.',
      references: ['gym-exercises'],
    },
    muscles: ['Chest', 'Shoulders', 'Triceps', 'Core', 'Lower-back muscles'],
    suits: ['People who keep their hips level in standard push-ups and want some variety'],
    skipIf: [
      'Your lower back hurts now: save harder work for a day it feels strong',
      "You can't yet keep your hips level in a standard push-up",
    ],
    keyCues: ['forward-hands', 'offset-hands-hip-form', 'hips-level', 'brace-abs', 'squeeze-glutes'],
    easier: ['standard'],
    harder: [],
    references: ['gym-exercises'],
  },
  {
    id: 'backward',
    name: 'Backward-hands push-up',
    summary: 'Hands shoulder-width apart, about 8 in (20 cm) behind your shoulders.',
    backRisk: {
      level: 'moderate',
      reason:
        'With your hands behind your shoulders, your lower-back muscles work harder than in a standard push-up, so hip form matters even more.',
      references: ['gym-exercises'],
    },
    shoulderRisk: {
      level: 'low',
      reason:
        'No source here rates its shoulder load as higher than a standard push-up; the source on this version speaks only about the lower back.',
      references: ['gym-exercises'],
    },
    muscles: ['Chest', 'Shoulders', 'Triceps', 'Core', 'Lower-back muscles'],
    suits: ['People who keep their hips level in standard push-ups and want some variety'],
    skipIf: [
      'Your lower back hurts now: save harder work for a day it feels strong',
      "You can't yet keep your hips level in a standard push-up",
    ],
    keyCues: ['backward-hands', 'offset-hands-hip-form', 'hips-level', 'brace-abs', 'squeeze-glutes'],
    easier: ['standard'],
    harder: [],
    references: ['gym-exercises'],
  },
];

/**
 * The English form checklist: the phases a push-up is checked in, and the form cues of
 * each phase. A cue applies to every variation (`'all'`) or lists the variations it
 * applies to, so `<pushup-form-checklist variation="plank">` shows the plank's own cues
 * and none about lowering or pressing. Every cue cites the references it rests on, and
 * says no more than they do. Each cue's text is in `../shared/cue-texts.ts`: the card and
 * the quiz show only that, so they load only that.
 */
import { cueTexts } from '../shared/cue-texts.js';
import type { FormCue, Phase } from '../types.js';

/** The checklist's groups, in the order they are shown. */
export const phases: readonly Phase[] = [
  { id: 'setup', label: 'Setup' },
  { id: 'lowering', label: 'Lowering' },
  { id: 'pressing', label: 'Pressing up' },
  { id: 'every-set', label: 'Every set' },
];

/** Every variation that is a moving push-up: all but the forearm plank, which is a hold. */
const pushUps = ['knee', 'standard', 'diamond', 'deficit', 'weighted', 'forward', 'backward'] as const;

/** Every push-up done from the toes: all push-ups but the knee push-up. */
const fromTheToes = ['standard', 'diamond', 'deficit', 'weighted', 'forward', 'backward'] as const;

/** Push-ups whose hands sit level with the shoulders (forward and backward move them on purpose). */
const handsLevelWithShoulders = ['standard', 'knee', 'diamond', 'deficit', 'weighted'] as const;

/**
 * Each cue but its id and text, which `../shared/cue-texts.ts` holds, in the same order:
 * the comment before each item names its id (`../shared/content-parts.node-test.ts` checks
 * them). The ids are written once, there, so a page that loads both modules loads them once.
 */
const cueDetails: readonly Omit<FormCue, 'id' | 'text'>[] = [
  // Setup
  // hands-slightly-wide
  {
    phase: 'setup',
    why: 'This hand width is one of the tips for good push-up form, and good form spreads the load across the muscles you are working instead of piling stress on your spine.',
    mistake: 'Putting your hands down without checking how far apart they are.',
    // Diamond hands are close together; forward and backward keep them shoulder-width.
    variations: ['standard', 'knee', 'deficit', 'weighted'],
    references: ['good-for-back'],
  },
  // hands-under-shoulders
  {
    phase: 'setup',
    why: 'Hands set too high can cause trouble for your upper back. Moving them about 8 in (20 cm) ahead of or behind your shoulders also makes your lower-back muscles work harder.',
    mistake: 'Reaching your hands out in front of your shoulders.',
    variations: handsLevelWithShoulders,
    references: ['truth-revealed', 'gym-exercises'],
    pictures: {
      do: 'Side view at the top of a push-up: hands on the floor right under the shoulders, arms straight up and down.',
      avoid: 'Side view at the top of a push-up: hands reaching out well ahead of the shoulders, toward the head.',
    },
  },
  // forward-hands
  {
    phase: 'setup',
    why: 'This placement is what makes it a forward push-up. It makes your lower-back muscles work harder than a standard push-up does, and back pain increases with it.',
    mistake: 'Reaching even further forward, toward your head: hands set too high can also trouble your upper back.',
    variations: ['forward'],
    references: ['gym-exercises', 'truth-revealed'],
  },
  // backward-hands
  {
    phase: 'setup',
    why: 'This placement is what makes it a backward push-up. It makes your lower-back muscles work harder than a standard push-up does, and back pain increases with it.',
    mistake: 'Letting your hands drift wider or narrower than your shoulders.',
    variations: ['backward'],
    references: ['gym-exercises'],
  },
  // shoulders-back-and-down
  {
    phase: 'setup',
    why: 'Imagine holding a tennis ball between your shoulder blades. Doing this first helps keep your upper back from hurting after push-ups, and it leads to better form.',
    mistake: 'Starting with your shoulders rounded or hunched forward.',
    variations: pushUps,
    references: ['upper-back-after'],
  },
  // straight-line-head-to-heels
  {
    phase: 'setup',
    why: 'A straight body keeps your spine in a neutral position, so it is not pushed into a sag or an arch.',
    mistake: 'Letting your body bend at the hips.',
    variations: fromTheToes,
    references: ['good-for-back'],
    pictures: {
      do: 'Side view at the top of a push-up: head, shoulders, hips and heels on one straight line.',
      avoid: 'Side view at the top of a push-up: the body bent at the hips, the hips raised above the straight line from the shoulders to the heels.',
    },
  },
  // brace-abs
  {
    phase: 'setup',
    why: 'Bracing your core (the muscles around your middle) helps steady your spine and helps keep your lower back from arching too far.',
    mistake: 'Holding the position with a loose, relaxed stomach.',
    variations: pushUps,
    references: ['nasm-answer', 'good-for-back'],
  },
  // squeeze-glutes
  {
    phase: 'setup',
    why: 'Tightening them along with your stomach muscles helps make sure the right muscles are doing the work, and helps keep your lower back from arching too far.',
    mistake: 'Letting your glutes go slack.',
    variations: pushUps,
    references: ['nasm-answer'],
  },
  // plank-forearms-under-shoulders
  {
    phase: 'setup',
    why: 'This is where a forearm plank starts, and poor technique is the usual reason a plank pinches your lower back.',
    mistake: 'Starting with your forearms out of line with your shoulders.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  // plank-straight-line
  {
    phase: 'setup',
    why: 'A straight line is the plank position, and bending out of it is a common reason for a pinching feeling in your lower back.',
    mistake: 'Tipping your pelvis forward so your lower back arches.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  // plank-hips-in-line
  {
    phase: 'setup',
    why: 'Hips pushed up turn your body into an upside-down V, and hips dropped close to the floor bend your back. Both can cause a pinching feeling in your lower back.',
    mistake: 'Letting your hips drift up or down as you tire.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  // plank-gaze-down
  {
    phase: 'setup',
    why: 'Keeping your gaze on the floor is part of good forearm plank form.',
    mistake: 'Lifting your head to look ahead.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  // plank-engage-core
  {
    phase: 'setup',
    why: 'A forearm plank works all your core muscles at once, and good form means keeping them engaged for the whole hold.',
    mistake: 'Hanging in the position with a relaxed middle.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },

  // Lowering
  // lower-under-control
  {
    phase: 'lowering',
    why: 'Dropping toward the floor can make the wrong muscles work harder and can cause trouble for your upper back.',
    mistake: 'Dropping toward the floor instead of lowering.',
    variations: pushUps,
    references: ['truth-revealed', 'good-for-back'],
  },
  // deficit-control-depth
  {
    phase: 'lowering',
    why: 'Lowering further than the floor would let you makes your back muscles work harder, and that extra stress can raise the risk of injury.',
    mistake: 'Dropping into the bottom of a deep rep.',
    variations: ['deficit'],
    references: ['truth-revealed'],
  },
  // hips-level
  {
    phase: 'lowering',
    why: 'Sagging hips put extra stress on your spine, especially your lower back.',
    mistake: 'Letting your hips sink toward the floor as you go down.',
    variations: pushUps,
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
    pictures: {
      do: 'Side view of a push-up: hips level, on the straight line from the shoulders to the ankles.',
      avoid: 'Side view of a push-up: hips sagging toward the floor, below the line from the shoulders to the ankles.',
    },
  },
  // weighted-hold-line
  {
    phase: 'lowering',
    why: 'Weight on your back already adds stress to it, and sagging hips add pressure on your spine on top of that.',
    mistake: 'Letting the extra load pull your hips down.',
    variations: ['weighted'],
    references: ['truth-revealed', 'gym-exercises'],
  },
  // offset-hands-hip-form
  {
    phase: 'lowering',
    why: 'With your hands ahead of or behind your shoulders, your lower-back muscles work harder and back pain increases, so good hip form matters even more.',
    mistake: 'Focusing on your hands and forgetting your hips.',
    variations: ['forward', 'backward'],
    references: ['gym-exercises'],
  },
  // no-lower-back-arch
  {
    phase: 'lowering',
    why: 'Arching your lower back too much can make it uncomfortable. Pulling your belly button in and tightening your stomach and glutes helps prevent it.',
    mistake: 'Over-arching your lower back.',
    variations: pushUps,
    references: ['nasm-answer', 'good-for-back'],
    pictures: {
      do: 'Side view of a push-up: the lower back flat, the body one straight line.',
      avoid: 'Side view of a push-up: the lower back arched too far, curving down toward the floor.',
    },
  },
  // elbows-tucked
  {
    phase: 'lowering',
    why: 'Tucked elbows help work your chest, shoulders and triceps (the backs of your upper arms). Pulling your shoulders back first makes this easier.',
    mistake: 'Letting your elbows flare out wide.',
    variations: pushUps,
    references: ['upper-back-after'],
  },

  // Pressing up
  // hold-line-to-top
  {
    phase: 'pressing',
    why: 'On the way up your chest does much of the work, while your back muscles keep your spine in line.',
    mistake: 'Letting your hips or back sag on the way up.',
    variations: pushUps,
    references: ['truth-revealed', 'good-for-back'],
  },

  // Every set
  // warm-up-first
  {
    phase: 'every-set',
    why: 'A warm-up gets more blood to your muscles before you exercise, and being properly warmed up is part of doing push-ups without back pain.',
    mistake: 'Going straight in cold.',
    variations: 'all',
    references: ['gym-exercises', 'truth-revealed'],
  },
  // do-them-fresh
  {
    phase: 'every-set',
    why: "When you're already tired, your technique slips more easily, and even small errors in technique can lead to back pain.",
    mistake: 'Tacking push-ups onto the end of a session when you are worn out.',
    variations: pushUps,
    references: ['truth-revealed'],
  },
  // reps-within-fitness
  {
    phase: 'every-set',
    why: 'Doing more than your body is ready for can add to back pain.',
    mistake: 'Piling on reps beyond your current fitness.',
    variations: pushUps,
    references: ['truth-revealed'],
  },
  // rest-between-workouts
  {
    phase: 'every-set',
    why: 'Giving your working muscles time to rest and recover helps lower the risk of pain and injury.',
    mistake: 'Training the same muscles again before they have recovered.',
    variations: pushUps,
    references: ['truth-revealed'],
  },
  // master-regular-first
  {
    phase: 'every-set',
    why: 'Extra depth or extra weight adds stress to your back, which is why these versions are for people with a strong base of regular push-ups.',
    mistake: 'Moving on to a harder version too soon.',
    variations: ['deficit', 'weighted'],
    references: ['truth-revealed'],
  },
  // diamond-shoulder-check
  {
    phase: 'every-set',
    why: 'Diamond push-ups are not always kind to your shoulders, and no exercise should hurt. A shoulder injury can also shift extra stress onto your back.',
    mistake: 'Working through shoulder pain in a harder variation.',
    variations: ['diamond'],
    references: ['truth-revealed', 'nasm-answer'],
  },
  // plank-breathe-steadily
  {
    phase: 'every-set',
    why: 'Steady breathing is part of good forearm plank form.',
    mistake: 'Holding your breath.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  // plank-hold-and-repeat
  {
    phase: 'every-set',
    why: 'About 30 seconds is a suggested target. Keeping good form for the whole hold helps lower the risk of back pain.',
    mistake: 'Holding on after your hips have started to rise or sag.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  // stop-on-pain
  {
    phase: 'every-set',
    why: 'Some discomfort from working muscles is normal, but exercise should never hurt. If the pain carries on, see a medical professional, such as your doctor.',
    mistake: 'Pushing through pain as if it were part of training.',
    variations: 'all',
    references: ['nasm-answer', 'truth-revealed'],
  },
  // progress-gradually
  {
    phase: 'every-set',
    why: 'Move on to harder versions only as your strength grows.',
    mistake: "Jumping to a harder variation before you're ready.",
    variations: pushUps,
    references: ['good-for-back', 'truth-revealed'],
  },
];

/** Every cue, whole: its id and text from `../shared/cue-texts.ts` and the rest from above. */
export const cues: readonly FormCue[] = /* @__PURE__ */ cueDetails.map((cue, index) => ({ ...cueTexts[index], ...cue }));

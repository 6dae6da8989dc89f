/**
 * The English form checklist: the phases a push-up is checked in, and the form cues of
 * each phase. A cue applies to every variation (`'all'`) or lists the variations it
 * applies to, so `<pushup-form-checklist variation="plank">` shows the plank's own cues
 * and none about lowering or pressing. Every cue cites the references it rests on, and
 * says no more than they do.
 */
import type { FormCue, Phase } from './types.js';

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

export const cues: readonly FormCue[] = [
  // Setup
  {
    id: 'hands-slightly-wide',
    phase: 'setup',
    text: 'Set your hands a little wider than your shoulders.',
    why: 'This hand width is one of the tips for good push-up form, and good form spreads the load across the muscles you are working instead of piling stress on your spine.',
    mistake: 'Putting your hands down without checking how far apart they are.',
    // Diamond hands are close together; forward and backward keep them shoulder-width.
    variations: ['standard', 'knee', 'deficit', 'weighted'],
    references: ['good-for-back'],
  },
  {
    id: 'hands-under-shoulders',
    phase: 'setup',
    text: "Don't place your hands too far forward, up toward your head.",
    why: 'Hands set too high can cause trouble for your upper back. Moving them about 8 in (20 cm) ahead of or behind your shoulders also makes your lower-back muscles work harder.',
    mistake: 'Reaching your hands out in front of your shoulders.',
    variations: handsLevelWithShoulders,
    references: ['truth-revealed', 'gym-exercises'],
  },
  {
    id: 'forward-hands',
    phase: 'setup',
    text: 'Place your hands shoulder-width apart, about 8 in (20 cm) ahead of your shoulders.',
    why: 'This placement is what makes it a forward push-up. It makes your lower-back muscles work harder than a standard push-up does, and back pain increases with it.',
    mistake: 'Reaching even further forward, toward your head: hands set too high can also trouble your upper back.',
    variations: ['forward'],
    references: ['gym-exercises', 'truth-revealed'],
  },
  {
    id: 'backward-hands',
    phase: 'setup',
    text: 'Place your hands shoulder-width apart, about 8 in (20 cm) behind your shoulders.',
    why: 'This placement is what makes it a backward push-up. It makes your lower-back muscles work harder than a standard push-up does, and back pain increases with it.',
    mistake: 'Letting your hands drift wider or narrower than your shoulders.',
    variations: ['backward'],
    references: ['gym-exercises'],
  },
  {
    id: 'shoulders-back-and-down',
    phase: 'setup',
    text: 'Before your first rep, pull your shoulders back and down.',
    why: 'Imagine holding a tennis ball between your shoulder blades. Doing this first helps keep your upper back from hurting after push-ups, and it leads to better form.',
    mistake: 'Starting with your shoulders rounded or hunched forward.',
    variations: pushUps,
    references: ['upper-back-after'],
  },
  {
    id: 'straight-line-head-to-heels',
    phase: 'setup',
    text: 'Hold one straight line from your head to your heels.',
    why: 'A straight body keeps your spine in a neutral position, so it is not pushed into a sag or an arch.',
    mistake: 'Letting your body bend at the hips.',
    variations: fromTheToes,
    references: ['good-for-back'],
  },
  {
    id: 'brace-abs',
    phase: 'setup',
    text: 'Pull your belly button toward your spine and tighten your stomach muscles.',
    why: 'Bracing your core (the muscles around your middle) helps steady your spine and helps keep your lower back from arching too far.',
    mistake: 'Holding the position with a loose, relaxed stomach.',
    variations: pushUps,
    references: ['nasm-answer', 'good-for-back'],
  },
  {
    id: 'squeeze-glutes',
    phase: 'setup',
    text: 'Squeeze your glutes (your buttock muscles).',
    why: 'Tightening them along with your stomach muscles helps make sure the right muscles are doing the work, and helps keep your lower back from arching too far.',
    mistake: 'Letting your glutes go slack.',
    variations: pushUps,
    references: ['nasm-answer'],
  },
  {
    id: 'plank-forearms-under-shoulders',
    phase: 'setup',
    text: 'Set your forearms on the floor beneath your shoulders.',
    why: 'This is where a forearm plank starts, and poor technique is the usual reason a plank pinches your lower back.',
    mistake: 'Starting with your forearms out of line with your shoulders.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  {
    id: 'plank-straight-line',
    phase: 'setup',
    text: 'Lift your body into one straight line from your head to your toes.',
    why: 'A straight line is the plank position, and bending out of it is a common reason for a pinching feeling in your lower back.',
    mistake: 'Tipping your pelvis forward so your lower back arches.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  {
    id: 'plank-hips-in-line',
    phase: 'setup',
    text: "Don't let your hips rise or sag.",
    why: 'Hips pushed up turn your body into an upside-down V, and hips dropped close to the floor bend your back. Both can cause a pinching feeling in your lower back.',
    mistake: 'Letting your hips drift up or down as you tire.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  {
    id: 'plank-gaze-down',
    phase: 'setup',
    text: 'Look down at the floor.',
    why: 'Keeping your gaze on the floor is part of good forearm plank form.',
    mistake: 'Lifting your head to look ahead.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  {
    id: 'plank-engage-core',
    phase: 'setup',
    text: 'Keep your core (the muscles around your middle) working while you hold.',
    why: 'A forearm plank works all your core muscles at once, and good form means keeping them engaged for the whole hold.',
    mistake: 'Hanging in the position with a relaxed middle.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },

  // Lowering
  {
    id: 'lower-under-control',
    phase: 'lowering',
    text: 'Lower yourself slowly and under control.',
    why: 'Dropping toward the floor can make the wrong muscles work harder and can cause trouble for your upper back.',
    mistake: 'Dropping toward the floor instead of lowering.',
    variations: pushUps,
    references: ['truth-revealed', 'good-for-back'],
  },
  {
    id: 'deficit-control-depth',
    phase: 'lowering',
    text: 'Take the extra depth slowly and under control.',
    why: 'Lowering further than the floor would let you makes your back muscles work harder, and that extra stress can raise the risk of injury.',
    mistake: 'Dropping into the bottom of a deep rep.',
    variations: ['deficit'],
    references: ['truth-revealed'],
  },
  {
    id: 'hips-level',
    phase: 'lowering',
    text: "Keep your hips level; don't let them sag.",
    why: 'Sagging hips put extra stress on your spine, especially your lower back.',
    mistake: 'Letting your hips sink toward the floor as you go down.',
    variations: pushUps,
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  {
    id: 'weighted-hold-line',
    phase: 'lowering',
    text: 'Keep your hips level under the weight.',
    why: 'Weight on your back already adds stress to it, and sagging hips add pressure on your spine on top of that.',
    mistake: 'Letting the extra load pull your hips down.',
    variations: ['weighted'],
    references: ['truth-revealed', 'gym-exercises'],
  },
  {
    id: 'offset-hands-hip-form',
    phase: 'lowering',
    text: 'Watch your hips extra closely on every rep.',
    why: 'With your hands ahead of or behind your shoulders, your lower-back muscles work harder and back pain increases, so good hip form matters even more.',
    mistake: 'Focusing on your hands and forgetting your hips.',
    variations: ['forward', 'backward'],
    references: ['gym-exercises'],
  },
  {
    id: 'no-lower-back-arch',
    phase: 'lowering',
    text: "Don't let your lower back arch too far.",
    why: 'Arching your lower back too much can make it uncomfortable. Pulling your belly button in and tightening your stomach and glutes helps prevent it.',
    mistake: 'Over-arching your lower back.',
    variations: pushUps,
    references: ['nasm-answer', 'good-for-back'],
  },
  {
    id: 'elbows-tucked',
    phase: 'lowering',
    text: 'Keep your elbows tucked in as you lower.',
    why: 'Tucked elbows help work your chest, shoulders and triceps (the backs of your upper arms). Pulling your shoulders back first makes this easier.',
    mistake: 'Letting your elbows flare out wide.',
    variations: pushUps,
    references: ['upper-back-after'],
  },

  // Pressing up
  {
    id: 'hold-line-to-top',
    phase: 'pressing',
    text: 'Keep your body steady and braced as you push back up.',
    why: 'On the way up your chest does much of the work, while your back muscles keep your spine in line.',
    mistake: 'Letting your hips or back sag on the way up.',
    variations: pushUps,
    references: ['truth-revealed', 'good-for-back'],
  },

  // Every set
  {
    id: 'warm-up-first',
    phase: 'every-set',
    text: 'Warm up before you start.',
    why: 'A warm-up gets more blood to your muscles before you exercise, and being properly warmed up is part of doing push-ups without back pain.',
    mistake: 'Going straight in cold.',
    variations: 'all',
    references: ['gym-exercises', 'truth-revealed'],
  },
  {
    id: 'do-them-fresh',
    phase: 'every-set',
    text: "Do push-ups while you're fresh, not at the end of a tiring workout.",
    why: "When you're already tired, your technique slips more easily, and even small errors in technique can lead to back pain.",
    mistake: 'Tacking push-ups onto the end of a session when you are worn out.',
    variations: pushUps,
    references: ['truth-revealed'],
  },
  {
    id: 'reps-within-fitness',
    phase: 'every-set',
    text: 'Do only as many push-ups as your current fitness allows.',
    why: 'Doing more than your body is ready for can add to back pain.',
    mistake: 'Piling on reps beyond your current fitness.',
    variations: pushUps,
    references: ['truth-revealed'],
  },
  {
    id: 'rest-between-workouts',
    phase: 'every-set',
    text: 'Rest between workouts.',
    why: 'Giving your working muscles time to rest and recover helps lower the risk of pain and injury.',
    mistake: 'Training the same muscles again before they have recovered.',
    variations: pushUps,
    references: ['truth-revealed'],
  },
  {
    id: 'master-regular-first',
    phase: 'every-set',
    text: 'Master regular push-ups before you try this version.',
    why: 'Extra depth or extra weight adds stress to your back, which is why these versions are for people with a strong base of regular push-ups.',
    mistake: 'Moving on to a harder version too soon.',
    variations: ['deficit', 'weighted'],
    references: ['truth-revealed'],
  },
  {
    id: 'diamond-shoulder-check',
    phase: 'every-set',
    text: 'Stop diamond push-ups if your shoulders start to hurt.',
    why: 'Diamond push-ups are not always kind to your shoulders, and no exercise should hurt. A shoulder injury can also shift extra stress onto your back.',
    mistake: 'Working through shoulder pain in a harder variation.',
    variations: ['diamond'],
    references: ['truth-revealed', 'nasm-answer'],
  },
  {
    id: 'plank-breathe-steadily',
    phase: 'every-set',
    text: 'Breathe evenly and steadily while you hold.',
    why: 'Steady breathing is part of good forearm plank form.',
    mistake: 'Holding your breath.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  {
    id: 'plank-hold-and-repeat',
    phase: 'every-set',
    text: 'Try to hold for about 30 seconds, then lower to the floor and repeat.',
    why: 'About 30 seconds is a suggested target. Keeping good form for the whole hold helps lower the risk of back pain.',
    mistake: 'Holding on after your hips have started to rise or sag.',
    variations: ['plank'],
    references: ['gym-exercises'],
  },
  {
    id: 'stop-on-pain',
    phase: 'every-set',
    text: 'Stop if you feel pain, not just the effort of working muscles.',
    why: 'Some discomfort from working muscles is normal, but exercise should never hurt. If the pain carries on, see a medical professional, such as your doctor.',
    mistake: 'Pushing through pain as if it were part of training.',
    variations: 'all',
    references: ['nasm-answer', 'truth-revealed'],
  },
  {
    id: 'progress-gradually',
    phase: 'every-set',
    text: 'Start with knee push-ups if you need to, and progress gradually.',
    why: 'Move on to harder versions only as your strength grows.',
    mistake: "Jumping to a harder variation before you're ready.",
    variations: pushUps,
    references: ['good-for-back', 'truth-revealed'],
  },
];

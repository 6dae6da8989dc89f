/**
 * The English form checklist: the phases a push-up is checked in, and the form cues of
 * each phase. A cue applies to every variation (`'all'`) or lists the variations it
 * applies to, so `<pushup-form-checklist variation="knee">` shows the knee push-up's own
 * body line instead of the head-to-heels one. Every cue cites the references it rests on.
 */
import type { FormCue, Phase } from './types.js';

/** The checklist's groups, in the order they are shown. */
export const phases: readonly Phase[] = [
  { id: 'setup', label: 'Setup' },
  { id: 'lowering', label: 'Lowering' },
  { id: 'pressing', label: 'Pressing up' },
  { id: 'every-set', label: 'Every set' },
];

/** Every variation done from the toes: all but the knee push-up. */
const fromTheToes = ['standard', 'diamond', 'deficit', 'weighted', 'forward', 'backward'] as const;

/** Variations whose hands sit level with the shoulders (forward and backward move them on purpose). */
const handsLevelWithShoulders = ['standard', 'knee', 'diamond', 'deficit', 'weighted'] as const;

export const cues: readonly FormCue[] = [
  // Setup
  {
    id: 'hands-slightly-wide',
    phase: 'setup',
    text: 'Set your hands a little wider than your shoulders.',
    why: "It's the hand width recommended for good form, and good form keeps the load on your working muscles rather than on your spine.",
    mistake: 'Setting your hands narrower than your shoulders.',
    // Diamond hands are close together; forward and backward keep them shoulder-width.
    variations: ['standard', 'knee', 'deficit', 'weighted'],
    references: ['good-for-back'],
  },
  {
    id: 'hands-under-shoulders',
    phase: 'setup',
    text: 'Keep your hands in line with your shoulders, not out in front.',
    why: 'Hands set too high can cause trouble for your upper back, and hands about 8 in (20 cm) ahead of or behind your shoulders make your lower-back muscles work harder.',
    mistake: 'Reaching your hands too far forward.',
    variations: handsLevelWithShoulders,
    references: ['truth-revealed', 'gym-exercises'],
  },
  {
    id: 'diamond-hands',
    phase: 'setup',
    text: 'Bring your hands together under your chest to form a diamond.',
    why: "This close hand position is what makes it a diamond push-up, a version that isn't always kind to your shoulders.",
    mistake: 'Placing your hands up by your face instead of under your chest.',
    variations: ['diamond'],
    references: ['truth-revealed'],
  },
  {
    id: 'forward-hands',
    phase: 'setup',
    text: 'Place your hands about 8 in (20 cm) ahead of your shoulders.',
    why: 'Keep them shoulder-width apart. This placement is what makes it a forward push-up, and it makes your lower-back muscles work harder than a standard push-up does.',
    mistake: 'Reaching much further forward than the set distance.',
    variations: ['forward'],
    references: ['gym-exercises'],
  },
  {
    id: 'backward-hands',
    phase: 'setup',
    text: 'Place your hands about 8 in (20 cm) behind your shoulders.',
    why: 'Keep them shoulder-width apart. This placement is what makes it a backward push-up, and it makes your lower-back muscles work harder than a standard push-up does.',
    mistake: 'Sliding your hands much further back than the set distance.',
    variations: ['backward'],
    references: ['gym-exercises'],
  },
  {
    id: 'shoulders-back-and-down',
    phase: 'setup',
    text: 'Before the first rep, draw your shoulders back and down.',
    why: 'Picture holding a tennis ball between your shoulder blades. Setting them like this helps keep your upper back from aching afterwards and improves the rest of your form.',
    mistake: 'Starting with your shoulders rounded forward.',
    variations: 'all',
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
    id: 'knee-line-knees-to-head',
    phase: 'setup',
    text: 'Hold one straight line from your knees to your head.',
    why: 'On your knees the line starts at your knees instead of your heels, but the aim is the same: a neutral spine with no sag or arch.',
    mistake: 'Bending at the hips so your bottom sticks up or drops.',
    variations: ['knee'],
    references: ['good-for-back'],
  },
  {
    id: 'brace-abs',
    phase: 'setup',
    text: 'Pull your belly button toward your spine and tighten your abs.',
    why: 'A braced core steadies your spine and helps stop your lower back from over-arching.',
    mistake: 'Holding the position with a loose, relaxed stomach.',
    variations: 'all',
    references: ['nasm-answer', 'good-for-back'],
  },
  {
    id: 'squeeze-glutes',
    phase: 'setup',
    text: 'Squeeze your glutes.',
    why: 'Tightening your glutes along with your abs helps the right muscles do the work and keeps your lower back out of an arch.',
    mistake: 'Relaxed glutes that let your lower back arch.',
    variations: 'all',
    references: ['nasm-answer'],
  },

  // Lowering
  {
    id: 'lower-under-control',
    phase: 'lowering',
    text: 'Lower yourself slowly and under control.',
    why: 'Dropping toward the floor makes the wrong muscles work harder and can cause trouble for your upper back.',
    mistake: 'Dropping toward the floor instead of lowering.',
    variations: 'all',
    references: ['truth-revealed', 'good-for-back'],
  },
  {
    id: 'deficit-control-depth',
    phase: 'lowering',
    text: 'Take the extra depth slowly and under control.',
    why: 'Lowering past the level of your hands makes your back muscles work harder, and that extra stress raises the risk of injury.',
    mistake: 'Dropping into the bottom of a deep rep.',
    variations: ['deficit'],
    references: ['truth-revealed'],
  },
  {
    id: 'hips-level',
    phase: 'lowering',
    text: "Keep your hips level; don't let them sag.",
    why: 'Sagging hips put extra pressure on your spine, especially your lower back.',
    mistake: 'Letting your hips sink toward the floor as you go down.',
    variations: 'all',
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  {
    id: 'weighted-hold-line',
    phase: 'lowering',
    text: 'Keep your hips level under the weight.',
    why: "A load on your back already adds stress to your spine, so don't let a sag add more.",
    mistake: 'Letting the extra load pull your hips down.',
    variations: ['weighted'],
    references: ['truth-revealed', 'gym-exercises'],
  },
  {
    id: 'offset-hands-hip-form',
    phase: 'lowering',
    text: 'Watch your hips extra closely on every rep.',
    why: 'With your hands ahead of or behind your shoulders, your lower-back muscles work harder, so keeping your hips in line matters even more.',
    mistake: 'Focusing on your hands and forgetting your hips.',
    variations: ['forward', 'backward'],
    references: ['gym-exercises'],
  },
  {
    id: 'no-lower-back-arch',
    phase: 'lowering',
    text: "Don't let your lower back arch too far.",
    why: 'Arching your lower back too much can make it uncomfortable; bracing your abs and glutes helps prevent it.',
    mistake: 'Over-arching your lower back.',
    variations: 'all',
    references: ['nasm-answer', 'good-for-back'],
  },
  {
    id: 'elbows-tucked',
    phase: 'lowering',
    text: 'Keep your elbows tucked in as you lower.',
    why: 'Tucked elbows keep the work on your chest, shoulders and triceps. Drawing your shoulders back first makes this easier.',
    mistake: 'Letting your elbows flare out wide.',
    variations: 'all',
    references: ['upper-back-after'],
  },

  // Pressing up
  {
    id: 'chest-leads-press',
    phase: 'pressing',
    text: 'Push back up with your chest leading the way.',
    why: 'Your chest does much of the work on the way up, so let it lead.',
    mistake: 'Letting your hips or head lead the press.',
    variations: 'all',
    references: ['truth-revealed'],
  },
  {
    id: 'hold-line-to-top',
    phase: 'pressing',
    text: 'Stay braced and straight all the way to the top.',
    why: 'As you press up, your back muscles hold your spine in line; keep them working until the rep is done.',
    mistake: 'Letting your hips or back sag on the way up.',
    variations: 'all',
    references: ['good-for-back'],
  },

  // Every set
  {
    id: 'warm-up-first',
    phase: 'every-set',
    text: 'Warm up before your first set.',
    why: 'A warm-up gets more blood to your muscles before they work, and being warmed up is part of keeping push-ups from hurting your back.',
    mistake: 'Going straight into push-ups cold.',
    variations: 'all',
    references: ['gym-exercises', 'truth-revealed'],
  },
  {
    id: 'do-them-fresh',
    phase: 'every-set',
    text: "Do push-ups while you're fresh, not after a tiring workout.",
    why: "When you're already tired, your technique slips more easily, and small errors in technique are the usual cause of back pain in push-ups.",
    mistake: 'Tacking push-ups onto the end of a session when you are worn out.',
    variations: 'all',
    references: ['truth-revealed'],
  },
  {
    id: 'reps-within-fitness',
    phase: 'every-set',
    text: 'Do only as many reps as your fitness allows, then rest.',
    why: 'More push-ups than your body is ready for can add to back pain, and rest between sessions gives your muscles time to recover.',
    mistake: 'Piling on reps beyond your current fitness.',
    variations: 'all',
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
    why: 'Diamond push-ups can be hard on your shoulders, and an injured shoulder can shift extra stress onto your back.',
    mistake: 'Working through shoulder pain in a harder variation.',
    variations: ['diamond'],
    references: ['truth-revealed'],
  },
  {
    id: 'stop-on-pain',
    phase: 'every-set',
    text: 'Stop if you feel pain, not just effort.',
    why: 'Working muscles can feel uncomfortable, but exercise should never hurt. If the pain keeps going, see a health professional such as a doctor or physiotherapist.',
    mistake: 'Pushing through pain as if it were part of training.',
    variations: 'all',
    references: ['nasm-answer', 'truth-revealed'],
  },
  {
    id: 'progress-gradually',
    phase: 'every-set',
    text: 'Start at a level you can do well, and progress slowly.',
    why: 'Knee push-ups are a good place to begin; move on to harder versions only as your strength grows.',
    mistake: "Jumping to a harder variation before you're ready.",
    variations: 'all',
    references: ['good-for-back', 'truth-revealed'],
  },
];

/**
 * What each form cue says, in checklist order: the part of a cue that `<variation-risk-card>`
 * (its key cues) and `<back-pain-quiz>` (the cues to check) show, so they load this and
 * not the rest. `../checklist/cues.ts` holds each cue's phase, why it matters, the mistake
 * it prevents, its variations and its references, under the same id.
 */
import type { CueText } from '../types.js';

export const cueTexts: readonly CueText[] = [
  { id: 'hands-slightly-wide', text: 'Set your hands a little wider than your shoulders.' },
  { id: 'hands-under-shoulders', text: "Don't place your hands too far forward, up toward your head." },
  { id: 'forward-hands', text: 'Place your hands shoulder-width apart, about 8 in (20 cm) ahead of your shoulders.' },
  { id: 'backward-hands', text: 'Place your hands shoulder-width apart, about 8 in (20 cm) behind your shoulders.' },
  { id: 'shoulders-back-and-down', text: 'Before your first rep, pull your shoulders back and down.' },
  { id: 'straight-line-head-to-heels', text: 'Hold one straight line from your head to your heels.' },
  { id: 'brace-abs', text: 'Pull your belly button toward your spine and tighten your stomach muscles.' },
  { id: 'squeeze-glutes', text: 'Squeeze your glutes (your buttock muscles).' },
  { id: 'plank-forearms-under-shoulders', text: 'Set your forearms on the floor beneath your shoulders.' },
  { id: 'plank-straight-line', text: 'Lift your body into one straight line from your head to your toes.' },
  { id: 'plank-hips-in-line', text: "Don't let your hips rise or sag." },
  { id: 'plank-gaze-down', text: 'Look down at the floor.' },
  { id: 'plank-engage-core', text: 'Keep your core (the muscles around your middle) working while you hold.' },
  { id: 'lower-under-control', text: 'Lower yourself slowly and under control.' },
  { id: 'deficit-control-depth', text: 'Take the extra depth slowly and under control.' },
  { id: 'hips-level', text: "Keep your hips level; don't let them sag." },
  { id: 'weighted-hold-line', text: 'Keep your hips level under the weight.' },
  { id: 'offset-hands-hip-form', text: 'Watch your hips extra closely on every rep.' },
  { id: 'no-lower-back-arch', text: "Don't let your lower back arch too far." },
  { id: 'elbows-tucked', text: 'Keep your elbows tucked in as you lower.' },
  { id: 'hold-line-to-top', text: 'Keep your body steady and braced as you push back up.' },
  { id: 'warm-up-first', text: 'Warm up before you start.' },
  { id: 'do-them-fresh', text: "Do push-ups while you're fresh, not at the end of a tiring workout." },
  { id: 'reps-within-fitness', text: 'Do only as many push-ups as your current fitness allows.' },
  { id: 'rest-between-workouts', text: 'Rest between workouts.' },
  { id: 'master-regular-first', text: 'Master regular push-ups before you try this version.' },
  { id: 'diamond-shoulder-check', text: 'Stop diamond push-ups if your shoulders start to hurt.' },
  { id: 'plank-breathe-steadily', text: 'Breathe evenly and steadily while you hold.' },
  { id: 'plank-hold-and-repeat', text: 'Try to hold for about 30 seconds, then lower to the floor and repeat.' },
  { id: 'stop-on-pain', text: 'Stop if you feel pain, not just the effort of working muscles.' },
  { id: 'progress-gradually', text: 'Start with knee push-ups if you need to, and progress gradually.' },
];

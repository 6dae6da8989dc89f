/**
 * The English self-check: its questions, in the order they are asked, and the outcomes
 * they lead to.
 *
 * Order is a safety rule: the three questions about the pain come first, then every
 * red-flag question (always asked, never behind an `askIf`), and only then the questions
 * about habits and form. A red-flag answer names the referral outcome it leads to;
 * emergency and urgent flags end the quiz at once, "see someone soon" flags let it carry
 * on so the reader also gets the likely causes.
 *
 * Self-care outcomes are ranked by their `signals`. Where, when and how it feels give
 * small weights (1 to 4); each habit or form answer gives its own cause `DECISIVE`, more
 * than any outcome can collect from those small weights, so ticking a habit puts its cause
 * first. The first self-care outcome (`poor-technique`) is the engine's fallback when
 * nothing scored.
 *
 * Emergency wording never names a country's number: the element fills in "your local
 * emergency number" or the page's own number.
 */
import type { Outcome, Question } from './types.js';

/** Weight of a habit or form answer for its own cause: beats any mix of the small weights. */
const DECISIVE = 10;

/** Outcome ids the red-flag answers lead to. */
const EMERGENCY = 'emergency-help';
const URGENT = 'urgent-appointment';
const SOON = 'see-professional-soon';
const KNOWN_CONDITION = 'ask-your-doctor-first';

const emergencyFlag = { triage: 'emergency', outcome: EMERGENCY, endsQuiz: true } as const;
const urgentFlag = { triage: 'see-doctor', outcome: URGENT, endsQuiz: true } as const;
const soonFlag = { triage: 'see-doctor', outcome: SOON, endsQuiz: false } as const;

const noneOfThese = { id: 'none', label: 'None of these', exclusive: true } as const;

export const questions: readonly Question[] = [
  // About the pain
  {
    id: 'where',
    kind: 'single',
    prompt: 'Where does it hurt?',
    hint: 'Pick the place where you feel it most.',
    answers: [
      { id: 'upper-back', label: 'Upper back, or between my shoulder blades' },
      { id: 'lower-back', label: 'Lower back' },
      { id: 'neck-shoulders', label: 'Neck and the tops of my shoulders' },
      { id: 'elsewhere', label: 'Somewhere else' },
    ],
  },
  {
    id: 'when',
    kind: 'single',
    prompt: 'When do you feel it?',
    answers: [
      { id: 'during', label: 'While I do push-ups' },
      { id: 'after', label: 'After push-ups, later that day or the next' },
      { id: 'both', label: 'Both during and after' },
    ],
  },
  {
    id: 'feeling',
    kind: 'single',
    prompt: 'How does it feel?',
    hint: 'Tired, hard-worked muscles can ache. Pain is different.',
    answers: [
      { id: 'mild-ache', label: 'A mild ache or soreness, like tired muscles' },
      { id: 'sharp-or-lasting', label: 'Sharp pain, or pain that lasts', redFlag: soonFlag },
    ],
  },

  // Red flags: always asked, before any habit question
  {
    id: 'emergency-symptoms',
    kind: 'multiple',
    prompt: 'Do you have any of these?',
    hint: 'Some of these can feel awkward to think about, but they matter. Tick every one that applies.',
    answers: [
      { id: 'bladder-bowel-control', label: 'I have lost control of my bladder or bowels', redFlag: emergencyFlag },
      { id: 'difficulty-peeing', label: 'I am finding it hard to pee', redFlag: emergencyFlag },
      {
        id: 'saddle-numbness',
        label: 'Numbness or tingling around my genitals, buttocks or back passage',
        redFlag: emergencyFlag,
      },
      { id: 'both-legs', label: 'Pain, tingling, weakness or numbness in both legs', redFlag: emergencyFlag },
      { id: 'chest-pain', label: 'Pain or tightness in my chest', redFlag: emergencyFlag },
      { id: 'short-of-breath', label: 'Shortness of breath along with the back pain', redFlag: emergencyFlag },
      { id: 'pain-to-arm-or-jaw', label: 'Pain spreading into an arm or my jaw', redFlag: emergencyFlag },
      {
        id: 'serious-accident',
        label: 'The pain started after a serious accident or a bad fall',
        redFlag: emergencyFlag,
      },
      noneOfThese,
    ],
  },
  {
    id: 'urgent-symptoms',
    kind: 'multiple',
    prompt: 'Do you have any of these?',
    hint: 'Tick every one that applies.',
    answers: [
      { id: 'fever', label: 'A high temperature, or I feel hot and shivery', redFlag: urgentFlag },
      { id: 'weight-loss', label: "I have lost weight and don't know why", redFlag: urgentFlag },
      { id: 'back-lump', label: 'A lump or swelling on my back, or my back has changed shape', redFlag: urgentFlag },
      { id: 'rest-or-night-pain', label: "Pain that doesn't ease when I rest, or is worse at night", redFlag: urgentFlag },
      {
        id: 'cough-sneeze-strain',
        label: 'Pain that gets worse when I cough, sneeze or strain on the toilet',
        redFlag: urgentFlag,
      },
      {
        id: 'top-of-back',
        label: "Pain high in my back, between my shoulders, that doesn't feel clearly like muscle soreness from training",
        redFlag: urgentFlag,
      },
      { id: 'cancer-history', label: 'I have had cancer', redFlag: urgentFlag },
      noneOfThese,
    ],
  },
  {
    id: 'see-someone-soon',
    kind: 'multiple',
    prompt: 'Do any of these apply to you?',
    hint: 'Tick every one that applies.',
    answers: [
      { id: 'one-leg', label: 'Pain spreading down one leg below the knee, or tingling in one leg', redFlag: soonFlag },
      { id: 'pain-persists', label: 'Real pain, not just soreness, that carries on after I stop', redFlag: soonFlag },
      {
        id: 'not-improving',
        label: "Pain that hasn't got better after a few weeks of looking after it myself",
        redFlag: soonFlag,
      },
      {
        id: 'known-condition',
        label: 'I have sciatica or another back condition',
        redFlag: { triage: 'see-doctor', outcome: KNOWN_CONDITION, endsQuiz: false },
      },
      noneOfThese,
    ],
  },

  // Habits and form
  {
    id: 'habits',
    kind: 'multiple',
    prompt: 'Which of these sound like you?',
    hint: 'Tick every one that applies.',
    answers: [
      { id: 'desk-hunched', label: 'I spend hours a day sitting hunched over, for example at a desk' },
      { id: 'chest-over-back', label: 'I train my chest far more than my upper back' },
      { id: 'already-tired', label: "I do push-ups at the end of a workout, when I'm already tired" },
      { id: 'more-reps', label: 'I did more push-ups than usual, or more than I can comfortably manage' },
      { id: 'no-warm-up', label: "I start push-ups without warming up" },
      noneOfThese,
    ],
  },
  {
    id: 'harder-variations',
    kind: 'multiple',
    prompt: 'Have you been doing any of these harder push-ups?',
    hint: 'Tick every one that applies.',
    answers: [
      { id: 'weighted', label: 'Weighted push-ups, with extra weight on my back' },
      { id: 'deficit', label: 'Deep push-ups, with my hands raised on a platform or a medicine ball' },
      { id: 'forward', label: 'Push-ups with my hands about 8 in (20 cm) in front of my shoulders' },
      { id: 'backward', label: 'Push-ups with my hands about 8 in (20 cm) behind my shoulders' },
      { id: 'diamond', label: 'Diamond push-ups, with my hands close together under my chest' },
      { id: 'none', label: 'None of these: only regular or knee push-ups', exclusive: true },
    ],
  },
  {
    id: 'form',
    kind: 'multiple',
    prompt: 'Have you noticed any of these while doing push-ups?',
    hint: 'If you are not sure, film a set from the side or ask someone to watch.',
    answers: [
      { id: 'hips-sag', label: 'My hips sag toward the floor' },
      { id: 'back-arch', label: 'My lower back arches' },
      { id: 'dropping', label: 'I drop toward the floor instead of lowering myself with control' },
      { id: 'hands-high', label: 'My hands end up too far forward, up toward my head' },
      { id: 'none', label: 'None of these, as far as I know', exclusive: true },
    ],
  },
  {
    id: 'shoulders',
    kind: 'multiple',
    prompt: 'About your shoulders: do any of these sound like you?',
    hint: 'Tick every one that applies.',
    // Only the upper back and neck articles talk about the shoulders' part in the pain.
    askIf: { where: ['upper-back', 'neck-shoulders'] },
    answers: [
      { id: 'no-retraction', label: "I don't pull my shoulders back and down before I start" },
      {
        id: 'rounded-shoulders',
        label: 'My shoulders roll forward, or my shoulder blades seem to stick out at the back',
      },
      { id: 'upper-back-tires', label: 'My upper back tires before my chest and arms do' },
      noneOfThese,
    ],
  },
];

/** Location and timing patterns shared by several causes. */
const upperDuring = { where: ['upper-back'], when: ['during', 'both'] } as const;
const upperAfter = { where: ['upper-back'], when: ['after', 'both'] } as const;
const lowerDuring = { where: ['lower-back'], when: ['during', 'both'] } as const;

export const outcomes: readonly Outcome[] = [
  // Referrals
  {
    id: EMERGENCY,
    triage: 'emergency',
    title: 'Get emergency help now',
    summary:
      'One or more of the symptoms you ticked can be a sign of a serious problem that needs checking straight away. This is not something push-up tips can help with.',
    actions: [
      'Call your local emergency number now, or go to your nearest emergency department.',
      'If you cannot call, ask someone near you to call for you.',
      'Do not wait to see whether it settles, and do not do any more push-ups.',
    ],
    cues: [],
    variations: [],
    signals: [],
    references: ['nhs-back-pain', 'nice-ng59'],
  },
  {
    id: URGENT,
    triage: 'see-doctor',
    title: 'Get an urgent appointment with a doctor',
    summary:
      'Something you ticked needs a doctor to check it soon, ideally today or tomorrow. It should not be put down to push-ups until a doctor has looked at it.',
    actions: [
      'Ask for an appointment with a doctor for today or tomorrow.',
      "If you can't get one, call your local urgent medical advice line.",
      'Hold off on push-ups and other hard exercise until you have been checked.',
      'If you get worse, or notice numbness around your genitals or buttocks, trouble peeing or weakness in both legs, call your local emergency number.',
    ],
    cues: [],
    variations: [],
    signals: [],
    references: ['nhs-back-pain', 'nice-ng59'],
  },
  {
    id: SOON,
    triage: 'see-doctor',
    title: 'See a doctor or physiotherapist',
    summary:
      'Real pain rather than mild soreness, pain or tingling down one leg, and pain that is not getting better are all worth having checked by a doctor or physiotherapist, not just treated with form tips.',
    actions: [
      'Book an appointment with a doctor or physiotherapist.',
      "Stop any exercise that hurts; don't try to push through pain.",
      'The likely causes below can help you describe what happens, but they do not replace being checked.',
      'If new symptoms appear, such as numbness around your genitals or weakness in both legs, call your local emergency number.',
    ],
    cues: [],
    variations: [],
    signals: [],
    references: ['nhs-back-pain', 'nice-ng59', 'truth-revealed', 'nasm-answer'],
  },
  {
    id: KNOWN_CONDITION,
    triage: 'see-doctor',
    title: 'Check with your doctor first',
    summary:
      'With sciatica or another back condition, whether push-ups are right for you depends on your own situation, so your doctor or physiotherapist is the best guide.',
    actions: [
      'Ask your doctor or physiotherapist whether push-ups suit you now, and follow their advice.',
      'If they say push-ups can help, start with an easy version and build up gradually.',
      'If they advise you to avoid push-ups, skip them.',
    ],
    cues: [],
    variations: [],
    signals: [],
    references: ['truth-revealed', 'good-for-back'],
  },

  // Self-care: likely causes. The first is the fallback when nothing else scored.
  {
    id: 'poor-technique',
    triage: 'self-care',
    title: 'Your technique may need work',
    summary:
      'Small errors in technique are the usual cause of back pain from push-ups: they make the wrong muscles work harder than they should. Dropping toward the floor, sagging hips and hands set too high are common ones. Done well, push-ups can strengthen your core and help your posture over time.',
    actions: [
      "Stop and check your form against the checklist before you carry on.",
      'Lower yourself slowly and under control rather than dropping.',
      'Drop back to an easier variation while you fix your form.',
      'If it hurts rather than aches, or the pain keeps coming back, stop and see a doctor or physiotherapist.',
    ],
    cues: ['lower-under-control', 'hips-level', 'hands-under-shoulders', 'straight-line-head-to-heels', 'brace-abs'],
    variations: ['knee'],
    signals: [
      { when: upperDuring, weight: 3 },
      { when: lowerDuring, weight: 2 },
      { when: { where: ['neck-shoulders'], when: ['during', 'both'] }, weight: 1 },
      { when: { where: ['elsewhere'] }, weight: 1 },
      { when: { form: ['dropping'] }, weight: DECISIVE },
    ],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back', 'nasm-answer'],
  },
  {
    id: 'hips-sagging',
    triage: 'self-care',
    title: 'Your hips may be sagging',
    summary:
      'Letting your hips sink as you lower puts extra pressure on your spine, especially your lower back, and that can cause pain during push-ups.',
    actions: [
      'Keep one straight line from your head to your heels, all the way down and up.',
      'Tighten your abs and squeeze your glutes to hold your hips up.',
      'Try knee push-ups until you can keep your hips level for every rep.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['hips-level', 'straight-line-head-to-heels', 'brace-abs', 'squeeze-glutes', 'hold-line-to-top'],
    variations: ['knee'],
    signals: [
      { when: lowerDuring, weight: 3 },
      { when: upperDuring, weight: 1 },
      { when: { form: ['hips-sag'] }, weight: DECISIVE },
    ],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back', 'nasm-answer'],
  },
  {
    id: 'over-arching',
    triage: 'self-care',
    title: 'Your lower back may be arching too much',
    summary:
      'Arching your lower back too far during push-ups can cause discomfort there. Bracing your stomach and glutes helps the right muscles do the work.',
    actions: [
      'Draw your belly button toward your spine and tighten your abs.',
      'Squeeze your glutes at the same time.',
      'Keep your body in one straight line, with no sag and no arch.',
      'If you feel pain rather than discomfort, stop; if it keeps hurting, see a doctor or physiotherapist.',
    ],
    cues: ['no-lower-back-arch', 'brace-abs', 'squeeze-glutes', 'straight-line-head-to-heels'],
    variations: ['knee'],
    signals: [
      { when: lowerDuring, weight: 2 },
      { when: { form: ['back-arch'] }, weight: DECISIVE },
    ],
    references: ['nasm-answer', 'good-for-back'],
  },
  {
    id: 'hand-placement',
    triage: 'self-care',
    title: 'Where you put your hands may be the cause',
    summary:
      'Hands set too high can cause trouble for your upper back. Hands about 8 in (20 cm) in front of or behind your shoulders make your lower-back muscles work harder, so hip form matters even more there.',
    actions: [
      'Set your hands in line with your shoulders and a little wider than them.',
      'Go back to standard push-ups while your back settles.',
      'If you do forward or backward push-ups, watch your hips on every rep.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['hands-under-shoulders', 'hands-slightly-wide', 'offset-hands-hip-form', 'hips-level'],
    variations: ['standard', 'knee'],
    signals: [
      { when: upperDuring, weight: 1 },
      { when: { form: ['hands-high'] }, weight: DECISIVE },
      { when: { 'harder-variations': ['forward', 'backward'] }, weight: DECISIVE },
    ],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back', 'nasm-answer'],
  },
  {
    id: 'shoulders-not-retracted',
    triage: 'self-care',
    title: 'You may not be setting your shoulders',
    summary:
      'Doing push-ups with your shoulders rounded forward can leave your upper back aching afterwards. Drawing them back and down first helps prevent that, and makes it easier to keep your elbows tucked.',
    actions: [
      'Before the first rep, pull your shoulders back and down, as if holding a tennis ball between your shoulder blades.',
      'Keep your elbows tucked in as you lower.',
      'Set your shoulders the same way before other pushing and pulling exercises too.',
      'If your upper back hurts rather than aches after push-ups, see a doctor to rule out an injury.',
    ],
    cues: ['shoulders-back-and-down', 'elbows-tucked'],
    variations: [],
    signals: [
      { when: upperAfter, weight: 2 },
      { when: { where: ['upper-back'], when: ['during'] }, weight: 1 },
      { when: { where: ['neck-shoulders'] }, weight: 1 },
      { when: { shoulders: ['no-retraction'] }, weight: DECISIVE },
    ],
    references: ['upper-back-after', 'truth-revealed'],
  },
  {
    id: 'weak-upper-back',
    triage: 'self-care',
    title: 'Your upper back may be tiring first',
    summary:
      'If your upper back muscles are weaker than the others push-ups use, they tire sooner, and you may feel discomfort there as they struggle to keep up.',
    actions: [
      'Train your upper back, not only your chest.',
      'Do fewer reps, or an easier variation, so your upper back can keep up.',
      'If your upper back feels uncomfortable mid-set, stop and check your form before you carry on.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['shoulders-back-and-down', 'reps-within-fitness', 'lower-under-control'],
    variations: ['knee'],
    signals: [
      { when: upperDuring, weight: 2 },
      { when: { shoulders: ['upper-back-tires'] }, weight: DECISIVE },
    ],
    references: ['truth-revealed', 'upper-back-after', 'nasm-answer'],
  },
  {
    id: 'desk-posture',
    triage: 'self-care',
    title: 'Your everyday posture may be behind it',
    summary:
      'Hours a day with your shoulders rounded forward, for example hunched over a computer, are a common reason the upper back hurts after push-ups. A workout alone will not undo that, and posture takes time to change.',
    actions: [
      'Work on your posture during the day, not just in your workouts.',
      'Train your upper back, not only your chest.',
      'Pull your shoulders back and down before every push-up set.',
      'Expect this to take weeks of steady work, not a few days.',
      'If your upper back hurts rather than aches after push-ups, see a doctor to rule out an injury.',
    ],
    cues: ['shoulders-back-and-down', 'elbows-tucked'],
    variations: [],
    signals: [
      { when: upperAfter, weight: 2 },
      { when: { where: ['neck-shoulders'] }, weight: 2 },
      { when: { habits: ['desk-hunched'] }, weight: DECISIVE },
    ],
    references: ['upper-back-after', 'truth-revealed'],
  },
  {
    id: 'tight-pec-minor',
    triage: 'self-care',
    title: 'A tight pec minor may be pulling your shoulders forward',
    summary:
      'The pec minor is a small muscle under your main chest muscle. When it is tight it pulls your shoulder blade down and forward, which can make your shoulder blades seem to stick out. Poor posture can affect it too.',
    actions: [
      'Before push-ups, use static manual release on your pec minor to loosen the tissue around it.',
      'Keep doing it regularly; it is not a one-off fix.',
      'Pull your shoulders back and down before each set.',
      'If your upper back hurts rather than aches after push-ups, see a doctor to rule out an injury.',
    ],
    cues: ['shoulders-back-and-down'],
    variations: [],
    signals: [
      { when: upperAfter, weight: 1 },
      { when: { habits: ['desk-hunched'] }, weight: 2 },
      { when: { shoulders: ['rounded-shoulders'] }, weight: DECISIVE },
    ],
    references: ['upper-back-after', 'truth-revealed'],
  },
  {
    id: 'shoulder-muscle-imbalance',
    triage: 'self-care',
    title: 'Some shoulder muscles may be doing too much',
    summary:
      'Two small muscles, the levator scapulae (at the back and side of your neck) and the rhomboid minor (between your shoulder blade and spine), can end up doing more of the work than your upper traps. Training your chest far more than your upper back, or rounded shoulders, is a usual reason.',
    actions: [
      'Balance your training: work your upper back and traps, not just your chest.',
      'Work on your posture so your shoulders are not rolled forward.',
      'Pull your shoulders back and down before each set.',
      'If your upper back hurts rather than aches after push-ups, see a doctor to rule out an injury.',
    ],
    cues: ['shoulders-back-and-down', 'elbows-tucked'],
    variations: [],
    signals: [
      { when: upperAfter, weight: 1 },
      { when: { where: ['neck-shoulders'] }, weight: 2 },
      { when: { habits: ['desk-hunched'] }, weight: 1 },
      { when: { shoulders: ['rounded-shoulders'] }, weight: 2 },
      { when: { habits: ['chest-over-back'] }, weight: DECISIVE },
    ],
    references: ['upper-back-after', 'truth-revealed'],
  },
  {
    id: 'muscle-fatigue',
    triage: 'self-care',
    title: 'Your muscles may just be tired and recovering',
    summary:
      'After a workout, hard-worked muscles can feel uncomfortable while they repair, and that can be completely normal. Tired muscles can give mild discomfort, but they should not cause pain.',
    actions: [
      'Give your muscles time to rest and recover before your next session.',
      'Keep your reps to what your fitness allows, and build up gradually.',
      'If you are sure it is pain, not mild discomfort, see a doctor to rule out an injury.',
    ],
    cues: ['reps-within-fitness', 'warm-up-first'],
    variations: [],
    signals: [
      { when: { when: ['after'], feeling: ['mild-ache'] }, weight: 4 },
      { when: { when: ['both'], feeling: ['mild-ache'] }, weight: 1 },
    ],
    references: ['truth-revealed'],
  },
  {
    id: 'too-many-reps',
    triage: 'self-care',
    title: 'You may be doing more than your body is ready for',
    summary:
      'Doing more push-ups than your current fitness can handle can add to back pain. With good technique, a warm-up and a suitable amount, push-ups should not hurt your back.',
    actions: [
      'Cut back to a number of reps you can do with good form.',
      'Build up gradually as you get stronger.',
      'Rest between sessions so your muscles can recover.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['reps-within-fitness', 'progress-gradually'],
    variations: ['knee'],
    signals: [{ when: { habits: ['more-reps'] }, weight: DECISIVE }],
    references: ['truth-revealed', 'good-for-back', 'nasm-answer'],
  },
  {
    id: 'training-when-tired',
    triage: 'self-care',
    title: 'You may be doing push-ups when already tired',
    summary:
      'When you are already worn out from your workout, your technique slips more easily, and small errors in technique are the usual cause of back pain from push-ups.',
    actions: [
      'Do your push-ups early in your session, while you are fresh.',
      'Stop the set when your form starts to slip.',
      'Rest well between sessions.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['do-them-fresh', 'lower-under-control', 'hips-level'],
    variations: [],
    signals: [{ when: { habits: ['already-tired'] }, weight: DECISIVE }],
    references: ['truth-revealed', 'nasm-answer'],
  },
  {
    id: 'no-warm-up',
    triage: 'self-care',
    title: 'You may be skipping your warm-up',
    summary:
      'Warming up gets more blood to your muscles before they work, and being properly warmed up is part of keeping push-ups from hurting your back.',
    actions: [
      'Warm up before your first set.',
      'Do some gentle stretches after exercising to help your muscles recover.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['warm-up-first'],
    variations: [],
    signals: [{ when: { habits: ['no-warm-up'] }, weight: DECISIVE }],
    references: ['gym-exercises', 'truth-revealed', 'nasm-answer'],
  },
  {
    id: 'weighted-too-soon',
    triage: 'self-care',
    title: 'Weighted push-ups may have come too soon',
    summary:
      'Extra weight on your back adds stress to it. Once you are properly prepared, weighted push-ups are fine, but tried too soon they are much more likely to hurt your back.',
    actions: [
      'Drop the weight and go back to regular push-ups for now.',
      'Build a strong base of regular push-ups with good form before adding weight again.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['master-regular-first', 'weighted-hold-line', 'hips-level'],
    variations: ['standard', 'knee'],
    signals: [{ when: { 'harder-variations': ['weighted'] }, weight: DECISIVE }],
    references: ['truth-revealed', 'nasm-answer'],
  },
  {
    id: 'deep-too-soon',
    triage: 'self-care',
    title: 'Deep push-ups may have come too soon',
    summary:
      'With your hands raised on a platform, you lower further and your back muscles work harder. That extra stress raises the risk of injury, so deep push-ups are best left until you are very experienced with regular ones.',
    actions: [
      'Go back to regular push-ups on the floor for now.',
      'Build a strong base of regular push-ups before you add depth again.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['master-regular-first', 'deficit-control-depth', 'lower-under-control'],
    variations: ['standard', 'knee'],
    signals: [{ when: { 'harder-variations': ['deficit'] }, weight: DECISIVE }],
    references: ['truth-revealed', 'nasm-answer'],
  },
  {
    id: 'diamond-shoulders',
    triage: 'self-care',
    title: 'Diamond push-ups may be straining your shoulders',
    summary:
      'Diamond push-ups are usually no harder on your back than regular ones, but they can be hard on your shoulders. A sore or injured shoulder can shift extra stress onto your back.',
    actions: [
      'Switch to regular push-ups if your shoulders start to hurt.',
      'Pull your shoulders back and down and keep your elbows tucked.',
      'If it hurts rather than aches, or the pain keeps going, stop and see a doctor or physiotherapist.',
    ],
    cues: ['diamond-shoulder-check', 'shoulders-back-and-down', 'elbows-tucked'],
    variations: ['standard'],
    signals: [
      // Weak on its own: the back risk of diamond push-ups is about the same as regular ones.
      { when: { 'harder-variations': ['diamond'] }, weight: 2 },
      { when: { 'harder-variations': ['diamond'], where: ['upper-back', 'neck-shoulders'] }, weight: 2 },
    ],
    references: ['truth-revealed', 'nasm-answer'],
  },
];

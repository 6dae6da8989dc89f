/**
 * The English self-check: its questions, in the order they are asked, and the outcomes
 * they lead to.
 *
 * Order is a safety rule: the emergency questions come first, then the urgent ones, the
 * age check and the "see someone soon" ones (all always asked, never behind an `askIf`),
 * and only then where, when and how it hurts, and the habit and form questions. Every
 * red-flag answer ends the quiz with a referral of its own level, and a referral is all
 * the result shows: who to see, how soon, what to do meanwhile and what to tell them.
 *
 * Self-care causes are ranked by their `signals` and hidden when the answers rule them
 * out (`requires`). Where and when give small weights (1 to 4); each habit or form answer
 * gives its own cause `DECISIVE`, more than any cause can collect from the small weights,
 * so ticking a habit puts its cause first.
 *
 * Emergency and urgent wording never names a country's number: wherever a referral says to
 * call, it writes `{emergency}` or `{urgent}`, and the element fills in the page's own
 * number (a `tel:` link) or words that name none ("your local emergency number").
 *
 * Self-care causes fit the answers: a cause the sources tie to the upper back needs
 * `where: upper-back` in every `requires` entry, one they tie to pain after push-ups needs
 * `when: after or both`, and a cause that names a form mistake (in its text or its cues)
 * requires that mistake ticked, so a reader who ruled it out never reads it.
 */
import type { Outcome, Question, RedFlag } from '../types.js';

/** Weight of a habit or form answer for its own cause: beats any mix of the small weights. */
const DECISIVE = 10;

/** Outcome ids the red-flag answers lead to. */
const EMERGENCY = 'emergency-help';
const URGENT = 'urgent-appointment';
const SOON = 'see-professional-soon';
const KNOWN_CONDITION = 'ask-your-doctor-first';
const UNDER_16 = 'under-16-see-doctor';
const OUTSIDE = 'outside-this-check';

const emergencyFlag: RedFlag = { triage: 'emergency', outcome: EMERGENCY, endsQuiz: true };
const urgentFlag: RedFlag = { triage: 'see-doctor', outcome: URGENT, endsQuiz: true };
const soonFlag: RedFlag = { triage: 'see-doctor', outcome: SOON, endsQuiz: true };
const referTo = (outcome: string): RedFlag => ({ triage: 'see-doctor', outcome, endsQuiz: true });

const noneOfThese = { id: 'none', label: 'None of these', exclusive: true } as const;

export const questions: readonly Question[] = [
  // Emergency red flags: always asked, and first
  {
    id: 'emergency-symptoms',
    kind: 'multiple',
    prompt: 'Along with your back pain, do you have any of these?',
    hint: 'Some of these can feel awkward to think about, but they matter. Tick every one that applies.',
    answers: [
      { id: 'bladder-bowel-control', label: 'I have lost control of my bladder or bowels', redFlag: emergencyFlag },
      { id: 'difficulty-peeing', label: 'I am finding it hard to pee', redFlag: emergencyFlag },
      {
        id: 'saddle-numbness',
        label: 'Numbness or tingling around my genitals, buttocks or back passage (anus)',
        redFlag: emergencyFlag,
      },
      { id: 'erection-problems', label: 'I can no longer get or keep an erection, and this is new', redFlag: emergencyFlag },
      { id: 'both-legs', label: 'Pain, tingling, weakness or numbness in both legs', redFlag: emergencyFlag },
      noneOfThese,
    ],
  },
  {
    id: 'chest-symptoms',
    kind: 'multiple',
    prompt: 'And do you have any of these?',
    hint: 'Being out of breath for a minute or two after a set is normal; breathlessness that does not settle when you rest is not. Tick every one that applies.',
    answers: [
      { id: 'chest-pain', label: 'Pain or tightness in my chest', redFlag: emergencyFlag },
      {
        id: 'tearing-pain',
        // It can follow heavy exertion: said here, so pain that began mid-set is not put down to the workout.
        label:
          'Sudden, severe pain in my chest or upper back, between my shoulder blades, that feels tearing or ripping (it can start during or after exercise)',
        redFlag: emergencyFlag,
      },
      { id: 'breathless-at-rest', label: 'Breathlessness that does not settle when I rest', redFlag: emergencyFlag },
      { id: 'pain-to-arm-or-jaw', label: 'Pain spreading into an arm or my jaw', redFlag: emergencyFlag },
      {
        id: 'serious-accident',
        label: 'The pain started after a serious accident or a bad fall',
        redFlag: emergencyFlag,
      },
      noneOfThese,
    ],
  },

  // Urgent red flags
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
      { id: 'one-leg-worsening', label: 'Weakness or numbness in one leg that is getting worse', redFlag: urgentFlag },
      noneOfThese,
    ],
  },
  {
    id: 'health-history',
    kind: 'multiple',
    prompt: 'Do any of these apply to your health?',
    hint: 'Tick every one that applies.',
    answers: [
      { id: 'cancer-history', label: 'I have had cancer', redFlag: urgentFlag },
      { id: 'long-term-steroids', label: 'I have taken steroid medicines for a long time', redFlag: urgentFlag },
      {
        id: 'weak-immune-system',
        label: 'My immune system is weakened, by an illness or by medicine',
        redFlag: urgentFlag,
      },
      { id: 'osteoporosis', label: 'I have osteoporosis (bones that have become weak and break easily)', redFlag: urgentFlag },
      noneOfThese,
    ],
  },

  // Who the check is for
  {
    id: 'age',
    kind: 'single',
    prompt: 'How old are you?',
    hint: 'This self-check is written for people aged 16 and over.',
    answers: [
      { id: '16-or-over', label: '16 or over' },
      { id: 'under-16', label: 'Under 16', redFlag: referTo(UNDER_16) },
    ],
  },

  // "See someone soon" red flags
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
      { id: 'getting-worse', label: 'Pain that is getting worse', redFlag: soonFlag },
      {
        id: 'known-condition',
        label: 'I have sciatica or another back condition',
        redFlag: referTo(KNOWN_CONDITION),
      },
      noneOfThese,
    ],
  },

  // About the pain
  {
    id: 'where',
    kind: 'single',
    map: 'back',
    prompt: 'Where does it hurt?',
    hint: 'Pick the place where you feel it most.',
    answers: [
      { id: 'upper-back', label: 'Upper back, or between my shoulder blades' },
      { id: 'lower-back', label: 'Lower back' },
      { id: 'neck-shoulders', label: 'Neck and the tops of my shoulders', redFlag: referTo(OUTSIDE) },
      { id: 'elsewhere', label: 'Somewhere else', redFlag: referTo(OUTSIDE) },
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
    // Only the upper-back article talks about the shoulders' part in the pain.
    askIf: { where: ['upper-back'] },
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

/** A referral shows who to see and nothing from the self-care path. */
const referralOnly = { actions: [], cues: [], variations: [], signals: [] } as const;

/**
 * What every see-doctor referral says to do if things change before the appointment, as
 * two items: pain that is simply getting worse needs an urgent appointment or the urgent
 * advice line; any of this check's emergency signs, the chest ones as well as the nerve
 * ones, needs the emergency number now.
 */
const ifWorse = [
  'If your pain gets worse before your appointment, ask for an urgent appointment with a doctor, or call {urgent}.',
  'Call {emergency} now if you get chest pain or tightness, pain spreading into an arm or your jaw, sudden tearing pain between your shoulder blades, breathlessness that does not settle when you rest, numbness around your genitals, buttocks or back passage (anus), trouble peeing or loss of bladder or bowel control, or weakness or numbness in both legs.',
] as const;

export const outcomes: readonly Outcome[] = [
  // Referrals: the whole result when any red flag is ticked. Each title is the result's
  // banner when it is the only referral shown, so it says what the referral says.
  {
    id: EMERGENCY,
    triage: 'emergency',
    title: 'Get emergency help now',
    summary:
      'One or more of the symptoms you ticked can be a sign of a serious problem that needs checking straight away. This is not something push-up tips can help with.',
    ...referralOnly,
    referral: {
      urgency: 'emergency',
      who: 'Emergency services, or the nearest emergency department.',
      when: 'Now. Do not wait to see whether it settles.',
      meanwhile: [
        "Don't drive yourself: call {emergency}, or ask someone to take you to the emergency department.",
        'If you cannot phone, ask someone near you to call {emergency} for you.',
        'Stop exercising, and do no more push-ups.',
      ],
      tell: [
        'Which of these symptoms you have, and when each one started.',
        'That you have back pain, and whether it began during or after exercise, or after an accident or fall.',
      ],
    },
    references: ['nhs-back-pain', 'nice-ng59', 'aortic-dissection'],
  },
  {
    id: URGENT,
    triage: 'see-doctor',
    title: 'Get an urgent appointment with a doctor',
    summary:
      'Something you ticked needs a doctor to check it soon. It should not be put down to push-ups until a doctor has looked at it.',
    ...referralOnly,
    referral: {
      urgency: 'urgent',
      who: 'A doctor.',
      when: "Today or tomorrow. If you can't get an appointment, call {urgent}.",
      meanwhile: ['Stop push-ups and any other exercise that hurts until a doctor has checked you.', ...ifWorse],
      tell: [
        'Which of these you ticked, and when each one started.',
        'Where your back hurts, and that you do push-ups.',
        'Any medicines you take, and any illness you have had, such as cancer.',
      ],
    },
    references: ['nhs-back-pain', 'nice-ng59', 'aortic-dissection'],
  },
  {
    id: SOON,
    triage: 'see-doctor',
    title: 'See a doctor or physiotherapist soon',
    summary:
      'Pain or tingling down one leg, real pain rather than mild soreness, and pain that is not getting better or is getting worse are all worth having checked. Form tips are not the answer here.',
    ...referralOnly,
    referral: {
      urgency: 'soon',
      who: 'A doctor or a physiotherapist.',
      when: 'Book a routine appointment. It does not need to be today.',
      meanwhile: [
        "Stop push-ups and any other exercise that hurts; don't push through pain.",
        'Rest from push-ups, not from moving: stay as active as the pain allows, because long bed rest can slow recovery.',
        ...ifWorse,
      ],
      tell: [
        'Where it hurts, whether it spreads down a leg, and how long you have had it.',
        'Whether it is getting better, staying the same or getting worse.',
        'What you were doing when it started, such as push-ups.',
      ],
    },
    references: ['nhs-back-pain', 'nice-ng59', 'truth-revealed', 'nasm-answer', 'aortic-dissection'],
  },
  {
    id: KNOWN_CONDITION,
    triage: 'see-doctor',
    title: "Follow your own doctor's or physiotherapist's advice",
    summary:
      'With sciatica or another back condition, whether push-ups suit you depends on your own situation, so the doctor or physiotherapist who knows your condition is the best guide.',
    ...referralOnly,
    referral: {
      urgency: 'soon',
      who: 'The doctor or physiotherapist who knows your back condition.',
      when: 'Before you carry on with push-ups. A routine appointment is fine.',
      meanwhile: [
        'Follow the advice you have already been given for your condition.',
        'If they say push-ups can help, do them as they suggest; if they advise you to avoid them, skip them.',
        ...ifWorse,
      ],
      tell: [
        'Where your back hurts during or after push-ups.',
        'Whether it feels like your usual condition or different.',
      ],
    },
    references: ['truth-revealed', 'good-for-back', 'nhs-back-pain', 'aortic-dissection'],
  },
  {
    id: UNDER_16,
    triage: 'see-doctor',
    title: 'See a doctor',
    summary:
      'This self-check is written for people aged 16 and over. Back pain in anyone younger should be checked by a doctor, so ask a parent or another adult you trust to help you see one.',
    ...referralOnly,
    referral: {
      urgency: 'soon',
      who: 'A doctor, with a parent or an adult you trust.',
      when: 'Book an appointment. It does not need to be today.',
      meanwhile: ['Stop push-ups and any other exercise that hurts until a doctor has checked you.', ...ifWorse],
      tell: ['Where it hurts, when it started, and what you were doing, such as push-ups.'],
    },
    references: ['nice-ng59', 'nhs-back-pain', 'aortic-dissection'],
  },
  {
    id: OUTSIDE,
    triage: 'see-doctor',
    title: 'See a doctor or physiotherapist about this pain',
    summary:
      'This self-check covers pain in the upper or lower back only, so it does not cover pain in your neck or somewhere else. That pain can have other causes, so a doctor or physiotherapist should check it rather than this check guessing.',
    ...referralOnly,
    referral: {
      urgency: 'soon',
      who: 'A doctor or a physiotherapist.',
      when: 'Book a routine appointment.',
      meanwhile: ["Stop any exercise that hurts; don't push through pain.", ...ifWorse],
      tell: ['Where it hurts, when it started, and whether it comes on during or after push-ups.'],
    },
    references: ['nasm-answer', 'nhs-back-pain', 'aortic-dissection'],
  },

  // Self-care: things that may be adding to it, ranked by their signals
  {
    id: 'poor-technique',
    triage: 'self-care',
    title: 'Your technique may need work',
    // Names no particular mistake: it is also shown to readers who noticed none.
    summary:
      'Small errors in technique are easy to miss, and they can make the wrong muscles work harder than they should. Incorrect technique is the usual cause of lower-back pain during push-ups, and upper-back pain during them is often a sign that technique needs work. Done well, push-ups can strengthen your core and your posture over time.',
    actions: [
      'Stop and check your form against the checklist before you carry on.',
      'Film a set from the side, or ask someone to watch you, to spot errors you cannot feel.',
      'Go back to knee push-ups while you work on your form, and progress gradually.',
    ],
    cues: ['straight-line-head-to-heels', 'brace-abs'],
    variations: ['knee'],
    signals: [
      { when: upperDuring, weight: 3 },
      { when: lowerDuring, weight: 2 },
    ],
    // Pain during push-ups: technique is the usual cause. A mistake the reader noticed has its own cause.
    requires: [{ when: ['during', 'both'] }],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  {
    id: 'dropping-down',
    triage: 'self-care',
    title: 'You may be dropping instead of lowering',
    summary:
      'Dropping toward the floor, rather than lowering yourself under control, is one of the small technique errors that can make the wrong muscles work harder, and it can cause trouble for your upper back in particular.',
    actions: [
      'Lower yourself slowly and under control on every rep.',
      'Stop the set when you can no longer control the way down.',
      'Go back to knee push-ups until you can lower with control every time.',
    ],
    cues: ['lower-under-control', 'straight-line-head-to-heels'],
    variations: ['knee'],
    signals: [
      { when: upperDuring, weight: 2 },
      { when: lowerDuring, weight: 1 },
      { when: { form: ['dropping'] }, weight: DECISIVE },
    ],
    requires: [{ form: ['dropping'] }],
    references: ['truth-revealed', 'good-for-back'],
  },
  {
    id: 'hips-sagging',
    triage: 'self-care',
    title: 'Your hips may be sagging',
    summary:
      'Letting your hips sink as you lower puts extra stress on your spine, especially your lower back, and that can cause pain during push-ups.',
    actions: [
      'Keep one straight line from your head to your heels, all the way down and up.',
      'Tighten your stomach muscles to hold the line.',
      'Try knee push-ups until you can keep your hips level for every rep.',
    ],
    cues: ['hips-level', 'straight-line-head-to-heels', 'brace-abs'],
    variations: ['knee'],
    signals: [
      { when: lowerDuring, weight: 3 },
      { when: upperDuring, weight: 1 },
      { when: { form: ['hips-sag'] }, weight: DECISIVE },
    ],
    requires: [{ form: ['hips-sag'] }],
    references: ['truth-revealed', 'gym-exercises', 'good-for-back'],
  },
  {
    id: 'over-arching',
    triage: 'self-care',
    title: 'Your lower back may be arching too much',
    summary:
      'Arching your lower back too far during push-ups can cause discomfort there. Bracing your stomach and your glutes (buttock muscles) helps the right muscles do the work.',
    actions: [
      'Draw your belly button toward your spine and tighten your stomach muscles.',
      'Squeeze your glutes at the same time.',
      'Keep your body in one straight line from your head to your heels.',
    ],
    cues: ['no-lower-back-arch', 'brace-abs', 'squeeze-glutes', 'straight-line-head-to-heels'],
    variations: ['knee'],
    signals: [
      { when: lowerDuring, weight: 2 },
      { when: { form: ['back-arch'] }, weight: DECISIVE },
    ],
    requires: [{ form: ['back-arch'] }],
    references: ['nasm-answer', 'good-for-back'],
  },
  {
    id: 'hands-too-high',
    triage: 'self-care',
    title: 'Your hands may be too far forward',
    summary:
      'Setting your hands too high, up toward your head, is one of the small technique errors that can make the wrong muscles work harder, and it can cause trouble for your upper back in particular.',
    actions: [
      'Set your hands a little wider than your shoulders, and not too far forward.',
      'Film a set from the side, or ask someone to watch, to check where your hands land.',
    ],
    cues: ['hands-under-shoulders', 'hands-slightly-wide'],
    variations: [],
    signals: [
      { when: upperDuring, weight: 1 },
      { when: { form: ['hands-high'] }, weight: DECISIVE },
    ],
    requires: [{ form: ['hands-high'] }],
    references: ['truth-revealed', 'good-for-back'],
  },
  {
    id: 'hand-placement',
    triage: 'self-care',
    title: 'Forward or backward hand push-ups may be adding to it',
    summary:
      'With your hands about 8 in (20 cm) in front of or behind your shoulders, your lower-back muscles work harder than in a standard push-up, and back pain increases with these versions.',
    actions: [
      'Go back to standard push-ups while your back settles.',
      'If you go back to forward or backward push-ups later, watch your hips closely on every rep.',
    ],
    cues: ['offset-hands-hip-form', 'straight-line-head-to-heels'],
    variations: ['standard', 'knee'],
    signals: [
      { when: lowerDuring, weight: 1 },
      { when: { 'harder-variations': ['forward', 'backward'] }, weight: DECISIVE },
    ],
    // Only for readers who do these versions: the advice to go back to standard push-ups is about them.
    requires: [{ 'harder-variations': ['forward', 'backward'] }],
    references: ['gym-exercises'],
  },
  {
    id: 'shoulders-not-retracted',
    triage: 'self-care',
    title: 'You may not be setting your shoulders',
    summary:
      'Doing push-ups with your shoulders rounded forward can leave your upper back hurting. Drawing them back and down first helps prevent that, and makes it easier to keep your elbows tucked in.',
    actions: [
      'Before the first rep, pull your shoulders back and down, as if holding a tennis ball between your shoulder blades.',
      'Keep your elbows tucked in as you lower.',
      'Set your shoulders the same way before other pushing and pulling exercises too.',
    ],
    cues: ['shoulders-back-and-down', 'elbows-tucked'],
    variations: [],
    signals: [
      { when: upperAfter, weight: 2 },
      { when: { where: ['upper-back'], when: ['during'] }, weight: 1 },
      { when: { shoulders: ['no-retraction'] }, weight: DECISIVE },
    ],
    requires: [{ where: ['upper-back'], shoulders: ['no-retraction'] }],
    references: ['upper-back-after'],
  },
  {
    id: 'weak-upper-back',
    triage: 'self-care',
    title: 'Your upper back may be tiring first',
    summary:
      'If your upper-back muscles are weaker than the other muscles push-ups use, they tire sooner, and you may feel pain and discomfort there as they struggle to keep up.',
    actions: [
      'Train your upper back, not only your chest.',
      'If your upper back hurts mid-set, stop and check your form before you carry on.',
    ],
    cues: ['shoulders-back-and-down', 'reps-within-fitness'],
    variations: ['knee'],
    signals: [
      { when: upperDuring, weight: 2 },
      { when: { shoulders: ['upper-back-tires'] }, weight: DECISIVE },
    ],
    requires: [{ where: ['upper-back'], shoulders: ['upper-back-tires'] }],
    references: ['truth-revealed', 'upper-back-after'],
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
      'Expect this to take steady work over time, not a few days.',
    ],
    cues: ['shoulders-back-and-down', 'elbows-tucked'],
    variations: [],
    signals: [
      { when: upperAfter, weight: 2 },
      { when: { habits: ['desk-hunched'] }, weight: DECISIVE },
    ],
    // The source ties it to upper-back pain after push-ups.
    requires: [
      { ...upperAfter, habits: ['desk-hunched'] },
      { ...upperAfter, shoulders: ['rounded-shoulders'] },
    ],
    references: ['upper-back-after'],
  },
  {
    id: 'tight-pec-minor',
    triage: 'self-care',
    title: 'A tight chest muscle may be pulling your shoulders forward',
    summary:
      'The pec minor is a small muscle under your main chest muscle. When it is tight it pulls your shoulder blade down and forward, which can make your shoulder blades seem to stick out at the back. Poor posture can tighten it.',
    actions: [
      'Ask a physiotherapist to show you a gentle way to stretch or loosen your pec minor before push-ups.',
      'Keep at it regularly: it is not a one-off fix.',
      'Pull your shoulders back and down before each set.',
    ],
    cues: ['shoulders-back-and-down'],
    variations: [],
    signals: [
      { when: upperAfter, weight: 1 },
      { when: { habits: ['desk-hunched'] }, weight: 2 },
      { when: { shoulders: ['rounded-shoulders'] }, weight: DECISIVE },
    ],
    requires: [{ ...upperAfter, shoulders: ['rounded-shoulders'] }],
    references: ['upper-back-after'],
  },
  {
    id: 'shoulder-muscle-imbalance',
    triage: 'self-care',
    title: 'Some shoulder muscles may be doing too much',
    summary:
      'Two small muscles, one at the back and side of your neck (the levator scapulae) and one between your shoulder blade and your spine (the rhomboid minor), can end up doing more of the work than your upper trapezius, the muscle across the top of your shoulders. Training your chest far more than your upper back, or rounded shoulders, is a usual reason.',
    actions: [
      'Balance your training: work your upper back and the tops of your shoulders, not just your chest.',
      'Work on your posture so your shoulders are not rolled forward.',
      'Pull your shoulders back and down before each set.',
    ],
    cues: ['shoulders-back-and-down', 'elbows-tucked'],
    variations: [],
    signals: [
      { when: upperAfter, weight: 1 },
      { when: { habits: ['desk-hunched'] }, weight: 1 },
      { when: { shoulders: ['rounded-shoulders'] }, weight: 2 },
      { when: { habits: ['chest-over-back'] }, weight: DECISIVE },
    ],
    requires: [
      { ...upperAfter, habits: ['chest-over-back'] },
      { ...upperAfter, shoulders: ['rounded-shoulders'] },
    ],
    references: ['upper-back-after'],
  },
  {
    id: 'muscle-fatigue',
    triage: 'self-care',
    title: 'Your muscles may just be tired and recovering',
    summary:
      'After a workout, hard-worked muscles can feel uncomfortable while they repair, and that may be completely normal. Tired muscles can give mild discomfort, but they should not cause pain.',
    actions: [
      'Give your muscles time to rest and recover before your next session.',
      'Keep your reps to what your fitness allows.',
    ],
    cues: ['reps-within-fitness', 'warm-up-first'],
    variations: [],
    signals: [
      { when: { when: ['after'], feeling: ['mild-ache'] }, weight: 4 },
      { when: { when: ['both'], feeling: ['mild-ache'] }, weight: 1 },
    ],
    requires: [{ when: ['after', 'both'] }],
    references: ['truth-revealed'],
  },
  {
    id: 'too-many-reps',
    triage: 'self-care',
    title: 'You may be doing more than your body is ready for',
    summary: 'Doing more push-ups than your current fitness can handle can add to back pain.',
    actions: [
      'Cut back to a number of reps you can do with good form.',
      'Build up gradually as you get stronger.',
      'Rest between sessions so your muscles can recover.',
    ],
    cues: ['reps-within-fitness', 'progress-gradually'],
    variations: ['knee'],
    signals: [{ when: { habits: ['more-reps'] }, weight: DECISIVE }],
    requires: [{ habits: ['more-reps'] }],
    references: ['truth-revealed', 'good-for-back'],
  },
  {
    id: 'training-when-tired',
    triage: 'self-care',
    title: 'You may be doing push-ups when already tired',
    summary:
      'When you are already worn out from your workout, it is easy for your technique to slip, and small errors in technique can lead to back pain.',
    actions: [
      'Do your push-ups early in your session, while you are fresh.',
      'Stop the set when your form starts to slip.',
      'Rest well between sessions.',
    ],
    cues: ['do-them-fresh', 'rest-between-workouts'],
    variations: [],
    signals: [{ when: { habits: ['already-tired'] }, weight: DECISIVE }],
    requires: [{ habits: ['already-tired'] }],
    references: ['truth-revealed'],
  },
  {
    id: 'no-warm-up',
    triage: 'self-care',
    title: 'You may be skipping your warm-up',
    summary:
      'Warming up gets more blood to your muscles before they work, and being properly warmed up is part of keeping push-ups from hurting your back.',
    actions: ['Warm up before your first set.', 'Do some gentle stretches after exercising to help your muscles recover.'],
    cues: ['warm-up-first'],
    variations: [],
    signals: [{ when: { habits: ['no-warm-up'] }, weight: DECISIVE }],
    requires: [{ habits: ['no-warm-up'] }],
    references: ['gym-exercises', 'truth-revealed'],
  },
  {
    id: 'weighted-too-soon',
    triage: 'self-care',
    title: 'Weighted push-ups may have come too soon',
    summary:
      'Extra weight on your back adds stress to it. Once you are properly prepared, weighted push-ups are not bad for your back, but tried too soon they are much more likely to be.',
    actions: [
      'Take the weight off and go back to regular push-ups for now.',
      'Build a strong base of regular push-ups before adding weight again.',
    ],
    cues: ['master-regular-first', 'progress-gradually'],
    variations: ['standard', 'knee'],
    signals: [{ when: { 'harder-variations': ['weighted'] }, weight: DECISIVE }],
    requires: [{ 'harder-variations': ['weighted'] }],
    references: ['truth-revealed'],
  },
  {
    id: 'deep-too-soon',
    triage: 'self-care',
    title: 'Deep push-ups may have come too soon',
    summary:
      'With your hands raised on a platform, you lower further and your back muscles work harder. That extra stress can raise the risk of injury, so deep push-ups are best left until you are highly experienced with regular ones.',
    actions: [
      'Go back to regular push-ups on the floor for now.',
      'Build a strong base of regular push-ups before you add depth again.',
    ],
    cues: ['master-regular-first', 'progress-gradually'],
    variations: ['standard', 'knee'],
    signals: [{ when: { 'harder-variations': ['deficit'] }, weight: DECISIVE }],
    requires: [{ 'harder-variations': ['deficit'] }],
    references: ['truth-revealed'],
  },
  {
    id: 'diamond-shoulders',
    triage: 'self-care',
    title: 'Diamond push-ups may be straining your shoulders',
    summary:
      'Diamond push-ups are usually no worse for your back than regular ones, though not risk-free, but they are not always kind to your shoulders. A hurt shoulder can shift extra stress onto your back.',
    actions: ['Switch to regular push-ups if your shoulders start to hurt.', 'Pull your shoulders back and down before each set.'],
    cues: ['shoulders-back-and-down', 'elbows-tucked'],
    variations: ['standard'],
    signals: [
      // Weak on its own: the back risk of diamond push-ups is about the same as regular ones.
      { when: { 'harder-variations': ['diamond'] }, weight: 2 },
      { when: { 'harder-variations': ['diamond'], where: ['upper-back'] }, weight: 2 },
    ],
    requires: [{ 'harder-variations': ['diamond'] }],
    references: ['truth-revealed', 'upper-back-after'],
  },

  // Shown with every self-care result, after the causes
  {
    id: 'keep-moving',
    triage: 'self-care',
    general: true,
    title: 'Keep moving, and stop if it hurts',
    summary:
      'Most back pain gets better within a few weeks. Rest from push-ups, not from moving: staying as active as the pain allows helps, and long bed rest can slow recovery.',
    actions: [
      'Stop any exercise that hurts. Working muscles can feel uncomfortable, but exercise should not hurt.',
      'If the pain has not improved after a few weeks, is getting worse, or new symptoms appear, see a doctor or physiotherapist.',
    ],
    cues: [],
    variations: [],
    signals: [],
    references: ['nhs-back-pain', 'nice-ng59', 'nasm-answer'],
  },
];

/**
 * The typed content model shared by every element and the quiz engine.
 *
 * Content is data, not markup: every sentence the widgets show lives in a value of
 * these types, is rendered as text (never HTML), and names the references it rests on.
 * Ids are stable kebab-case strings; they are the public contract for events,
 * persistence and content overrides.
 */

/** A stable kebab-case identifier, e.g. `hips-level`. */
export type Id = string;

/** Three-step rating used for back and shoulder risk. */
export type RiskLevel = 'low' | 'moderate' | 'high';

/** The phases a push-up checklist is grouped by, in the order they are shown. */
export type PhaseId = 'setup' | 'lowering' | 'pressing' | 'every-set';

/**
 * Where a quiz result sends the reader, from most to least urgent:
 * `emergency` (call the local emergency number now), `see-doctor` (book an
 * appointment), `self-care` (likely causes and what to try).
 */
export type Triage = 'emergency' | 'see-doctor' | 'self-care';

/** A published source that content items cite by `id`. */
export interface Reference {
  id: Id;
  /** Title as the source gives it. */
  title: string;
  /** Who publishes it, as the source shows it. */
  publisher: string;
  /** Public address, where the source has a stable one. */
  url?: string;
}

/** A group of form cues in the checklist. */
export interface Phase {
  id: PhaseId;
  /** Short heading, e.g. "Setup". */
  label: string;
}

/** One thing to check in a push-up. */
export interface FormCue {
  id: Id;
  phase: PhaseId;
  /** The cue itself, one short imperative sentence. */
  text: string;
  /** Why it matters, one or two sentences. */
  why: string;
  /** The common mistake this cue prevents. */
  mistake: string;
  /**
   * The variations this cue applies to: `'all'`, or a list of variation ids (a cue of a
   * variation's own, such as the knee push-up's body line).
   */
  variations: 'all' | readonly Id[];
  /** Reference ids this cue rests on; at least one. */
  references: readonly Id[];
}

/** One rated risk (back or shoulder) of a variation, with the reason for the rating. */
export interface RiskRating {
  level: RiskLevel;
  /** Why the rating is what it is, in one or two sentences. */
  reason: string;
  references: readonly Id[];
}

/** A push-up variation, shown by `<variation-risk-card>`. */
export interface Variation {
  id: Id;
  /** Display name, e.g. "Diamond push-up". */
  name: string;
  /** One-line summary. */
  summary: string;
  backRisk: RiskRating;
  shoulderRisk: RiskRating;
  /** Muscles worked, most worked first. */
  muscles: readonly string[];
  /** Who it suits. */
  suits: readonly string[];
  /** Who should skip it. */
  skipIf: readonly string[];
  /** Ids of the form cues that matter most for this variation. */
  keyCues: readonly Id[];
  /** Ids of easier neighbours (a regression), easiest-first; may be empty. */
  easier: readonly Id[];
  /** Ids of harder neighbours (a progression); may be empty. */
  harder: readonly Id[];
  references: readonly Id[];
}

/** One choice of a quiz question. */
export interface Answer {
  id: Id;
  label: string;
  /**
   * In a multiple-choice question, an answer such as "None of these" that cannot be
   * combined with the others.
   */
  exclusive?: boolean;
  /**
   * A symptom that must reach a clinician. `outcome` is the referral outcome it leads
   * to; `endsQuiz` ends the quiz at once (emergency and urgent flags) rather than
   * carrying on to the habit questions (a "see someone soon" symptom).
   */
  redFlag?: {
    triage: Exclude<Triage, 'self-care'>;
    outcome: Id;
    endsQuiz: boolean;
  };
}

/**
 * A condition on earlier answers: every listed question must have been answered with
 * one of the listed answer ids.
 */
export type AnswerMatch = Readonly<Record<Id, readonly Id[]>>;

/** One step of the self-check. */
export interface Question {
  id: Id;
  /** `single`: radios, exactly one answer. `multiple`: checkboxes, at least one. */
  kind: 'single' | 'multiple';
  /** The question as shown in the step's legend. */
  prompt: string;
  /** Optional help shown under the legend. */
  hint?: string;
  answers: readonly Answer[];
  /** Ask only when earlier answers match; always asked when absent. */
  askIf?: AnswerMatch;
}

/**
 * One way answers raise an outcome's rank: when every question in `when` was answered
 * with one of the listed answers, `weight` is added to the outcome's score.
 */
export interface Signal {
  when: AnswerMatch;
  weight: number;
}

/**
 * A quiz result item: either a referral (triage `emergency` or `see-doctor`), or a
 * likely cause with what to try (triage `self-care`).
 */
export interface Outcome {
  id: Id;
  triage: Triage;
  /** Short heading, e.g. "Your hips may be sagging". */
  title: string;
  /** What this means for the reader, one to three sentences. */
  summary: string;
  /** What to do or try, one action per item. */
  actions: readonly string[];
  /** Checklist cue ids worth checking. */
  cues: readonly Id[];
  /** Easier variation ids worth trying. */
  variations: readonly Id[];
  /** Answer patterns that point to this outcome; used to rank self-care causes. */
  signals: readonly Signal[];
  references: readonly Id[];
}

/**
 * Every UI string the elements show, per locale. Values may hold `{name}` placeholders,
 * filled by `formatString()`.
 */
export interface LocaleStrings {
  // Shared
  /** Heading of the list of sources at the foot of each element. */
  sourcesHeading: string;
  /** Console/visible message when content given to an element is invalid. */
  invalidContent: string;

  // <pushup-form-checklist>
  checklistHeading: string;
  /** `{checked}` and `{total}`. */
  checklistProgress: string;
  checklistComplete: string;
  checklistReset: string;
  checklistWhy: string;
  checklistMistake: string;
  /** `{variation}` is the variation's name. */
  checklistForVariation: string;

  // <back-pain-quiz>
  quizHeading: string;
  quizIntro: string;
  quizStart: string;
  /** `{current}` and `{total}`. */
  quizProgress: string;
  quizNext: string;
  quizBack: string;
  quizSeeResult: string;
  quizPickOne: string;
  quizPickAtLeastOne: string;
  quizResultHeading: string;
  quizEmergencyTitle: string;
  /** Shown when no `emergency-number` is set: names no country's number. */
  quizEmergencyCallLocal: string;
  /** `{number}` is the page's emergency number, shown as a `tel:` link. */
  quizEmergencyCallNumber: string;
  quizSeeDoctorTitle: string;
  quizSelfCareTitle: string;
  quizLikelyCauses: string;
  quizWhatToTry: string;
  quizCuesToCheck: string;
  quizEasierVariations: string;
  quizNotAdvice: string;
  quizRestart: string;
  quizPrint: string;

  // <variation-risk-card>
  cardBackRisk: string;
  cardShoulderRisk: string;
  cardRiskLow: string;
  cardRiskModerate: string;
  cardRiskHigh: string;
  cardMuscles: string;
  cardSuits: string;
  cardSkipIf: string;
  cardKeyCues: string;
  /** `{name}` is the easier variation's name. */
  cardEasier: string;
  /** `{name}` is the harder variation's name. */
  cardHarder: string;
  /** `{id}` is the unknown id, `{known}` the list of known ids. */
  cardUnknown: string;
  cardMissing: string;
  /** Heading over the buttons to a variation's easier and harder neighbours. */
  cardNeighbours: string;
  /**
   * Announced politely after the card switches to a neighbour while focus stays on a
   * button. `{name}` is the variation now shown.
   */
  cardShowing: string;
}

/** The whole content of one locale. */
export interface Content {
  /** BCP 47 language tag of this content, e.g. `en`. */
  locale: string;
  strings: LocaleStrings;
  references: readonly Reference[];
  phases: readonly Phase[];
  cues: readonly FormCue[];
  variations: readonly Variation[];
  /** Questions in the order they are asked; red flags before habits. */
  questions: readonly Question[];
  outcomes: readonly Outcome[];
}

/**
 * An item in a patch: an existing id with the fields to change, or a whole new item.
 * Nested lists of items with ids (a question's answers) are patched by id too, and
 * nested records (a risk rating) field by field.
 */
export type ItemPatch<T extends { id: Id }> = { id: Id } & {
  [K in Exclude<keyof T, 'id'>]?: FieldPatch<T[K]>;
};

/** How one field of an item is patched; see `ItemPatch`. */
export type FieldPatch<V> = V extends readonly (infer U)[]
  ? U extends { id: Id }
    ? readonly ItemPatch<U>[]
    : V
  : V extends object
    ? Partial<V>
    : V;

/**
 * A partial content that is merged over the defaults: strings by key, items by id. An
 * item with a known id changes only the fields given; an item with a new id is added and
 * must be complete. A translation is a patch of text fields.
 */
export interface ContentPatch {
  locale?: string;
  strings?: Partial<LocaleStrings>;
  references?: readonly ItemPatch<Reference>[];
  phases?: readonly ItemPatch<Phase>[];
  cues?: readonly ItemPatch<FormCue>[];
  variations?: readonly ItemPatch<Variation>[];
  questions?: readonly ItemPatch<Question>[];
  outcomes?: readonly ItemPatch<Outcome>[];
}

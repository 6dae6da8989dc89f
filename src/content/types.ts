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
 * `emergency` (call the local emergency number now), `see-doctor` (an urgent or a
 * routine appointment), `self-care` (things that may be adding to it, and what to try).
 */
export type Triage = 'emergency' | 'see-doctor' | 'self-care';

/**
 * How soon a referral needs a clinician: `emergency` (now), `urgent` (today or
 * tomorrow, or the local urgent advice line), `soon` (a routine appointment).
 */
export type Urgency = 'emergency' | 'urgent' | 'soon';

/** A published source that content items cite by `id`. */
export interface Reference {
  id: Id;
  /** Title as the source gives it, in its own language (see `lang`): never translated. */
  title: string;
  /**
   * Who publishes it: a name as the source shows it, or, where the page shows no name, a
   * plain description such as "fitness blog", which a translation may translate.
   */
  publisher: string;
  /** Public address, where the source has a stable one. */
  url?: string;
  /**
   * BCP 47 language tag of the title, e.g. `en`; `en` when absent. An element whose
   * language differs marks the title with it, so a screen reader reads it in its own voice.
   */
  lang?: string;
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
  /**
   * The text alternatives of the cue's pair of pictures, for a cue that has one (see
   * `../figure/`): what the "Do" picture and the "Avoid" picture each show.
   */
  pictures?: CuePictures;
}

/**
 * A position of the push-up figure, drawn from the side by `../figure/`: the few numbers
 * that set it, in body units (the person is 100 units tall; a hand is about 5). The rest
 * of the body follows from them.
 */
export interface FigurePose {
  /** What carries the body besides the hands: the toes, the knees, or the forearms (a plank). */
  support: 'toes' | 'knees' | 'forearms';
  /** How far ahead of (+) or behind (−) the shoulders the hands are set at the top; 0 under them. */
  reach?: number;
  /** The shoulders' height above the floor at the lowest point; absent, the figure holds still at the top. */
  depth?: number;
  /** Blocks under the hands, this tall (a deficit push-up). */
  blocks?: number;
  /** A weight plate resting on the upper back. */
  plate?: boolean;
  /**
   * The hands' distance apart, as a multiple of the shoulders' width, shown in a small view
   * from above; absent, no such view.
   */
  spread?: number;
  /** A fault: the hips this far above (+) or below (−) the straight line from ankles to shoulders. */
  hips?: number;
  /** A fault: the lower back arched this far towards the floor. */
  arch?: number;
}

/**
 * A cue's pair of still pictures at the top of a rep: the right way (`pose`) and the
 * mistake the cue prevents (the same pose with `fault` over it), with an optional dashed
 * guide: the straight line from ankles to shoulders, or the plumb line down from the shoulders.
 */
export interface PicturePair {
  pose: FigurePose;
  fault: Partial<FigurePose>;
  guide?: 'body-line' | 'under-shoulders';
}

/** What a cue's "Do" and "Avoid" pictures show, in words: each picture's text alternative. */
export interface CuePictures {
  do: string;
  avoid: string;
}

/** One rated risk (back or shoulder) of a variation, with the reason for the rating. */
export interface RiskRating {
  level: RiskLevel;
  /** Why the rating is what it is, in one or two sentences. */
  reason: string;
  /**
   * Reference ids that state this rating. Empty when no source states it: the rating is
   * then the library's own, shown led by `cardOwnRating` ("Our rating:") and with no
   * source marker, and its reason says why, making no claim that needs a source. Unlike
   * every other item's, this list may be empty.
   */
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
  /**
   * What the variation's figure shows, in words: its text alternative (e.g. "Side view:
   * hands close together under the chest…"). A variation without it shows no figure.
   */
  figure?: string;
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
   * An answer that must reach a clinician: a red-flag symptom, or pain this check does
   * not cover. `outcome` is the referral outcome it leads to, of the same `triage`.
   * `endsQuiz` ends the quiz at once; an emergency flag always does, whatever it says.
   * A result with any red flag is a referral only: no causes, cues or variations.
   */
  redFlag?: RedFlag;
}

/** See `Answer.redFlag`. */
export interface RedFlag {
  triage: Exclude<Triage, 'self-care'>;
  outcome: Id;
  endsQuiz: boolean;
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
  /**
   * `back`: the step shows a back-view body map beside the answers, whose regions are the
   * answers with ids `neck-shoulders`, `upper-back` and `lower-back` (an answer with another
   * id has no region). Clicking a region chooses its answer; the radios stay the way to
   * answer, and the map is hidden from assistive technology. Single-choice questions only.
   */
  map?: 'back';
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
 * What a referral tells the reader: who to see, how soon, what to do meanwhile and what
 * to tell the clinician. Every red-flag outcome has one.
 */
export interface Referral {
  urgency: Urgency;
  /** Who to see, e.g. "A doctor or physiotherapist." */
  who: string;
  /** How soon, e.g. "Today or tomorrow." */
  when: string;
  /** What to do until then, one action per item. */
  meanwhile: readonly string[];
  /** What to tell the clinician, one item each. */
  tell: readonly string[];
}

/**
 * A quiz result item: a referral (triage `emergency` or `see-doctor`, with its
 * `referral`), a cause that may be adding to the pain with what to try (triage
 * `self-care`), or general self-care advice shown with every self-care result
 * (`general: true`).
 */
export interface Outcome {
  id: Id;
  triage: Triage;
  /** Short heading, e.g. "Your hips may be sagging". */
  title: string;
  /** What this means for the reader, one to three sentences. */
  summary: string;
  /** What to try, one action per item. Empty for a referral, whose `referral` says what to do. */
  actions: readonly string[];
  /** Checklist cue ids worth checking. Always empty for a referral. */
  cues: readonly Id[];
  /** Easier variation ids worth trying. Always empty for a referral. */
  variations: readonly Id[];
  /** Answer patterns that point to this outcome; used to rank self-care causes. */
  signals: readonly Signal[];
  /**
   * A self-care cause is possible only when at least one of these matches the answers:
   * a cause the reader's answers rule out (sagging hips, after "None of these" to the
   * form question) is never shown. Absent: always possible.
   */
  requires?: readonly AnswerMatch[];
  /** Self-care advice shown after the causes of every self-care result; never ranked as a cause. */
  general?: boolean;
  /** Who to see, how soon, meanwhile and what to tell them: required for a referral. */
  referral?: Referral;
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
  /**
   * Accessible name of a citation marker's link to a source. `{number}` is the source's
   * number in the list, `{title}` its title.
   */
  sourceMarker: string;
  /** The short not-medical-advice line of the checklist and the card. */
  safetyNotice: string;
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
  /** The label of a cue's picture of the right way. */
  checklistDo: string;
  /** The label of a cue's picture of the mistake. */
  checklistAvoid: string;

  // <back-pain-quiz>
  quizHeading: string;
  /** Says who the check is for (aged 16 and over) and that it is not a diagnosis. */
  quizIntro: string;
  /** `{current}` and `{total}`. */
  quizProgress: string;
  quizNext: string;
  quizBack: string;
  quizSeeResult: string;
  quizPickOne: string;
  quizPickAtLeastOne: string;
  quizResultHeading: string;
  quizEmergencyTitle: string;
  /**
   * The emergency result's call line. `{emergency}` becomes the page's emergency number
   * (`quizCallNumber`, a `tel:` link) or, with none set, `quizEmergencyLocal`.
   */
  quizEmergencyCall: string;
  /** The title of an urgent referral's message: a doctor today or tomorrow. */
  quizUrgentTitle: string;
  /** An urgent result's call line. `{urgent}` becomes the page's urgent number or `quizUrgentLocal`. */
  quizUrgentCall: string;
  /**
   * What `{emergency}` becomes in any result text when the page set no emergency number:
   * names no country's number. Worded to follow the locale's "call" (Spanish: "al número…").
   */
  quizEmergencyLocal: string;
  /** What `{urgent}` becomes when the page set no urgent number: names no country's line. */
  quizUrgentLocal: string;
  /** What `{emergency}` or `{urgent}` becomes when the page set a number: `{number}` is that number, as a `tel:` link. */
  quizCallNumber: string;
  /** The call button that leads an emergency (or urgent) result with a number set. `{number}` is the number. */
  quizCallButton: string;
  /** The title of a routine referral's message. */
  quizSoonTitle: string;
  quizSelfCareTitle: string;
  /** Labels of a referral's parts. */
  quizWho: string;
  quizWhen: string;
  quizMeanwhile: string;
  quizTell: string;
  /** Heading over the causes of a self-care result: things that may be adding to it. */
  quizCauses: string;
  quizWhatToTry: string;
  quizCuesToCheck: string;
  quizEasierVariations: string;
  /** Heading of the shorter list of further causes, after the first three. */
  quizMoreCauses: string;
  /** Heading of the printable summary of the answers, for a clinician. */
  quizSummaryHeading: string;
  /** `{date}` is the date the summary is shown or printed, in the reader's locale. */
  quizSummaryDate: string;
  /** In the summary, the warning signs a step asked about. `{answers}` is their list. */
  quizSummaryAsked: string;
  /** In the summary, which of them were ticked. `{answers}` is their list, or `quizSummaryNone`. */
  quizSummaryTicked: string;
  /** "none", for `quizSummaryTicked` when no sign was ticked. */
  quizSummaryNone: string;
  quizNotAdvice: string;
  quizRestart: string;
  quizPrint: string;
  /** The button on a finished result that removes the stored answers (`persist`). */
  quizForget: string;
  /** Said, and shown in place of that button, once the stored answers are removed. */
  quizForgotten: string;

  // <variation-risk-card>
  cardBackRisk: string;
  cardShoulderRisk: string;
  /**
   * Leads a risk rating that no source states (one that cites no reference), e.g. "Our
   * rating:": the library's own rating, shown without a source marker.
   */
  cardOwnRating: string;
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
  /** The control that stops the figure's movement. */
  cardFigurePause: string;
  /** Under the figure's still pictures (reduced motion, print): the top of a rep... */
  cardFigureTop: string;
  /** ...and its bottom. */
  cardFigureBottom: string;
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

/** A variation's id and name: what an element that shows no variation card needs of it. */
export type VariationName = Pick<Variation, 'id' | 'name'>;

/** A cue's id and text: what an element that shows no checklist needs of it. */
export type CueText = Pick<FormCue, 'id' | 'text'>;

/** The collections of a `Content`, each a list of items with ids. */
export type Collection = 'references' | 'phases' | 'cues' | 'variations' | 'questions' | 'outcomes';

/**
 * Which part of a `Content` an element shows: each collection it shows, with `'all'` of
 * its fields or the list of those it reads. A collection left out is not shown at all.
 * A patch is cut to the same part before it is merged and checked, so an element checks
 * what it shows and no more.
 */
export type ContentShape = {
  readonly [C in Collection]?: 'all' | readonly (keyof Content[C][number] & string)[];
};

/** Interface strings every element shows: the sources list and the invalid-content message. */
export type CommonStringKey = 'sourcesHeading' | 'sourceMarker' | 'safetyNotice' | 'invalidContent';

/** The interface strings of one element: the common ones and those whose key has its prefix. */
export type ElementStrings<Prefix extends string> = Pick<
  LocaleStrings,
  CommonStringKey | Extract<keyof LocaleStrings, `${Prefix}${string}`>
>;

/** What `<pushup-form-checklist>` shows: phases and cues whole, variations by name. */
export interface ChecklistContent {
  locale: string;
  strings: ElementStrings<'checklist'>;
  references: readonly Reference[];
  phases: readonly Phase[];
  cues: readonly FormCue[];
  variations: readonly VariationName[];
}

/** What `<variation-risk-card>` shows: variations whole, cues by their text. */
export interface CardContent {
  locale: string;
  strings: ElementStrings<'card'>;
  references: readonly Reference[];
  cues: readonly CueText[];
  variations: readonly Variation[];
}

/** What `<back-pain-quiz>` shows: questions and outcomes whole, cues by text, variations by name. */
export interface QuizElementContent {
  locale: string;
  strings: ElementStrings<'quiz'>;
  references: readonly Reference[];
  cues: readonly CueText[];
  variations: readonly VariationName[];
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

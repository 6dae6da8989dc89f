/**
 * Runtime validation of a `Content`, or of the part of one an element shows (its
 * `ContentShape`): every field's type, every id's form, and every cross-reference. Content may come from a site at run time (an override or a
 * locale), so TypeScript's checks are not enough. Pure and DOM-free.
 */
import { ID_PATTERN, isWebAddress } from './patterns.js';
import type { Collection, Content, ContentShape, LocaleStrings } from '../types.js';

export { ID_PATTERN, isWebAddress };

type Check = (value: unknown, path: string, errors: string[]) => void;

const text: Check = (value, path, errors) => {
  if (typeof value !== 'string' || value.trim() === '') errors.push(`${path} must be a non-empty string`);
};
const optionalText: Check = (value, path, errors) => {
  if (value !== undefined) text(value, path, errors);
};
const webAddress: Check = (value, path, errors) => {
  if (value !== undefined && !isWebAddress(value)) errors.push(`${path} must be an http: or https: address`);
};
const id: Check = (value, path, errors) => {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) errors.push(`${path} must be a kebab-case id`);
};
const oneOf =
  (...allowed: readonly string[]): Check =>
  (value, path, errors) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      errors.push(`${path} must be one of ${allowed.map((option) => `"${option}"`).join(', ')}`);
    }
  };
const listOf =
  (check: Check, { nonEmpty = false } = {}): Check =>
  (value, path, errors) => {
    if (!Array.isArray(value)) {
      errors.push(`${path} must be a list`);
      return;
    }
    if (nonEmpty && value.length === 0) errors.push(`${path} must not be empty`);
    value.forEach((item, index) => check(item, `${path}[${index}]`, errors));
  };
const record =
  (fields: Record<string, Check>): Check =>
  (value, path, errors) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`${path} must be an object`);
      return;
    }
    const fieldValues = value as Record<string, unknown>;
    for (const [name, check] of Object.entries(fields)) check(fieldValues[name], `${path}.${name}`, errors);
  };
const optional =
  (check: Check): Check =>
  (value, path, errors) => {
    if (value !== undefined) check(value, path, errors);
  };
const citations = listOf(id, { nonEmpty: true });
const weight: Check = (value, path, errors) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) errors.push(`${path} must be a finite number`);
};
const answerMatch: Check = (value, path, errors) => {
  record({})(value, path, errors);
  if (typeof value !== 'object' || value === null) return;
  for (const [question, answers] of Object.entries(value)) listOf(id, { nonEmpty: true })(answers, `${path}.${question}`, errors);
};

const flag: Check = (value, path, errors) => {
  if (typeof value !== 'boolean') errors.push(`${path} must be true or false`);
};

/** A BCP 47 language tag, loosely: a primary language and optional subtags (`en`, `es-419`). */
const LANG_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const langTag: Check = (value, path, errors) => {
  if (value !== undefined && (typeof value !== 'string' || !LANG_PATTERN.test(value))) {
    errors.push(`${path} must be a language tag, such as "en"`);
  }
};

// A rating no source states cites nothing: it is the library's own (see `RiskRating`).
const riskRating = record({ level: oneOf('low', 'moderate', 'high'), reason: text, references: listOf(id) });

/** Each collection's fields and their checks. */
const itemFields = {
  references: { id, title: text, publisher: text, url: webAddress, lang: langTag },
  phases: { id: oneOf('setup', 'lowering', 'pressing', 'every-set'), label: text },
  cues: {
    id,
    phase: oneOf('setup', 'lowering', 'pressing', 'every-set'),
    text,
    why: text,
    mistake: text,
    variations: (value, path, errors) => {
      if (value !== 'all') listOf(id, { nonEmpty: true })(value, path, errors);
    },
    references: citations,
    pictures: optional(record({ do: text, avoid: text })),
  },
  variations: {
    id,
    name: text,
    summary: text,
    backRisk: riskRating,
    shoulderRisk: riskRating,
    muscles: listOf(text, { nonEmpty: true }),
    suits: listOf(text, { nonEmpty: true }),
    skipIf: listOf(text, { nonEmpty: true }),
    keyCues: listOf(id),
    easier: listOf(id),
    harder: listOf(id),
    references: citations,
    figure: optionalText,
  },
  questions: {
    id,
    kind: oneOf('single', 'multiple'),
    prompt: text,
    hint: optionalText,
    answers: listOf(
      record({
        id,
        label: text,
        exclusive: optional(flag),
        redFlag: optional(record({ triage: oneOf('emergency', 'see-doctor'), outcome: id, endsQuiz: flag })),
      }),
      { nonEmpty: true },
    ),
    askIf: optional(answerMatch),
    map: optional(oneOf('back')),
  },
  outcomes: {
    id,
    triage: oneOf('emergency', 'see-doctor', 'self-care'),
    title: text,
    summary: text,
    actions: listOf(text),
    cues: listOf(id),
    variations: listOf(id),
    signals: listOf(record({ when: answerMatch, weight })),
    requires: optional(listOf(answerMatch, { nonEmpty: true })),
    general: optional(flag),
    referral: optional(
      record({
        urgency: oneOf('emergency', 'urgent', 'soon'),
        who: text,
        when: text,
        meanwhile: listOf(text, { nonEmpty: true }),
        tell: listOf(text, { nonEmpty: true }),
      }),
    ),
    references: citations,
  },
} satisfies Record<Collection, Record<string, Check>>;


/** The check of one item of `collection`, on the fields `shape` says are shown. */
function itemCheck(collection: Collection, shown: NonNullable<ContentShape[Collection]>): Check {
  const fields: Record<string, Check> = itemFields[collection];
  if (shown === 'all') return record(fields);
  return record(Object.fromEntries(shown.map((field) => [field, fields[field]])));
}

function checkUniqueIds(items: readonly unknown[], path: string, errors: string[]): void {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    // Items that are not objects were already named by their own check.
    if (typeof item !== 'object' || item === null) return;
    const { id: itemId } = item as { id?: unknown };
    if (seen.has(itemId)) errors.push(`${path}[${index}].id "${String(itemId)}" is used twice`);
    seen.add(itemId);
  });
}

/** Checks that every id a field names exists in `known`. */
function checkResolves(ids: unknown, known: Set<string>, path: string, kind: string, errors: string[]): void {
  if (!Array.isArray(ids)) return;
  ids.forEach((value, index) => {
    if (typeof value === 'string' && !known.has(value)) errors.push(`${path}[${index}] names an unknown ${kind} "${value}"`);
  });
}

/**
 * Content as the cross-reference check reads it: each collection may be left out (an
 * element that does not show it), and each item may hold only some of its fields.
 */
type Partly<T> = { readonly [K in keyof T]?: T[K] extends readonly (infer U)[] ? readonly Partial<U>[] : T[K] };

function checkCrossReferences(content: Partly<Content>, errors: string[]): void {
  const ids = (items: readonly { id?: string }[] = []) => new Set(items.map((item) => item.id ?? ''));
  const references = ids(content.references);
  const cues = ids(content.cues);
  const variations = ids(content.variations);
  const questions = content.questions ?? [];
  const outcomes = content.outcomes ?? [];
  const answersByQuestion = new Map(questions.map((question) => [question.id, ids(question.answers)]));

  const checkMatch = (match: Readonly<Record<string, readonly string[]>>, path: string) => {
    for (const [question, answers] of Object.entries(match)) {
      const known = answersByQuestion.get(question);
      if (!known) errors.push(`${path} names an unknown question "${question}"`);
      else checkResolves(answers, known, `${path}.${question}`, 'answer', errors);
    }
  };

  content.cues?.forEach((cue, index) => {
    const path = `content.cues[${index}]`;
    checkResolves(cue.references, references, `${path}.references`, 'reference', errors);
    if (cue.variations !== 'all') checkResolves(cue.variations, variations, `${path}.variations`, 'variation', errors);
  });
  content.variations?.forEach((variation, index) => {
    const path = `content.variations[${index}]`;
    checkResolves(variation.references, references, `${path}.references`, 'reference', errors);
    checkResolves(variation.backRisk?.references, references, `${path}.backRisk.references`, 'reference', errors);
    checkResolves(variation.shoulderRisk?.references, references, `${path}.shoulderRisk.references`, 'reference', errors);
    checkResolves(variation.keyCues, cues, `${path}.keyCues`, 'cue', errors);
    checkResolves(variation.easier, variations, `${path}.easier`, 'variation', errors);
    checkResolves(variation.harder, variations, `${path}.harder`, 'variation', errors);
  });
  const outcomeById = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  questions.forEach((question, index) => {
    const path = `content.questions[${index}]`;
    if (question.askIf) checkMatch(question.askIf, `${path}.askIf`);
    question.answers?.forEach((answer, answerIndex) => {
      const redFlag = answer.redFlag;
      if (!redFlag) return;
      const flagPath = `${path}.answers[${answerIndex}].redFlag`;
      const outcome = outcomeById.get(redFlag.outcome);
      if (!outcome) errors.push(`${flagPath}.outcome names an unknown outcome "${redFlag.outcome}"`);
      else if (outcome.triage !== redFlag.triage) {
        errors.push(`${flagPath}.outcome "${redFlag.outcome}" must be a "${redFlag.triage}" referral, not "${outcome.triage}"`);
      }
    });
  });
  outcomes.forEach((outcome, index) => {
    const path = `content.outcomes[${index}]`;
    checkResolves(outcome.references, references, `${path}.references`, 'reference', errors);
    checkResolves(outcome.cues, cues, `${path}.cues`, 'cue', errors);
    checkResolves(outcome.variations, variations, `${path}.variations`, 'variation', errors);
    outcome.signals?.forEach((signal, signalIndex) => checkMatch(signal.when, `${path}.signals[${signalIndex}].when`));
    outcome.requires?.forEach((match, matchIndex) => checkMatch(match, `${path}.requires[${matchIndex}]`));
    checkOutcomeKind(outcome as Content['outcomes'][number], path, errors);
  });
}

/**
 * A referral says who to see and nothing else: no cause's "what to try", cues or
 * variations; its urgency matches its triage. A self-care outcome has no referral.
 */
function checkOutcomeKind(outcome: Content['outcomes'][number], path: string, errors: string[]): void {
  if (outcome.triage === 'self-care') {
    if (outcome.referral) errors.push(`${path}.referral must be left out of a self-care outcome`);
    if (!outcome.general && outcome.actions.length === 0) errors.push(`${path}.actions must not be empty`);
    return;
  }
  if (outcome.general) errors.push(`${path}.general is for self-care advice only`);
  for (const field of ['actions', 'cues', 'variations'] as const) {
    if (outcome[field].length > 0) errors.push(`${path}.${field} must be empty: a referral shows no form tips`);
  }
  if (!outcome.referral) {
    errors.push(`${path}.referral must say who to see, how soon, meanwhile and what to tell them`);
    return;
  }
  const emergency = outcome.triage === 'emergency';
  if (emergency !== (outcome.referral.urgency === 'emergency')) {
    errors.push(`${path}.referral.urgency must be "emergency" exactly when the triage is "emergency"`);
  }
}

/**
 * Returns every problem found in `content`, each naming the bad field by its path
 * (`content.cues[3].why must be a non-empty string`); an empty list means valid. Never
 * throws: content that cannot even be read (a throwing getter) is one problem. `shape`
 * checks the part of a `Content` an element shows (`checklistShape`, say): the
 * collections it leaves out may be absent, and each item needs only the fields it lists.
 */
export function validateContent(
  content: unknown,
  requiredStrings: readonly (keyof LocaleStrings)[],
  shape?: ContentShape,
): string[] {
  try {
    return problemsIn(content, requiredStrings, shape);
  } catch (error) {
    // A getter or proxy that throws: the content cannot be read, which is a problem too.
    return [`content could not be read (${error instanceof Error ? error.message : String(error)})`];
  }
}

function problemsIn(
  content: unknown,
  requiredStrings: readonly (keyof LocaleStrings)[],
  shape: ContentShape | undefined,
): string[] {
  const errors: string[] = [];
  if (typeof content !== 'object' || content === null) return ['content must be an object'];
  const value = content as Record<string, unknown>;
  text(value.locale, 'content.locale', errors);
  const strings = value.strings;
  if (typeof strings !== 'object' || strings === null) errors.push('content.strings must be an object');
  else for (const key of requiredStrings) text((strings as Record<string, unknown>)[key], `content.strings.${key}`, errors);

  for (const name of Object.keys(itemFields) as Collection[]) {
    // Without a shape, the whole content: every collection, every field.
    const shown = shape ? shape[name] : 'all';
    if (!shown) continue;
    const items = value[name];
    listOf(itemCheck(name, shown))(items, `content.${name}`, errors);
    if (Array.isArray(items)) checkUniqueIds(items, `content.${name}`, errors);
  }
  // Cross-references only mean something once every field has the right type.
  if (errors.length === 0) checkCrossReferences(content as Partly<Content>, errors);
  return errors;
}

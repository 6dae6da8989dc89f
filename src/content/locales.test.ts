/**
 * The shipped translations against the English content: each merges into valid content
 * that weakens no red flag and changes nothing but text, has exactly the English ids,
 * translates every text (bar the checker's allow-list) with the same placeholders, names
 * no country's emergency number and holds no HTML. Also runs the translator's checker
 * (`scripts/locale-check.mjs`) on each locale and on deliberately broken copies.
 */
import { expect } from '@open-wc/testing';
import { cardShape, enCard } from './card/content.js';
import { checklistShape, enChecklist } from './checklist/content.js';
import { enQuiz, quizShape } from './quiz/content.js';
import { en, uiStringKeys } from './en.js';
import { es } from './es.js';
import { mergeContent } from './registry/merge.js';
import { loadContentCheck, loadLocale, registerLocale, resetRegisteredContent, resolveContent } from './registry/registry.js';
import { weakenedRedFlags } from './registry/safety.js';
import type { Content, ContentPatch } from './types.js';
import { validateContent } from './registry/validate.js';

/** What the checker script exports (it is plain JavaScript, loaded at run time). */
interface LocaleReport {
  missing: string[];
  extra: string[];
  untranslated: string[];
  placeholders: string[];
  entries: number;
}
interface LocaleChecker {
  checkLocale(en: Content, patch: unknown, locale: string): LocaleReport;
  problems(report: LocaleReport): string[];
  sameAsEnglish: Record<string, Record<string, string>>;
}

const locales: Record<string, ContentPatch> = { es };

let checker: LocaleChecker;
before(async () => {
  await loadContentCheck();
  const url = new URL('../../scripts/locale-check.mjs', import.meta.url).href;
  checker = (await import(/* @vite-ignore */ url)) as LocaleChecker;
});

/** Every text of a content, by path: UI strings, item texts, each item of each list of texts. */
function texts(content: Content): Map<string, string> {
  const found = new Map<string, string>();
  const add = (path: string, value: string | undefined) => {
    if (value !== undefined) found.set(path, value);
  };
  const addList = (path: string, values: readonly string[]) =>
    values.forEach((value, index) => add(`${path}[${index}]`, value));
  for (const [key, value] of Object.entries(content.strings)) add(`strings.${key}`, value);
  for (const phase of content.phases) add(`phases[${phase.id}].label`, phase.label);
  for (const cue of content.cues) {
    for (const key of ['text', 'why', 'mistake'] as const) add(`cues[${cue.id}].${key}`, cue[key]);
    add(`cues[${cue.id}].pictures.do`, cue.pictures?.do);
    add(`cues[${cue.id}].pictures.avoid`, cue.pictures?.avoid);
  }
  for (const variation of content.variations) {
    const path = `variations[${variation.id}]`;
    add(`${path}.name`, variation.name);
    add(`${path}.summary`, variation.summary);
    add(`${path}.figure`, variation.figure);
    add(`${path}.backRisk.reason`, variation.backRisk.reason);
    add(`${path}.shoulderRisk.reason`, variation.shoulderRisk.reason);
    addList(`${path}.muscles`, variation.muscles);
    addList(`${path}.suits`, variation.suits);
    addList(`${path}.skipIf`, variation.skipIf);
  }
  for (const question of content.questions) {
    const path = `questions[${question.id}]`;
    add(`${path}.prompt`, question.prompt);
    add(`${path}.hint`, question.hint);
    for (const answer of question.answers) add(`${path}.answers[${answer.id}].label`, answer.label);
  }
  for (const outcome of content.outcomes) {
    const path = `outcomes[${outcome.id}]`;
    add(`${path}.title`, outcome.title);
    add(`${path}.summary`, outcome.summary);
    addList(`${path}.actions`, outcome.actions);
    if (outcome.referral) {
      add(`${path}.referral.who`, outcome.referral.who);
      add(`${path}.referral.when`, outcome.referral.when);
      addList(`${path}.referral.meanwhile`, outcome.referral.meanwhile);
      addList(`${path}.referral.tell`, outcome.referral.tell);
    }
  }
  return found;
}

/** The content with every text blanked (lists keep their length): what a translation must not change. */
function withoutText(content: Content): unknown {
  const blank = (values: readonly string[]) => values.map(() => '');
  return {
    // A translation may translate a publisher that is a description ("fitness blog"), nothing else of a source.
    references: content.references.map((reference) => ({ ...reference, publisher: '' })),
    phases: content.phases.map((phase) => ({ ...phase, label: '' })),
    cues: content.cues.map((cue) => ({
      ...cue,
      text: '',
      why: '',
      mistake: '',
      pictures: cue.pictures && { do: '', avoid: '' },
    })),
    variations: content.variations.map((variation) => ({
      ...variation,
      name: '',
      summary: '',
      figure: variation.figure === undefined ? undefined : '',
      backRisk: { ...variation.backRisk, reason: '' },
      shoulderRisk: { ...variation.shoulderRisk, reason: '' },
      muscles: blank(variation.muscles),
      suits: blank(variation.suits),
      skipIf: blank(variation.skipIf),
    })),
    questions: content.questions.map((question) => ({
      ...question,
      prompt: '',
      hint: question.hint === undefined ? undefined : '',
      answers: question.answers.map((answer) => ({ ...answer, label: '' })),
    })),
    outcomes: content.outcomes.map((outcome) => ({
      ...outcome,
      title: '',
      summary: '',
      actions: blank(outcome.actions),
      referral: outcome.referral && {
        ...outcome.referral,
        who: '',
        when: '',
        meanwhile: blank(outcome.referral.meanwhile),
        tell: blank(outcome.referral.tell),
      },
    })),
  };
}

/** Every id of a content or a patch, as `collection:id` and `questions:id/answers:id`. */
function ids(content: Content | ContentPatch): string[] {
  const found: string[] = [];
  for (const collection of ['phases', 'cues', 'variations', 'questions', 'outcomes'] as const) {
    for (const item of content[collection] ?? []) {
      found.push(`${collection}:${item.id}`);
      if (collection === 'questions') {
        const answers = (item as { answers?: readonly { id: string }[] }).answers ?? [];
        for (const answer of answers) found.push(`questions:${item.id}/answers:${answer.id}`);
      }
    }
  }
  return found.sort();
}

/** Every string anywhere in a patch except ids and the locale tag. */
function patchStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'id' || key === 'locale' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((each) => patchStrings(each));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, each]) => patchStrings(each, name));
  }
  return [];
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

for (const [locale, patch] of Object.entries(locales)) {
  describe(`the "${locale}" translation`, () => {
    const merged = mergeContent(en, patch);
    const english = texts(en);
    const translated = texts(merged);

    afterEach(resetRegisteredContent);

    it('merged over English is valid and weakens no red flag', () => {
      expect(patch.locale).to.equal(locale);
      expect(validateContent(merged, uiStringKeys)).to.deep.equal([]);
      expect(weakenedRedFlags(en, merged)).to.deep.equal([]);
    });

    it('changes nothing but text: levels, triage, red flags, links and references stay English', () => {
      expect(withoutText(merged)).to.deep.equal(withoutText(en));
      expect(merged.questions.map((question) => question.answers.map((answer) => answer.redFlag))).to.deep.equal(
        en.questions.map((question) => question.answers.map((answer) => answer.redFlag)),
      );
    });

    it('is what the registry shows for its locale, for the quiz and for the other elements', async () => {
      registerLocale(locale, () => Promise.resolve({ default: patch }));
      await loadLocale(locale);
      const quiz = resolveContent(locale, undefined, en);
      expect(quiz.errors).to.deep.equal([]);
      expect(quiz.content.locale).to.equal(locale);
      expect(quiz.content.strings.quizNext).to.equal(patch.strings?.quizNext);
      for (const [base, shape] of [
        [enChecklist, checklistShape],
        [enCard, cardShape],
        [enQuiz, quizShape],
      ] as const) {
        const shown = resolveContent(locale, undefined, base, shape);
        expect(shown.errors).to.deep.equal([]);
        expect(shown.content.locale).to.equal(locale);
        expect(shown.content.cues[0].text).to.equal(patch.cues?.[0].text);
      }
    });

    it('has the same ids as English, both ways', () => {
      const englishIds = ids(en);
      const localeIds = ids(patch);
      expect(englishIds.filter((id) => !localeIds.includes(id)), 'missing in the translation').to.deep.equal([]);
      expect(localeIds.filter((id) => !englishIds.includes(id)), 'not in English').to.deep.equal([]);
      expect(new Set(localeIds).size, 'an id given twice').to.equal(localeIds.length);
    });

    it('gives every English text, and lists of texts of the same length', () => {
      expect([...translated.keys()]).to.deep.equal([...english.keys()]);
      expect(Object.keys(patch.strings ?? {}).sort()).to.deep.equal([...uiStringKeys].sort());
    });

    it('translates every text, except the allow-listed ones', () => {
      const allowed = checker.sameAsEnglish[locale] ?? {};
      const same = [...english].filter(([path, text]) => translated.get(path) === text && !(path in allowed));
      expect(same.map(([path]) => path)).to.deep.equal([]);
    });

    it('keeps every placeholder of every text', () => {
      const mismatched = [...english].filter(
        ([path, text]) => placeholders(translated.get(path) ?? '').join() !== placeholders(text).join(),
      );
      expect(mismatched.map(([path]) => path)).to.deep.equal([]);
    });

    it("names no country's emergency number and holds no HTML", () => {
      const all = patchStrings(patch);
      expect(all.length).to.be.greaterThan(400);
      expect(all.filter((text) => /\b(999|911|112|111|061|065)\b|\bNHS\b/i.test(text))).to.deep.equal([]);
      expect(all.filter((text) => /<\/?[a-z!?]|&#?\w+;/i.test(text))).to.deep.equal([]);
    });

    it('passes the locale checker', () => {
      const report = checker.checkLocale(en, patch, locale);
      expect(checker.problems(report)).to.deep.equal([]);
      // Plus the publishers it translates, which are not among the texts every locale must give.
      expect(report.entries).to.equal(english.size + (patch.references?.length ?? 0));
    });
  });
}

describe('the locale checker', () => {
  /**
   * A copy of the Spanish patch, broken by `breakIt`, and the checker's report on it.
   * The copy is untyped on purpose: the point is to break it in ways the types forbid.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function check(breakIt: (copy: any) => void): LocaleReport {
    const copy: unknown = structuredClone(es);
    breakIt(copy);
    return checker.checkLocale(en, copy, 'es');
  }

  it('reports a missing string, item, text field and shortened list', () => {
    const report = check((copy) => {
      delete copy.strings.quizNext;
      copy.cues = copy.cues.filter((cue: { id: string }) => cue.id !== 'hips-level');
      delete copy.variations[0].backRisk;
      copy.outcomes[0].referral.meanwhile.pop();
      copy.questions[0].answers[0].label = ' ';
    });
    expect(report.missing).to.include.members([
      'strings.quizNext',
      'cues[hips-level]',
      'variations[plank].backRisk.reason',
      'outcomes[emergency-help].referral.meanwhile: has 2 items, English has 3',
      'questions[emergency-symptoms].answers[bladder-bowel-control].label: must be a non-empty string',
    ]);
    expect(report.extra).to.deep.equal([]);
  });

  it('reports extra ids, keys and non-text fields, such as a red flag', () => {
    const report = check((copy) => {
      copy.strings.bogus = 'x';
      copy.cues.push({ id: 'own-cue', text: 'x' });
      copy.questions[0].answers[0].redFlag = { triage: 'see-doctor', outcome: 'keep-moving', endsQuiz: false };
      copy.outcomes[1].referral.urgency = 'soon';
      copy.variations[0].backRisk.level = 'high';
      copy.references = [{ id: 'truth-revealed', title: 'Título' }];
    });
    expect(report.extra).to.have.members([
      'strings.bogus: English has no such string',
      'cues[own-cue]: English has no such id',
      'questions[emergency-symptoms].answers[bladder-bowel-control].redFlag: not a text field',
      'outcomes[urgent-appointment].referral.urgency: not a text field',
      'variations[plank].backRisk.level: not a text field',
      'references[truth-revealed].title: not a text field (sources keep their own titles)',
    ]);
  });

  it('reports untranslated-looking texts and placeholder mismatches', () => {
    const report = check((copy) => {
      copy.cues[0].why = en.cues[0].why;
      copy.strings.cardEasier = 'Más fácil: {nombre}';
      copy.strings.checklistProgress = '{checked} marcados';
    });
    const shown = JSON.stringify(`${en.cues[0].why.slice(0, 57)}...`);
    expect(report.untranslated).to.deep.equal([`cues[${en.cues[0].id}].why: ${shown}`]);
    expect(report.placeholders).to.deep.equal([
      'strings.checklistProgress: English has {checked} {total}, es has {checked}',
      'strings.cardEasier: English has {name}, es has {nombre}',
    ]);
  });

  it('reports anything at all for input that is not a patch, without throwing', () => {
    for (const input of [undefined, null, 'es', [], { strings: 'x', cues: 'x' }]) {
      expect(checker.problems(checker.checkLocale(en, input, 'es'))).to.not.be.empty;
    }
  });
});

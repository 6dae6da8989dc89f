/**
 * Tests of the machinery in this folder: `formatString`, `mergeContent`, `validateContent`,
 * the safety lock on patches (`safety.ts`), and the registry that resolves what an
 * element shows from the built-in English, a locale and a site's content. The check loaded
 * on demand is tested in `lazy-check.test.ts`.
 */
import { expect } from '@open-wc/testing';
import { cardShape, enCard } from '../card/content.js';
import { checklistShape, enChecklist } from '../checklist/content.js';
import { en, enCore, uiStringKeys } from '../en.js';
import { formatString } from './format.js';
import { mergeContent } from './merge.js';
import {
  loadLocale,
  matchLocale,
  needsLoading,
  onContentChange,
  registerContent,
  registerLocale,
  resetRegisteredContent,
  resolveContent,
} from './registry.js';
import type { ContentPatch } from '../types.js';
import { validateContent } from './validate.js';
import { spyConsole } from '../../test/helpers.js';

const firstCue = en.cues[0];

/** The first answer whose flag has `triage` (and whose referral has `urgency`), with where it stands. */
function firstFlag(triage: 'emergency' | 'see-doctor', urgency?: 'urgent' | 'soon') {
  for (const [index, question] of en.questions.entries()) {
    for (const [answerIndex, answer] of question.answers.entries()) {
      const flag = answer.redFlag;
      const level = en.outcomes.find((each) => each.id === flag?.outcome)?.referral?.urgency;
      if (flag?.triage === triage && (!urgency || level === urgency)) return { question, index, answer, answerIndex };
    }
  }
  throw new Error(`no ${triage} flag in the content`);
}

describe('content module', () => {
  afterEach(resetRegisteredContent);

  describe('the built-in English content', () => {
    it('is valid', () => {
      expect(validateContent(en, uiStringKeys)).to.deep.equal([]);
    });
  });

  describe('formatString', () => {
    it('fills placeholders and leaves unknown ones visible', () => {
      expect(formatString('{checked} of {total} checked', { checked: 3, total: 12 })).to.equal('3 of 12 checked');
      expect(formatString('Call {number}', {})).to.equal('Call {number}');
    });
  });

  describe('mergeContent', () => {
    it('changes only the fields a patch gives, by id, without touching the base', () => {
      const merged = mergeContent(en, { cues: [{ id: firstCue.id, text: 'Own words.' }] });
      expect(merged.cues[0]).to.deep.equal({ ...firstCue, text: 'Own words.' });
      expect(en.cues[0].text).to.equal(firstCue.text);
      expect(merged.cues).to.have.length(en.cues.length);
    });

    it('adds an item with a new id at the end', () => {
      const extra = { ...firstCue, id: 'own-cue', text: 'A cue of our own.' };
      const merged = mergeContent(en, { cues: [extra] });
      expect(merged.cues.at(-1)).to.deep.equal(extra);
    });

    it("patches a question's answers by id and a risk rating by field", () => {
      const question = en.questions[0];
      const answer = question.answers[0];
      const variation = en.variations[0];
      const merged = mergeContent(en, {
        questions: [{ id: question.id, answers: [{ id: answer.id, label: 'Translated' }] }],
        variations: [{ id: variation.id, backRisk: { reason: 'Own reason.' } }],
      });
      expect(merged.questions[0].answers[0]).to.deep.equal({ ...answer, label: 'Translated' });
      expect(merged.questions[0].answers).to.have.length(question.answers.length);
      expect(merged.variations[0].backRisk).to.deep.equal({ ...variation.backRisk, reason: 'Own reason.' });
    });

    it('merges strings by key and keeps a malformed collection for validation to name', () => {
      const merged = mergeContent(en, { strings: { quizNext: 'Onward' }, cues: 'nope' } as unknown as ContentPatch);
      expect(merged.strings.quizNext).to.equal('Onward');
      expect(merged.strings.quizBack).to.equal(en.strings.quizBack);
      expect(validateContent(merged, uiStringKeys)).to.deep.equal(['content.cues must be a list']);
    });

    it('ignores a patch that is not an object', () => {
      expect(mergeContent(en, null as unknown as ContentPatch)).to.equal(en);
    });
  });

  describe('validateContent', () => {
    const problems = (patch: unknown) => validateContent(mergeContent(en, patch as ContentPatch), uiStringKeys);

    it('names a field of the wrong type', () => {
      expect(problems({ cues: [{ id: firstCue.id, why: 42 }] })).to.deep.equal([
        'content.cues[0].why must be a non-empty string',
      ]);
    });

    it('names an id that is not kebab-case, and a missing citation', () => {
      expect(problems({ cues: [{ ...firstCue, id: 'Not Kebab', references: [] }] })).to.deep.equal([
        `content.cues[${en.cues.length}].id must be a kebab-case id`,
        `content.cues[${en.cues.length}].references must not be empty`,
      ]);
    });

    it('names a reference, cue, variation or outcome that does not resolve', () => {
      const variation = en.variations[0];
      expect(problems({ variations: [{ id: variation.id, easier: ['levitating'] }] })).to.deep.equal([
        'content.variations[0].easier[0] names an unknown variation "levitating"',
      ]);
      expect(problems({ cues: [{ id: firstCue.id, references: ['a-blog'] }] })).to.deep.equal([
        'content.cues[0].references[0] names an unknown reference "a-blog"',
      ]);
      const cause = en.outcomes.findIndex((each) => each.triage === 'self-care');
      expect(problems({ outcomes: [{ id: en.outcomes[cause].id, cues: ['no-such-cue'] }] })).to.deep.equal([
        `content.outcomes[${cause}].cues[0] names an unknown cue "no-such-cue"`,
      ]);
    });

    it('names an unknown enum value, a missing string and a duplicate id', () => {
      expect(problems({ variations: [{ id: en.variations[0].id, backRisk: { level: 'extreme' } }] })).to.deep.equal([
        'content.variations[0].backRisk.level must be one of "low", "moderate", "high"',
      ]);
      const where = en.questions.findIndex((each) => each.id === 'where');
      expect(problems({ questions: [{ id: 'where', map: 'front' }] })).to.deep.equal([
        `content.questions[${where}].map must be one of "back"`,
      ]);
      expect(problems({ strings: { quizNext: '' } })).to.deep.equal(['content.strings.quizNext must be a non-empty string']);
      const duplicate = { ...en, references: [...en.references, en.references[0]] };
      expect(validateContent(duplicate, uiStringKeys)).to.deep.equal([
        `content.references[${en.references.length}].id "${en.references[0].id}" is used twice`,
      ]);
    });

    it('names quiz answers and signals that do not resolve', () => {
      const question = en.questions[0];
      expect(problems({ questions: [{ id: question.id, askIf: { 'no-such-question': ['yes'] } }] })).to.deep.equal([
        'content.questions[0].askIf names an unknown question "no-such-question"',
      ]);
      const flagged = en.questions.findIndex((each) => each.answers.some((answer) => answer.redFlag));
      const answer = en.questions[flagged].answers.find((each) => each.redFlag)!;
      const bad = problems({
        questions: [{ id: en.questions[flagged].id, answers: [{ id: answer.id, redFlag: { ...answer.redFlag!, outcome: 'nowhere' } }] }],
      });
      expect(bad).to.have.length(1);
      expect(bad[0]).to.contain('redFlag.outcome names an unknown outcome "nowhere"');
    });

    it('accepts only http: and https: source addresses', () => {
      const index = en.references.findIndex((each) => each.url);
      for (const url of ['javascript:alert(document.domain)', 'data:text/html,x', '//example.org', 'https://', ' https://x.org']) {
        expect(problems({ references: [{ id: en.references[index].id, url }] }), url).to.deep.equal([
          `content.references[${index}].url must be an http: or https: address`,
        ]);
      }
      expect(problems({ references: [{ id: en.references[index].id, url: 'http://example.org/a?b#c' }] })).to.deep.equal([]);
    });

    it('names null items and items that are not objects without throwing', () => {
      // A list that is not all items is kept as given, so validation names each bad entry.
      expect(problems({ cues: [null, 7] as never })).to.deep.equal([
        'content.cues[0] must be an object',
        'content.cues[1] must be an object',
      ]);
    });

    it('rejects something that is not content at all', () => {
      expect(validateContent(null, uiStringKeys)).to.deep.equal(['content must be an object']);
    });

    it('keeps form tips out of a referral, and a referral out of self-care', () => {
      const emergency = en.outcomes.findIndex((each) => each.triage === 'emergency');
      const cause = en.outcomes.findIndex((each) => each.triage === 'self-care' && !each.general);
      const withTips = problems({ outcomes: [{ id: en.outcomes[emergency].id, cues: [firstCue.id], variations: ['knee'] }] });
      expect(withTips).to.deep.equal([
        `content.outcomes[${emergency}].cues must be empty: a referral shows no form tips`,
        `content.outcomes[${emergency}].variations must be empty: a referral shows no form tips`,
      ]);
      expect(problems({ outcomes: [{ id: en.outcomes[cause].id, referral: en.outcomes[emergency].referral }] })).to.deep.equal([
        `content.outcomes[${cause}].referral must be left out of a self-care outcome`,
      ]);
      const calm = { ...en.outcomes[emergency].referral!, urgency: 'soon' as const };
      expect(problems({ outcomes: [{ id: en.outcomes[emergency].id, referral: calm }] })).to.deep.equal([
        `content.outcomes[${emergency}].referral.urgency must be "emergency" exactly when the triage is "emergency"`,
      ]);
    });

    it('names a red flag that points at an outcome of another triage', () => {
      const { question, index, answer, answerIndex } = firstFlag('emergency');
      const cause = en.outcomes.find((each) => each.triage === 'self-care')!;
      const bad = problems({ questions: [{ id: question.id, answers: [{ id: answer.id, redFlag: { ...answer.redFlag!, outcome: cause.id } }] }] });
      expect(bad).to.deep.equal([
        `content.questions[${index}].answers[${answerIndex}].redFlag.outcome "${cause.id}" must be a "emergency" referral, not "self-care"`,
      ]);
    });
  });

  describe('the safety lock on patches', () => {
    /** Resolves the quiz content with `patch` as an element's own, and returns what was kept and said. */
    const withPatch = (patch: unknown) => resolveContent('en', patch, en);

    it('rejects a patch that lowers an emergency flag to see-doctor, whole, naming the field', () => {
      const { question, index, answer, answerIndex } = firstFlag('emergency');
      const urgent = en.outcomes.find((each) => each.referral?.urgency === 'urgent')!;
      const { content, errors } = withPatch({
        strings: { quizNext: 'Onward' },
        questions: [{ id: question.id, answers: [{ id: answer.id, redFlag: { triage: 'see-doctor', outcome: urgent.id, endsQuiz: true } }] }],
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(
        `content.questions[${index}].answers[${answerIndex}].redFlag.triage may not be lowered from "emergency" to "see-doctor"`,
      );
      // Rejected whole: the harmless part of the same patch is not applied either.
      expect(content.strings.quizNext).to.equal(en.strings.quizNext);
      expect(content.questions[index].answers[answerIndex].redFlag?.triage).to.equal('emergency');
    });

    it("rejects a patch that clears endsQuiz on an emergency flag", () => {
      const { question, index, answer, answerIndex } = firstFlag('emergency');
      const { errors } = withPatch({ questions: [{ id: question.id, answers: [{ id: answer.id, redFlag: { ...answer.redFlag!, endsQuiz: false } }] }] });
      expect(errors.join()).to.contain(`content.questions[${index}].answers[${answerIndex}].redFlag.endsQuiz must stay true`);
    });

    it('rejects a patch that unflags an answer or points it at a calmer referral', () => {
      const { question, index, answer, answerIndex } = firstFlag('see-doctor', 'urgent');
      const soon = en.outcomes.find((each) => each.referral?.urgency === 'soon')!;
      const unflagged = withPatch({ questions: [{ id: question.id, answers: [{ id: answer.id, redFlag: null }] }] });
      expect(unflagged.errors.join()).to.contain(`content.questions[${index}].answers[${answerIndex}].redFlag must be an object`);
      const calmer = withPatch({
        questions: [{ id: question.id, answers: [{ id: answer.id, redFlag: { ...answer.redFlag!, outcome: soon.id } }] }],
      });
      expect(calmer.errors.join()).to.contain(
        `content.questions[${index}].answers[${answerIndex}].redFlag.outcome may not lower the referral's urgency from "urgent" to "soon"`,
      );
      const lowered = withPatch({ outcomes: [{ id: answer.redFlag!.outcome, referral: { urgency: 'soon' } }] });
      expect(lowered.errors.join()).to.contain(`may not lower the referral's urgency from "urgent" to "soon"`);
      expect(lowered.content.outcomes.find((each) => each.id === answer.redFlag!.outcome)?.referral?.urgency).to.equal('urgent');
    });

    it('rejects a translation or a site patch that weakens a flag, and keeps the defaults', () => {
      const { question, index, answer, answerIndex } = firstFlag('emergency');
      const weaker = { questions: [{ id: question.id, answers: [{ id: answer.id, redFlag: { ...answer.redFlag!, endsQuiz: false } }] }] };
      registerContent(weaker);
      registerLocale('xx', { ...weaker, strings: { quizNext: 'Weiter' } });
      const site = resolveContent('en', undefined, en);
      expect(site.errors).to.have.length(1);
      expect(site.errors[0]).to.match(/^registerContent\(\): .*endsQuiz must stay true/);
      expect(site.content.questions[index].answers[answerIndex].redFlag?.endsQuiz).to.equal(true);
      const translated = resolveContent('xx', undefined, en);
      expect(translated.errors[0]).to.match(/^locale "xx": /);
      expect(translated.content.strings.quizNext).to.equal(en.strings.quizNext);
    });

    it('accepts a patch that rewords a red flag or makes one more urgent', () => {
      const { question, index, answer, answerIndex } = firstFlag('see-doctor', 'soon');
      const urgent = en.outcomes.find((each) => each.referral?.urgency === 'urgent')!;
      const { content, errors } = withPatch({
        questions: [{ id: question.id, answers: [{ id: answer.id, label: 'Own words', redFlag: { ...answer.redFlag!, outcome: urgent.id } }] }],
      });
      expect(errors).to.deep.equal([]);
      expect(content.questions[index].answers[answerIndex].label).to.equal('Own words');
      expect(content.questions[index].answers[answerIndex].redFlag?.outcome).to.equal(urgent.id);
    });

    it('validates without throwing, whatever it is given', () => {
      const trap = () => {
        throw new Error('trap');
      };
      const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap });
      expect(validateContent(hostile, uiStringKeys)).to.deep.equal(['content could not be read (trap)']);
      expect(validateContent({ ...en, strings: hostile }, uiStringKeys)).to.deep.equal(['content could not be read (trap)']);
      const huge = { ...en, cues: Array.from({ length: 100_000 }, () => null) };
      expect(validateContent(huge, uiStringKeys)).to.have.length(100_000);
    });

    it('registers nothing, and says so once, for a locale that is not a language tag', () => {
      const error = spyConsole('error');
      try {
        expect(() => registerLocale(42 as unknown as string, { strings: {} })).not.to.throw();
        expect(() => registerContent({}, { locale: {} as unknown as string })).not.to.throw();
        expect(error.calls).to.have.length(2);
      } finally {
        error.restore();
      }
    });

    it('never throws, whatever the patch holds', () => {
      const hostile = {
        get questions(): never {
          throw new Error('no');
        },
      };
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      for (const patch of [hostile, { questions: [null] }, { outcomes: [{ id: 'x', referral: 5 }] }, cyclic, 42, 'text']) {
        expect(() => withPatch(patch)).not.to.throw();
      }
      expect(withPatch(hostile).errors[0]).to.match(/^content property: could not be read/);
    });
  });

  describe('locales and site content', () => {
    it('matches a tag to a known locale, its language, or English', () => {
      registerLocale('es', { strings: { quizNext: 'Siguiente' } });
      expect(matchLocale('es-MX')).to.equal('es');
      expect(matchLocale('ES')).to.equal('es');
      expect(matchLocale('fr-CA')).to.equal('en');
      expect(matchLocale('')).to.equal('en');
      expect(matchLocale(null)).to.equal('en');
    });

    it('merges a registered translation over English', () => {
      registerLocale('es', { strings: { quizNext: 'Siguiente' } });
      const { content, errors } = resolveContent('es', undefined, en);
      expect(errors).to.deep.equal([]);
      expect(content.locale).to.equal('es');
      expect(content.strings.quizNext).to.equal('Siguiente');
      expect(content.strings.quizBack).to.equal(en.strings.quizBack);
    });

    it('loads a lazy locale once and tells listeners', async () => {
      let loads = 0;
      registerLocale('xx', async () => {
        loads += 1;
        return { strings: { quizNext: 'Xx' } };
      });
      let changes = 0;
      const stop = onContentChange(() => (changes += 1));
      expect(needsLoading('xx')).to.equal(true);
      expect(resolveContent('xx', undefined, en).content.strings.quizNext).to.equal(en.strings.quizNext);
      await Promise.all([loadLocale('xx'), loadLocale('xx')]);
      stop();
      expect(loads).to.equal(1);
      expect(changes).to.equal(1);
      expect(needsLoading('xx')).to.equal(false);
      expect(resolveContent('xx', undefined, en).content.strings.quizNext).to.equal('Xx');
    });

    it('applies site content for every locale or for one', () => {
      registerLocale('es', {});
      registerContent({ strings: { quizNext: 'Go' } });
      registerContent({ strings: { quizBack: 'Atrás' } }, { locale: 'es' });
      expect(resolveContent('en', undefined, en).content.strings.quizNext).to.equal('Go');
      expect(resolveContent('en', undefined, en).content.strings.quizBack).to.equal(en.strings.quizBack);
      expect(resolveContent('es', undefined, en).content.strings.quizBack).to.equal('Atrás');
    });

    it('cuts each patch to the part an element shows, and checks that part alone', () => {
      const question = en.questions[0];
      const variation = en.variations[0];
      registerContent({ questions: [{ id: question.id, prompt: 'Where is it sore?' }] });
      registerContent({ variations: [{ id: variation.id, summary: '' }] });
      registerContent({ variations: [{ id: 'wall', name: 'Wall push-up' }] });

      // The checklist shows no questions and no variation summaries: neither is its concern.
      const checklist = resolveContent('en', undefined, enChecklist, checklistShape);
      expect(checklist.errors).to.deep.equal([]);
      expect(checklist.content).to.not.have.property('questions');
      expect(checklist.content.cues).to.equal(enChecklist.cues);
      expect(checklist.content.variations.at(0)).to.deep.equal({ id: variation.id, name: variation.name });
      expect(checklist.content.variations.at(-1)).to.deep.equal({ id: 'wall', name: 'Wall push-up' });

      // The card shows both summaries: the empty one and the summary-less variation are refused.
      const card = resolveContent('en', undefined, enCard, cardShape);
      expect(card.errors).to.have.length(2);
      expect(card.errors[0]).to.match(/^registerContent\(\): content\.variations\[0\]\.summary must be a non-empty string/);
      expect(card.errors[1]).to.match(/^registerContent\(\): content\.variations\[\d+\]\.summary must be a non-empty string/);
      expect(card.content.variations).to.deep.equal(enCard.variations);

      const whole = resolveContent('en', undefined, en);
      expect(whole.content.questions[0].prompt).to.equal('Where is it sore?');
      expect(whole.errors).to.have.length(2);
    });

    it('gives each element the fields it shows, and the core and whole content every field', () => {
      const fieldsOf = (items: readonly object[]) => [...new Set(items.flatMap((item) => Object.keys(item)))].sort();
      expect(fieldsOf(enChecklist.variations)).to.deep.equal(['id', 'name']);
      expect(fieldsOf(enCard.cues)).to.deep.equal(['id', 'text']);
      expect(enChecklist.cues).to.deep.equal(en.cues);
      expect(enCard.variations).to.deep.equal(en.variations);
      expect(enCore.cues).to.deep.equal(en.cues);
      expect(Object.keys(enChecklist.strings).every((key) => /^checklist|^(sources|source|safety|invalid)/.test(key))).to.equal(true);
    });

    it('skips invalid input at each step and reports it, keeping the last valid content', () => {
      registerContent({ strings: { quizNext: 'Go' } });
      registerContent({ cues: [{ id: firstCue.id, text: '' }] });
      const { content, errors } = resolveContent('en', { variations: [{ id: 'new-one' }] }, en);
      expect(content.strings.quizNext).to.equal('Go');
      expect(content.cues[0].text).to.equal(firstCue.text);
      expect(errors).to.have.length(2);
      expect(errors[0]).to.match(/^registerContent\(\): content\.cues\[0\]\.text/);
      expect(errors[1]).to.match(/^content property: content\.variations\[\d+\]\.name/);
    });
  });
});

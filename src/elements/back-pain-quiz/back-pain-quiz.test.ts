import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cues } from '../../content/checklist/cues.js';
import { outcomes, questions } from '../../content/quiz/questions.js';
import { registerLocale } from '../../content/registry/registry.js';
import { references } from '../../content/shared/references.js';
import { variations } from '../../content/card/variations.js';
import { en, strings } from '../../content/en.js';
import '../../back-pain-quiz.js';
import { BackPainQuiz } from '../../back-pain-quiz.js';
import { outcomeFor } from '../../quiz/engine.js';
import { configure } from '../../shared/page-settings.js';
import { overflowAt, smallTargets, pressOn, readText, resetLibraryState, shadow, spokenText, spyConsole } from '../../test/helpers.js';
import { calmFlags, emergencyPaths } from '../../test/quiz-paths.js';

type Answers = Record<string, string[]>;

const question = (id: string) => {
  const found = questions.find((each) => each.id === id);
  if (!found) throw new Error(`no question "${id}"`);
  return found;
};
const labelOf = (questionId: string, answerId: string) => {
  const found = question(questionId).answers.find((answer) => answer.id === answerId);
  if (!found) throw new Error(`no answer "${answerId}" to "${questionId}"`);
  return found.label;
};
const outcome = (id: string) => outcomes.find((each) => each.id === id)!;

// Paths through the quiz. Red flags come first: two emergency steps, the urgent ones, the
// age check and the "see someone soon" step, then where, when and how it feels, then habits.
const lowerBackAche: Answers = { ...calmFlags, where: ['lower-back'], when: ['during'], feeling: ['mild-ache'] };
const selfCare: Answers = { ...lowerBackAche, habits: ['no-warm-up'], 'harder-variations': ['none'], form: ['hips-sag'] };
const emergency: Answers = { 'emergency-symptoms': ['both-legs'] };
const urgent: Answers = { 'emergency-symptoms': ['none'], 'chest-symptoms': ['none'], 'urgent-symptoms': ['fever'] };
const seeSoon: Answers = { ...lowerBackAche, feeling: ['sharp-or-lasting'] };
/** A result text as shown when the page set no numbers. */
const withLocalNumbers = (text: string) =>
  text.replaceAll('{emergency}', strings.quizEmergencyLocal).replaceAll('{urgent}', strings.quizUrgentLocal);
/** Steps on a path before "where" is answered, and on the lower-back path: the shoulder step is upper-back only. */
const STEPS = 12;

const storageKey = (key = 'default') => `pushup-widgets:quiz:v3:${key}`;
const HOUR = 3_600_000;
/** Answers as the quiz stores them: with the time they were saved, so they can expire. */
const storedAnswers = (value: unknown, savedAt = Date.now()) => JSON.stringify({ savedAt, value });
/** The answers stored under `key`, without their time. */
const readStored = (key = storageKey()) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { value?: unknown } | null)?.value;

const focused = (el: BackPainQuiz) => shadow(el).activeElement as HTMLElement | null;
const inputs = (el: BackPainQuiz) => [...shadow(el).querySelectorAll<HTMLInputElement>('input')];
/** An answer's accessible name: the text of the label that wraps it. */
const nameOf = (input: Element | null) => readText(input?.closest('label'));
const answerNamed = (el: BackPainQuiz, name: string) => {
  const found = inputs(el).find((input) => nameOf(input) === name);
  if (!found) throw new Error(`no answer named "${name}"`);
  return found;
};
const buttonNamed = (el: BackPainQuiz, name: string) => {
  const found = [...shadow(el).querySelectorAll('button')].find((button) => readText(button) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
};
const stepHeading = (el: BackPainQuiz) => shadow(el).querySelector('legend h3');
const resultHeading = (el: BackPainQuiz) => shadow(el).querySelector('[part="result"] h3');
const fieldset = (el: BackPainQuiz) => shadow(el).querySelector('fieldset')!;
const part = (el: BackPainQuiz, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const parts = (el: BackPainQuiz, name: string) => [...shadow(el).querySelectorAll(`[part~="${name}"]`)];
/** How many elements match; assertions compare numbers and text, never DOM nodes, so a failure reports. */
const count = (el: BackPainQuiz, selector: string) => shadow(el).querySelectorAll(selector).length;

/** What the step's heading reads: "Question 2 of 9 When do you feel it?". */
const stepText = (questionId: string, current: number, total: number) =>
  `Question ${current} of ${total} ${question(questionId).prompt}`;

async function expectFocusOnStep(el: BackPainQuiz, questionId: string, current: number, total: number) {
  await el.updateComplete;
  expect(focused(el)?.localName, 'focus on the step heading').to.equal('h3');
  expect(readText(focused(el))).to.equal(stepText(questionId, current, total));
}

/** Presses Tab until focus is on an element that passes `test`. */
async function tabTo(el: BackPainQuiz, test: (element: HTMLElement) => boolean): Promise<HTMLElement> {
  for (let press = 0; press < 20; press += 1) {
    await sendKeys({ press: 'Tab' });
    const element = focused(el);
    if (element && test(element)) return element;
  }
  throw new Error('Tab never reached the element');
}

/**
 * Answers the step on screen with the keyboard alone, from its focused heading: Tab into
 * the answers, arrow keys through radios or Tab through checkboxes, Space to choose, then
 * Tab to Next (or See result) and Enter.
 */
async function answerByKeyboard(el: BackPainQuiz, names: string[], next = strings.quizNext): Promise<void> {
  await sendKeys({ press: 'Tab' });
  for (const name of names) {
    for (let press = 0; nameOf(focused(el)) !== name; press += 1) {
      if (press > 12) throw new Error(`could not reach "${name}"`);
      await sendKeys({ press: (focused(el) as HTMLInputElement).type === 'radio' ? 'ArrowDown' : 'Tab' });
    }
    if (!(focused(el) as HTMLInputElement).checked) await sendKeys({ press: ' ' });
    expect((focused(el) as HTMLInputElement).checked, name).to.equal(true);
  }
  await tabTo(el, (element) => element.localName === 'button' && readText(element) === next);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Chooses answers by clicking their labels and presses Next. */
async function answerByClicking(el: BackPainQuiz, questionId: string, answerIds: string[]): Promise<void> {
  for (const id of answerIds) {
    answerNamed(el, labelOf(questionId, id)).closest('label')!.click();
    await el.updateComplete;
  }
  shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

/** Renders a quiz already answered up to a result. */
async function quizWith(answers: Answers): Promise<BackPainQuiz> {
  const el = await fixture<BackPainQuiz>(html`<back-pain-quiz .answers=${answers}></back-pain-quiz>`);
  await el.updateComplete;
  return el;
}

async function expectNoticeAndSources(el: BackPainQuiz, outcomeIds: readonly string[]) {
  expect(readText(part(el, 'notice'))).to.equal(strings.quizNotAdvice);
  const cited = new Set(outcomeIds.flatMap((id) => outcome(id).references));
  const sources = readText(part(el, 'sources'));
  expect(sources).to.contain(strings.sourcesHeading);
  for (const reference of references.filter((each) => cited.has(each.id))) expect(sources).to.contain(reference.title);
}

describe('<back-pain-quiz>', () => {
  beforeEach(resetLibraryState);
  afterEach(resetLibraryState);

  describe('starting', () => {
    it('says who it is for, and opens on the emergency symptoms in a fieldset of native checkboxes', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      expect(readText(shadow(el).querySelector('h2'))).to.equal(strings.quizHeading);
      expect(readText(part(el, 'intro'))).to.equal(strings.quizIntro);
      expect(strings.quizIntro).to.contain('16 and over');
      expect(readText(fieldset(el).querySelector('legend'))).to.equal(stepText('emergency-symptoms', 1, STEPS));
      expect(readText(part(el, 'hint'))).to.equal(question('emergency-symptoms').hint);
      expect(inputs(el).every((input) => input.type === 'checkbox')).to.equal(true);
      expect(inputs(el).map(nameOf)).to.deep.equal(question('emergency-symptoms').answers.map((answer) => answer.label));
      expect(count(el, '[part="back"]'), 'no Back on the first step').to.equal(0);
      expect(readText(part(el, 'next'))).to.equal(strings.quizNext);
      expect(focused(el) === null, 'nothing takes focus on load').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('uses the heading it is given', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz heading="Sore after training?"></back-pain-quiz>`);
      expect(readText(shadow(el).querySelector('h2'))).to.equal('Sore after training?');
    });
  });

  describe('red flags first', () => {
    it('asks every warning sign, emergency ones first, before where, when and how it hurts', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      const order: string[] = [];
      for (const [id, answerIds] of Object.entries(lowerBackAche)) {
        order.push(readText(part(el, 'legend')));
        await answerByClicking(el, id, answerIds);
      }
      expect(order).to.deep.equal(Object.keys(lowerBackAche).map((id, index) => stepText(id, index + 1, STEPS)));
      expect(Object.keys(lowerBackAche).slice(0, 2)).to.deep.equal(['emergency-symptoms', 'chest-symptoms']);
      expect(readText(stepHeading(el))).to.equal(stepText('habits', 10, STEPS));
    });

    it('tells breathlessness after a set apart from breathlessness that does not settle at rest', async () => {
      const el = await quizWith({ 'emergency-symptoms': ['none'] });
      expect(readText(part(el, 'hint'))).to.contain('after a set').and.contain('does not settle');
      expect(inputs(el).map(nameOf)).to.include(labelOf('chest-symptoms', 'breathless-at-rest'));
      expect(inputs(el).map(nameOf)).to.include(labelOf('chest-symptoms', 'tearing-pain'));
    });

    it('gives a reader under 16 a route to a doctor, with no form tips', async () => {
      const el = await quizWith({ ...calmFlags, age: [] });
      expect(readText(stepHeading(el))).to.equal(stepText('age', 5, STEPS));
      await answerByClicking(el, 'age', ['under-16']);
      expect(el.matches(':state(see-doctor)')).to.equal(true);
      expect(readText(part(el, 'referral'))).to.contain(outcome('under-16-see-doctor').summary);
      expect(count(el, '[part~="cause"], [part~="cues"], [part~="variations"]')).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('sends neck pain, or pain somewhere else, to a clinician: outside the check, no push-up causes', async () => {
      for (const where of ['neck-shoulders', 'elsewhere']) {
        const el = await quizWith({ ...calmFlags, where: [where] });
        expect(el.matches(':state(see-doctor)'), where).to.equal(true);
        expect(spokenText(shadow(el).querySelector('.triage-title')), where).to.equal(outcome('outside-this-check').title);
        expect(readText(part(el, 'referral')), where).to.contain(outcome('outside-this-check').summary);
        expect(count(el, '[part~="cause"], [part~="cues"], [part~="variations"]'), where).to.equal(0);
      }
    });
  });

  describe('completing it with the keyboard alone', () => {
    it('reaches the emergency result, moving focus to each new step and then to the result', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      // Space on "None of these" chooses it; the rest of the path starts from each step's heading.
      await pressOn(answerNamed(el, labelOf('emergency-symptoms', 'none')), 'Space');
      await tabTo(el, (element) => readText(element) === strings.quizNext);
      await sendKeys({ press: 'Enter' });
      await expectFocusOnStep(el, 'chest-symptoms', 2, STEPS);
      await answerByKeyboard(el, [labelOf('chest-symptoms', 'tearing-pain')], strings.quizSeeResult);

      expect(focused(el) === resultHeading(el), 'focus on the result heading').to.equal(true);
      expect(readText(focused(el))).to.equal(strings.quizResultHeading);
      expect(el.matches(':state(emergency)')).to.equal(true);
      expect(readText(shadow(el).querySelector('[role="alert"]'))).to.contain(strings.quizEmergencyTitle);
    });

    it('reaches a self-care result with the things that may be adding to it', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      const completed = oneEvent(el, 'pushup-quiz-complete');
      await pressOn(answerNamed(el, labelOf('emergency-symptoms', 'none')), 'Space');
      await tabTo(el, (element) => readText(element) === strings.quizNext);
      await sendKeys({ press: 'Enter' });
      const steps = Object.entries(selfCare).slice(1);
      for (const [index, [id, answerIds]] of steps.entries()) {
        await expectFocusOnStep(el, id, index + 2, STEPS);
        const last = index === steps.length - 1;
        const names = answerIds.map((answerId) => labelOf(id, answerId));
        await answerByKeyboard(el, names, last ? strings.quizSeeResult : strings.quizNext);
      }
      const { detail } = await completed;
      const expected = outcomeFor(en, selfCare)!;
      expect(detail).to.deep.equal({ triage: 'self-care', outcomeIds: [...expected.outcomeIds] });
      expect(expected.outcomeIds[0]).to.equal('hips-sagging');
      expect(focused(el) === resultHeading(el), 'focus on the result heading').to.equal(true);
      const causeIds = expected.outcomeIds.filter((id) => !outcome(id).general);
      expect(parts(el, 'cause').map((cause) => readText(cause.querySelector('h5')))).to.deep.equal(
        causeIds.map((id) => outcome(id).title),
      );
      expect(el.answers).to.deep.equal(selfCare);
    });
  });

  describe('moving between steps', () => {
    it('explains what is missing when Next has no answer, and keeps the step', async () => {
      const el = await quizWith({ ...calmFlags, age: [] });
      let answered = 0;
      el.addEventListener('pushup-quiz-answer', () => (answered += 1));
      await pressOn(part(el, 'next') as HTMLElement, 'Enter');
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(readText(error)).to.equal(`! ${strings.quizPickOne}`);
      expect(fieldset(el).getAttribute('aria-describedby')?.split(' ')).to.include(error.id);
      expect(readText(stepHeading(el))).to.equal(stepText('age', 5, STEPS));
      expect(focused(el) === inputs(el)[0], 'focus on the first answer').to.equal(true);
      expect(answered).to.equal(0);
      await expect(el).to.be.accessible();

      await pressOn(part(el, 'next') as HTMLElement, 'Enter');
      await el.updateComplete;
      expect(focused(el) === inputs(el)[0], 'again on a second try').to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(readText(part(el, 'error')), 'a complete answer clears the message').to.equal('');
    });

    it('asks for at least one answer, or "None of these", on a multiple-choice step', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      await pressOn(part(el, 'next') as HTMLElement, 'Enter');
      await el.updateComplete;
      expect(readText(part(el, 'error'))).to.equal(`! ${strings.quizPickAtLeastOne}`);
      expect(readText(stepHeading(el))).to.equal(stepText('emergency-symptoms', 1, STEPS));
      await expect(el).to.be.accessible();
    });

    it('goes Back with every answer kept, and forward again through them', async () => {
      const el = await quizWith(calmFlags);
      await answerByClicking(el, 'where', ['upper-back']);
      await answerByClicking(el, 'when', ['both']);
      expect(readText(stepHeading(el))).to.equal(stepText('feeling', 9, STEPS + 1));
      // A choice not yet accepted with Next is kept too.
      answerNamed(el, labelOf('feeling', 'mild-ache')).click();

      await pressOn(buttonNamed(el, strings.quizBack), 'Enter');
      await expectFocusOnStep(el, 'when', 8, STEPS + 1);
      expect(answerNamed(el, labelOf('when', 'both')).checked).to.equal(true);
      await pressOn(buttonNamed(el, strings.quizBack), 'Enter');
      await expectFocusOnStep(el, 'where', 7, STEPS + 1);
      expect(answerNamed(el, labelOf('where', 'upper-back')).checked).to.equal(true);
      await expect(el).to.be.accessible();

      await pressOn(buttonNamed(el, strings.quizNext), 'Enter');
      await expectFocusOnStep(el, 'when', 8, STEPS + 1);
      expect(answerNamed(el, labelOf('when', 'both')).checked).to.equal(true);
      expect(el.answers).to.deep.equal({ ...calmFlags, where: ['upper-back'], when: ['both'] });
      await pressOn(buttonNamed(el, strings.quizNext), 'Enter');
      await expectFocusOnStep(el, 'feeling', 9, STEPS + 1);
      expect(answerNamed(el, labelOf('feeling', 'mild-ache')).checked).to.equal(true);
    });

    it('is accessible on every step of the longest path', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      const path: [string, string][] = [
        ...Object.entries(calmFlags).map(([id, [answerId]]): [string, string] => [id, answerId]),
        ['where', 'upper-back'],
        ['when', 'both'],
        ['feeling', 'mild-ache'],
        ['habits', 'desk-hunched'],
        ['harder-variations', 'diamond'],
        ['form', 'none'],
        ['shoulders', 'no-retraction'],
      ];
      for (const [index, [id, answerId]] of path.entries()) {
        // The shoulder question counts once "Upper back" is chosen.
        const total = path.slice(0, index).some(([, answer]) => answer === 'upper-back') ? STEPS + 1 : STEPS;
        expect(readText(stepHeading(el))).to.equal(stepText(id, index + 1, total));
        await expect(el).to.be.accessible();
        await answerByClicking(el, id, [answerId]);
      }
      expect(el.matches(':state(self-care)')).to.equal(true);
    });

    it('asks about the shoulders only when the upper back hurts', async () => {
      const el = await quizWith({ ...selfCare, where: ['upper-back'], form: [] });
      await answerByClicking(el, 'form', ['none']);
      expect(readText(stepHeading(el))).to.equal(stepText('shoulders', STEPS + 1, STEPS + 1));
      expect(readText(part(el, 'next'))).to.equal(strings.quizSeeResult);
      await expect(el).to.be.accessible();
    });

    it('"None of these" clears the other ticks, and another tick clears it', async () => {
      const el = await quizWith({ 'emergency-symptoms': ['none'] });
      const none = answerNamed(el, labelOf('chest-symptoms', 'none'));
      const chest = answerNamed(el, labelOf('chest-symptoms', 'chest-pain'));
      const fall = answerNamed(el, labelOf('chest-symptoms', 'serious-accident'));
      expect(inputs(el).every((input) => input.type === 'checkbox')).to.equal(true);
      await pressOn(chest, 'Space');
      await pressOn(fall, 'Space');
      await el.updateComplete;
      expect([chest.checked, fall.checked]).to.deep.equal([true, true]);
      expect(readText(part(el, 'next')), 'an emergency symptom ends the quiz').to.equal(strings.quizSeeResult);

      await pressOn(none, 'Space');
      await el.updateComplete;
      expect([none.checked, chest.checked, fall.checked]).to.deep.equal([true, false, false]);
      expect(readText(part(el, 'next'))).to.equal(strings.quizNext);

      await pressOn(fall, 'Space');
      await el.updateComplete;
      expect([none.checked, fall.checked]).to.deep.equal([false, true]);
      await expect(el).to.be.accessible();
    });
  });

  describe('results', () => {
    /** What a referral shows, in reading order: who, how soon, until then, what to tell them. */
    const expectReferral = (el: BackPainQuiz, id: string) => {
      const referral = outcome(id).referral!;
      const shown = part(el, 'referral')!;
      expect([...shown.querySelectorAll('dt')].map(readText)).to.deep.equal([
        strings.quizWho,
        strings.quizWhen,
        strings.quizMeanwhile,
        strings.quizTell,
      ]);
      const facts = [...shown.querySelectorAll(':scope > dl > dd')];
      expect(readText(facts[0])).to.equal(withLocalNumbers(referral.who));
      expect(readText(facts[1])).to.equal(withLocalNumbers(referral.when));
      expect([...facts[2].querySelectorAll('li')].map(readText)).to.deep.equal(referral.meanwhile.map(withLocalNumbers));
      expect([...facts[3].querySelectorAll('li')].map(readText)).to.deep.equal(referral.tell.map(withLocalNumbers));
      expect(readText(shown)).to.contain(withLocalNumbers(outcome(id).summary));
    };

    /** A referral only: no cause, "what to try", cues, variation names, cards or variation buttons. */
    const expectNoFormTips = (el: BackPainQuiz, label: string) => {
      for (const name of ['cause', 'cues', 'variations', 'variation-cards', 'advice']) {
        expect(count(el, `[part~="${name}"]`), `${label}: no ${name}`).to.equal(0);
      }
      expect(count(el, 'variation-risk-card'), `${label}: no cards`).to.equal(0);
      const text = readText(part(el, 'result'));
      expect(text, label).not.to.contain(strings.quizWhatToTry);
      expect(text, label).not.to.contain(strings.quizCuesToCheck);
      expect(text, label).not.to.contain(strings.quizEasierVariations);
      for (const cue of cues) expect(text, `${label}: cue ${cue.id}`).not.to.contain(cue.text);
    };

    it('tells the reader to call their local emergency number now, in an alert, with no form tips', async () => {
      const el = await quizWith(emergency);
      const alert = shadow(el).querySelector('[role="alert"][part="triage"]');
      expect(readText(alert)).to.contain(strings.quizEmergencyTitle).and.contain(withLocalNumbers(strings.quizEmergencyCall));
      expect(readText(alert)).to.contain('Call your local emergency number now');
      expect(strings.quizEmergencyCall).to.contain("Don't drive yourself");
      expect(count(el, 'a[href^="tel:"]')).to.equal(0);
      expect(count(el, '[part="call-button"]')).to.equal(0);
      expectReferral(el, 'emergency-help');
      expectNoFormTips(el, 'emergency');
      expect(count(el, '[role="status"]')).to.equal(0);
      await expectNoticeAndSources(el, ['emergency-help']);
      expect(el.matches(':state(result)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("leads the emergency result with a full-width call button for the page's `emergency-number`", async () => {
      const el = await fixture<BackPainQuiz>(
        html`<back-pain-quiz emergency-number="112" .answers=${emergency}></back-pain-quiz>`,
      );
      const alert = shadow(el).querySelector('[role="alert"][part="triage"]')!;
      const button = alert.querySelector<HTMLAnchorElement>('[part="call-button"]')!;
      expect(button.getAttribute('href')).to.equal('tel:112');
      expect(readText(button), 'its name says what it does').to.equal('Call 112');
      const box = button.getBoundingClientRect();
      expect(box.height, 'at least 44 px high').to.be.at.least(44);
      expect(box.width, 'as wide as the message').to.be.at.least(alert.getBoundingClientRect().width - 2 * 16 - 12);
      expect(box.top - el.getBoundingClientRect().top, 'near the top of the result').to.be.below(220);
      const line = alert.querySelector('.call')!;
      expect(readText(line)).to.equal(strings.quizEmergencyCall.replace('{emergency}', '112'));
      expect(line.querySelector('a')?.getAttribute('href')).to.equal('tel:112');
      expect(readText(part(el, 'result'))).not.to.contain(strings.quizEmergencyLocal);
      await expect(el).to.be.accessible();
    });

    for (const [written, dial] of [
      ['1800 022 222', '1800022222'],
      ['+44 20 7946 0958', '+442079460958'],
      ['112', '112'],
      ['(03) 9999 0000', '0399990000'],
      ['000', '000'],
    ]) {
      it(`shows "${written}" as written and dials ${dial}`, async () => {
        const el = await fixture<BackPainQuiz>(
          html`<back-pain-quiz emergency-number=${written} .answers=${emergency}></back-pain-quiz>`,
        );
        const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
        expect(links.length, 'the button, the call line and the referral').to.be.at.least(3);
        for (const link of links) expect(link.getAttribute('href')).to.equal(`tel:${dial}`);
        expect(readText(part(el, 'call-button'))).to.equal(`Call ${written}`);
        expect(readText(shadow(el).querySelector('.call a'))).to.equal(written);
      });
    }

    for (const implausible of ['0', '7', '1234567890123456', 'call 112', '999 or 112', '+44+20']) {
      it(`shows the implausible number "${implausible}" as text, with no call link and one warning`, async () => {
        const warn = spyConsole('warn');
        try {
          const el = await fixture<BackPainQuiz>(
            html`<back-pain-quiz emergency-number=${implausible} .answers=${emergency}></back-pain-quiz>`,
          );
          expect(readText(part(el, 'triage'))).to.contain(strings.quizEmergencyCall.replace('{emergency}', implausible));
          expect(count(el, 'a[href^="tel:"]')).to.equal(0);
          expect(count(el, '[part="call-button"]')).to.equal(0);
          el.requestUpdate();
          await el.updateComplete;
          expect(warn.calls.length).to.equal(1);
          expect(String(warn.calls[0][0])).to.contain(`emergency-number "${implausible}"`);
        } finally {
          warn.restore();
        }
      });
    }

    it('takes a number set as a property by a framework, and renders the emergency result whatever it is given', async () => {
      const warn = spyConsole('warn');
      try {
        const el = await quizWith(emergency);
        el.emergencyNumber = 112;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="call-button"]')?.getAttribute('href')).to.equal('tel:112');
        for (const value of [{}, true, [], Symbol.iterator, Number.NaN, -1, 1.5]) {
          (el as unknown as { emergencyNumber: unknown }).emergencyNumber = value;
          await el.updateComplete;
          expect(readText(part(el, 'triage')), String(typeof value)).to.contain(withLocalNumbers(strings.quizEmergencyCall));
          expect(count(el, 'a[href^="tel:"]'), String(typeof value)).to.equal(0);
        }
      } finally {
        warn.restore();
      }
    });

    it('sends an urgent symptom to a doctor today or tomorrow in a polite status, led by a call button for the advice line', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz urgent-number="111" .answers=${urgent}></back-pain-quiz>`);
      const status = shadow(el).querySelector('[role="status"][part="triage"]');
      expect(readText(status)).to.contain(outcome('urgent-appointment').title);
      expect(readText(status)).to.contain(strings.quizUrgentCall.replace('{urgent}', '111'));
      const button = status!.querySelector('[part="call-button"]')!;
      expect(button.getAttribute('href')).to.equal('tel:111');
      expect(readText(button)).to.equal('Call 111');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      expect(count(el, '[role="alert"]')).to.equal(0);
      expect(count(el, '[part="referral"] h4'), 'the banner is the one referral\'s title').to.equal(0);
      expect(el.matches(':state(see-doctor)')).to.equal(true);
      expectNoFormTips(el, 'urgent');
      await expectNoticeAndSources(el, ['urgent-appointment']);
      await expect(el).to.be.accessible();
    });

    it('still shows the emergency message and the number when the full result cannot be built', async () => {
      const error = spyConsole('error');
      try {
        const el = await fixture<BackPainQuiz>(html`<back-pain-quiz emergency-number="112" .answers=${emergency}></back-pain-quiz>`);
        const referral = outcome('emergency-help').referral!;
        // Valid to validation, which only walks the list; rendering maps it, and that throws.
        const trap = new Proxy([...referral.meanwhile], {
          get: (target, key) => {
            if (key === 'map') throw new Error('cannot be listed');
            return Reflect.get(target, key);
          },
        });
        el.content = { outcomes: [{ id: 'emergency-help', referral: { ...referral, meanwhile: trap } }] };
        await el.updateComplete;
        const alert = shadow(el).querySelector('[role="alert"][part="triage"]');
        expect(readText(alert)).to.contain(strings.quizEmergencyTitle);
        expect(shadow(el).querySelector('[role="alert"] [part="call-button"]')?.getAttribute('href')).to.equal('tel:112');
        expect(readText(part(el, 'notice'))).to.equal(strings.quizNotAdvice);
        expect(error.calls.length).to.equal(1);
        expect(String(error.calls[0][0])).to.contain('could not be shown in full');
        await expect(el).to.be.accessible();
      } finally {
        error.restore();
      }
    });

    it('names no country when no urgent number is set', async () => {
      const el = await quizWith(urgent);
      expect(readText(part(el, 'triage'))).to.contain(withLocalNumbers(strings.quizUrgentCall));
      expect(readText(part(el, 'triage'))).to.contain('your local urgent medical advice line');
      expect(count(el, 'a[href^="tel:"]')).to.equal(0);
    });

    it('takes the numbers a page sets once, in a meta or with configure(), and lets the attribute win', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'pushup-widgets', content: 'emergency-number=000; urgent-number=13 14 15' });
      document.head.append(meta);
      try {
        const fromMeta = await quizWith(emergency);
        expect(part(fromMeta, 'call-button')?.getAttribute('href')).to.equal('tel:000');
        const own = await fixture<BackPainQuiz>(html`<back-pain-quiz emergency-number="112" .answers=${emergency}></back-pain-quiz>`);
        expect(part(own, 'call-button')?.getAttribute('href'), 'the attribute wins').to.equal('tel:112');
        const urgentQuiz = await quizWith(urgent);
        expect(readText(part(urgentQuiz, 'call-button'))).to.equal('Call 13 14 15');

        // Set later, it reaches the quizzes already shown.
        configure({ emergencyNumber: '911' });
        await fromMeta.updateComplete;
        await own.updateComplete;
        expect(part(fromMeta, 'call-button')?.getAttribute('href'), 'configure() wins over the meta').to.equal('tel:911');
        expect(part(own, 'call-button')?.getAttribute('href'), 'the attribute still wins').to.equal('tel:112');
      } finally {
        meta.remove();
        configure({ emergencyNumber: undefined, urgentNumber: undefined });
      }
    });

    describe('every referral, with urgent-number="111" emergency-number="112"', () => {
      const flagged = questions.flatMap((each) =>
        each.answers.flatMap((answer) => (answer.redFlag ? [{ question: each.id, answer: answer.id }] : [])),
      );
      for (const { question: id, answer } of flagged) {
        it(`${id}: ${answer} names the numbers wherever it says to call, and its banner matches its text`, async () => {
          const answers = { ...calmFlags, where: ['lower-back'], when: ['during'], feeling: ['mild-ache'], [id]: [answer] };
          const el = await fixture<BackPainQuiz>(
            html`<back-pain-quiz urgent-number="111" emergency-number="112" .answers=${answers}></back-pain-quiz>`,
          );
          const result = outcomeFor(en, answers)!;
          const text = readText(part(el, 'result'));
          expect(text).not.to.contain(strings.quizEmergencyLocal);
          expect(text).not.to.contain(strings.quizUrgentLocal);
          expect(text).not.to.match(/\{(emergency|urgent)\}/);
          const dialled = new Set([...shadow(el).querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href')));
          expect([...dialled], 'the emergency number is linked on every referral').to.include('tel:112');
          // "If you get worse": the emergency signs, chest ones included, with the number to call.
          const ifWorse = [...shadow(el).querySelectorAll('[part="referral"] [part="actions"] li')].filter((item) =>
            item.querySelector('a[href="tel:112"]'),
          );
          expect(ifWorse.length, 'a line that says when to call 112').to.be.at.least(result.triage === 'emergency' ? 0 : 1);
          if (result.triage !== 'emergency') expect(readText(ifWorse[0]).toLowerCase()).to.match(/chest/);
          const button = part(el, 'call-button');
          if (result.triage === 'emergency') expect(readText(button)).to.equal('Call 112');
          else if (result.urgency === 'urgent') expect(readText(button)).to.equal('Call 111');
          else expect(button, 'a routine referral has no call button').to.equal(null);
          // The banner is the referral's own title when it stands alone.
          if (result.outcomeIds.length === 1) {
            expect(spokenText(shadow(el).querySelector('.triage-title'))).to.equal(outcome(result.outcomeIds[0]).title);
          }
          el.remove();
        });
      }
    });

    it('sends sharp or lasting pain to a doctor or physiotherapist, with a referral only', async () => {
      const el = await quizWith(seeSoon);
      expect(outcomeFor(en, seeSoon)).to.deep.include({ triage: 'see-doctor', urgency: 'soon' });
      expect(spokenText(shadow(el).querySelector('[role="status"] .triage-title'))).to.equal(outcome('see-professional-soon').title);
      expect(count(el, '[part="referral"] h4'), 'one referral: its title is the banner, not repeated').to.equal(0);
      expectReferral(el, 'see-professional-soon');
      expectNoFormTips(el, 'soon');
      await expectNoticeAndSources(el, ['see-professional-soon']);
      await expect(el).to.be.accessible();
    });

    it('gives every referral level a referral only, even when habits and form answers were stored', async () => {
      const flagged = questions.flatMap((each) =>
        each.answers.flatMap((answer) => (answer.redFlag ? [{ question: each.id, answer: answer.id }] : [])),
      );
      for (const { question: id, answer } of flagged) {
        const el = await quizWith({ ...selfCare, [id]: [answer] });
        expect(el.matches(':state(self-care)'), `${id}.${answer}`).to.equal(false);
        expectNoFormTips(el, `${id}.${answer}`);
        el.remove();
      }
    });

    it('lists the things that may be adding to it, with what to try, cues and easier variations', async () => {
      const el = await quizWith(selfCare);
      expect(readText(shadow(el).querySelector('[role="status"]'))).to.contain(strings.quizSelfCareTitle);
      expect(count(el, '[role="alert"]')).to.equal(0);
      expect(readText(shadow(el).querySelector('.causes h4'))).to.equal(strings.quizCauses);
      const first = part(el, 'cause')!;
      const hips = outcome('hips-sagging');
      expect(readText(first.querySelector('h5'))).to.equal(hips.title);
      expect(readText(first)).to.contain(hips.summary);
      expect([...first.querySelectorAll('[part="actions"] li')].map(readText)).to.deep.equal([...hips.actions]);
      expect([...first.querySelectorAll('[part="cues"] li')].map(readText)).to.deep.equal(
        hips.cues.map((id) => cues.find((cue) => cue.id === id)!.text),
      );
      expect(readText(first.querySelector('[part="variations"]'))).to.equal(
        variations.find((variation) => variation.id === 'knee')!.name,
      );
      expect(readText(first.querySelector('[part="variations"]')?.previousElementSibling)).to.equal(
        strings.quizEasierVariations,
      );
      const advice = outcome('keep-moving');
      expect(readText(part(el, 'advice')?.querySelector('h4'))).to.equal(advice.title);
      expect(readText(part(el, 'advice'))).to.contain(advice.summary);
      expect(el.matches(':state(self-care)')).to.equal(true);
      await expectNoticeAndSources(el, outcomeFor(en, selfCare)!.outcomeIds);
      await expect(el).to.be.accessible();
    });

    it('leads with the three most likely causes and lists the rest shorter, dropping none', async () => {
      const many: Answers = {
        ...lowerBackAche,
        habits: ['already-tired', 'more-reps', 'no-warm-up'],
        'harder-variations': ['weighted'],
        form: ['hips-sag', 'back-arch'],
      };
      const result = outcomeFor(en, many)!;
      expect(result.alsoIds.length, 'more than three causes apply').to.be.at.least(2);
      const el = await quizWith(many);
      expect(parts(el, 'cause').map((cause) => readText(cause.querySelector('h5')))).to.deep.equal(
        result.outcomeIds.slice(0, 3).map((id) => outcome(id).title),
      );
      const more = parts(el, 'more-cause');
      expect(more.map((item) => readText(item.querySelector('.more-cause-title')))).to.deep.equal(
        result.alsoIds.map((id) => `${outcome(id).title}.`),
      );
      for (const [index, item] of more.entries()) {
        expect(readText(item)).to.contain(outcome(result.alsoIds[index]).summary);
        expect(item.querySelectorAll('[part="citation"] a').length, 'its sources marked').to.be.at.least(1);
      }
      expect(readText(shadow(el).querySelector('.more-causes h4'))).to.equal(strings.quizMoreCauses);
      await expect(el).to.be.accessible();
    });

    it('never shows a cause the reader ruled out', async () => {
      const el = await quizWith({ ...selfCare, habits: ['none'], form: ['none'], when: ['after'] });
      const titles = parts(el, 'cause').map((cause) => readText(cause.querySelector('h5')));
      expect(titles).not.to.include(outcome('hips-sagging').title);
      expect(titles).not.to.include(outcome('over-arching').title);
      expect(titles).not.to.include(outcome('no-warm-up').title);
      expect(titles).to.deep.equal([outcome('muscle-fatigue').title]);
    });

    it('marks each claim with the sources it rests on, linked to the numbered list', async () => {
      const el = await quizWith(selfCare);
      const listed = [...shadow(el).querySelectorAll('[part="sources"] li')].map((item) => item.id);
      const shown = outcomeFor(en, selfCare)!.outcomeIds.map(outcome);
      for (const [index, cause] of parts(el, 'cause').entries()) {
        const links = [...cause.querySelectorAll('[part="citation"] a')];
        const cited = links.map((link) => link.getAttribute('href')?.replace('#', ''));
        expect(cited, shown[index].id).to.deep.equal(
          references.filter((each) => shown[index].references.includes(each.id)).map((each) => `source-${each.id}`),
        );
        for (const [at, link] of links.entries()) {
          const number = listed.indexOf(cited[at]!) + 1;
          expect(readText(link)).to.equal(String(number));
          expect(link.getAttribute('aria-label')).to.match(new RegExp(`^Source ${number}: `));
        }
      }
      const link = part(el, 'cause')!.querySelector<HTMLAnchorElement>('[part="citation"] a')!;
      link.click();
      expect(shadow(el).activeElement?.id).to.equal(link.getAttribute('href')?.slice(1));
      expect(location.hash, 'the page URL is left alone').to.equal('');
    });

    it('ends every result with the answers in plain words and the date, for a clinician', async () => {
      for (const answers of [emergency, urgent, seeSoon, selfCare]) {
        const el = await quizWith(answers);
        const summary = part(el, 'summary')!;
        expect(readText(summary.querySelector('h4'))).to.equal(strings.quizSummaryHeading);
        const given = Object.entries(el.answers);
        expect([...summary.querySelectorAll('dt')].map(readText)).to.deep.equal(given.map(([id]) => question(id).prompt));
        // A warning-sign step: every sign asked about, and which were ticked ("none" for None of these).
        const isWarningSigns = (id: string) =>
          question(id).kind === 'multiple' && question(id).answers.some((answer) => answer.redFlag);
        const signs = (id: string, ids: readonly string[]) =>
          question(id).answers.filter((answer) => !answer.exclusive && ids.includes(answer.id)).map((answer) => answer.label);
        expect([...summary.querySelectorAll('dd')].map(readText)).to.deep.equal(
          given.map(([id, ids]) =>
            isWarningSigns(id)
              ? `${strings.quizSummaryAsked.replace('{answers}', signs(id, question(id).answers.map((answer) => answer.id)).join('; '))} ` +
                strings.quizSummaryTicked.replace('{answers}', signs(id, ids).join('; ') || strings.quizSummaryNone)
              : ids.map((answerId) => labelOf(id, answerId)).join('; '),
          ),
        );
        expect(readText(summary.querySelector('.summary-date'))).to.match(new RegExp(String(new Date().getFullYear())));
        el.remove();
      }
    });

    it('lets a clinician see which warning signs were ruled out, not only "None of these"', async () => {
      const el = await quizWith(urgent);
      const answers = [...part(el, 'summary')!.querySelectorAll('dd')].map(readText);
      expect(answers[0]).to.contain('Asked about: I have lost control of my bladder or bowels');
      expect(answers[0]).to.contain('Ticked: none');
      expect(answers[2]).to.contain(`Ticked: ${labelOf('urgent-symptoms', 'fever')}`);
      expect(answers.join(' ')).not.to.contain(labelOf('urgent-symptoms', 'none'));
    });

    it('starts again from the result, at question 1 with its heading focused', async () => {
      const el = await quizWith(selfCare);
      const restarted = oneEvent(el, 'pushup-quiz-restart');
      await pressOn(buttonNamed(el, strings.quizRestart), 'Enter');
      const { detail } = await restarted;
      expect(detail).to.deep.equal({});
      await expectFocusOnStep(el, 'emergency-symptoms', 1, STEPS);
      expect(inputs(el).some((input) => input.checked)).to.equal(false);
      expect(el.matches(':state(result)')).to.equal(false);
    });

    it('prints from the Print button', async () => {
      const el = await quizWith(selfCare);
      const print = window.print;
      let printed = 0;
      window.print = () => (printed += 1);
      try {
        await pressOn(buttonNamed(el, strings.quizPrint), 'Enter');
        expect(printed).to.equal(1);
      } finally {
        window.print = print;
      }
    });
  });

  describe('events', () => {
    it('fires pushup-quiz-answer with ids only: a string for one choice, a list for several', async () => {
      const el = await quizWith(lowerBackAche);
      const events: unknown[] = [];
      el.addEventListener('pushup-quiz-answer', (event) => events.push(event.detail));
      await answerByClicking(el, 'habits', ['desk-hunched', 'more-reps']);
      el.answers = calmFlags;
      await el.updateComplete;
      await answerByClicking(el, 'where', ['neck-shoulders']);
      expect(events).to.deep.equal([
        { questionId: 'habits', answer: ['desk-hunched', 'more-reps'] },
        { questionId: 'where', answer: 'neck-shoulders' },
      ]);
    });

    it('fires pushup-quiz-complete once, with the triage and outcome ids the engine gives', async () => {
      const el = await quizWith({ ...urgent, 'urgent-symptoms': ['none'] });
      const details: unknown[] = [];
      el.addEventListener('pushup-quiz-complete', (event) => details.push(event.detail));
      await answerByClicking(el, 'health-history', ['cancer-history']);
      el.requestUpdate();
      await el.updateComplete;
      const expected = outcomeFor(en, { ...urgent, 'urgent-symptoms': ['none'], 'health-history': ['cancer-history'] })!;
      expect(details).to.deep.equal([{ triage: 'see-doctor', outcomeIds: [...expected.outcomeIds] }]);
      expect(expected.outcomeIds).to.deep.equal(['urgent-appointment']);
      expect(focused(el) === resultHeading(el), 'focus on the result heading').to.equal(true);
    });

    it('bubbles its events out of the shadow root', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><back-pain-quiz></back-pain-quiz></div>`);
      const el = wrapper.querySelector('back-pain-quiz')!;
      const answered = oneEvent(wrapper, 'pushup-quiz-answer');
      await answerByClicking(el, 'emergency-symptoms', ['none']);
      expect((await answered).detail).to.deep.equal({ questionId: 'emergency-symptoms', answer: ['none'] });
    });
  });

  describe('on a narrow screen', () => {
    it('fits a 280 px wide column on a step and on every kind of result, with targets of at least 24 px', async () => {
      const first = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      expect(await overflowAt(first, 280), 'first step').to.equal(0);
      expect(smallTargets(first), 'first step').to.deep.equal([]);
      for (const [name, answers] of Object.entries({ emergency, urgent, seeSoon, selfCare })) {
        const el = await fixture<BackPainQuiz>(
          html`<back-pain-quiz emergency-number="112" .answers=${answers}></back-pain-quiz>`,
        );
        expect(await overflowAt(el, 280), name).to.equal(0);
        expect(smallTargets(el), name).to.deep.equal([]);
      }
    });
  });

  describe('restart()', () => {
    it('returns to question 1, clears storage and fires pushup-quiz-restart', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
      await answerByClicking(el, 'emergency-symptoms', ['none']);
      expect(localStorage.getItem(storageKey())).to.not.equal(null);
      const restarted = oneEvent(el, 'pushup-quiz-restart');
      el.restart();
      await restarted;
      await el.updateComplete;
      expect(localStorage.getItem(storageKey())).to.equal(null);
      expect(el.answers).to.deep.equal({});
      expect(readText(stepHeading(el))).to.equal(stepText('emergency-symptoms', 1, STEPS));
    });
  });

  describe('persist', () => {
    it('follows answers another tab saves under the same key', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
      window.dispatchEvent(
        new StorageEvent('storage', { key: storageKey(), newValue: storedAnswers(calmFlags), storageArea: localStorage }),
      );
      await el.updateComplete;
      expect(readText(stepHeading(el))).to.equal(stepText('where', 7, STEPS));
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey(), newValue: null, storageArea: localStorage }));
      await el.updateComplete;
      expect(readText(stepHeading(el))).to.equal(stepText('emergency-symptoms', 1, STEPS));
    });

    it('resumes saved answers once a server-rendered quiz is hydrated', async () => {
      localStorage.setItem(storageKey(), storedAnswers(calmFlags));
      // What Lit SSR sends: the tag with its shadow root as declarative shadow DOM.
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.setHTMLUnsafe(
        '<back-pain-quiz persist><template shadowrootmode="open"><p>From the server</p></template></back-pain-quiz>',
      );
      const el = host.querySelector('back-pain-quiz') as BackPainQuiz;
      // The saved answers come in the update after the hydrating one.
      await waitUntil(() => Object.keys(el.answers ?? {}).length > 0, 'the saved answers were never restored');
      await el.updateComplete;
      expect(readText(stepHeading(el))).to.equal(stepText('where', 7, STEPS));
      expect((shadow(el).textContent ?? '').includes('From the server')).to.equal(false);
    });

    it('resumes an unfinished quiz at the next question after the element is re-created', async () => {
      const first = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
      await answerByClicking(first, 'emergency-symptoms', ['none']);
      await answerByClicking(first, 'chest-symptoms', ['none']);
      first.remove();
      expect(readStored()).to.deep.equal({
        'emergency-symptoms': ['none'],
        'chest-symptoms': ['none'],
      });
      const second = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
      expect(readText(stepHeading(second))).to.equal(stepText('urgent-symptoms', 3, STEPS));
      expect(focused(second) === null, 'a resumed quiz does not take focus').to.equal(true);
      await pressOn(buttonNamed(second, strings.quizBack), 'Enter');
      await second.updateComplete;
      expect(answerNamed(second, labelOf('chest-symptoms', 'none')).checked).to.equal(true);
      await expect(second).to.be.accessible();
    });

    it('shows the result again for a finished quiz, until Start again', async () => {
      localStorage.setItem(storageKey('monday'), storedAnswers(selfCare));
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz persist="monday"></back-pain-quiz>`);
      expect(el.matches(':state(self-care)')).to.equal(true);
      buttonNamed(el, strings.quizRestart).click();
      await el.updateComplete;
      expect(localStorage.getItem(storageKey('monday'))).to.equal(null);
    });

    it('keeps stored answers for 24 hours after the last answer, then removes them unread', async () => {
      const warn = spyConsole('warn');
      try {
        localStorage.setItem(storageKey(), storedAnswers(calmFlags, Date.now() - 23 * HOUR));
        const kept = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
        expect(readText(stepHeading(kept)), 'resumed within the day').to.equal(stepText('where', 7, STEPS));
        kept.remove();

        localStorage.setItem(storageKey(), storedAnswers(calmFlags, Date.now() - 25 * HOUR));
        const expired = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
        expect(readText(stepHeading(expired))).to.equal(stepText('emergency-symptoms', 1, STEPS));
        expect(localStorage.getItem(storageKey()), 'removed').to.equal(null);
        expect(warn.calls, 'expiry is expected, not a fault').to.deep.equal([]);
      } finally {
        warn.restore();
      }
    });

    it('takes the time answers last from persist-hours, and stores the time of each answer', async () => {
      localStorage.setItem(storageKey(), storedAnswers(calmFlags, Date.now() - 3 * HOUR));
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz persist="" persist-hours="2"></back-pain-quiz>`);
      expect(readText(stepHeading(el))).to.equal(stepText('emergency-symptoms', 1, STEPS));
      expect(localStorage.getItem(storageKey())).to.equal(null);
      await answerByClicking(el, 'emergency-symptoms', ['none']);
      const saved = JSON.parse(localStorage.getItem(storageKey())!) as { savedAt: number };
      expect(Date.now() - saved.savedAt).to.be.within(0, 5_000);
    });

    it('keeps 24 hours, with one warning naming persist-hours, when persist-hours is not a number above 0', async () => {
      const warn = spyConsole('warn');
      try {
        localStorage.setItem(storageKey(), storedAnswers(calmFlags, Date.now() - 23 * HOUR));
        const el = await fixture<BackPainQuiz>(html`<back-pain-quiz persist="" persist-hours="soon"></back-pain-quiz>`);
        expect(readText(stepHeading(el))).to.equal(stepText('where', 7, STEPS));
        for (const value of [-1, 0, Number.NaN, {}, true]) {
          (el as unknown as { persistHours: unknown }).persistHours = value;
          await el.updateComplete;
        }
        expect(warn.calls.length).to.equal(6);
        for (const call of warn.calls) expect(String(call[0])).to.contain('persist-hours');
      } finally {
        warn.restore();
      }
    });

    it('removes answers an earlier version stored, which it never reads', async () => {
      localStorage.setItem('pushup-widgets:quiz:v2:default', JSON.stringify(calmFlags));
      await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
      expect(localStorage.getItem('pushup-widgets:quiz:v2:default')).to.equal(null);
    });

    it('offers "Forget my answers" on a finished result: it clears the stored answers and says so', async () => {
      localStorage.setItem(storageKey(), storedAnswers(selfCare));
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
      expect(el.matches(':state(result)')).to.equal(true);
      const status = part(el, 'forgotten')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(readText(status), 'the live region waits, empty').to.equal('');
      await expect(el).to.be.accessible();
      await pressOn(buttonNamed(el, strings.quizForget), 'Enter');
      await el.updateComplete;
      expect(localStorage.getItem(storageKey())).to.equal(null);
      expect(readText(part(el, 'forgotten'))).to.equal(strings.quizForgotten);
      expect(count(el, '[part="forget"]')).to.equal(0);
      expect(readText(focused(el)), 'focus stays in the result').to.equal(strings.quizRestart);
      expect(el.matches(':state(self-care)'), 'the result stays on screen').to.equal(true);
      await expect(el).to.be.accessible();
      // Nothing comes back after a reload.
      el.remove();
      const again = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
      expect(readText(stepHeading(again))).to.equal(stepText('emergency-symptoms', 1, STEPS));
    });

    it('offers no "Forget my answers" when nothing is stored', async () => {
      const plain = await quizWith(selfCare);
      expect(count(plain, '[part="forget"]')).to.equal(0);
      expect(count(plain, '[part="forgotten"]')).to.equal(0);
      const persisted = await fixture<BackPainQuiz>(html`<back-pain-quiz persist="" .answers=${selfCare}></back-pain-quiz>`);
      expect(count(persisted, '[part="forget"]'), 'answers set by the page were never stored').to.equal(0);
    });

    it('stores nothing without persist', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      await answerByClicking(el, 'emergency-symptoms', ['none']);
      expect(Object.keys(localStorage).filter((key) => key.startsWith('pushup-widgets'))).to.deep.equal([]);
    });

    for (const [kind, stored] of [
      ['unreadable JSON', '{not json'],
      ['answers that are not answers', storedAnswers({ 'emergency-symptoms': 42, when: ['never'] })],
      ['a list', storedAnswers(['none'])],
      ['answers without the time they were saved', JSON.stringify(calmFlags)],
      ['a time in the future', storedAnswers(calmFlags, Date.now() + HOUR)],
    ]) {
      it(`starts fresh with one warning, and removes what is stored, when storage holds ${kind}`, async () => {
        const warn = spyConsole('warn');
        try {
          localStorage.setItem(storageKey(), stored);
          const el = await fixture<BackPainQuiz>(html`<back-pain-quiz persist=""></back-pain-quiz>`);
          expect(el.answers).to.deep.equal({});
          expect(readText(stepHeading(el))).to.equal(stepText('emergency-symptoms', 1, STEPS));
          expect(warn.calls.length).to.equal(1);
          expect(localStorage.getItem(storageKey()), 'removed').to.equal(null);
          await answerByClicking(el, 'emergency-symptoms', ['none']);
          expect(readStored()).to.deep.equal({ 'emergency-symptoms': ['none'] });
        } finally {
          warn.restore();
        }
      });
    }
  });

  describe('answers property', () => {
    it('drops unknown, malformed and off-path answers', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      el.answers = {
        'emergency-symptoms': ['none', 'both-legs'],
        'chest-symptoms': ['none'],
        nonsense: ['x'],
        shoulders: ['no-retraction'],
      };
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ 'chest-symptoms': ['none'] });
      expect(readText(stepHeading(el))).to.equal(stepText('emergency-symptoms', 1, STEPS));
    });

    it('ignores a value that is not a record of answers, with one warning naming answers, and keeps the progress', async () => {
      const warn = spyConsole('warn');
      try {
        const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
        await answerByClicking(el, 'emergency-symptoms', ['none']);
        for (const value of ['where=lower-back', 42, ['none'], true, Symbol('answers')]) {
          (el as unknown as { answers: unknown }).answers = value;
          await el.updateComplete;
          expect(readText(stepHeading(el)), String(typeof value)).to.equal(stepText('chest-symptoms', 2, STEPS));
        }
        expect(el.answers).to.deep.equal({ 'emergency-symptoms': ['none'] });
        expect(warn.calls.length).to.equal(5);
        for (const call of warn.calls) expect(String(call[0])).to.match(/^<back-pain-quiz>: answers: /);
      } finally {
        warn.restore();
      }
    });

    it('ignores content that is not a patch, with one warning naming content, and keeps the progress', async () => {
      const warn = spyConsole('warn');
      const error = spyConsole('error');
      try {
        const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
        await answerByClicking(el, 'emergency-symptoms', ['none']);
        answerNamed(el, labelOf('chest-symptoms', 'none')).click();
        await el.updateComplete;
        for (const value of ['{}', 7, [], true, Symbol('content')]) {
          (el as unknown as { content: unknown }).content = value;
          await el.updateComplete;
          expect(readText(stepHeading(el)), String(typeof value)).to.equal(stepText('chest-symptoms', 2, STEPS));
          expect(answerNamed(el, labelOf('chest-symptoms', 'none')).checked, 'the choice not yet accepted stays').to.equal(true);
        }
        expect(warn.calls.length).to.equal(5);
        for (const call of warn.calls) expect(String(call[0])).to.match(/^<back-pain-quiz>: content: /);
        expect(error.calls).to.deep.equal([]);
      } finally {
        warn.restore();
        error.restore();
      }
    });

    it('never shows a self-care result while a red flag is ticked', async () => {
      const el = await quizWith({ ...selfCare, 'emergency-symptoms': ['saddle-numbness'] });
      expect(el.matches(':state(emergency)')).to.equal(true);
      expect(count(el, '[part="cause"]')).to.equal(0);
    });
  });

  describe('easier variations', () => {
    it('names them as text while <variation-risk-card> is not registered', async () => {
      expect(customElements.get('variation-risk-card') === undefined, 'card not registered yet').to.equal(true);
      const el = await quizWith(selfCare);
      expect(count(el, 'variation-risk-card')).to.equal(0);
      const names = parts(el, 'variations').map(readText);
      expect(names).to.include(variations.find((variation) => variation.id === 'knee')!.name);
      expect(count(el, '[part="variation-cards"]')).to.equal(0);
    });

    // Registers the card for the rest of this page: keep it after the text test above.
    it('shows them as inline compact risk cards once <variation-risk-card> is registered', async () => {
      const el = await quizWith(selfCare);
      await import('../../variation-risk-card.js');
      await customElements.whenDefined('variation-risk-card');
      await el.updateComplete;
      // Each suggested variation once, in the order the ranked causes suggest them.
      const suggested = outcomeFor(en, selfCare)!.variations;
      const section = part(el, 'variation-cards')!;
      expect(readText(section.querySelector('h4'))).to.equal(strings.quizEasierVariations);
      const cards = [...section.querySelectorAll('variation-risk-card')];
      expect(cards.map((card) => card.getAttribute('variation'))).to.deep.equal(suggested);
      expect(cards.every((card) => card.hasAttribute('compact'))).to.equal(true);
      await Promise.all(cards.map((card) => card.updateComplete));
      // Each card's heading sits one level below the section's: the outline has no jump.
      const cardHeading = shadow(cards[0]).querySelector('[part="heading"]');
      expect(readText(cardHeading)).to.equal(variations.find((variation) => variation.id === suggested[0])!.name);
      expect(cardHeading?.localName).to.equal('h5');
      await expect(el).to.be.accessible();
    });

    it('shows no card on any referral, once cards are registered', async () => {
      expect(customElements.get('variation-risk-card') !== undefined, 'card registered by the test above').to.equal(true);
      for (const answers of [emergency, urgent, seeSoon, { ...selfCare, where: ['elsewhere'] }]) {
        const el = await quizWith(answers);
        expect(count(el, 'variation-risk-card')).to.equal(0);
        expect(count(el, '[part="variation-cards"]')).to.equal(0);
        el.remove();
      }
    });
  });

  describe("the site's own action", () => {
    /** A quiz at `answers` with a clinic's two actions slotted, as a page writes them. */
    const withActions = (answers: Answers, levels?: string) =>
      fixture<BackPainQuiz>(html`
        <back-pain-quiz action-levels=${ifDefined(levels)} .answers=${answers}>
          <a slot="referral-action" href="/book">Book an assessment</a>
          <a slot="self-care-action" href="/form-check">Book a form check</a>
        </back-pain-quiz>
      `);
    /** The site's link a slot shows, by its text; '' when the slot is not rendered. */
    const shownAction = (el: BackPainQuiz, name: string) =>
      readText(shadow(el).querySelector<HTMLSlotElement>(`[part~="${name}"] > slot[name="${name}"]`)?.assignedElements()[0]);
    const follows = (first: Element | null, second: Element | null) =>
      Boolean(first && second && first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);

    it('shows the referral action after the referral and before the notice, on urgent and routine referrals', async () => {
      for (const answers of [urgent, seeSoon]) {
        const el = await withActions(answers);
        const wrapper = part(el, 'referral-action');
        expect(shownAction(el, 'referral-action')).to.equal('Book an assessment');
        expect(wrapper?.previousElementSibling?.getAttribute('part'), 'right after the referral').to.equal('referral');
        expect(follows(wrapper, part(el, 'notice')), 'before the notice').to.equal(true);
        expect(count(el, '[part~="self-care-action"], slot[name="self-care-action"]'), 'no self-care action').to.equal(0);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('shows the self-care action after the self-care advice, and no referral action', async () => {
      const el = await withActions(selfCare);
      const wrapper = part(el, 'self-care-action');
      expect(shownAction(el, 'self-care-action')).to.equal('Book a form check');
      expect(wrapper?.previousElementSibling?.getAttribute('part'), 'right after the advice').to.equal('advice');
      expect(follows(wrapper, part(el, 'notice')), 'before the notice').to.equal(true);
      expect(count(el, '[part~="referral-action"], slot[name="referral-action"]')).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows the referral action only at the levels action-levels names', async () => {
      const shown: Record<string, [string, string]> = {};
      for (const levels of ['soon', 'urgent', 'see-doctor', 'urgent,soon', '']) {
        const onUrgent = await withActions(urgent, levels);
        const onSoon = await withActions(seeSoon, levels);
        shown[levels] = [shownAction(onUrgent, 'referral-action'), shownAction(onSoon, 'referral-action')];
        onUrgent.remove();
        onSoon.remove();
      }
      const book = 'Book an assessment';
      expect(shown).to.deep.equal({
        soon: ['', book],
        urgent: [book, ''],
        'see-doctor': [book, book],
        'urgent,soon': [book, book],
        '': ['', ''],
      });
    });

    describe('never on an emergency result, with action-levels="emergency see-doctor"', () => {
      for (const answers of emergencyPaths(en)) {
        it(`${JSON.stringify(answers)}: no slot for the site's action, only the call`, async () => {
          const warn = spyConsole('warn');
          let el: BackPainQuiz;
          try {
            el = await fixture<BackPainQuiz>(html`
              <back-pain-quiz emergency-number="112" action-levels="emergency see-doctor" .answers=${answers}>
                <a slot="referral-action" href="/book">Book an assessment</a>
                <a slot="self-care-action" href="/form-check">Book a form check</a>
              </back-pain-quiz>
            `);
          } finally {
            warn.restore();
          }
          expect(el.matches(':state(emergency)')).to.equal(true);
          expect(count(el, 'slot[name="referral-action"]')).to.equal(0);
          expect(count(el, '[part~="referral-action"]')).to.equal(0);
          expect(count(el, 'slot'), 'no slot at all').to.equal(0);
          expect(readText(part(el, 'call-button'))).to.equal('Call 112');
          expect(warn.calls.map((call) => String(call[0]))).to.deep.equal([
            '<back-pain-quiz>: action-levels: "emergency" left out: levels are see-doctor, urgent and soon, never emergency.',
          ]);
          el.remove();
        });
      }
    });

    it('shows its wrapper only while the slot is filled, with no empty gap', async () => {
      const el = await quizWith(seeSoon);
      expect(count(el, '[part~="referral-action"]'), 'nothing slotted: no wrapper').to.equal(0);
      const link = Object.assign(document.createElement('a'), { href: '/book', textContent: 'Book an assessment', slot: 'referral-action' });
      el.append(link);
      await waitUntil(() => part(el, 'referral-action'), 'the wrapper never came');
      expect(shownAction(el, 'referral-action')).to.equal('Book an assessment');
      link.slot = 'elsewhere';
      await waitUntil(() => !part(el, 'referral-action'), 'the wrapper stayed after the link left the slot');
    });

    it('shows the action in the update after a server-rendered quiz is hydrated', async () => {
      // What Lit SSR sends: the shadow root as declarative shadow DOM, which holds no slotted content.
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.setHTMLUnsafe(
        '<back-pain-quiz><template shadowrootmode="open"><p>From the server</p></template><a slot="referral-action" href="/book">Book an assessment</a></back-pain-quiz>',
      );
      const el = host.querySelector('back-pain-quiz') as BackPainQuiz;
      el.answers = seeSoon;
      await waitUntil(() => shownAction(el, 'referral-action') === 'Book an assessment', 'the action never came');
    });

    it('keeps the levels it knows from action-levels, with one warning naming the others', async () => {
      const warn = spyConsole('warn');
      let el: BackPainQuiz;
      try {
        el = await withActions(seeSoon, 'soon, urgnet');
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        warn.restore();
      }
      expect(shownAction(el, 'referral-action')).to.equal('Book an assessment');
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0][0])).to.contain('"urgnet"');
    });

    it("takes the page's action-levels, shown before or after it is set, and lets the attribute win", async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'pushup-widgets', content: 'action-levels=urgent' });
      document.head.append(meta);
      try {
        const fromMeta = await withActions(seeSoon);
        const own = await withActions(seeSoon, 'soon');
        expect(shownAction(fromMeta, 'referral-action'), 'the meta leaves routine referrals out').to.equal('');
        expect(shownAction(own, 'referral-action'), 'the attribute wins').to.equal('Book an assessment');
        configure({ actionLevels: 'see-doctor' });
        await fromMeta.updateComplete;
        expect(shownAction(fromMeta, 'referral-action'), 'configure() wins over the meta').to.equal('Book an assessment');
        configure({ actionLevels: '' });
        await fromMeta.updateComplete;
        await own.updateComplete;
        expect(shownAction(fromMeta, 'referral-action')).to.equal('');
        expect(shownAction(own, 'referral-action'), 'the attribute still wins').to.equal('Book an assessment');
      } finally {
        meta.remove();
        configure({ actionLevels: undefined });
      }
    });
  });

  describe('heading-level', () => {
    it('moves every heading so the quiz fits the page outline', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz heading-level="3" .answers=${selfCare}></back-pain-quiz>`);
      const levels = [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((each) => Number(each.localName[1]));
      expect(levels[0], 'the quiz heading').to.equal(3);
      expect(Math.min(...levels.slice(1)), 'nothing inside above it').to.be.greaterThan(3);
      expect(readText(resultHeading(el) ?? shadow(el).querySelector('.result-heading'))).to.equal(strings.quizResultHeading);
      expect(shadow(el).querySelector('.result-heading')?.localName).to.equal('h4');
      await expect(el).to.be.accessible();
    });
  });

  describe('content and locale', () => {
    it('renders content as text, never as markup', async () => {
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
      el.content = { questions: [{ id: 'emergency-symptoms', prompt: '<img src=x onerror="alert(1)"> Any?' }] };
      await el.updateComplete;
      expect(count(el, 'img')).to.equal(0);
      expect(readText(stepHeading(el))).to.equal(`Question 1 of ${STEPS} <img src=x onerror="alert(1)"> Any?`);
    });

    it('rejects a patch that weakens a red flag, with one console error, and keeps the emergency referral', async () => {
      const error = spyConsole('error');
      try {
        const el = await quizWith(emergency);
        el.content = {
          strings: { quizEmergencyTitle: 'Maybe rest a bit' },
          questions: [
            {
              id: 'emergency-symptoms',
              answers: [{ id: 'both-legs', redFlag: { triage: 'see-doctor', outcome: 'see-professional-soon', endsQuiz: false } }],
            },
          ],
        };
        await el.updateComplete;
        expect(el.matches(':state(emergency)')).to.equal(true);
        expect(readText(part(el, 'triage'))).to.contain(strings.quizEmergencyTitle);
        expect(error.calls.length).to.equal(1);
        expect(String(error.calls[0][0])).to.contain('redFlag.triage may not be lowered from "emergency" to "see-doctor"');
        await expect(el).to.be.accessible();
      } finally {
        error.restore();
      }
    });

    it('follows its lang', async () => {
      registerLocale('xx', { strings: { quizNext: 'Xx next', quizProgress: 'Xx {current}/{total}' } });
      const el = await fixture<BackPainQuiz>(html`<back-pain-quiz lang="xx"></back-pain-quiz>`);
      await el.updateComplete;
      expect(readText(part(el, 'next'))).to.equal('Xx next');
      expect(readText(part(el, 'progress'))).to.equal(`Xx 1/${STEPS}`);
    });
  });

  it('keeps two instances on a page independent', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <back-pain-quiz></back-pain-quiz>
        <back-pain-quiz></back-pain-quiz>
      </div>
    `);
    const [one, two] = wrapper.querySelectorAll('back-pain-quiz');
    await Promise.all([one.updateComplete, two.updateComplete]);
    await answerByClicking(one, 'emergency-symptoms', ['none']);
    expect(readText(stepHeading(two))).to.equal(stepText('emergency-symptoms', 1, STEPS));
    expect(two.answers).to.deep.equal({});
  });

  it('leaves an already defined tag alone when registered again', () => {
    expect(() => BackPainQuiz.define('back-pain-quiz')).not.to.throw();
    expect(customElements.get('back-pain-quiz') === BackPainQuiz).to.equal(true);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { styleMap } from 'lit/directives/style-map.js';
import { questions } from '../../content/quiz/questions.js';
import '../../back-pain-quiz.js';
import type { BackPainQuiz } from '../../back-pain-quiz.js';
import { overflowAt, readText, resetLibraryState, shadow } from '../../test/helpers.js';
import { calmFlags } from '../../test/quiz-paths.js';

const where = questions.find((question) => question.id === 'where')!;
const labelOf = (answerId: string) => where.answers.find((answer) => answer.id === answerId)!.label;
/** The answers the map draws: each region is the answer with its id. */
const REGIONS = ['neck-shoulders', 'upper-back', 'lower-back'];

const map = (el: BackPainQuiz) => shadow(el).querySelector<HTMLElement>('[part~="body-map"]');
const region = (el: BackPainQuiz, id: string) => shadow(el).querySelector<SVGPathElement>(`[data-region="${id}"]`);
const regionIds = (el: BackPainQuiz, selector = '[data-region]') =>
  [...shadow(el).querySelectorAll(selector)].map((each) => each.getAttribute('data-region') ?? '').sort();
const radio = (el: BackPainQuiz, answerId: string) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
    (input) => readText(input.closest('label')) === labelOf(answerId),
  )!;
const focusedName = (el: BackPainQuiz) => readText((shadow(el).activeElement as HTMLElement | null)?.closest('label'));

/** A quiz on the "Where does it hurt?" step. */
async function whereStep(): Promise<BackPainQuiz> {
  const el = await fixture<BackPainQuiz>(html`<back-pain-quiz .answers=${calmFlags}></back-pain-quiz>`);
  await el.updateComplete;
  return el;
}

/** Clicks the middle of a region with the mouse, as a reader would: hit testing decides what is clicked. */
async function clickRegion(el: BackPainQuiz, id: string): Promise<void> {
  const target = region(el, id)!;
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await el.updateComplete;
}

describe('<back-pain-quiz> body map', () => {
  beforeEach(resetLibraryState);
  afterEach(async () => {
    resetLibraryState();
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows a back view beside "Where does it hurt?", hidden from assistive technology, with a region per place', async () => {
    const el = await whereStep();
    expect(map(el), 'the map').to.not.equal(null);
    expect(map(el)!.getAttribute('aria-hidden')).to.equal('true');
    expect(map(el)!.querySelectorAll('svg').length).to.equal(1);
    expect(regionIds(el)).to.deep.equal([...REGIONS].sort());
    // "Somewhere else" has no place on the map: it stays a radio like the others.
    expect(region(el, 'elsewhere')).to.equal(null);
    expect(shadow(el).querySelectorAll('input[type="radio"]').length).to.equal(where.answers.length);
    expect(regionIds(el, '[data-region].chosen'), 'nothing chosen yet').to.deep.equal([]);
  });

  for (const id of REGIONS) {
    it(`chooses "${labelOf(id)}" when its region is clicked, focuses its radio, and Next reports it`, async () => {
      const el = await whereStep();
      await clickRegion(el, id);
      expect(radio(el, id).checked).to.equal(true);
      expect(focusedName(el), 'focus on the radio, as a click on its label').to.equal(labelOf(id));
      expect(regionIds(el, '[data-region].chosen')).to.deep.equal([id]);
      const answered = oneEvent(el, 'pushup-quiz-answer');
      shadow(el).querySelector<HTMLButtonElement>('[part~="next"]')!.click();
      const { detail } = await answered;
      expect(detail).to.deep.equal({ questionId: 'where', answer: id });
    });
  }

  it('moves the highlight with the arrow keys on the radios, to the chosen region only', async () => {
    const el = await whereStep();
    radio(el, where.answers[0].id).focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    const seen: string[][] = [regionIds(el, '[data-region].chosen')];
    for (let press = 1; press < where.answers.length; press += 1) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      seen.push(regionIds(el, '[data-region].chosen'));
    }
    // The answers' order: upper back, lower back, neck and shoulders, somewhere else (no region).
    expect(seen).to.deep.equal(where.answers.map((answer) => (REGIONS.includes(answer.id) ? [answer.id] : [])));
  });

  it('marks the chosen region by its shape, not by colour alone: a solid thick outline and a hatched fill', async () => {
    const el = await whereStep();
    await clickRegion(el, 'lower-back');
    const chosen = getComputedStyle(region(el, 'lower-back')!);
    const other = getComputedStyle(region(el, 'upper-back')!);
    expect(chosen.fill).to.contain('#map-hatch');
    expect(shadow(el).querySelectorAll('pattern#map-hatch').length).to.equal(1);
    expect(chosen.strokeDasharray).to.equal('none');
    expect(other.strokeDasharray).to.not.equal('none');
    expect(parseFloat(chosen.strokeWidth)).to.be.greaterThan(2 * parseFloat(other.strokeWidth));
  });

  it('shows no map on the other steps', async () => {
    const first = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
    expect(map(first)).to.equal(null);
    const when = await fixture<BackPainQuiz>(
      html`<back-pain-quiz .answers=${{ ...calmFlags, where: ['lower-back'] }}></back-pain-quiz>`,
    );
    expect(readText(shadow(when).querySelector('legend'))).to.contain(questions.find((each) => each.id === 'when')!.prompt);
    expect(map(when)).to.equal(null);
  });

  it('passes an accessibility audit, in light and in dark', async () => {
    const light = await whereStep();
    await clickRegion(light, 'upper-back');
    await expect(light).to.be.accessible();
    const wrapper = await fixture<HTMLElement>(
      html`<div style=${styleMap({ colorScheme: 'dark' })}><back-pain-quiz .answers=${calmFlags}></back-pain-quiz></div>`,
    );
    const dark = wrapper.querySelector<BackPainQuiz>('back-pain-quiz')!;
    await dark.updateComplete;
    await clickRegion(dark, 'neck-shoulders');
    expect(getComputedStyle(shadow(dark).querySelector('h2')!).color, 'dark text').to.equal('rgb(232, 234, 237)');
    await expect(dark).to.be.accessible();
  });

  it('sits above the answers, centred, in a 320 px column, with nothing wider than the quiz', async () => {
    const el = await whereStep();
    expect(await overflowAt(el, 320)).to.equal(0);
    const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const picture = map(el)!.getBoundingClientRect();
    const answers = shadow(el).querySelector('.answers')!.getBoundingClientRect();
    expect(picture.bottom, 'above the answers').to.be.at.most(answers.top);
    expect(Math.abs(picture.left + picture.width / 2 - (answers.left + answers.width / 2)), 'centred').to.be.below(2);
    expect(picture.width, 'about 9.5 rem wide').to.be.within(140, 160);
    // The figure's place is kept by its aspect ratio.
    expect(picture.height / picture.width).to.be.closeTo(1.2, 0.02);
  });

  it('sits beside the answers where there is room', async () => {
    const el = await whereStep();
    el.style.setProperty('inline-size', '700px');
    await el.updateComplete;
    const picture = map(el)!.getBoundingClientRect();
    const answers = shadow(el).querySelector('.answers')!.getBoundingClientRect();
    expect(picture.right, 'beside the answers').to.be.at.most(answers.left);
    expect(Math.abs(picture.top - answers.top), 'tops aligned').to.be.below(2);
  });
});

/**
 * The settings a page writes in HTML show as attributes when a framework sets them as
 * properties. A server renderer such as Astro's `@astrojs/lit` sets them as properties and
 * sends only attributes in its HTML, so an unreflected `persist` or `heading` was lost
 * there: the browser then rendered the widget again without it. Here, each setting set as
 * a property comes back from the element's HTML (its `outerHTML` parsed into a new
 * element, as the browser parses a server's page) with the same effect; defaults and
 * values that are not text add no attribute, and nothing throws.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../index.js';
import type { BackPainQuiz } from '../elements/back-pain-quiz/back-pain-quiz.js';
import type { PushupFormChecklist } from '../elements/pushup-form-checklist/pushup-form-checklist.js';
import type { VariationRiskCard } from '../elements/variation-risk-card/variation-risk-card.js';
import { readText, resetLibraryState, shadow, spyConsole } from '../test/helpers.js';

/** The element's own attributes, as `name=value` in order. */
const attributesOf = (element: Element) => [...element.attributes].map(({ name, value }) => `${name}=${value}`);

/** A new element parsed from `element.outerHTML`, as a browser parses a server's page. */
async function fromHtml<T extends HTMLElement & { updateComplete: Promise<boolean> }>(element: T): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${unsafeHTML(element.outerHTML)}</div>`);
  const copy = wrapper.firstElementChild as T;
  await copy.updateComplete;
  return copy;
}

describe('settings set as properties show as attributes', () => {
  beforeEach(() => {
    resetLibraryState();
    localStorage.clear();
  });
  afterEach(() => localStorage.clear());

  it('adds no attribute for a setting left at its default', async () => {
    const checklist = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
    const quiz = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
    const card = await fixture<VariationRiskCard>(html`<variation-risk-card variation="knee"></variation-risk-card>`);
    expect(attributesOf(checklist)).to.deep.equal(['variation=standard']);
    expect(attributesOf(quiz)).to.deep.equal([]);
    expect(attributesOf(card)).to.deep.equal(['variation=knee']);
  });

  it('keeps the checklist\'s heading, level and persist through its HTML', async () => {
    const checklist = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
    checklist.heading = 'Before your first set';
    checklist.headingLevel = 3;
    checklist.persist = true;
    await checklist.updateComplete;
    expect(checklist.getAttribute('heading')).to.equal('Before your first set');
    expect(checklist.getAttribute('heading-level')).to.equal('3');
    expect(checklist.getAttribute('persist')).to.equal('true');

    const copy = await fromHtml(checklist);
    const heading = shadow(copy).querySelector('h3');
    expect(readText(heading)).to.equal('Before your first set');
    // `persist="true"` is the default key, as `persist = true` is: a tick in the copy is
    // stored where the original reads it.
    shadow(copy).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await copy.updateComplete;
    const again = await fixture<PushupFormChecklist>(html`<pushup-form-checklist persist></pushup-form-checklist>`);
    expect(again.checked).to.deep.equal(copy.checked);
    expect(again.checked).to.have.length(1);
  });

  it('keeps the quiz\'s numbers, levels, heading and storage through its HTML', async () => {
    const quiz = await fixture<BackPainQuiz>(html`<back-pain-quiz></back-pain-quiz>`);
    quiz.emergencyNumber = 112;
    quiz.urgentNumber = '111';
    quiz.actionLevels = '';
    quiz.persist = 'clinic';
    quiz.persistHours = 0.5;
    quiz.heading = 'Check your back';
    await quiz.updateComplete;
    expect(attributesOf(quiz)).to.deep.equal([
      'emergency-number=112',
      'urgent-number=111',
      'action-levels=',
      'persist=clinic',
      'persist-hours=0.5',
      'heading=Check your back',
    ]);

    const copy = await fromHtml(quiz);
    expect(readText(shadow(copy).querySelector('h2'))).to.equal('Check your back');
    expect([copy.emergencyNumber, copy.urgentNumber, copy.actionLevels, copy.persist, copy.persistHours]).to.deep.equal([
      '112',
      '111',
      '',
      'clinic',
      '0.5',
    ]);
  });

  it('removes the attribute when the property goes back to its default or to null', async () => {
    const quiz = await fixture<BackPainQuiz>(
      html`<back-pain-quiz heading="Mine" heading-level="4" emergency-number="112" persist></back-pain-quiz>`,
    );
    quiz.heading = '';
    quiz.headingLevel = 2;
    quiz.emergencyNumber = null;
    quiz.persist = null;
    await quiz.updateComplete;
    expect(attributesOf(quiz)).to.deep.equal([]);
  });

  it('adds no attribute for a value that is not text, and never throws', async () => {
    const warnings = spyConsole('warn');
    try {
      const checklist = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const hostile = { toString: () => { throw new Error('read'); } };
      Object.assign(checklist, { persist: Symbol('key'), heading: hostile, headingLevel: Number.NaN });
      await checklist.updateComplete;
      expect(attributesOf(checklist)).to.deep.equal(['variation=standard']);
    } finally {
      warnings.restore();
    }
  });
});

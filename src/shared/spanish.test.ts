/**
 * A Spanish page shows only Spanish: every element, in every state, rendered under
 * `lang="es"` holds no English text of the content (checked against the English content
 * itself), says `lang="es"` on its rendered root, and passes axe in light and dark.
 * Source titles stay as their publishers give them.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../index.js';
import { en } from '../content/en.js';
import { loadLocale, needsLoading, registerLocale } from '../content/registry/registry.js';
import { es } from '../content/es.js';
import { resetLibraryState, shadow, spyConsole } from '../test/helpers.js';
import { calmFlags } from '../test/quiz-paths.js';

/** Every text of the English content, split at its placeholders; short fragments ("of") are too common to test. */
const englishTexts: string[] = (() => {
  const texts = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') for (const part of value.split(/\{\w+\}/)) if (part.trim().length >= 4) texts.add(part.trim());
    else if (Array.isArray(value)) value.forEach(add);
    else if (typeof value === 'object' && value !== null) Object.entries(value).forEach(([key, each]) => key !== 'id' && add(each));
  };
  add(en.strings);
  for (const collection of [en.phases, en.cues, en.variations, en.questions, en.outcomes]) {
    for (const item of collection) {
      const { id: _id, references: _references, ...texts } = item as unknown as Record<string, unknown>;
      add(texts);
    }
  }
  // Ids, levels and the like are not words a reader sees in a sentence of their own.
  for (const word of ['self-care', 'see-doctor', 'emergency', 'urgent', 'soon', 'single', 'multiple', 'setup', 'lowering', 'pressing', 'every-set', 'moderate']) {
    texts.delete(word);
  }
  return [...texts];
})();

/** What a reader meets in the element: its text and the names its controls are given, less the source titles. */
function shownText(root: ShadowRoot): string {
  const copy = document.createElement('div');
  for (const child of root.children) copy.append(child.cloneNode(true));
  for (const title of copy.querySelectorAll('.sources-list cite, .sources-list a')) title.remove();
  const labels = [...root.querySelectorAll('[aria-label]')]
    .filter((each) => !each.closest('[part~="citation"]'))
    .map((each) => each.getAttribute('aria-label'));
  return `${copy.textContent ?? ''} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

const upperBack = {
  ...calmFlags,
  where: ['upper-back'],
  when: ['both'],
  feeling: ['mild-ache'],
  habits: ['desk-hunched', 'chest-over-back'],
  'harder-variations': ['diamond'],
  form: ['dropping', 'hands-high'],
  shoulders: ['no-retraction', 'rounded-shoulders', 'upper-back-tires'],
};

/** Every step of the quiz, and every kind of result, as answers. */
const quizStates: [string, Record<string, string[]>][] = [
  ...Object.keys(upperBack).map((_id, index): [string, Record<string, string[]>] => [
    `step ${index + 1}`,
    Object.fromEntries(Object.entries(upperBack).slice(0, index)),
  ]),
  ['emergency result', { 'emergency-symptoms': ['both-legs'] }],
  ['urgent result', { 'emergency-symptoms': ['none'], 'chest-symptoms': ['none'], 'urgent-symptoms': ['fever'] }],
  ['routine referral', { ...calmFlags, 'see-someone-soon': ['one-leg'] }],
  ['known condition', { ...calmFlags, 'see-someone-soon': ['known-condition'] }],
  ['under 16', { ...calmFlags, age: ['under-16'] }],
  ['outside the check', { ...calmFlags, where: ['elsewhere'] }],
  ['self-care result', upperBack],
];

const states: [string, TemplateResult][] = [
  ['checklist', html`<pushup-form-checklist></pushup-form-checklist>`],
  ['checklist for the plank, compact', html`<pushup-form-checklist variation="plank" compact></pushup-form-checklist>`],
  ...en.variations.map((variation): [string, TemplateResult] => [
    `card: ${variation.id}`,
    html`<variation-risk-card variation=${variation.id}></variation-risk-card>`,
  ]),
  ['compact card', html`<variation-risk-card variation="weighted" compact></variation-risk-card>`],
  ['card with an unknown variation', html`<variation-risk-card variation="handstand"></variation-risk-card>`],
  ...quizStates.map(([name, answers]): [string, TemplateResult] => [
    `quiz: ${name}`,
    html`<back-pain-quiz emergency-number="112" urgent-number="111" .answers=${answers}></back-pain-quiz>`,
  ]),
];

describe('a Spanish page', () => {
  before(() => loadLocale('es'));
  beforeEach(resetLibraryState);
  afterEach(resetLibraryState);

  it('has the Spanish content loaded', () => {
    expect(es.strings?.quizNext).to.be.a('string').and.not.equal(en.strings.quizNext);
  });

  for (const [name, template] of states) {
    it(`shows the ${name} in Spanish only`, async () => {
      const warn = spyConsole('warn');
      try {
        const wrapper = await fixture<HTMLElement>(html`<div lang="es">${template}</div>`);
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        await loadLocale('es');
        await nextFrame();
        await el.updateComplete;
        const root = shadow(el);
        expect(root.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal('es');
        const text = shownText(root);
        const english = englishTexts.filter((each) => text.includes(each));
        expect(english, `English left in the ${name}`).to.deep.equal([]);
      } finally {
        warn.restore();
      }
    });
  }

  describe('while the Spanish content loads', () => {
    type Widget = HTMLElement & { updateComplete: Promise<boolean>; updated(changed: unknown): void };

    /** A checklist under `lang`, with the heading it shows after each of its renders. */
    function watched(lang: string): { el: Widget; headings: string[] } {
      const el = document.createElement('pushup-form-checklist') as unknown as Widget;
      el.lang = lang;
      el.style.setProperty('--pushup-reserve', '321px');
      const headings: string[] = [];
      const updated = el.updated.bind(el);
      el.updated = (changed) => {
        headings.push(shadow(el).querySelector('[part~="heading"]')?.textContent?.trim() ?? '');
        updated(changed);
      };
      return { el, headings };
    }

    /** Whether this browser matches `:state()`, which the reserve while waiting relies on. */
    const statesMatch = () => CSS.supports('selector(:state(locale-pending))');

    it('renders first in Spanish, never in English first', async () => {
      expect(needsLoading('es'), 'Spanish is to be loaded afresh').to.equal(true);
      const { el, headings } = watched('es');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(headings[0]).to.equal(es.strings?.checklistHeading);
        expect(headings.every((heading) => heading === es.strings?.checklistHeading), headings.join(' / ')).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('holds the reserved height while it waits, shows English after 3 seconds, then the translation', async function () {
      this.timeout(10_000);
      let arrive: (patch: { strings: { checklistHeading: string } }) => void = () => {};
      registerLocale('xx', () => new Promise((resolve) => (arrive = resolve)));
      const { el, headings } = watched('xx');
      const started = performance.now();
      document.body.append(el);
      try {
        await nextFrame();
        const rendered = Boolean(el.shadowRoot?.querySelector('[part~="heading"]'));
        expect(rendered, 'nothing is rendered while it waits').to.equal(false);
        if (statesMatch()) {
          expect(el.matches(':state(locale-pending)')).to.equal(true);
          expect(el.getBoundingClientRect().height).to.equal(321);
        }
        await el.updateComplete;
        if (statesMatch()) expect(el.matches(':state(locale-pending)')).to.equal(false);
        expect(performance.now() - started).to.be.within(2900, 6000);
        expect(headings).to.deep.equal([en.strings.checklistHeading]);
        arrive({ strings: { checklistHeading: 'Xx checklist' } });
        await waitUntil(() => headings.at(-1) === 'Xx checklist', 'the translation was not shown when it arrived');
      } finally {
        el.remove();
      }
    });

    it('shows English at once when the translation cannot load', async () => {
      const warn = spyConsole('warn');
      registerLocale('xx', () => Promise.reject(new Error('offline')));
      const { el, headings } = watched('xx');
      const started = performance.now();
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(performance.now() - started).to.be.below(1000);
        expect(headings).to.deep.equal([en.strings.checklistHeading]);
      } finally {
        el.remove();
        warn.restore();
      }
    });
  });

  it('shows Spanish for es-MX and es-419, and follows a switch to and from Spanish at run time', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <pushup-form-checklist lang="es-MX"></pushup-form-checklist>
      <pushup-form-checklist lang="es-419"></pushup-form-checklist>
      <pushup-form-checklist></pushup-form-checklist>
    </div>`);
    const [mexican, latin, inherited] = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    const heading = (el: HTMLElement) => shadow(el).querySelector('[part~="heading"]')?.textContent?.trim();
    await loadLocale('es');
    await nextFrame();
    await Promise.all([mexican, latin, inherited].map((each) => each.updateComplete));
    expect([heading(mexican), heading(latin), heading(inherited)]).to.deep.equal([
      es.strings?.checklistHeading,
      es.strings?.checklistHeading,
      en.strings.checklistHeading,
    ]);
    wrapper.setAttribute('lang', 'es-ES');
    await nextFrame();
    await inherited.updateComplete;
    expect(heading(inherited), 'an ancestor switched to Spanish').to.equal(es.strings?.checklistHeading);
    inherited.setAttribute('lang', 'en-GB');
    await nextFrame();
    await inherited.updateComplete;
    expect(heading(inherited), 'the element switched back').to.equal(en.strings.checklistHeading);
    expect(shadow(inherited).querySelector('[part~="base"]')?.getAttribute('lang')).to.equal('en');
  });

  // One widget per audit: axe over a whole page of them took WebKit past the test's 10 s
  // on a busy machine.
  const audited: [string, () => TemplateResult][] = [
    ['the checklist', () => html`<pushup-form-checklist></pushup-form-checklist>`],
    ['a self-care result', () => html`<back-pain-quiz .answers=${upperBack}></back-pain-quiz>`],
    ['an emergency result', () => html`<back-pain-quiz .answers=${{ 'emergency-symptoms': ['both-legs'] }}></back-pain-quiz>`],
    ['a card', () => html`<variation-risk-card variation="diamond"></variation-risk-card>`],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [what, template] of audited) {
      it(`passes axe in Spanish on a ${scheme} page: ${what}`, async () => {
        const warn = spyConsole('warn');
        try {
          const wrapper = await fixture<HTMLElement>(html`<div lang="es" style=${styleMap({ colorScheme: scheme })}>${template()}</div>`);
          await loadLocale('es');
          await nextFrame();
          const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
          await el.updateComplete;
          expect(shadow(el).querySelector('[part~="base"]')?.getAttribute('lang')).to.equal('es');
          await expect(el).to.be.accessible();
        } finally {
          warn.restore();
        }
      });
    }
  }

  it('marks the English source titles as English, in the list and in the markers, and translates "fitness blog"', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es">
      <pushup-form-checklist></pushup-form-checklist>
      <back-pain-quiz emergency-number="112" .answers=${{ 'emergency-symptoms': ['both-legs'] }}></back-pain-quiz>
    </div>`);
    await loadLocale('es');
    await nextFrame();
    const elements = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(elements.map((each) => each.updateComplete));
    for (const el of elements) {
      const root = shadow(el);
      const titles = [...root.querySelectorAll('.sources-list cite, .sources-list li > a')];
      expect(titles.length, el.localName).to.be.greaterThan(0);
      expect(titles.map((title) => `${title.textContent}: ${title.getAttribute('lang')}`)).to.deep.equal(
        titles.map((title) => `${title.textContent}: en`),
      );
      const markers = [...root.querySelectorAll('[part~="citation"] a')];
      expect(markers.length, el.localName).to.be.greaterThan(0);
      for (const marker of markers) {
        // An aria-label cannot say which language its words are in: hidden text names the link.
        expect(marker.getAttribute('aria-label')).to.equal(null);
        const spoken = [...marker.children]
          .filter((child) => child.getAttribute('aria-hidden') !== 'true')
          .map((child) => child.textContent)
          .join('');
        const title = marker.querySelector('[lang="en"]')?.textContent ?? '';
        expect(en.references.map((each) => each.title)).to.include(title);
        expect(spoken).to.match(/^Fuente \d+: /).and.to.contain(title);
      }
    }
    const checklist = shadow(elements[0]);
    const publisherOf = (id: string) => checklist.querySelector(`#source-${id} .publisher`)?.textContent?.trim();
    expect(publisherOf('truth-revealed')).to.equal(', blog de fitness');
    expect(publisherOf('upper-back-after')).to.equal(', blog de fitness');
    expect(publisherOf('nasm-answer')).to.equal(', National Academy of Sports Medicine');
    expect(shadow(elements[1]).querySelector('#source-nhs-back-pain .publisher')?.textContent?.trim()).to.equal(', NHS');
  });

  it('leaves source titles unmarked, and markers named by their label, on an English page', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<variation-risk-card lang="en" variation="standard"></variation-risk-card>`,
    );
    await el.updateComplete;
    const root = shadow(el);
    expect([...root.querySelectorAll('.sources-list [lang]')].length).to.equal(0);
    const marker = root.querySelector('[part~="citation"] a');
    expect(marker?.getAttribute('aria-label')).to.match(/^Source \d+: /);
    expect(marker?.querySelector('[lang]')).to.equal(null);
    expect(root.querySelector('#source-truth-revealed .publisher')?.textContent?.trim()).to.equal(', fitness blog');
  });

  it('names the numbers in Spanish: "Llama al 112", a "Llamar al 112" button, and the local words with none', async () => {
    const emergency = { 'emergency-symptoms': ['both-legs'] };
    const withNumber = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<back-pain-quiz lang="es" emergency-number="112" .answers=${emergency}></back-pain-quiz>`,
    );
    await loadLocale('es');
    await withNumber.updateComplete;
    const root = shadow(withNumber);
    expect(root.querySelector('.call')?.textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Llama al 112 ahora/);
    expect(root.querySelector('[part="call-button"]')?.textContent?.trim()).to.equal('Llamar al 112');
    const bare = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<back-pain-quiz lang="es" .answers=${emergency}></back-pain-quiz>`,
    );
    await bare.updateComplete;
    expect(shadow(bare).querySelector('.call')?.textContent?.replace(/\s+/g, ' ').trim()).to.match(
      /^Llama al número de emergencias de tu zona ahora/,
    );
  });
});

/**
 * What frameworks and hostile pages hand the elements: every public property set to
 * every kind of value a framework may pass, heading levels, a move into another
 * document, and saved progress for content a site registers. Nothing may throw or stop
 * rendering, and a bad value warns once.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../index.js';
import { registerContent } from '../content/registry/registry.js';
import { en } from '../content/en.js';
import { overflowAt, readText, resetLibraryState, shadow, spokenText, spyConsole } from '../test/helpers.js';
import { calmFlags } from '../test/quiz-paths.js';

type Tag = 'pushup-form-checklist' | 'back-pain-quiz' | 'variation-risk-card';

/** Every kind of value a framework, or a hostile page, may set as a property. */
function hostileValues(): [string, unknown][] {
  const trap = () => {
    throw new Error('trap');
  };
  const throwing = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  return [
    ['true', true],
    ['false', false],
    ['an empty string', ''],
    ['text', 'some text'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['zero', 0],
    ['a number', 112],
    ['a negative number', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a bigint', 10n],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['an object without a prototype', Object.create(null)],
    ['a cyclic object', cyclic],
    ['a list', []],
    ['a list of ids', ['hips-level', 'x']],
    ['a huge list', Array.from({ length: 50_000 }, (_, index) => `id-${index}`)],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a date', new Date(0)],
    ['a proxy that throws', throwing],
  ];
}

const properties: Record<Tag, string[]> = {
  'pushup-form-checklist': ['variation', 'persist', 'compact', 'heading', 'checked', 'content', 'headingLevel'],
  'back-pain-quiz': ['persist', 'persistHours', 'heading', 'emergencyNumber', 'urgentNumber', 'actionLevels', 'answers', 'content', 'headingLevel'],
  'variation-risk-card': ['variation', 'compact', 'content', 'headingLevel'],
};

/** What a person would see of the element: its base part and its heading. */
function rendered(el: Element): { base: boolean; heading: string } {
  const root = shadow(el);
  return { base: root.querySelector('[part~="base"]') !== null, heading: readText(root.querySelector('[part~="heading"], [part~="message"]')) };
}

describe('hardening', () => {
  beforeEach(resetLibraryState);
  afterEach(resetLibraryState);

  for (const [tag, names] of Object.entries(properties) as [Tag, string[]][]) {
    for (const name of names) {
      it(`<${tag}> keeps rendering whatever ${name} is set to, warning at most once per value`, async () => {
        const warn = spyConsole('warn');
        const error = spyConsole('error');
        try {
          const el = await fixture<LitElement>(
            tag === 'variation-risk-card'
              ? html`<variation-risk-card variation="standard"></variation-risk-card>`
              : tag === 'back-pain-quiz'
                ? html`<back-pain-quiz></back-pain-quiz>`
                : html`<pushup-form-checklist></pushup-form-checklist>`,
          );
          for (const [label, value] of hostileValues()) {
            (el as unknown as Record<string, unknown>)[name] = value;
            let failure = '';
            await el.updateComplete.catch((reason: unknown) => (failure = String(reason)));
            expect(failure, `${name} = ${label}`).to.equal('');
            expect(rendered(el).base, `${name} = ${label}: still rendered`).to.equal(true);
            expect(shadow(el).querySelector('img'), `${name} = ${label}: no markup injected`).to.equal(null);
            el.requestUpdate();
            await el.updateComplete;
          }
          const messages = warn.calls.map((call) => String(call[0]));
          expect(new Set(messages).size, messages.join('\n')).to.equal(messages.length);
        } finally {
          warn.restore();
          error.restore();
        }
      });
    }
  }

  it('takes `persist = true` as React 19 sets it: stores under the default key and fires change events', async () => {
    const el = await fixture<HTMLElement & { persist: unknown; updateComplete: Promise<boolean> }>(
      html`<pushup-form-checklist></pushup-form-checklist>`,
    );
    el.persist = true;
    await el.updateComplete;
    let changes = 0;
    el.addEventListener('pushup-checklist-change', () => (changes += 1));
    shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(changes).to.equal(1);
    expect(localStorage.getItem('pushup-widgets:checklist:v1:default')).to.not.equal(null);
  });

  it('renders the emergency result whatever emergencyNumber is, as React 19 sets it', async () => {
    const el = await fixture<HTMLElement & { emergencyNumber: unknown; updateComplete: Promise<boolean> }>(
      html`<back-pain-quiz .answers=${{ 'emergency-symptoms': ['both-legs'] }}></back-pain-quiz>`,
    );
    const warn = spyConsole('warn');
    try {
      for (const [label, value] of hostileValues()) {
        el.emergencyNumber = value;
        await el.updateComplete;
        expect(readText(shadow(el).querySelector('[role="alert"]')), label).to.contain(en.strings.quizEmergencyTitle);
      }
    } finally {
      warn.restore();
    }
  });

  it('sets the top heading from heading-level in every element, falling back to 2 with a warning', async () => {
    const warn = spyConsole('warn');
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <pushup-form-checklist heading-level="4"></pushup-form-checklist>
        <back-pain-quiz heading-level="1"></back-pain-quiz>
        <variation-risk-card variation="knee" heading-level="6"></variation-risk-card>
        <variation-risk-card variation="knee" heading-level="9"></variation-risk-card>
      </div>`);
      const elements = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      await Promise.all(elements.map((each) => each.updateComplete));
      const tags = elements.map((each) => shadow(each).querySelector('[part~="heading"]')?.localName);
      expect(tags).to.deep.equal(['h4', 'h1', 'h6', 'h2']);
      // Inside a level-6 card nothing goes past h6.
      const inner = [...shadow(elements[2]).querySelectorAll('h1, h2, h3, h4, h5')].map((each) => each.localName);
      expect(inner).to.deep.equal([]);
      expect(warn.calls.map((call) => String(call[0]))).to.deep.equal([
        '<variation-risk-card>: heading-level "9" is not a whole number from 1 to 6; using 2.',
      ]);
    } finally {
      warn.restore();
    }
  });

  it('gives two checklists on one page no duplicate landmarks, and names "Why it matters" without its arrow', async function () {
    // Axe over two whole checklists: seconds on a busy machine, so more than the usual 10.
    this.timeout(30_000);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <pushup-form-checklist></pushup-form-checklist>
      <pushup-form-checklist></pushup-form-checklist>
    </div>`);
    await expect(wrapper).to.be.accessible();
    const toggle = shadow(wrapper.firstElementChild!).querySelector('[part~="why-toggle"]')!;
    expect(spokenText(toggle).startsWith(`${en.strings.checklistWhy}:`), spokenText(toggle)).to.equal(true);
  });

  it('wraps a long word in any heading or id rather than widening a 320 px page', async () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';
    const wrapper = await fixture<HTMLElement>(html`<div>
      <pushup-form-checklist heading=${word}></pushup-form-checklist>
      <back-pain-quiz heading=${word}></back-pain-quiz>
      <variation-risk-card variation=${word.toLowerCase()}></variation-risk-card>
    </div>`);
    const warn = spyConsole('warn');
    try {
      for (const el of [...wrapper.children] as HTMLElement[]) {
        expect(await overflowAt(el, 320), el.localName).to.equal(0);
      }
    } finally {
      warn.restore();
    }
  });

  it('renders, styled, when first connected inside an iframe', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="An editor's document"></iframe>`);
    await new Promise((resolve) => setTimeout(resolve));
    const other = frame.contentDocument!;
    for (const tag of ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card']) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute('variation', 'knee');
      other.body.append(other.adoptNode(el));
      await el.updateComplete;
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      expect(base, tag).to.not.equal(null);
      expect(other.defaultView!.getComputedStyle(base!).borderTopStyle, tag).to.equal('solid');
    }
  });

  it('keeps its styles when moved into an iframe', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Other document"></iframe>`);
    await new Promise((resolve) => setTimeout(resolve));
    const other = frame.contentDocument!;
    const card = document.createElement('variation-risk-card');
    card.setAttribute('variation', 'knee');
    document.body.append(card);
    await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const before = getComputedStyle(shadow(card).querySelector('[part~="base"]')!).borderTopStyle;
    other.body.append(other.adoptNode(card));
    await nextFrame();
    const base = shadow(card).querySelector('[part~="base"]')!;
    expect(before).to.equal('solid');
    expect(other.defaultView!.getComputedStyle(base).borderTopStyle).to.equal('solid');
    // And back again.
    document.body.append(document.adoptNode(card));
    expect(getComputedStyle(base).borderTopStyle).to.equal('solid');
    card.remove();
  });

  it("moves a card's figure in the document it was moved to, and back", async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Other document" width="640" height="640"></iframe>`);
    await new Promise((resolve) => setTimeout(resolve));
    const other = frame.contentDocument!;
    const card = document.createElement('variation-risk-card');
    card.setAttribute('variation', 'standard');
    document.body.prepend(card);
    const running = () =>
      shadow(card)
        .querySelector('[part~="figure"] .moving')
        ?.getAnimations({ subtree: true })
        .filter((animation) => animation.playState === 'running').length ?? 0;
    await waitUntil(() => running() > 5, 'the figure moves on the page');
    other.body.append(other.adoptNode(card));
    await waitUntil(() => running() > 5, 'the figure moves in the frame');
    document.body.prepend(document.adoptNode(card));
    await waitUntil(() => running() > 5, 'the figure moves on the page again');
    card.remove();
  });

  it('restores ticks of a cue a site registered, and keeps them on the next tick', async () => {
    registerContent({
      cues: [
        {
          id: 'site-own-cue',
          phase: 'every-set',
          text: 'Breathe out as you press up.',
          why: 'A site’s own cue.',
          mistake: 'Holding your breath.',
          variations: 'all',
          references: ['nasm-answer'],
        },
      ],
    });
    localStorage.setItem('pushup-widgets:checklist:v1:default', JSON.stringify(['site-own-cue']));
    const el = await fixture<HTMLElement & { checked: string[]; updateComplete: Promise<boolean> }>(
      html`<pushup-form-checklist persist></pushup-form-checklist>`,
    );
    expect(el.checked).to.deep.equal(['site-own-cue']);
    shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem('pushup-widgets:checklist:v1:default') ?? '[]')).to.include('site-own-cue');
  });

  it('restores quiz answers to a question a site added', async () => {
    registerContent({
      questions: [
        {
          id: 'site-question',
          kind: 'single',
          prompt: 'Did a coach check your form?',
          answers: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
        },
      ],
    });
    const calm = {
      ...calmFlags,
      where: ['lower-back'],
      when: ['after'],
      feeling: ['mild-ache'],
      habits: ['none'],
      'harder-variations': ['none'],
      form: ['none'],
      'site-question': ['yes'],
    };
    const warn = spyConsole('warn');
    try {
      localStorage.setItem('pushup-widgets:quiz:v3:default', JSON.stringify({ savedAt: Date.now(), value: calm }));
      const el = await fixture<HTMLElement & { answers: Record<string, string[]> }>(html`<back-pain-quiz persist></back-pain-quiz>`);
      expect(el.answers['site-question']).to.deep.equal(['yes']);
      expect(el.matches(':state(self-care)')).to.equal(true);
      expect(warn.calls).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });
});

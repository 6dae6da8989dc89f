/**
 * Locales the way sites use them: registered after the bundle loaded, `lang` changed at
 * run time on the element, an ancestor, or inside another component's shadow root, and
 * translations that fail to load.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../pushup-form-checklist.js';
import { registerContent, registerLocale } from '../content/registry/registry.js';
import { en } from '../content/en.js';
import { readText, resetLibraryState, shadow, spyConsole } from '../test/helpers.js';

type Checklist = HTMLElement & { updateComplete: Promise<boolean> };

const heading = (el: Element) => readText(shadow(el).querySelector('[part~="heading"]'));
const shownLang = (el: Element) => shadow(el).querySelector('[part~="base"]')?.getAttribute('lang');

/** Waits for the observers, the registry and the element to settle. */
async function settle(el: Checklist): Promise<void> {
  await nextFrame();
  await el.updateComplete;
}

/** A plain component of a page's own, whose shadow root holds a checklist under a `lang`. */
class PageCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div lang="en"><pushup-form-checklist></pushup-form-checklist></div>';
  }
}
customElements.define('locale-test-page-card', PageCard);

describe('locales on a page', () => {
  beforeEach(resetLibraryState);
  afterEach(resetLibraryState);

  it('shows a locale registered after the element is on the page, and says its language', async () => {
    const el = await fixture<Checklist>(html`<pushup-form-checklist lang="xx"></pushup-form-checklist>`);
    expect(heading(el)).to.equal(en.strings.checklistHeading);
    expect(shownLang(el), 'English shown, English said').to.equal('en');
    registerLocale('xx', { strings: { checklistHeading: 'Xx heading' } });
    await settle(el);
    expect(heading(el)).to.equal('Xx heading');
    expect(shownLang(el)).to.equal('xx');
  });

  it('shows content registered after the element is on the page', async () => {
    const el = await fixture<Checklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
    registerContent({ strings: { checklistHeading: 'Form check' } });
    await settle(el);
    expect(heading(el)).to.equal('Form check');
  });

  it('follows lang changed on the element and on an ancestor', async () => {
    registerLocale('xx', { strings: { checklistHeading: 'Xx heading' } });
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><pushup-form-checklist></pushup-form-checklist></div>`);
    const el = wrapper.firstElementChild as Checklist;
    wrapper.setAttribute('lang', 'xx');
    await settle(el);
    expect(heading(el)).to.equal('Xx heading');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(heading(el)).to.equal(en.strings.checklistHeading);
  });

  it("follows lang changed inside another component's shadow root", async () => {
    registerLocale('xx', { strings: { checklistHeading: 'Xx heading' } });
    const card = await fixture<PageCard>(html`<locale-test-page-card></locale-test-page-card>`);
    const el = card.shadowRoot!.querySelector('pushup-form-checklist') as Checklist;
    await el.updateComplete;
    expect(heading(el)).to.equal(en.strings.checklistHeading);
    card.shadowRoot!.querySelector('div')!.setAttribute('lang', 'xx');
    await settle(el);
    expect(heading(el)).to.equal('Xx heading');
  });

  it('says a lang it has no locale for is shown in English', async () => {
    const el = await fixture<Checklist>(html`<pushup-form-checklist lang="de-CH"></pushup-form-checklist>`);
    expect(shownLang(el)).to.equal('en');
  });

  it('warns once per locale when a translation fails to load, and tries again on the next request', async () => {
    let calls = 0;
    let fail = true;
    registerLocale('yy', () => {
      calls += 1;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ strings: { checklistHeading: 'Yy heading' } });
    });
    const warn = spyConsole('warn');
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <pushup-form-checklist lang="yy"></pushup-form-checklist>
        <pushup-form-checklist lang="yy"></pushup-form-checklist>
      </div>`);
      const [first, second] = [...wrapper.children] as Checklist[];
      for (const lang of ['en', 'yy', 'en', 'yy']) {
        wrapper.firstElementChild!.setAttribute('lang', lang);
        await settle(first);
      }
      await settle(second);
      expect(warn.calls.length, warn.calls.map(String).join('\n')).to.equal(1);
      expect(String(warn.calls[0][0])).to.contain('"yy"');
      expect(calls, 'tried again').to.be.greaterThan(1);
      expect(heading(second)).to.equal(en.strings.checklistHeading);

      fail = false;
      first.setAttribute('lang', 'en');
      await settle(first);
      first.setAttribute('lang', 'yy');
      await settle(first);
      await settle(second);
      expect(heading(first)).to.equal('Yy heading');
      expect(heading(second)).to.equal('Yy heading');
    } finally {
      warn.restore();
    }
  });
});

import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../pushup-form-checklist.js';
import { resetLibraryState, shadow, smallTargets } from '../test/helpers.js';

/** The heading's text colour, as the browser computed it. */
const headingColour = (wrapper: Element) => {
  const el = wrapper.querySelector('pushup-form-checklist')!;
  return getComputedStyle(shadow(el).querySelector('h2')!).color;
};

/** A checklist inside a wrapper, rendered: the fixture waits for the wrapper only. */
async function wrapped(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(template);
  await wrapper.querySelector('pushup-form-checklist')!.updateComplete;
  return wrapper;
}

describe('theme', () => {
  afterEach(resetLibraryState);

  it("follows the page's color-scheme when the page sets one", async () => {
    const dark = await wrapped(html`<div class="dark-page"><pushup-form-checklist></pushup-form-checklist></div>`);
    const light = await wrapped(html`<div class="light-page"><pushup-form-checklist></pushup-form-checklist></div>`);
    // Set before the elements connect, as a page's stylesheet would be.
    for (const [wrapper, scheme] of [[dark, 'dark'], [light, 'light']] as const) {
      const el = wrapper.querySelector('pushup-form-checklist')!;
      el.remove();
      (wrapper as HTMLElement).style.setProperty('color-scheme', scheme);
      wrapper.append(el);
      await el.updateComplete;
    }
    await nextFrame();
    expect(headingColour(dark)).to.equal('rgb(232, 234, 237)');
    expect(headingColour(light)).to.equal('rgb(27, 31, 36)');
  });

  it("follows a site's dark-mode toggle at run time", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><pushup-form-checklist></pushup-form-checklist></div>`);
    wrapper.style.setProperty('color-scheme', 'light');
    await nextFrame();
    expect(headingColour(wrapper)).to.equal('rgb(27, 31, 36)');
    wrapper.style.setProperty('color-scheme', 'dark');
    await nextFrame();
    expect(headingColour(wrapper)).to.equal('rgb(232, 234, 237)');
    wrapper.style.removeProperty('color-scheme');
    document.documentElement.classList.add('pushup-test-dark');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.pushup-test-dark { color-scheme: dark; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      // The class change on the root is what the page watcher notices.
      document.documentElement.classList.replace('pushup-test-dark', 'pushup-test-dark');
      document.documentElement.dataset.theme = 'dark';
      await nextFrame();
      expect(headingColour(wrapper)).to.equal('rgb(232, 234, 237)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
      document.documentElement.classList.remove('pushup-test-dark');
      delete document.documentElement.dataset.theme;
    }
  });

  it('reads the page scheme once per frame for many elements, never while they connect', async () => {
    const original = window.getComputedStyle;
    let reads = 0;
    window.getComputedStyle = (...args: Parameters<typeof original>) => {
      reads += 1;
      return original.apply(window, args);
    };
    try {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      for (let index = 0; index < 50; index += 1) wrapper.append(document.createElement('pushup-form-checklist'));
      expect(reads, 'no read while connecting').to.equal(0);
      await nextFrame();
      expect(reads, 'one batch, one read for the parent they share').to.equal(1);
    } finally {
      window.getComputedStyle = original;
    }
  });

  it('takes colours, radius and spacing from --pushup-* custom properties', async () => {
    const wrapper = await wrapped(html`<div><pushup-form-checklist></pushup-form-checklist></div>`);
    (wrapper as HTMLElement).style.setProperty('--pushup-text', 'rgb(1, 2, 3)');
    (wrapper as HTMLElement).style.setProperty('--pushup-radius', '3px');
    const el = wrapper.querySelector('pushup-form-checklist')!;
    expect(headingColour(wrapper)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(el).querySelector('[part="base"]')!).borderTopLeftRadius).to.equal('3px');
  });

  it('inherits the page font unless --pushup-font is set', async () => {
    const wrapper = await wrapped(html`<div><pushup-form-checklist></pushup-form-checklist></div>`);
    (wrapper as HTMLElement).style.setProperty('font-family', 'serif');
    const el = wrapper.querySelector('pushup-form-checklist')!;
    const font = () => getComputedStyle(shadow(el).querySelector('label')!).fontFamily;
    expect(font()).to.equal('serif');
    (wrapper as HTMLElement).style.setProperty('--pushup-font', 'monospace');
    expect(font()).to.equal('monospace');
  });

  it('gives every control a target of at least 24 by 24 pixels', async () => {
    const el = await fixture(html`<pushup-form-checklist></pushup-form-checklist>`);
    expect(smallTargets(el)).to.deep.equal([]);
  });
});

/**
 * docs/content.md's example of a site adding a locale of its own, run as written: registered
 * with a loader after the elements are on the page, shown under lang="fr", and English for
 * whatever the translation leaves out.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../pushup-form-checklist.js';
import { en } from '../content/en.js';
import { loadLocale, registerLocale } from '../content/registry/registry.js';
import { readText, resetLibraryState, shadow } from '../test/helpers.js';

describe("a site's own locale", () => {
  beforeEach(resetLibraryState);
  afterEach(resetLibraryState);

  it('shows French under lang="fr", loaded the first time an element needs it', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<div lang="fr"><pushup-form-checklist></pushup-form-checklist></div>`,
    ).then((wrapper) => wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> });
    let loads = 0;
    // As in docs/content.md:
    registerLocale('fr', () => {
      loads += 1;
      return import('../test/fixtures/fr.js');
    });
    // The element asked for French as soon as it was registered; wait for that same load.
    await nextFrame();
    await loadLocale('fr');
    await el.updateComplete;
    const root = shadow(el);
    expect(readText(root.querySelector('[part~="heading"]'))).to.equal('Technique des pompes');
    expect(readText(root.querySelector('[part~="progress"]'))).to.contain('cochés');
    expect(root.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal('fr');
    const labels = [...root.querySelectorAll('label')].map(readText);
    expect(labels).to.include('Garde les hanches alignées, sans les laisser s’affaisser.');
    // What the translation leaves out stays English.
    expect(labels).to.include(en.cues.find((cue) => cue.id === 'warm-up-first')!.text);
    expect(loads).to.equal(1);
  });
});

/**
 * Page-wide settings as a site sets them: a `<meta>` in the head, `configure()` from its
 * script, either one before or after the widgets are shown. A tiny element with the
 * controller stands in for a widget: it shows the emergency number and counts its updates.
 * Then the widgets themselves: `persist`, `lang` and `action-levels` reach them, and their
 * own attributes win.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../index.js';
import { registerLocale } from '../content/registry/registry.js';
import { readText, resetLibraryState, shadow, spyConsole } from '../test/helpers.js';
import { calmFlags } from '../test/quiz-paths.js';
import { configure, pageSetting, PageSettingsController, type PageSettings } from './page-settings.js';

class SettingsReader extends LitElement {
  updates = 0;

  constructor() {
    super();
    new PageSettingsController(this);
  }

  override render() {
    return html`${pageSetting('emergency-number') ?? 'none'}`;
  }

  override updated(): void {
    this.updates += 1;
  }
}
customElements.define('settings-reader', SettingsReader);

const metas: HTMLMetaElement[] = [];

/** Adds `<meta name="pushup-widgets" content="…">` to the head, as a site's HTML would. */
function addMeta(content: string): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = 'pushup-widgets';
  meta.content = content;
  document.head.append(meta);
  metas.push(meta);
  return meta;
}

/** Lets the head observer see a change, then the reader re-render. */
async function settle(reader?: SettingsReader): Promise<void> {
  await nextFrame();
  await reader?.updateComplete;
}

const shownNumber = (reader: SettingsReader) => reader.shadowRoot!.textContent!.trim();

/** Removes every setting `configure()` made. */
const clearSettings = () =>
  configure({ emergencyNumber: undefined, urgentNumber: undefined, persist: undefined, lang: undefined, actionLevels: undefined });

describe('page-wide settings', () => {
  afterEach(() => {
    for (const meta of metas.splice(0)) meta.remove();
    clearSettings();
  });

  it('reads the numbers from the meta in the head', () => {
    addMeta('emergency-number=112; urgent-number = 111 ;');
    expect(pageSetting('emergency-number')).to.equal('112');
    expect(pageSetting('urgent-number')).to.equal('111');
  });

  it('reads persist, lang and action-levels from the meta, a bare name as an empty value', () => {
    addMeta('persist; lang=es; action-levels=soon');
    expect(pageSetting('persist')).to.equal('');
    expect(pageSetting('lang')).to.equal('es');
    expect(pageSetting('action-levels')).to.equal('soon');
  });

  it('takes persist as true or false from configure(), and lang and action-levels as text', () => {
    configure({ persist: true, lang: 'es-MX', actionLevels: 'see-doctor' });
    expect(pageSetting('persist')).to.equal('true');
    expect(pageSetting('lang')).to.equal('es-MX');
    expect(pageSetting('action-levels')).to.equal('urgent soon');
    configure({ persist: false, 'action-levels': 'urgent, soon' });
    expect(pageSetting('persist')).to.equal('false');
    expect(pageSetting('action-levels')).to.equal('urgent soon');
  });

  it('ignores a lang that is no language tag, with one warning, and keeps the one before', () => {
    configure({ lang: 'es' });
    const warnings = spyConsole('warn');
    try {
      configure({ lang: 'spanish please' });
      configure({ lang: true } as unknown as PageSettings);
    } finally {
      warnings.restore();
    }
    expect(pageSetting('lang')).to.equal('es');
    expect(warnings.calls).to.have.length(2);
    expect(String(warnings.calls[0][0])).to.contain('lang "spanish please"');
  });

  it('keeps the action levels it knows, with one warning naming the rest, emergency among them', () => {
    const warnings = spyConsole('warn');
    try {
      addMeta('action-levels=emergency soon urgnet');
      expect(pageSetting('action-levels')).to.equal('soon');
      expect(pageSetting('action-levels'), 'read again, said once').to.equal('soon');
      configure({ actionLevels: 'emergency' });
      expect(pageSetting('action-levels'), 'emergency alone: no level at all').to.equal('');
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(2);
    expect(String(warnings.calls[0][0])).to.contain('"emergency"').and.contain('"urgnet"');
  });

  it('reads nothing, and says nothing, on a page without settings', () => {
    const warnings = spyConsole('warn');
    try {
      expect(pageSetting('emergency-number')).to.equal(undefined);
      expect(pageSetting('urgent-number')).to.equal(undefined);
      expect(pageSetting('persist')).to.equal(undefined);
      expect(pageSetting('lang')).to.equal(undefined);
      expect(pageSetting('action-levels')).to.equal(undefined);
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.deep.equal([]);
  });

  it('lets configure() win over the meta, and gives the meta back when a key is set to undefined', () => {
    addMeta('emergency-number=112; urgent-number=111');
    configure({ emergencyNumber: '999' });
    expect(pageSetting('emergency-number')).to.equal('999');
    expect(pageSetting('urgent-number')).to.equal('111', 'a key configure() leaves alone keeps the meta’s value');
    configure({ emergencyNumber: undefined });
    expect(pageSetting('emergency-number')).to.equal('112');
  });

  it('merges each configure() over the earlier ones, with numbers as text and the attribute names accepted', () => {
    configure({ emergencyNumber: 911 });
    configure({ 'urgent-number': '1800 022 222' });
    expect(pageSetting('emergency-number')).to.equal('911');
    expect(pageSetting('urgent-number')).to.equal('1800 022 222');
    configure({ 'emergency-number': '000' });
    expect(pageSetting('emergency-number')).to.equal('000');
  });

  it('shows a widget the numbers a later configure() sets, and re-renders it only when they change', async () => {
    const reader = await fixture<SettingsReader>(html`<settings-reader></settings-reader>`);
    expect(shownNumber(reader)).to.equal('none');
    const updates = reader.updates;
    configure({ emergencyNumber: '112' });
    await settle(reader);
    expect(shownNumber(reader)).to.equal('112');
    expect(reader.updates).to.equal(updates + 1);
    configure({ emergencyNumber: '112' });
    await settle(reader);
    expect(reader.updates).to.equal(updates + 1, 'the same value again changes nothing');
  });

  it('shows a widget a meta added, or changed, after it is shown', async () => {
    const reader = await fixture<SettingsReader>(html`<settings-reader></settings-reader>`);
    const meta = addMeta('emergency-number=112');
    await settle(reader);
    expect(shownNumber(reader)).to.equal('112');
    meta.content = 'emergency-number=911';
    await settle(reader);
    expect(shownNumber(reader)).to.equal('911');
    meta.remove();
    await settle(reader);
    expect(shownNumber(reader)).to.equal('none');
  });

  it('ignores a wrong value or an unknown key with one warning naming it, and keeps the earlier value', async () => {
    const reader = await fixture<SettingsReader>(html`<settings-reader></settings-reader>`);
    configure({ emergencyNumber: '112' });
    await settle(reader);
    const updates = reader.updates;
    const warnings = spyConsole('warn');
    try {
      configure({ emergencyNumber: { number: '911' }, emergencyNumbr: '911' } as unknown as PageSettings);
      configure({ urgentNumber: Number.NaN, 'urgent-number': true } as unknown as PageSettings);
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(4);
    const said = warnings.calls.map((call) => String(call[0]));
    expect(said[0]).to.contain('"emergencyNumber"');
    expect(said[1]).to.contain('"emergencyNumbr"');
    expect(said[2]).to.contain('"urgentNumber"');
    expect(said[3]).to.contain('"urgent-number"');
    expect(pageSetting('emergency-number')).to.equal('112');
    expect(pageSetting('urgent-number')).to.equal(undefined);
    await settle(reader);
    expect(reader.updates).to.equal(updates, 'nothing changed, so nothing re-rendered');
  });

  it('says a typo in the meta once, and uses the rest of it', () => {
    addMeta('emergency-numbr=112; urgent-number=111');
    const warnings = spyConsole('warn');
    try {
      expect(pageSetting('urgent-number')).to.equal('111');
      expect(pageSetting('emergency-number')).to.equal(undefined);
    } finally {
      warnings.restore();
    }
    expect(warnings.calls).to.have.length(1);
    expect(String(warnings.calls[0][0])).to.contain('"emergency-numbr"');
  });

  it('never throws, whatever configure() is given, and changes nothing on hostile input', () => {
    configure({ emergencyNumber: '112' });
    const trap = () => {
      throw new Error('hostile');
    };
    const throwsOnEveryTrap = new Proxy({}, { ownKeys: trap, get: trap, getOwnPropertyDescriptor: trap, has: trap });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwingGetter = {
      urgentNumber: '111',
      get emergencyNumber(): string {
        throw new Error('hostile');
      },
    };
    const inputs: unknown[] = [
      null, undefined, '112', 112, true, Symbol('settings'), () => ({ emergencyNumber: '911' }), [],
      ['emergencyNumber', '911'], throwsOnEveryTrap, revoked, throwingGetter,
      { emergencyNumber: Symbol('911') }, { emergencyNumber: 10n }, { emergencyNumber: throwsOnEveryTrap },
      { __proto__: { emergencyNumber: '911' } }, JSON.parse('{"__proto__": "911", "toString": "911"}'),
    ];
    const warnings = spyConsole('warn');
    try {
      for (const input of inputs) expect(() => configure(input as PageSettings)).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(pageSetting('emergency-number')).to.equal('112');
    expect(pageSetting('urgent-number')).to.equal(undefined, 'an object that throws half way applies nothing');
    expect(warnings.calls.length).to.be.greaterThan(0);
  });

  it('stops updating a widget once it is removed, and updates it again when it is back', async () => {
    const reader = await fixture<SettingsReader>(html`<settings-reader></settings-reader>`);
    const holder = reader.parentElement!;
    const moved = reader.updates;
    document.body.append(reader);
    await settle(reader);
    expect(reader.updates).to.equal(moved, 'moved with no settings changed: not re-rendered');
    reader.remove();
    await settle(reader);
    const updates = reader.updates;
    configure({ emergencyNumber: '112' });
    addMeta('urgent-number=111');
    await settle(reader);
    expect(reader.updates).to.equal(updates);
    expect(pageSetting('urgent-number')).to.equal('111', 'with no widget shown, the meta is read when asked');
    holder.append(reader);
    await settle(reader);
    expect(shownNumber(reader)).to.equal('112');
    configure({ emergencyNumber: '911' });
    await settle(reader);
    expect(shownNumber(reader)).to.equal('911');
  });
});

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type Checklist = Widget & { checked: string[] };
type Quiz = Widget & { answers: Record<string, string[]> };

/** The locale a widget shows, as its rendered root says it. */
const shownLang = (el: Element) => shadow(el).querySelector('[part~="base"]')?.getAttribute('lang');
const checklistKey = (key: string) => `pushup-widgets:checklist:v1:${key}`;
const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;

describe('page-wide settings on the widgets', () => {
  beforeEach(resetLibraryState);
  afterEach(() => {
    for (const meta of metas.splice(0)) meta.remove();
    clearSettings();
    resetLibraryState();
  });

  it("keeps a checklist's ticks as the page's persist says, shown before or after it is set, and lets persist=\"false\" win", async () => {
    addMeta('persist');
    const fromMeta = await fixture<Checklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
    const own = await fixture<Checklist>(html`<pushup-form-checklist persist="false"></pushup-form-checklist>`);
    shadow(fromMeta).querySelector<HTMLInputElement>('#cue-hips-level')!.click();
    expect(stored(checklistKey('default')), 'the meta’s bare persist: the default key').to.deep.equal(['hips-level']);
    shadow(own).querySelector<HTMLInputElement>('#cue-warm-up-first')!.click();
    expect(stored(checklistKey('default')), 'persist="false" stores nothing').to.deep.equal(['hips-level']);

    // Set later, a key of the page's own reaches the checklists already shown.
    localStorage.setItem(checklistKey('plan'), JSON.stringify(['warm-up-first']));
    configure({ persist: 'plan' });
    await settle();
    await fromMeta.updateComplete;
    await own.updateComplete;
    expect(fromMeta.checked, 'configure() wins over the meta').to.deep.equal(['warm-up-first']);
    expect(own.checked, 'the attribute still wins').to.deep.equal(['warm-up-first']);
    configure({ persist: false });
    await settle();
    shadow(fromMeta).querySelector<HTMLInputElement>('#cue-hips-level')!.click();
    expect(stored(checklistKey('plan')), 'persist turned off page-wide').to.deep.equal(['warm-up-first']);
  });

  it("resumes a quiz from the page's persist, and lets its own attribute win", async () => {
    localStorage.setItem('pushup-widgets:quiz:v3:default', JSON.stringify({ savedAt: Date.now(), value: calmFlags }));
    configure({ persist: true });
    const resumed = await fixture<Quiz>(html`<back-pain-quiz></back-pain-quiz>`);
    expect(resumed.answers).to.deep.equal(calmFlags);
    const own = await fixture<Quiz>(html`<back-pain-quiz persist="false"></back-pain-quiz>`);
    expect(own.answers).to.deep.equal({});
  });

  it("shows the page's lang over the <html lang>, shown before or after it is set; a lang nearer the element wins", async () => {
    registerLocale('xx', { strings: { checklistHeading: 'Xx heading' } });
    const root = document.documentElement;
    const pageLang = root.getAttribute('lang');
    root.setAttribute('lang', 'en');
    try {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <pushup-form-checklist></pushup-form-checklist>
          <variation-risk-card variation="knee"></variation-risk-card>
          <back-pain-quiz></back-pain-quiz>
          <div lang="en"><pushup-form-checklist id="under-lang"></pushup-form-checklist></div>
          <pushup-form-checklist lang="en" id="own-lang"></pushup-form-checklist>
        </div>
      `);
      const widgets = [...wrapper.querySelectorAll<Widget>('pushup-form-checklist, variation-risk-card, back-pain-quiz')];
      const [checklist, card, quiz, underLang, ownLang] = widgets;
      await Promise.all(widgets.map((each) => each.updateComplete));
      expect(widgets.map(shownLang)).to.deep.equal(['en', 'en', 'en', 'en', 'en']);

      configure({ lang: 'xx' });
      await settle();
      await Promise.all(widgets.map((each) => each.updateComplete));
      expect([checklist, card, quiz].map(shownLang), 'over the <html lang>').to.deep.equal(['xx', 'xx', 'xx']);
      expect(readText(shadow(checklist).querySelector('[part~="heading"]'))).to.equal('Xx heading');
      expect(shownLang(underLang), 'an ancestor’s lang wins').to.equal('en');
      expect(shownLang(ownLang), 'its own lang wins').to.equal('en');

      // The meta alone, read by a widget shown after it.
      clearSettings();
      addMeta('lang=xx');
      const later = await fixture<Widget>(html`<variation-risk-card variation="knee"></variation-risk-card>`);
      expect(shownLang(later)).to.equal('xx');
    } finally {
      if (pageLang === null) root.removeAttribute('lang');
      else root.setAttribute('lang', pageLang);
    }
  });
});

/**
 * Page-wide settings as a site sets them: a `<meta>` in the head, `configure()` from its
 * script, either one before or after the widgets are shown. A tiny element with the
 * controller stands in for a widget: it shows the emergency number and counts its updates.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { spyConsole } from '../test/helpers.js';
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

describe('page-wide settings', () => {
  afterEach(() => {
    for (const meta of metas.splice(0)) meta.remove();
    configure({ emergencyNumber: undefined, urgentNumber: undefined });
  });

  it('reads the numbers from the meta in the head', () => {
    addMeta('emergency-number=112; urgent-number = 111 ;');
    expect(pageSetting('emergency-number')).to.equal('112');
    expect(pageSetting('urgent-number')).to.equal('111');
  });

  it('reads nothing, and says nothing, on a page without settings', () => {
    const warnings = spyConsole('warn');
    try {
      expect(pageSetting('emergency-number')).to.equal(undefined);
      expect(pageSetting('urgent-number')).to.equal(undefined);
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

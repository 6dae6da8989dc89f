import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cues } from '../../content/checklist/cues.js';
import { registerContent, registerLocale } from '../../content/registry/registry.js';
import { references } from '../../content/shared/references.js';
import { strings } from '../../content/en.js';
import { variations } from '../../content/card/variations.js';
import '../../pushup-form-checklist.js';
import { PushupFormChecklist } from '../../pushup-form-checklist.js';
import { overflowAt, pressOn, readText, resetLibraryState, shadow, spokenText, spyConsole } from '../../test/helpers.js';

const cuesFor = (variation: string) =>
  cues.filter((cue) => cue.variations === 'all' || cue.variations.includes(variation));
const standardCues = cuesFor('standard');

const checkboxes = (el: PushupFormChecklist) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
/** The accessible name of a checkbox: the text of its label. */
const nameOf = (input: HTMLInputElement) => readText(input.labels?.[0]);
const checkboxNamed = (el: PushupFormChecklist, name: string) => {
  const found = checkboxes(el).find((input) => nameOf(input) === name);
  if (!found) throw new Error(`no checkbox named "${name}"`);
  return found;
};
const status = (el: PushupFormChecklist) => shadow(el).querySelector('[role="status"]');
const buttonNamed = (el: PushupFormChecklist, name: string) => {
  const found = [...shadow(el).querySelectorAll('button')].find((button) => spokenText(button).startsWith(name));
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
};
const storageKey = (key = 'default') => `pushup-widgets:checklist:v1:${key}`;
const part = (el: PushupFormChecklist, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
// Assertions compare text, counts and booleans, never elements: a failing assertion that
// holds a DOM element stalls the test runner while it serializes the error.
/** The reference ids of the numbered sources at the foot, in their order: entry 1 first. */
const listedSources = (el: PushupFormChecklist) =>
  [...shadow(el).querySelectorAll('[part~="sources"] li')].map((entry) => entry.id.replace(/^source-/, ''));
/** A cue row's source marker as a reader meets it: the numbers it shows and its links' names. */
const markerOf = (row: Element) => {
  const links = [...row.querySelectorAll('[part~="citation"] a')];
  return { numbers: links.map(readText), names: links.map((link) => link.getAttribute('aria-label')) };
};
const titleOf = (id: string) => references.find((reference) => reference.id === id)?.title;

describe('<pushup-form-checklist>', () => {
  beforeEach(resetLibraryState);
  afterEach(resetLibraryState);

  describe('reading the checklist', () => {
    it('shows every standard cue as a labelled checkbox, grouped by phase under a heading', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const root = shadow(el);
      expect(readText(root.querySelector('h2'))).to.equal('Push-up form checklist');
      expect(checkboxes(el).map(nameOf)).to.deep.equal(standardCues.map((cue) => cue.text));
      const legends = [...root.querySelectorAll('fieldset > legend')].map(readText);
      expect(legends).to.deep.equal(['Setup', 'Lowering', 'Pressing up', 'Every set']);
      expect(readText(status(el))).to.equal(`0 of ${standardCues.length} checked`);
      await expect(el).to.be.accessible();
    });

    it('lists the sources its cues rest on at the foot', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const sources = shadow(el).querySelector('[part="sources"]');
      const cited = new Set(standardCues.flatMap((cue) => cue.references));
      for (const reference of references.filter((each) => cited.has(each.id))) {
        expect(readText(sources)).to.contain(reference.title);
      }
      expect(readText(sources?.querySelector('h3'))).to.equal('Sources');
    });

    it('marks every cue with the numbers of its sources, as numbered in the list at the foot', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const cited = new Set(standardCues.flatMap((cue) => cue.references));
      const listed = listedSources(el);
      expect(listed).to.deep.equal(references.filter((each) => cited.has(each.id)).map((each) => each.id));
      const rows = [...shadow(el).querySelectorAll('[part~="cue"]')];
      expect(rows.length).to.equal(standardCues.length);
      rows.forEach((row, index) => {
        const cue = standardCues[index];
        const numbers = cue.references.map((id) => listed.indexOf(id) + 1).sort((a, b) => a - b);
        expect(numbers.includes(0), `${cue.id} cites only listed sources`).to.equal(false);
        expect(markerOf(row), cue.id).to.deep.equal({
          numbers: numbers.map(String),
          names: numbers.map((number) => `Source ${number}: ${titleOf(listed[number - 1])}`),
        });
      });
      await expect(el).to.be.accessible();
    });

    it('names each checkbox by its cue text alone, without the source marker', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist compact></pushup-form-checklist>`);
      expect(checkboxes(el).map(nameOf)).to.deep.equal(standardCues.map((cue) => cue.text));
      const markersInLabels = checkboxes(el).filter((input) => input.labels?.[0]?.querySelector('[part~="citation"]'));
      expect(markersInLabels.length).to.equal(0);
      expect(shadow(el).querySelectorAll('[part~="citation"]').length).to.equal(standardCues.length);
    });

    it('moves focus to the source in the list when a marker is followed, leaving the page address alone', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const address = location.href;
      const lastRow = [...shadow(el).querySelectorAll('[part~="cue"]')].at(-1)!;
      const marker = lastRow.querySelector<HTMLAnchorElement>('[part~="citation"] a')!;
      const number = Number(readText(marker));
      await pressOn(marker, 'Enter');
      expect(shadow(el).activeElement?.id).to.equal(`source-${listedSources(el)[number - 1]}`);
      expect(location.href).to.equal(address);
    });

    it('shows a not-medical-advice notice above the sources, compact or not', async () => {
      for (const compact of [false, true]) {
        const el = await fixture<PushupFormChecklist>(
          html`<pushup-form-checklist ?compact=${compact}></pushup-form-checklist>`,
        );
        expect(readText(part(el, 'notice')), `compact: ${compact}`).to.equal(strings.safetyNotice);
        const order = [...shadow(el).querySelectorAll('[part~="notice"], [part~="sources"]')].map((each) =>
          each.getAttribute('part'),
        );
        expect(order, `compact: ${compact}`).to.deep.equal(['notice', 'sources']);
        await expect(el).to.be.accessible();
      }
    });

    it('uses the heading it is given', async () => {
      const el = await fixture<PushupFormChecklist>(
        html`<pushup-form-checklist heading="Before your next set"></pushup-form-checklist>`,
      );
      expect(readText(shadow(el).querySelector('h2'))).to.equal('Before your next set');
    });

    it('renders content as text, never as markup', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      el.content = { cues: [{ id: standardCues[0].id, text: '<img src=x onerror="alert(1)"> Hands wide' }] };
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('img').length).to.equal(0);
      expect(nameOf(checkboxes(el)[0])).to.equal('<img src=x onerror="alert(1)"> Hands wide');
    });
  });

  describe('ticking cues', () => {
    it('checks a cue with Space, announces the progress and fires a change event', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const first = checkboxes(el)[0];
      const changed = oneEvent(el, 'pushup-checklist-change');
      await pressOn(first, 'Space');
      const { detail } = await changed;
      expect(first.checked).to.equal(true);
      expect(detail).to.deep.equal({ checked: [standardCues[0].id], total: standardCues.length, complete: false });
      await el.updateComplete;
      expect(readText(status(el))).to.equal(`1 of ${standardCues.length} checked`);
      expect(el.checked).to.deep.equal([standardCues[0].id]);
    });

    it("reaches the cue's sources and then why it matters with Tab", async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const firstRow = shadow(el).querySelector('[part~="cue"]')!;
      const { names } = markerOf(firstRow);
      checkboxes(el)[0].focus();
      const reached: (string | null)[] = [];
      for (let step = 0; step <= names.length; step += 1) {
        await sendKeys({ press: 'Tab' });
        const focused = shadow(el).activeElement as HTMLElement;
        reached.push(focused.getAttribute('aria-label') ?? spokenText(focused));
      }
      expect(reached).to.deep.equal([...names, `Why it matters: ${standardCues[0].text}`]);
    });

    it('fills the progress bar as cues are ticked', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const bar = shadow(el).querySelector('[part="progress-bar"]')!;
      const fill = bar.firstElementChild!;
      const filled = () => fill.getBoundingClientRect().width / bar.getBoundingClientRect().width;
      expect(filled()).to.equal(0);
      el.checked = standardCues.slice(0, 4).map((cue) => cue.id);
      await el.updateComplete;
      await Promise.all(fill.getAnimations().map((animation) => animation.finished));
      expect(filled()).to.be.closeTo(4 / standardCues.length, 0.01);
    });

    it('unchecks a cue when it is ticked again', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const first = checkboxes(el)[0];
      await pressOn(first, 'Space');
      await pressOn(first, 'Space');
      await el.updateComplete;
      expect(first.checked).to.equal(false);
      expect(el.checked).to.deep.equal([]);
    });

    it('congratulates and fires a complete event when the last cue is ticked', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      el.checked = standardCues.slice(1).map((cue) => cue.id);
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part="complete"]').length).to.equal(0);
      const completed = oneEvent(el, 'pushup-checklist-complete');
      checkboxes(el)[0].click();
      const { detail } = await completed;
      expect(detail.total).to.equal(standardCues.length);
      expect(detail.checked).to.deep.equal(standardCues.map((cue) => cue.id));
      await el.updateComplete;
      expect(readText(status(el))).to.contain('Every cue checked');
      expect(el.matches(':state(complete)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("shows the site's action beside the completion message once every cue is checked, and only then", async () => {
      const el = await fixture<PushupFormChecklist>(html`
        <pushup-form-checklist>
          <a slot="complete-action" href="/form-check">Book a form check</a>
        </pushup-form-checklist>
      `);
      const shownAction = () =>
        readText(shadow(el).querySelector<HTMLSlotElement>('[part~="complete-action"] > slot')?.assignedElements()[0]);
      el.checked = standardCues.slice(1).map((cue) => cue.id);
      await el.updateComplete;
      expect(shownAction(), 'not yet complete').to.equal('');
      checkboxes(el)[0].click();
      await el.updateComplete;
      expect(shownAction()).to.equal('Book a form check');
      const wrapper = part(el, 'complete-action');
      expect(wrapper?.previousElementSibling?.getAttribute('part'), 'beside the progress and completion message').to.equal('progress');
      expect(wrapper?.closest('[role="status"]'), 'outside the live region').to.equal(null);
      await expect(el).to.be.accessible();
      checkboxes(el)[0].click();
      await el.updateComplete;
      expect(shownAction(), 'a cue unticked').to.equal('');
    });

    it('renders no action wrapper on a complete checklist with nothing slotted', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      el.checked = standardCues.map((cue) => cue.id);
      await el.updateComplete;
      expect(el.matches(':state(complete)')).to.equal(true);
      expect(shadow(el).querySelectorAll('[part~="complete-action"], slot').length).to.equal(0);
    });

    it('takes a list of checked ids, dropping unknown ones', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      el.checked = [standardCues[2].id, 'no-such-cue', standardCues[2].id];
      await el.updateComplete;
      expect(el.checked).to.deep.equal([standardCues[2].id]);
      expect(checkboxes(el)[2].checked).to.equal(true);
      expect(readText(status(el))).to.equal(`1 of ${standardCues.length} checked`);
    });

    it('keeps no ticks and warns when `checked` is not a list', async () => {
      const warn = spyConsole('warn');
      try {
        const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
        el.checked = 'hips-level' as unknown as string[];
        await el.updateComplete;
        expect(el.checked).to.deep.equal([]);
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });
  });

  describe('why it matters', () => {
    it('underlines the words of "Why it matters" only: no space between the arrow and the words', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      // The first text after the arrow, past Lit's comment markers.
      let afterArrow = shadow(el).querySelector('[part="why-toggle"] .why-icon')?.nextSibling;
      while (afterArrow?.nodeType === Node.COMMENT_NODE) afterArrow = afterArrow.nextSibling;
      expect(afterArrow?.textContent?.startsWith(strings.checklistWhy)).to.equal(true);
    });

    it('opens and closes the explanation with the keyboard, telling its state', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const toggle = buttonNamed(el, 'Why it matters');
      const panel = shadow(el).getElementById(toggle.getAttribute('aria-controls') ?? '');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel?.hidden).to.equal(true);

      await pressOn(toggle, 'Enter');
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel?.hidden).to.equal(false);
      expect(readText(panel)).to.contain(standardCues[0].why);
      expect(readText(panel)).to.contain(`Mistake it prevents: ${standardCues[0].mistake}`);
      await expect(el).to.be.accessible();

      await pressOn(toggle, 'Space');
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel?.hidden).to.equal(true);
    });

    it('shows cues only when compact', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist compact></pushup-form-checklist>`);
      expect(checkboxes(el).length).to.equal(standardCues.length);
      expect(shadow(el).querySelectorAll('[part="why-toggle"]').length).to.equal(0);
      expect(readText(shadow(el).querySelector('[part="base"]'))).not.to.contain(standardCues[0].why);
      await expect(el).to.be.accessible();
    });
  });

  describe('reset', () => {
    it('clears every tick from the reset button, keeping focus on it', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      el.checked = standardCues.map((cue) => cue.id);
      await el.updateComplete;
      const reset = buttonNamed(el, 'Clear all ticks');
      const changed = oneEvent(el, 'pushup-checklist-change');
      await pressOn(reset, 'Enter');
      const { detail } = await changed;
      expect(detail).to.deep.equal({ checked: [], total: standardCues.length, complete: false });
      await el.updateComplete;
      expect(checkboxes(el).every((input) => !input.checked)).to.equal(true);
      expect(readText(status(el))).to.equal(`0 of ${standardCues.length} checked`);
      expect(shadow(el).activeElement === reset, 'focus stays on the reset button').to.equal(true);
    });

    it('clears through the reset() method', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      el.checked = [standardCues[0].id];
      await el.updateComplete;
      el.reset();
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
    });
  });

  describe('variations', () => {
    for (const variation of variations) {
      it(`shows the ${variation.id} variation's own cues`, async () => {
        const el = await fixture<PushupFormChecklist>(
          html`<pushup-form-checklist variation=${variation.id}></pushup-form-checklist>`,
        );
        expect(checkboxes(el).map(nameOf)).to.deep.equal(cuesFor(variation.id).map((cue) => cue.text));
        const named = readText(shadow(el).querySelector('[part="variation"]'));
        if (variation.id === 'standard') expect(named).to.equal('');
        else expect(named).to.equal(`Cues for the ${variation.name}`);
        await expect(el).to.be.accessible();
      });
    }

    it('falls back to the standard push-up with one warning for an unknown variation', async () => {
      const warn = spyConsole('warn');
      try {
        const el = await fixture<PushupFormChecklist>(
          html`<pushup-form-checklist variation="handstand"></pushup-form-checklist>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(checkboxes(el).map(nameOf)).to.deep.equal(standardCues.map((cue) => cue.text));
        expect(warn.calls).to.have.length(1);
        expect(String(warn.calls[0][0])).to.contain('handstand').and.contain('standard');
      } finally {
        warn.restore();
      }
    });

    it('keeps ticks of a variation while another is shown', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const bodyLine = 'straight-line-head-to-heels';
      el.checked = [bodyLine];
      el.variation = 'knee';
      await el.updateComplete;
      expect(readText(status(el))).to.equal(`0 of ${cuesFor('knee').length} checked`);
      el.variation = 'standard';
      await el.updateComplete;
      expect(checkboxNamed(el, cues.find((cue) => cue.id === bodyLine)!.text).checked).to.equal(true);
    });
  });

  describe('persist', () => {
    it('shows ticks another tab saves under the same key, and ignores other keys', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist persist=""></pushup-form-checklist>`);
      checkboxes(el)[0].click();
      const elsewhere = (key: string | null, value: string | null) =>
        window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
      elsewhere(storageKey('other'), JSON.stringify([standardCues[3].id]));
      await el.updateComplete;
      expect(checkboxes(el).map((box) => box.checked).indexOf(true)).to.equal(0);
      elsewhere(storageKey(), JSON.stringify([standardCues[2].id]));
      await el.updateComplete;
      expect(el.checked).to.deep.equal([standardCues[2].id]);
      expect(checkboxes(el)[2].checked).to.equal(true);
      // Something another tab wrote that is not ticks is ignored: nothing here is lost to it.
      elsewhere(storageKey(), '{garbage');
      elsewhere(storageKey(), JSON.stringify({ not: 'ticks' }));
      await el.updateComplete;
      expect(el.checked).to.deep.equal([standardCues[2].id]);
      // Another tab cleared storage: this tab shows no ticks, and tells no one it changed.
      let changes = 0;
      el.addEventListener('pushup-checklist-change', () => (changes += 1));
      elsewhere(null, null);
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      expect(changes).to.equal(0);
    });

    it('follows another tab once persist is set on a checklist already on the page, and not while it is off the page', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      const elsewhere = (ids: string[]) =>
        window.dispatchEvent(new StorageEvent('storage', { key: storageKey(), newValue: JSON.stringify(ids), storageArea: localStorage }));
      el.persist = true;
      await el.updateComplete;
      elsewhere([standardCues[2].id]);
      await el.updateComplete;
      expect(checkboxes(el)[2].checked).to.equal(true);
      const page = el.parentElement as HTMLElement;
      el.remove();
      elsewhere([standardCues[3].id]);
      expect(el.checked).to.deep.equal([standardCues[2].id]);
      page.append(el);
      elsewhere([standardCues[4].id]);
      await el.updateComplete;
      expect(el.checked).to.deep.equal([standardCues[4].id]);
    });

    it('shows saved ticks once a server-rendered checklist is hydrated', async () => {
      localStorage.setItem(storageKey(), JSON.stringify([standardCues[1].id]));
      // What Lit SSR sends: the tag with its shadow root as declarative shadow DOM.
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.setHTMLUnsafe(
        '<pushup-form-checklist persist><template shadowrootmode="open"><p>From the server</p></template></pushup-form-checklist>',
      );
      const el = host.querySelector('pushup-form-checklist') as PushupFormChecklist;
      // The saved ticks come in the update after the hydrating one.
      await waitUntil(() => (el.checked ?? []).length > 0, 'the saved ticks were never restored');
      await el.updateComplete;
      expect(checkboxes(el).map((box) => box.checked)).to.deep.equal(standardCues.map((_, index) => index === 1));
      expect((shadow(el).textContent ?? '').includes('From the server')).to.equal(false);
    });

    it('keeps ticks across a re-created element', async () => {
      const first = await fixture<PushupFormChecklist>(html`<pushup-form-checklist persist=""></pushup-form-checklist>`);
      checkboxes(first)[1].click();
      first.remove();
      const second = await fixture<PushupFormChecklist>(html`<pushup-form-checklist persist=""></pushup-form-checklist>`);
      expect(checkboxes(second)[1].checked).to.equal(true);
      expect(JSON.parse(localStorage.getItem(storageKey()) ?? 'null')).to.deep.equal([standardCues[1].id]);
    });

    it('keeps separate ticks under separate keys', async () => {
      const el = await fixture<PushupFormChecklist>(
        html`<pushup-form-checklist persist="monday"></pushup-form-checklist>`,
      );
      checkboxes(el)[0].click();
      const other = await fixture<PushupFormChecklist>(
        html`<pushup-form-checklist persist="tuesday"></pushup-form-checklist>`,
      );
      expect(checkboxes(other)[0].checked).to.equal(false);
      expect(localStorage.getItem(storageKey('monday'))).to.not.equal(null);
    });

    it('stores nothing without persist, or with persist="false"', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      checkboxes(el)[0].click();
      const off = await fixture<PushupFormChecklist>(html`<pushup-form-checklist persist="false"></pushup-form-checklist>`);
      checkboxes(off)[0].click();
      expect(Object.keys(localStorage).filter((key) => key.startsWith('pushup-widgets'))).to.deep.equal([]);
    });

    it('takes persist="true" as the default key, as HTML writes it', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist persist="true"></pushup-form-checklist>`);
      checkboxes(el)[0].click();
      expect(localStorage.getItem(storageKey())).to.not.equal(null);
    });

    it('keeps ticks in memory with one warning when storage throws', async () => {
      const warn = spyConsole('warn');
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      try {
        const first = await fixture<PushupFormChecklist>(html`<pushup-form-checklist persist=""></pushup-form-checklist>`);
        checkboxes(first)[0].click();
        checkboxes(first)[1].click();
        first.remove();
        const second = await fixture<PushupFormChecklist>(
          html`<pushup-form-checklist persist=""></pushup-form-checklist>`,
        );
        expect(checkboxes(second).slice(0, 2).map((input) => input.checked)).to.deep.equal([true, true]);
        expect(warn.calls).to.have.length(1);
      } finally {
        Storage.prototype.setItem = setItem;
        warn.restore();
      }
    });

    it('ignores corrupt stored data with one warning', async () => {
      const warn = spyConsole('warn');
      try {
        localStorage.setItem(storageKey(), '{not json');
        const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist persist=""></pushup-form-checklist>`);
        expect(el.checked).to.deep.equal([]);
        localStorage.setItem(storageKey('other'), JSON.stringify({ hips: true }));
        await fixture(html`<pushup-form-checklist persist="other"></pushup-form-checklist>`);
        expect(warn.calls).to.have.length(1);
        checkboxes(el)[0].click();
        expect(JSON.parse(localStorage.getItem(storageKey()) ?? 'null')).to.deep.equal([standardCues[0].id]);
      } finally {
        warn.restore();
      }
    });
  });

  it('fits a 280 px wide column with every explanation open', async () => {
    const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist variation="backward"></pushup-form-checklist>`);
    for (const toggle of shadow(el).querySelectorAll<HTMLButtonElement>('[part="why-toggle"]')) toggle.click();
    expect(await overflowAt(el, 280)).to.equal(0);
  });

  it('keeps two instances on a page independent', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <pushup-form-checklist></pushup-form-checklist>
        <pushup-form-checklist compact></pushup-form-checklist>
      </div>
    `);
    const [one, two] = wrapper.querySelectorAll('pushup-form-checklist');
    await Promise.all([one.updateComplete, two.updateComplete]);
    checkboxes(one)[0].click();
    await one.updateComplete;
    expect(checkboxes(two)[0].checked).to.equal(false);
    expect(two.checked).to.deep.equal([]);
  });

  describe('content and locale', () => {
    it("shows a site's own cue wording passed through `content`", async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      el.content = { cues: [{ id: standardCues[0].id, text: 'Hands just outside your shoulders.' }] };
      await el.updateComplete;
      expect(nameOf(checkboxes(el)[0])).to.equal('Hands just outside your shoulders.');
    });

    it('keeps the defaults and names the bad field when content is invalid', async () => {
      const error = spyConsole('error');
      try {
        const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
        // A site's own JavaScript, untyped: the wrong type reaches the element.
        el.content = { cues: [{ id: standardCues[0].id, why: 42 as unknown as string }] };
        await el.updateComplete;
        expect(nameOf(checkboxes(el)[0])).to.equal(standardCues[0].text);
        expect(error.calls).to.have.length(1);
        expect(String(error.calls[0][0])).to.contain('content.cues[0].why must be a non-empty string');
      } finally {
        error.restore();
      }
    });

    it('applies content registered for the whole page', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      registerContent({ strings: { checklistHeading: 'Form check' } });
      await el.updateComplete;
      expect(readText(shadow(el).querySelector('h2'))).to.equal('Form check');
    });

    it("follows the nearest ancestor's lang, and changes when it changes", async () => {
      registerLocale('xx', { strings: { checklistHeading: 'Xx checklist', checklistReset: 'Xx reset' } });
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><pushup-form-checklist></pushup-form-checklist></div>`);
      const el = wrapper.querySelector('pushup-form-checklist')!;
      expect(readText(shadow(el).querySelector('h2'))).to.equal('Push-up form checklist');
      wrapper.setAttribute('lang', 'xx-YY');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(readText(shadow(el).querySelector('h2'))).to.equal('Xx checklist');
      el.setAttribute('lang', 'fr');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(readText(shadow(el).querySelector('h2'))).to.equal('Push-up form checklist');
    });

    it('loads a lazily registered locale when first needed', async () => {
      registerLocale('xx', async () => ({ default: { strings: { checklistHeading: 'Loaded later' } } }));
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist lang="xx"></pushup-form-checklist>`);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(readText(shadow(el).querySelector('h2'))).to.equal('Loaded later');
    });
  });

  it('leaves an already defined tag alone when registered again', () => {
    expect(() => PushupFormChecklist.define('pushup-form-checklist')).not.to.throw();
    expect(customElements.get('pushup-form-checklist')).to.equal(PushupFormChecklist);
  });
});

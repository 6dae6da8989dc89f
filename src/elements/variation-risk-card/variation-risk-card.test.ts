import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { cues } from '../../content/checklist/cues.js';
import { es } from '../../content/es.js';
import { loadLocale, registerLocale } from '../../content/registry/registry.js';
import { references } from '../../content/shared/references.js';
import { strings } from '../../content/en.js';
import type { RiskLevel, RiskRating, Variation } from '../../content/types.js';
import { variations } from '../../content/card/variations.js';
import { VariationRiskCard } from '../../variation-risk-card.js';
import { overflowAt, smallTargets, pressOn, readText, resetLibraryState, shadow, spyConsole } from '../../test/helpers.js';

const variationById = (id: string): Variation => {
  const found = variations.find((variation) => variation.id === id);
  if (!found) throw new Error(`no variation "${id}"`);
  return found;
};
/** A variation's display name, read from the content. */
const nameOf = (id: string) => variationById(id).name;
const levelWords: Record<RiskLevel, string> = {
  low: strings.cardRiskLow,
  moderate: strings.cardRiskModerate,
  high: strings.cardRiskHigh,
};
const rank: Record<RiskLevel, number> = { low: 1, moderate: 2, high: 3 };

const card = (id: string) => fixture<VariationRiskCard>(html`<variation-risk-card variation=${id}></variation-risk-card>`);
const part = (el: VariationRiskCard, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
// Assertions compare text, counts and booleans, never elements: a failing assertion that
// holds a DOM element stalls the test runner while it serializes the error.
const shows = (el: VariationRiskCard, selector: string) => shadow(el).querySelector(selector) !== null;
const heading = (el: VariationRiskCard) => readText(shadow(el).querySelector('h2'));
const buttons = (el: VariationRiskCard) => [...shadow(el).querySelectorAll('button')];
const buttonNamed = (el: VariationRiskCard, name: string) => {
  const found = buttons(el).find((button) => readText(button) === name);
  if (!found) throw new Error(`no button named "${name}"; found ${buttons(el).map(readText).join(' | ')}`);
  return found;
};
/** The text of a claim without its source marker: what the content says. */
const claimText = (element: Element | null | undefined) => {
  const copy = element?.cloneNode(true) as Element | undefined;
  for (const marker of copy?.querySelectorAll('[part~="citation"]') ?? []) marker.remove();
  return readText(copy);
};
/** A claim's source marker as a reader meets it: the numbers it shows and its links' names. */
const markerOf = (element: Element | null | undefined) => {
  const links = [...(element?.querySelectorAll('[part~="citation"] a') ?? [])];
  return { numbers: links.map(readText), names: links.map((link) => link.getAttribute('aria-label')) };
};
/** The reference ids of the numbered sources at the foot, in their order: entry 1 first. */
const listedSources = (el: VariationRiskCard) =>
  [...shadow(el).querySelectorAll('[part~="sources"] li')].map((entry) => entry.id.replace(/^source-/, ''));
/** The marker `ids` should carry, numbered as the sources at the foot are. */
const expectedMarker = (listed: string[], ids: readonly string[]) => {
  const numbers = ids.map((id) => listed.indexOf(id) + 1).sort((a, b) => a - b);
  return {
    numbers: numbers.map(String),
    names: numbers.map((number) => `Source ${number}: ${references.find((each) => each.id === listed[number - 1])?.title}`),
  };
};
/** A rating's reason as the card shows it: led by "Our rating:" where it cites no source. */
const shownReason = (risk: RiskRating) =>
  risk.references.length === 0 ? `${strings.cardOwnRating} ${risk.reason}` : risk.reason;
/** Each risk row as a person reads it: its name, its level in words, and its reason. */
const riskRows = (el: VariationRiskCard) =>
  [...shadow(el).querySelectorAll('[part~="risk"]')].map((row) => ({
    name: readText(row.querySelector('dt')),
    level: readText(row.querySelector('[part~="risk-level"]')),
    reason: claimText(row.querySelector('[part~="risk-reason"]')),
  }));
/** The items of a list section, found by its part name. */
const listItems = (el: VariationRiskCard, name: string) =>
  [...(part(el, name)?.querySelectorAll('li') ?? [])].map(readText);
const filledSegments = (row: Element) => row.querySelectorAll('[part~="risk-meter"] .filled').length;
const announcement = (el: VariationRiskCard) =>
  readText([...shadow(el).querySelectorAll('[role="status"]')].find((region) => !region.matches('[part~="message"]')));
const focused = (el: VariationRiskCard) => shadow(el).activeElement as HTMLElement | null;

describe('<variation-risk-card>', () => {
  beforeEach(resetLibraryState);
  afterEach(resetLibraryState);

  describe('every variation', () => {
    for (const variation of variations) {
      it(`shows the facts of the ${variation.name}, with its sources`, async () => {
        const el = await card(variation.id);
        expect(heading(el)).to.equal(variation.name);
        expect(claimText(part(el, 'summary'))).to.equal(variation.summary);
        expect(riskRows(el)).to.deep.equal([
          { name: 'Back risk', level: levelWords[variation.backRisk.level], reason: shownReason(variation.backRisk) },
          {
            name: 'Shoulder risk',
            level: levelWords[variation.shoulderRisk.level],
            reason: shownReason(variation.shoulderRisk),
          },
        ]);
        expect(listItems(el, 'muscles')).to.deep.equal(variation.muscles);
        expect(listItems(el, 'suits')).to.deep.equal(variation.suits);
        expect(listItems(el, 'skip')).to.deep.equal(variation.skipIf);
        expect(listItems(el, 'cues')).to.deep.equal(
          variation.keyCues.map((id) => cues.find((cue) => cue.id === id)?.text),
        );
        expect(buttons(el).map(readText)).to.deep.equal([
          ...variation.easier.map((id) => `Easier: ${variationById(id).name}`),
          ...variation.harder.map((id) => `Harder: ${variationById(id).name}`),
        ]);

        const sources = part(el, 'sources');
        expect(readText(sources?.querySelector('h3'))).to.equal('Sources');
        const cited = new Set([
          ...variation.references,
          ...variation.backRisk.references,
          ...variation.shoulderRisk.references,
        ]);
        for (const reference of references) {
          if (cited.has(reference.id)) expect(readText(sources)).to.contain(reference.title);
          else expect(readText(sources)).not.to.contain(reference.title);
        }
        expect(readText(part(el, 'notice'))).to.equal(strings.safetyNotice);
        await expect(el).to.be.accessible();
      });

      it(`marks each claim about the ${variation.name} with the numbers of its sources at the foot`, async () => {
        const el = await card(variation.id);
        const { backRisk, shoulderRisk } = variation;
        const cited = new Set([...variation.references, ...backRisk.references, ...shoulderRisk.references]);
        const listed = listedSources(el);
        expect(listed).to.deep.equal(references.filter((each) => cited.has(each.id)).map((each) => each.id));
        const [backRow, shoulderRow] = shadow(el).querySelectorAll('[part~="risk"]');
        expect(markerOf(part(el, 'summary')), 'summary').to.deep.equal(expectedMarker(listed, variation.references));
        expect(markerOf(backRow), 'back risk').to.deep.equal(expectedMarker(listed, backRisk.references));
        expect(markerOf(shoulderRow), 'shoulder risk').to.deep.equal(expectedMarker(listed, shoulderRisk.references));
        for (const facts of ['muscles', 'suits', 'skip']) {
          expect(markerOf(part(el, facts)), facts).to.deep.equal(expectedMarker(listed, variation.references));
        }
      });
    }
  });

  describe('sources', () => {
    it('moves focus to the source in the list when a marker is followed, leaving the page address alone', async () => {
      const el = await card('standard');
      const address = location.href;
      const marker = part(el, 'risks')?.querySelector<HTMLAnchorElement>('[part~="citation"] a');
      if (!marker) throw new Error('no source marker on the risks');
      const number = Number(readText(marker));
      await pressOn(marker, 'Enter');
      expect(focused(el)?.id).to.equal(`source-${listedSources(el)[number - 1]}`);
      expect(location.href).to.equal(address);
    });

    it('keeps the headings and lists named by their own words, not by a marker', async () => {
      const el = await card('standard');
      const named = [...shadow(el).querySelectorAll('h3, ul[aria-labelledby]')].filter((each) =>
        each.querySelector('[part~="citation"]'),
      );
      expect(named.length).to.equal(0);
      expect(shows(el, '[part~="muscles"] [part~="citation"]')).to.equal(true);
    });

    it('rejects a source address that is not a web address, with one error, and never links it', async () => {
      const cites = variations.find((variation) =>
        [...variation.references, ...variation.backRisk.references, ...variation.shoulderRisk.references].includes(
          'good-for-back',
        ),
      );
      if (!cites) throw new Error('no variation cites good-for-back');
      const el = await card(cites.id);
      const error = spyConsole('error');
      try {
        el.content = { references: [{ id: 'good-for-back', url: 'javascript:alert(1)' }] };
        await el.updateComplete;
      } finally {
        error.restore();
      }
      expect(error.calls.length).to.equal(1);
      expect(String(error.calls[0][0])).to.match(/content\.references\[\d+\]\.url must be an http: or https: address/);
      const links = [...shadow(el).querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
      expect(links.filter((href) => /javascript:/i.test(href))).to.deep.equal([]);
      const entry = shadow(el).getElementById('source-good-for-back');
      expect(readText(entry)).to.contain(references.find((each) => each.id === 'good-for-back')?.title);
      expect(entry?.querySelectorAll('a').length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('sources in another language', () => {
    it("marks a title in another language than the card's with its lang, and rejects a malformed lang", async () => {
      const el = await card('standard');
      el.content = { references: [{ id: 'good-for-back', title: 'Las flexiones y la espalda', lang: 'es' }] };
      await el.updateComplete;
      const entry = shadow(el).getElementById('source-good-for-back');
      expect(entry?.querySelector('cite')?.getAttribute('lang')).to.equal('es');
      expect(shadow(el).querySelector('#source-truth-revealed cite')?.hasAttribute('lang')).to.equal(false);
      const error = spyConsole('error');
      try {
        el.content = { references: [{ id: 'good-for-back', lang: 'not a tag' }] };
        await el.updateComplete;
      } finally {
        error.restore();
      }
      expect(error.calls.length).to.equal(1);
      expect(String(error.calls[0][0])).to.match(/content\.references\[\d+\]\.lang must be a language tag/);
    });

    it('lets a risk rating cite nothing, as our own rating, but never a variation itself', async () => {
      const el = await card('diamond');
      el.content = { variations: [{ id: 'diamond', shoulderRisk: { references: [] } }] };
      await el.updateComplete;
      const [, shoulder] = shadow(el).querySelectorAll('[part~="risk"]');
      expect(readText(shoulder.querySelector('.own-rating'))).to.equal(strings.cardOwnRating);
      expect(shoulder.querySelectorAll('[part~="citation"]').length).to.equal(0);
      const error = spyConsole('error');
      try {
        el.content = { variations: [{ id: 'diamond', references: [] }] };
        await el.updateComplete;
      } finally {
        error.restore();
      }
      expect(error.calls.length).to.equal(1);
      expect(String(error.calls[0][0])).to.match(/content\.variations\[\d+\]\.references must not be empty/);
    });
  });

  describe('risk ratings', () => {
    const levelShown = async (id: string) => {
      const [back, shoulder] = riskRows(await card(id));
      const toLevel = (words: string) =>
        (Object.keys(levelWords) as RiskLevel[]).find((level) => levelWords[level] === words)!;
      return { back: rank[toLevel(back.level)], shoulder: rank[toLevel(shoulder.level)] };
    };

    it('rates the risks as the sources do', async () => {
      const standard = await levelShown('standard');
      const knee = await levelShown('knee');
      expect(standard.back).to.equal(rank.low);
      expect(knee.back).to.equal(rank.low);
      const diamond = await levelShown('diamond');
      expect(diamond.back, 'diamond back ~ standard').to.equal(standard.back);
      expect(diamond.shoulder, 'diamond harder on the shoulders').to.be.above(standard.shoulder);
      for (const raised of ['deficit', 'weighted', 'forward', 'backward']) {
        expect((await levelShown(raised)).back, `${raised} back raised`).to.be.above(standard.back);
      }
    });

    it("shows a rating no source states as our own, with no source marker; a sourced one keeps its marker", async () => {
      const own = variations.find((variation) => variation.shoulderRisk.references.length === 0);
      if (!own) throw new Error('no variation whose shoulder rating is our own');
      const el = await card(own.id);
      const [, shoulder] = shadow(el).querySelectorAll('[part~="risk"]');
      const reason = shoulder.querySelector('[part~="risk-reason"]');
      expect(readText(reason)).to.equal(`Our rating: ${own.shoulderRisk.reason}`);
      expect(readText(reason?.querySelector('.own-rating'))).to.equal('Our rating:');
      expect(shoulder.querySelectorAll('[part~="citation"], a').length, 'links in the rating').to.equal(0);

      const diamond = await card('diamond');
      expect(variationById('diamond').shoulderRisk.references).to.include('truth-revealed');
      const [, sourced] = shadow(diamond).querySelectorAll('[part~="risk"]');
      expect(readText(sourced.querySelector('[part~="risk-reason"]'))).not.to.contain('Our rating');
      expect(sourced.querySelector('.own-rating')).to.equal(null);
      const listed = listedSources(diamond);
      expect(markerOf(sourced)).to.deep.equal(expectedMarker(listed, ['truth-revealed']));
      await expect(el).to.be.accessible();
    });

    it('says which ratings are our own in a compact card, which shows no reasons', async () => {
      const knee = variationById('knee');
      expect([knee.backRisk.references, knee.shoulderRisk.references]).to.deep.equal([[], []]);
      const el = await fixture<VariationRiskCard>(html`<variation-risk-card variation="knee" compact></variation-risk-card>`);
      const rows = [...shadow(el).querySelectorAll('[part~="risk"]')];
      expect(rows.map((row) => readText(row.querySelector('dd')))).to.deep.equal([
        `Our rating: ${levelWords[knee.backRisk.level]}`,
        `Our rating: ${levelWords[knee.shoulderRisk.level]}`,
      ]);
      expect(shadow(el).querySelectorAll('[part~="risks"] [part~="citation"]').length).to.equal(0);
      expect(await overflowAt(el, 280)).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('says "Nuestra valoración:" in Spanish, and marks the English source titles as English', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="es">
        <variation-risk-card variation="forward"></variation-risk-card>
        <variation-risk-card variation="forward" compact></variation-risk-card>
      </div>`);
      await loadLocale('es');
      await nextFrame();
      const [full, compact] = [...wrapper.querySelectorAll('variation-risk-card')] as VariationRiskCard[];
      await Promise.all([full.updateComplete, compact.updateComplete]);
      const [back, shoulder] = shadow(full).querySelectorAll('[part~="risk"]');
      const esForward = es.variations?.find((each) => each.id === 'forward');
      expect(readText(shoulder.querySelector('[part~="risk-reason"]'))).to.equal(
        `Nuestra valoración: ${esForward?.shoulderRisk?.reason}`,
      );
      expect(back.querySelector('.own-rating')).to.equal(null);
      // Every title in the list and every marker's name is marked as English.
      const titles = [...shadow(full).querySelectorAll('.sources-list cite, .sources-list li > a')];
      expect(titles.length).to.be.greaterThan(0);
      expect(titles.map((title) => title.getAttribute('lang'))).to.deep.equal(titles.map(() => 'en'));
      const links = [...shadow(full).querySelectorAll('[part~="citation"] a')];
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        expect(link.hasAttribute('aria-label'), 'no aria-label, which cannot carry a language').to.equal(false);
        expect(link.querySelector('[lang="en"]')?.textContent).to.be.oneOf(references.map((each) => each.title));
      }
      expect(await overflowAt(compact, 280)).to.equal(0);
      await expect(wrapper).to.be.accessible();
    });

    it('draws each level as one, two or three filled segments hidden from assistive technology', async () => {
      for (const variation of variations) {
        const el = await card(variation.id);
        const rows = [...shadow(el).querySelectorAll('[part~="risk"]')];
        expect(filledSegments(rows[0])).to.equal(rank[variation.backRisk.level]);
        expect(filledSegments(rows[1])).to.equal(rank[variation.shoulderRisk.level]);
        for (const meter of shadow(el).querySelectorAll('[part~="risk-meter"]')) {
          expect(meter.getAttribute('aria-hidden')).to.equal('true');
          expect(meter.querySelectorAll('.segment').length).to.equal(3);
        }
      }
    });
  });

  describe('compact', () => {
    it('shows the name, summary, both risk levels, who should skip it, the notice and the sources only', async () => {
      const diamond = variationById('diamond');
      const el = await fixture<VariationRiskCard>(
        html`<variation-risk-card variation="diamond" compact></variation-risk-card>`,
      );
      expect(heading(el)).to.equal(diamond.name);
      expect(claimText(part(el, 'summary'))).to.equal(diamond.summary);
      expect(listItems(el, 'skip')).to.deep.equal(diamond.skipIf);
      expect(readText(part(el, 'notice'))).to.equal(strings.safetyNotice);
      expect(riskRows(el).map(({ name, level }) => `${name} ${level}`)).to.deep.equal([
        `Back risk ${levelWords[diamond.backRisk.level]}`,
        `Shoulder risk ${levelWords[diamond.shoulderRisk.level]}`,
      ]);
      expect(shadow(el).querySelectorAll('[part~="risk-meter"]').length).to.equal(2);
      for (const hidden of ['risk-reason', 'muscles', 'suits', 'cues', 'neighbours']) {
        expect(shows(el, `[part~="${hidden}"]`), hidden).to.equal(false);
      }
      // Every claim a compact card still makes keeps its sources.
      const listed = listedSources(el);
      expect(markerOf(part(el, 'summary')), 'summary').to.deep.equal(expectedMarker(listed, diamond.references));
      const [back, shoulder] = shadow(el).querySelectorAll('[part~="risk"]');
      expect(markerOf(back), 'back risk').to.deep.equal(expectedMarker(listed, diamond.backRisk.references));
      expect(markerOf(shoulder), 'shoulder risk').to.deep.equal(expectedMarker(listed, diamond.shoulderRisk.references));
      expect(markerOf(part(el, 'skip')), 'skip it if').to.deep.equal(expectedMarker(listed, diamond.references));
      expect(buttons(el).map(readText)).to.deep.equal([]);
      expect(readText(part(el, 'base'))).not.to.contain(diamond.shoulderRisk.reason);
      await expect(el).to.be.accessible();
    });
  });

  describe('moving to easier and harder variations', () => {
    it('switches to a harder variation with Enter, keeping focus on the first Harder button', async () => {
      const el = await card('knee');
      const selected = oneEvent(el, 'pushup-variation-select');
      await pressOn(buttonNamed(el, `Harder: ${nameOf('standard')}`), 'Enter');
      const event = await selected;
      expect(event.detail).to.deep.equal({ variation: 'standard', from: 'knee' });
      expect(event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(heading(el)).to.equal(nameOf('standard'));
      expect(el.getAttribute('variation')).to.equal('standard');
      expect(readText(focused(el))).to.equal(`Harder: ${nameOf('diamond')}`);
      expect(announcement(el)).to.equal(`Now showing: ${nameOf('standard')}`);
      await expect(el).to.be.accessible();
    });

    it('switches to an easier variation with Space, focusing the heading when no easier one is left', async () => {
      // A variation whose first easier neighbour has no easier one of its own.
      const from = variations.find(({ easier }) => easier.length > 0 && variationById(easier[0]).easier.length === 0);
      if (!from) throw new Error('no variation steps down to the easiest');
      const easiest = variationById(from.easier[0]);
      const el = await card(from.id);
      const selected = oneEvent(el, 'pushup-variation-select');
      await pressOn(buttonNamed(el, `Easier: ${easiest.name}`), 'Space');
      expect((await selected).detail).to.deep.equal({ variation: easiest.id, from: from.id });
      await el.updateComplete;
      expect(heading(el)).to.equal(easiest.name);
      expect(focused(el)?.localName).to.equal('h2');
      expect(announcement(el)).to.equal('');
    });

    it('walks from the knee push-up to the diamond and back by keyboard alone', async () => {
      const el = await card('knee');
      await pressOn(buttonNamed(el, `Harder: ${nameOf('standard')}`), 'Enter');
      await el.updateComplete;
      await pressOn(focused(el)!, 'Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal(nameOf('diamond'));
      expect(focused(el)?.localName).to.equal('h2');
      await pressOn(buttonNamed(el, `Easier: ${nameOf('standard')}`), 'Space');
      await el.updateComplete;
      expect(heading(el)).to.equal(nameOf('standard'));
      expect(readText(focused(el))).to.equal(`Easier: ${nameOf('knee')}`);
    });

    it('shows the forearm plank with its risks, and moves from it to the knee push-up', async () => {
      const plank = variationById('plank');
      const knee = variationById('knee');
      const el = await card('plank');
      expect(heading(el)).to.equal(plank.name);
      expect(riskRows(el).map(({ name, level }) => `${name} ${level}`)).to.deep.equal([
        `Back risk ${levelWords[plank.backRisk.level]}`,
        `Shoulder risk ${levelWords[plank.shoulderRisk.level]}`,
      ]);
      const toKnee = plank.easier.includes(knee.id) ? `Easier: ${knee.name}` : `Harder: ${knee.name}`;
      await pressOn(buttonNamed(el, toKnee), 'Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal(knee.name);
      await expect(el).to.be.accessible();
    });

    it('keeps the card when a listener cancels the event, so the page can navigate itself', async () => {
      const el = await card('standard');
      el.addEventListener('pushup-variation-select', (event) => event.preventDefault());
      const selected = oneEvent(el, 'pushup-variation-select');
      await pressOn(buttonNamed(el, `Harder: ${nameOf('weighted')}`), 'Enter');
      const event = await selected;
      expect(event.detail).to.deep.equal({ variation: 'weighted', from: 'standard' });
      expect(event.defaultPrevented).to.equal(true);
      await el.updateComplete;
      expect(el.variation).to.equal('standard');
      expect(heading(el)).to.equal(nameOf('standard'));
      expect(readText(focused(el))).to.equal(`Harder: ${nameOf('weighted')}`);
    });

    it('shows a variation set from the page without firing an event', async () => {
      const el = await card('standard');
      let fired = 0;
      el.addEventListener('pushup-variation-select', () => (fired += 1));
      el.variation = 'deficit';
      await el.updateComplete;
      expect(heading(el)).to.equal(nameOf('deficit'));
      expect(el.getAttribute('variation')).to.equal('deficit');
      expect(fired).to.equal(0);
    });
  });

  describe('a missing or unknown variation', () => {
    const knownIds = variations.map((variation) => variation.id);

    it('says politely that the id is unknown, lists the known ones, and warns once', async () => {
      const warn = spyConsole('warn');
      try {
        const el = await card('handstand');
        el.requestUpdate();
        await el.updateComplete;
        const message = part(el, 'message');
        expect(message?.getAttribute('role')).to.equal('status');
        expect(readText(message)).to.contain('"handstand"');
        for (const id of knownIds) expect(readText(message)).to.contain(id);
        expect(shows(el, 'h2')).to.equal(false);
        expect(el.matches(':state(unknown)')).to.equal(true);
        expect(warn.calls).to.have.length(1);
        expect(String(warn.calls[0][0])).to.contain('handstand').and.contain('standard');
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('asks for a variation when none is given once the page has settled, and warns once', async () => {
      const warn = spyConsole('warn');
      try {
        const el = await fixture<VariationRiskCard>(html`<variation-risk-card></variation-risk-card>`);
        // A frame and a task after the page's load: a framework had its moment to set one.
        await nextFrame();
        await aTimeout(0);
        await el.updateComplete;
        const message = readText(part(el, 'message'));
        expect(message).to.match(/^Choose a push-up variation to show\./);
        for (const id of knownIds) expect(message).to.contain(id);
        expect(warn.calls).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('shows no message and no warning when a framework sets the variation a task after the card upgrades', async () => {
      const warn = spyConsole('warn');
      try {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('variation-risk-card') as VariationRiskCard;
        el.style.setProperty('--pushup-reserve', '300px');
        host.append(el);
        await el.updateComplete;
        // What was shown before the value came: nothing, in the place the page reserved.
        const seen = [...shadow(el).querySelectorAll('*')].map((node) => node.localName);
        expect(seen.filter((name) => name !== 'style')).to.deep.equal([]);
        expect(el.matches(':state(unknown)')).to.equal(false);
        expect(el.getBoundingClientRect().height).to.be.closeTo(300, 1);
        const rendered: string[] = [];
        const watch = new MutationObserver(() => {
          if (shadow(el).querySelector('[part~="message"]')) rendered.push('message');
        });
        watch.observe(shadow(el), { childList: true, subtree: true });
        setTimeout(() => (el.variation = 'diamond'));
        await aTimeout(0);
        await el.updateComplete;
        await aTimeout(0);
        watch.disconnect();
        expect(heading(el)).to.equal(nameOf('diamond'));
        expect(rendered).to.deep.equal([]);
        expect(warn.calls).to.deep.equal([]);
      } finally {
        warn.restore();
      }
    });

    it('warns once for each new bad value, renders it as text, and recovers with a known id', async () => {
      const warn = spyConsole('warn');
      try {
        const el = await card('handstand');
        el.variation = '<img src=x onerror="alert(1)">';
        await el.updateComplete;
        expect(shows(el, 'img')).to.equal(false);
        expect(readText(part(el, 'message'))).to.contain('<img src=x onerror="alert(1)">');
        expect(warn.calls).to.have.length(2);
        el.variation = 'knee';
        await el.updateComplete;
        expect(heading(el)).to.equal(nameOf('knee'));
        expect(shows(el, '[part~="message"]')).to.equal(false);
        expect(el.matches(':state(unknown)')).to.equal(false);
        expect(warn.calls).to.have.length(2);
      } finally {
        warn.restore();
      }
    });
  });

  describe('content and locale', () => {
    it("shows a site's own wording passed through `content`", async () => {
      const el = await card('standard');
      el.content = { variations: [{ id: 'knee', name: 'Kneeling push-up' }] };
      await el.updateComplete;
      await pressOn(buttonNamed(el, 'Easier: Kneeling push-up'), 'Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal('Kneeling push-up');
    });

    it('follows its lang', async () => {
      registerLocale('xx', { strings: { cardBackRisk: 'Xx back', cardRiskLow: 'Xx low' } });
      const el = await fixture<VariationRiskCard>(
        html`<variation-risk-card variation="standard" lang="xx"></variation-risk-card>`,
      );
      await el.updateComplete;
      expect(riskRows(el)[0]).to.include({ name: 'Xx back', level: 'Xx low' });
    });
  });

  it('fits a 280 px wide column for every variation, with targets of at least 24 px', async () => {
    for (const variation of variations) {
      const el = await fixture<VariationRiskCard>(html`<variation-risk-card variation=${variation.id}></variation-risk-card>`);
      expect(await overflowAt(el, 280), variation.id).to.equal(0);
      expect(smallTargets(el), variation.id).to.deep.equal([]);
    }
  });

  it('keeps two cards on a page independent', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <variation-risk-card variation="knee"></variation-risk-card>
        <variation-risk-card variation="knee"></variation-risk-card>
      </div>
    `);
    const [one, two] = wrapper.querySelectorAll('variation-risk-card');
    await Promise.all([one.updateComplete, two.updateComplete]);
    await pressOn(buttonNamed(one, `Harder: ${nameOf('standard')}`), 'Enter');
    await one.updateComplete;
    expect(heading(one)).to.equal(nameOf('standard'));
    expect(heading(two)).to.equal(nameOf('knee'));
    expect(two.variation).to.equal('knee');
  });

  describe("the site's own action", () => {
    /** A card with a studio's "Learn this in class" link in its `action` slot. */
    const withAction = (id: string, compact = false) =>
      fixture<VariationRiskCard>(html`
        <variation-risk-card variation=${id} ?compact=${compact}>
          <a slot="action" href="/classes">Learn this in class</a>
        </variation-risk-card>
      `);
    const shownAction = (el: VariationRiskCard) =>
      readText(shadow(el).querySelector<HTMLSlotElement>('[part~="action"] > slot[name="action"]')?.assignedElements()[0]);

    it('shows it after the content and before the notice, in a full card and a compact one', async () => {
      for (const compact of [false, true]) {
        const el = await withAction('knee', compact);
        const wrapper = part(el, 'action');
        expect(shownAction(el), `compact ${compact}`).to.equal('Learn this in class');
        expect(wrapper?.previousElementSibling?.getAttribute('part'), `compact ${compact}`).to.equal(compact ? 'skip' : 'neighbours');
        expect(wrapper?.nextElementSibling?.getAttribute('part'), `compact ${compact}: the notice next`).to.equal('notice');
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('keeps it where it is when the card switches to a neighbour, and in each of several cards', async () => {
      const el = await withAction('knee');
      const other = await withAction('knee');
      await pressOn(buttonNamed(el, `Harder: ${nameOf('standard')}`), 'Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal(nameOf('standard'));
      expect(shownAction(el)).to.equal('Learn this in class');
      expect(part(el, 'action')?.nextElementSibling?.getAttribute('part')).to.equal('notice');
      expect(shadow(el).querySelectorAll('[part~="notice"]').length, 'one notice').to.equal(1);
      expect(shownAction(other)).to.equal('Learn this in class');
    });

    it('renders no wrapper while nothing is slotted, nor on a missing variation', async () => {
      const el = await card('diamond');
      expect(shows(el, '[part~="action"]')).to.equal(false);
      el.append(Object.assign(document.createElement('a'), { slot: 'action', href: '/classes', textContent: 'Learn this in class' }));
      await waitUntil(() => shows(el, '[part~="action"]'), 'the action never came');
      const warn = spyConsole('warn');
      try {
        el.variation = 'no-such-variation';
        await el.updateComplete;
      } finally {
        warn.restore();
      }
      expect(shows(el, '[part~="action"]'), 'a message, not a card: no action').to.equal(false);
    });
  });

  describe('cards that show the same variation', () => {
    // Each card copies what the first card of its variation rendered: these check that a
    // copy works, and that nothing a card is told reaches another.
    const cards = async (markup: ReturnType<typeof html>) => {
      const wrapper = await fixture<HTMLElement>(html`<div>${markup}</div>`);
      const all = [...wrapper.querySelectorAll('variation-risk-card')];
      await Promise.all(all.map((each) => each.updateComplete));
      return all;
    };

    it('moves focus to a source and switches variation from every card', async () => {
      const [, , third] = await cards(html`
        <variation-risk-card variation="knee"></variation-risk-card>
        <variation-risk-card variation="knee"></variation-risk-card>
        <variation-risk-card variation="knee"></variation-risk-card>
      `);
      const marker = part(third, 'summary')?.querySelector<HTMLAnchorElement>('[part~="citation"] a');
      if (!marker) throw new Error('no source marker on the summary');
      await pressOn(marker, 'Enter');
      expect(focused(third)?.id).to.equal(`source-${listedSources(third)[Number(readText(marker)) - 1]}`);
      await pressOn(buttonNamed(third, `Harder: ${nameOf('standard')}`), 'Enter');
      await third.updateComplete;
      expect(heading(third)).to.equal(nameOf('standard'));
      expect(readText(focused(third))).to.equal(`Harder: ${nameOf('diamond')}`);
      await expect(third).to.be.accessible();
    });

    it('shows each its own compactness, heading level and content', async () => {
      const [full, compact, deeper, own] = await cards(html`
        <variation-risk-card variation="diamond"></variation-risk-card>
        <variation-risk-card variation="diamond" compact></variation-risk-card>
        <variation-risk-card variation="diamond" heading-level="4"></variation-risk-card>
        <variation-risk-card variation="diamond" .content=${{ variations: [{ id: 'diamond', name: 'Our diamond push-up' }] }}></variation-risk-card>
      `);
      expect([full, compact, deeper, own].map((each) => shows(each, '[part~="muscles"]'))).to.deep.equal([true, false, true, true]);
      expect([full, compact, deeper, own].map((each) => readText(part(each, 'heading')))).to.deep.equal([
        nameOf('diamond'),
        nameOf('diamond'),
        nameOf('diamond'),
        'Our diamond push-up',
      ]);
      expect(shadow(deeper).querySelector('h4[part~="heading"]') !== null).to.equal(true);
      deeper.headingLevel = 2;
      await deeper.updateComplete;
      expect(heading(deeper)).to.equal(nameOf('diamond'));
    });

    it('shows its facts again after an unknown variation, and the same nodes while nothing changes', async () => {
      const el = await card('knee');
      const facts = part(el, 'risks');
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'risks') === facts).to.equal(true);
      const warn = spyConsole('warn');
      try {
        el.variation = 'handstand';
        await el.updateComplete;
        expect(shows(el, '[part~="risks"]')).to.equal(false);
        el.variation = 'knee';
        await el.updateComplete;
        expect(heading(el)).to.equal(nameOf('knee'));
        expect(riskRows(el)).to.have.length(2);
      } finally {
        warn.restore();
      }
    });
  });

  it('leaves an already defined tag alone when registered again', () => {
    expect(() => VariationRiskCard.define('variation-risk-card')).not.to.throw();
    expect(customElements.get('variation-risk-card')).to.equal(VariationRiskCard);
  });
});

/**
 * Tests of the English content itself (references, checklist cues, variations): ids are
 * stable kebab-case and unique, every cross-reference resolves, every claim cites a known
 * source, and all text is clean plain text that the elements can render as-is.
 */
import { expect } from '@open-wc/testing';
import { cues, phases } from './checklist/cues.js';
import { references } from './shared/references.js';
import type { FormCue, Variation } from './types.js';
import { variations } from './card/variations.js';

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const referenceIds = new Set(references.map((reference) => reference.id));
const cueById = new Map(cues.map((cue) => [cue.id, cue]));
const variationById = new Map(variations.map((variation) => [variation.id, variation]));

const appliesTo = (cue: FormCue, variationId: string) =>
  cue.variations === 'all' || cue.variations.includes(variationId);

/** Every string inside `value`, with a readable path such as `cues[3].why`. */
function textFields(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => textFields(item, `${path}.${key}`));
  }
  return [];
}

const collections = { references, phases, cues, variations } as const;

describe('English content', () => {
  describe('ids', () => {
    for (const [name, items] of Object.entries(collections)) {
      it(`gives every item in ${name} a unique kebab-case id`, () => {
        const ids = items.map((item) => item.id);
        for (const id of ids) expect(id, `${name} id "${id}"`).to.match(kebabCase);
        const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
        expect(duplicates, `duplicate ids in ${name}`).to.deep.equal([]);
      });
    }
  });

  describe('references', () => {
    it('lists the eight sources of the project', () => {
      expect([...referenceIds]).to.have.members([
        'truth-revealed',
        'good-for-back',
        'nasm-answer',
        'gym-exercises',
        'upper-back-after',
        'nhs-back-pain',
        'nice-ng59',
        'aortic-dissection',
      ]);
    });

    it('gives an https address wherever a source has one', () => {
      for (const reference of references) {
        if (reference.url !== undefined) expect(reference.url, reference.id).to.match(/^https:\/\//);
      }
    });

    const citers: Array<[string, readonly string[]]> = [
      ...cues.map((cue): [string, readonly string[]] => [`cue "${cue.id}"`, cue.references]),
      ...variations.flatMap((variation): Array<[string, readonly string[]]> => [
        [`variation "${variation.id}"`, variation.references],
        [`back risk of "${variation.id}"`, variation.backRisk.references],
        [`shoulder risk of "${variation.id}"`, variation.shoulderRisk.references],
      ]),
    ];

    it('has every cue and variation cite at least one known source, and every risk rating only known ones', () => {
      for (const [what, cited] of citers) {
        // A rating no source states cites none: it is shown as our own rating.
        if (!what.includes(' risk of ')) expect(cited, `${what} cites nothing`).to.not.be.empty;
        for (const id of cited) expect(referenceIds.has(id), `${what} cites unknown source "${id}"`).to.equal(true);
      }
    });
  });

  describe('checklist cues', () => {
    it('shows the phases in checklist order', () => {
      expect(phases.map((phase) => phase.id)).to.deep.equal(['setup', 'lowering', 'pressing', 'every-set']);
    });

    it('puts every cue in a known phase', () => {
      const phaseIds = new Set(phases.map((phase) => phase.id));
      for (const cue of cues) expect(phaseIds.has(cue.phase), `cue "${cue.id}" phase`).to.equal(true);
    });

    it('names only known variations, and at least one, when a cue is not for all', () => {
      for (const cue of cues) {
        if (cue.variations === 'all') continue;
        expect(cue.variations, `cue "${cue.id}" variations`).to.not.be.empty;
        for (const id of cue.variations) {
          expect(variationById.has(id), `cue "${cue.id}" names unknown variation "${id}"`).to.equal(true);
        }
      }
    });

    for (const phase of phases) {
      it(`has at least one cue for the standard push-up in "${phase.label}"`, () => {
        const standardCues = cues.filter((cue) => cue.phase === phase.id && appliesTo(cue, 'standard'));
        expect(standardCues).to.not.be.empty;
      });
    }

    it('gives each push-up from the toes the head-to-heels line and the plank its own head-to-toe line', () => {
      const fromTheToes = ['standard', 'diamond', 'deficit', 'weighted', 'forward', 'backward'];
      for (const variation of variations) {
        const lines = ['straight-line-head-to-heels', 'plank-straight-line'].filter((id) =>
          appliesTo(cueById.get(id)!, variation.id),
        );
        const expected = fromTheToes.includes(variation.id)
          ? ['straight-line-head-to-heels']
          : variation.id === 'plank'
            ? ['plank-straight-line']
            : [];
        expect(lines, `body-line cues of "${variation.id}"`).to.deep.equal(expected);
      }
    });

    it('drops the cues no source supports', () => {
      for (const id of ['diamond-hands', 'knee-line-knees-to-head', 'chest-leads-press']) {
        expect(cueById.has(id), `cue "${id}"`).to.equal(false);
      }
      const texts = textFields(cues, 'cues');
      for (const [path, text] of texts) {
        expect(text, path).to.not.match(/thumbs|index finger|chest lead/i);
      }
      expect(cueById.get('hands-slightly-wide')!.mistake, 'unsourced narrow-hands mistake').to.not.match(/narrow/i);
    });

    it('cites the NASM answer only on the cues it speaks to', () => {
      const citing = cues.filter((cue) => cue.references.includes('nasm-answer')).map((cue) => cue.id);
      // Discomfort vs pain and stopping; over-arching; belly button in, abs and glutes tight.
      expect(citing).to.have.members([
        'brace-abs',
        'squeeze-glutes',
        'no-lower-back-arch',
        'stop-on-pain',
        'diamond-shoulder-check',
      ]);
    });

    it('covers every form-cue fact of the facts map with a cue citing its source', () => {
      const facts: Array<[string, string]> = [
        ['hands-slightly-wide', 'good-for-back'],
        ['hands-under-shoulders', 'truth-revealed'],
        ['shoulders-back-and-down', 'upper-back-after'],
        ['straight-line-head-to-heels', 'good-for-back'],
        ['brace-abs', 'nasm-answer'],
        ['squeeze-glutes', 'nasm-answer'],
        ['lower-under-control', 'truth-revealed'],
        ['hips-level', 'gym-exercises'],
        ['no-lower-back-arch', 'nasm-answer'],
        ['elbows-tucked', 'upper-back-after'],
        ['hold-line-to-top', 'good-for-back'],
        ['warm-up-first', 'gym-exercises'],
        ['do-them-fresh', 'truth-revealed'],
        ['reps-within-fitness', 'truth-revealed'],
        ['rest-between-workouts', 'truth-revealed'],
        ['stop-on-pain', 'nasm-answer'],
        ['progress-gradually', 'good-for-back'],
      ];
      for (const [id, reference] of facts) {
        const cue = cueById.get(id);
        expect(cue, `cue "${id}"`).to.not.equal(undefined);
        expect(cue!.references, `cue "${id}" references`).to.include(reference);
        expect(appliesTo(cue!, 'standard'), `cue "${id}" applies to the standard push-up`).to.equal(true);
      }
    });

    it('explains the glutes where the checklist names them', () => {
      expect(cueById.get('squeeze-glutes')!.text).to.match(/glutes \(your buttock muscles\)/);
    });

    it("keeps the plank's checklist free of lowering, pressing and other push-up-only cues", () => {
      const plankCues = cues.filter((cue) => appliesTo(cue, 'plank'));
      const pushUpOnly = [
        'hands-slightly-wide',
        'hands-under-shoulders',
        'shoulders-back-and-down',
        'straight-line-head-to-heels',
        'elbows-tucked',
        'lower-under-control',
        'hips-level',
        'hold-line-to-top',
        'do-them-fresh',
        'reps-within-fitness',
        'rest-between-workouts',
        'progress-gradually',
      ];
      for (const cue of plankCues) {
        expect(cue.phase, `plank cue "${cue.id}" phase`).to.not.be.oneOf(['lowering', 'pressing']);
        expect(pushUpOnly, `plank shows push-up cue "${cue.id}"`).to.not.include(cue.id);
        expect(cue.text, `plank cue "${cue.id}" text`).to.not.match(/push-up|\breps?\b|lower yourself|push back up/i);
      }
      expect(plankCues.map((cue) => cue.id)).to.include.members([
        'plank-forearms-under-shoulders',
        'plank-straight-line',
        'plank-hips-in-line',
        'plank-gaze-down',
        'plank-breathe-steadily',
        'warm-up-first',
        'stop-on-pain',
      ]);
      for (const cue of plankCues.filter((item) => item.variations !== 'all')) {
        expect(cue.references, `plank cue "${cue.id}"`).to.include('gym-exercises');
      }
    });

    it('shows for all variations, the plank included, only the cues that fit a hold too', () => {
      const forAll = cues.filter((cue) => cue.variations === 'all').map((cue) => cue.id);
      expect(forAll).to.have.members(['warm-up-first', 'stop-on-pain']);
    });
  });

  describe('variations', () => {
    it('covers the eight variations the sources speak about', () => {
      expect([...variationById.keys()]).to.have.members([
        'plank',
        'standard',
        'knee',
        'diamond',
        'deficit',
        'weighted',
        'forward',
        'backward',
      ]);
    });

    it('lists key cues that exist and apply to the variation', () => {
      for (const variation of variations) {
        expect(variation.keyCues, `key cues of "${variation.id}"`).to.not.be.empty;
        for (const id of variation.keyCues) {
          const cue = cueById.get(id);
          expect(cue, `"${variation.id}" lists unknown cue "${id}"`).to.not.equal(undefined);
          expect(appliesTo(cue!, variation.id), `cue "${id}" does not apply to "${variation.id}"`).to.equal(true);
        }
      }
    });

    it('links only to known neighbours, never to itself', () => {
      for (const variation of variations) {
        for (const id of [...variation.easier, ...variation.harder]) {
          expect(variationById.has(id), `"${variation.id}" links to unknown "${id}"`).to.equal(true);
          expect(id, `"${variation.id}" links to itself`).to.not.equal(variation.id);
        }
      }
    });

    it('keeps easier and harder neighbours symmetric', () => {
      const check = (from: Variation, to: string, back: 'easier' | 'harder') => {
        const other = variationById.get(to)!;
        expect(other[back], `"${to}" should list "${from.id}" as ${back}`).to.include(from.id);
      };
      for (const variation of variations) {
        for (const id of variation.harder) check(variation, id, 'easier');
        for (const id of variation.easier) check(variation, id, 'harder');
      }
    });

    it('reaches every variation from the plank by stepping harder', () => {
      const reached = new Set(['plank']);
      const queue = ['plank'];
      while (queue.length > 0) {
        for (const id of variationById.get(queue.shift()!)!.harder) {
          if (!reached.has(id)) {
            reached.add(id);
            queue.push(id);
          }
        }
      }
      expect([...reached]).to.have.members([...variationById.keys()]);
    });

    it('rates back and shoulder risk as the sources do', () => {
      const levels = (id: string) => {
        const variation = variationById.get(id)!;
        return [variation.backRisk.level, variation.shoulderRisk.level];
      };
      expect(levels('standard')[0]).to.equal('low');
      expect(levels('knee')[0]).to.equal('low');
      expect(levels('diamond')).to.deep.equal(['low', 'moderate']);
      for (const id of ['deficit', 'weighted', 'forward', 'backward']) {
        expect(levels(id)[0], `back risk of "${id}"`).to.not.equal('low');
      }
    });

    it('names the muscles each variation works, only as the sources name them', () => {
      // Push-ups: chest, shoulders, arms/triceps, trapezius and rhomboids, core incl. the
      // lower back [good-for-back, gym-exercises]; deeper: back muscles [truth-revealed];
      // forward/backward: lower-back muscles [gym-exercises]; plank: the core [gym-exercises].
      const sourced =
        /^(Chest|Shoulders|Arms|Triceps \(|Trapezius and rhomboids \(|Core \(|Back muscles|Lower-back muscles|Your whole core \(|Stomach muscles)/;
      for (const variation of variations) {
        expect(variation.muscles, variation.id).to.not.be.empty;
        for (const muscle of variation.muscles) expect(muscle, `muscle of "${variation.id}"`).to.match(sourced);
      }
      expect(variationById.get('deficit')!.muscles.join(' ')).to.match(/back muscles/i);
      for (const id of ['forward', 'backward']) {
        expect(variationById.get(id)!.muscles.join(' '), id).to.match(/lower-back muscles/i);
      }
      expect(variationById.get('plank')!.muscles.join(' ')).to.match(/whole core/i);
    });

    it('explains anatomy words in plain language', () => {
      for (const variation of variations) {
        for (const muscle of variation.muscles) {
          if (/triceps|trapezius|rhomboid|core|glute/i.test(muscle)) {
            expect(muscle, `muscle of "${variation.id}"`).to.match(/\(.+\)/);
          }
        }
      }
    });

    it('never calls push-ups safe for your back', () => {
      for (const [path, text] of textFields({ cues, variations }, 'content')) {
        expect(text, path).to.not.match(/safe for (your|the) back/i);
      }
    });

    it('says back pain is possible even with correct form on the standard card', () => {
      const { backRisk } = variationById.get('standard')!;
      expect(backRisk.reason).to.match(/relatively safe/i);
      expect(backRisk.reason).to.match(/even with correct form/i);
      expect(backRisk.reason).to.match(/compress/i);
      expect(backRisk.references).to.include('gym-exercises');
      expect(backRisk.references).to.include.members(['truth-revealed', 'good-for-back']);
    });

    it('never offers forward or backward hands for variety, and warns why', () => {
      for (const id of ['forward', 'backward']) {
        const variation = variationById.get(id)!;
        for (const suit of variation.suits) expect(suit, `suits of "${id}"`).to.not.match(/variety/i);
        expect(variation.suits.join(' '), `suits of "${id}"`).to.match(/already perfect/i);
        expect(variation.backRisk.level, `back risk of "${id}"`).to.not.equal('low');
        expect(variation.backRisk.reason, `back risk of "${id}"`).to.match(/back pain increases/i);
        expect(variation.backRisk.references, `back risk of "${id}"`).to.include('gym-exercises');
        expect(variation.skipIf.join(' '), `skip-if of "${id}"`).to.match(/hips/i);
      }
      expect(variationById.get('forward')!.backRisk.reason).to.match(/upper back/i);
      expect(variationById.get('forward')!.backRisk.references).to.include('truth-revealed');
    });

    it("keeps the diamond card to the source's hedge and a plain description", () => {
      const diamond = variationById.get('diamond')!;
      expect(diamond.summary).to.match(/close together/i);
      expect(diamond.summary).to.not.match(/thumb|finger|under your chest/i);
      expect(diamond.backRisk.reason).to.match(/risk-free/i);
      expect(diamond.backRisk.reason).to.match(/similar/i);
      expect(diamond.shoulderRisk.reason).to.match(/back/i);
      expect(diamond.keyCues).to.include('diamond-shoulder-check');
    });

    it('adds the forearm plank as the easiest card, sourced to the spine-clinic article', () => {
      const plank = variationById.get('plank');
      expect(plank, 'plank').to.not.equal(undefined);
      expect(plank!.name).to.equal('Forearm plank');
      expect(plank!.references).to.include('gym-exercises');
      // No source rates the plank's back risk: our own rating, and the source's point about
      // technique stays with the claims it backs.
      expect(plank!.backRisk.references).to.deep.equal([]);
      expect(plank!.summary).to.match(/low-impact/i);
      expect(plank!.skipIf.join(' ')).to.match(/pinch/i);
      expect(plank!.summary).to.match(/isn't a push-up/i);
      expect(plank!.easier).to.deep.equal([]);
      expect(plank!.harder).to.deep.equal(['knee']);
      expect(variationById.get('knee')!.easier).to.deep.equal(['plank']);
      for (const id of plank!.keyCues) expect(id, 'plank key cue').to.match(/^plank-/);
    });
  });

  describe('text', () => {
    const fields = Object.entries(collections).flatMap(([name, items]) => textFields(items, name));

    it('has no empty text and no stray whitespace at either end', () => {
      for (const [path, text] of fields) {
        expect(text, path).to.not.equal('');
        expect(text, `${path} has leading or trailing whitespace`).to.equal(text.trim());
      }
    });

    it('is plain text, not HTML', () => {
      for (const [path, text] of fields) expect(text, path).to.not.include('<');
    });
  });
});

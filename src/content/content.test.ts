/**
 * Tests of the English content itself (references, checklist cues, variations): ids are
 * stable kebab-case and unique, every cross-reference resolves, every claim cites a known
 * source, and all text is clean plain text that the elements can render as-is.
 */
import { expect } from '@open-wc/testing';
import { cues, phases } from './cues.js';
import { references } from './references.js';
import type { FormCue, Variation } from './types.js';
import { variations } from './variations.js';

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
    it('lists the seven sources of the project', () => {
      expect([...referenceIds]).to.have.members([
        'truth-revealed',
        'good-for-back',
        'nasm-answer',
        'gym-exercises',
        'upper-back-after',
        'nhs-back-pain',
        'nice-ng59',
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

    it('has every cue, variation and risk rating cite at least one known source', () => {
      for (const [what, cited] of citers) {
        expect(cited, `${what} cites nothing`).to.not.be.empty;
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

    it('gives every variation a head-to-toe body line: heels, or knees for the knee push-up', () => {
      for (const variation of variations) {
        const lines = ['straight-line-head-to-heels', 'knee-line-knees-to-head'].filter((id) =>
          appliesTo(cueById.get(id)!, variation.id),
        );
        expect(lines, `body-line cues of "${variation.id}"`).to.have.lengthOf(1);
      }
      expect(appliesTo(cueById.get('knee-line-knees-to-head')!, 'knee')).to.equal(true);
    });
  });

  describe('variations', () => {
    it('covers the seven variations the sources speak about', () => {
      expect([...variationById.keys()]).to.have.members([
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

    it('reaches every variation from the knee push-up by stepping harder', () => {
      const reached = new Set(['knee']);
      const queue = ['knee'];
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

    it('names the muscles each variation works', () => {
      for (const variation of variations) expect(variation.muscles, variation.id).to.not.be.empty;
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

/**
 * The parts an element loads on its own are written apart from the whole they belong to:
 * each cue's text in `cue-texts.ts` (the rest in `../checklist/cues.ts`), each variation's
 * name in `variation-names.ts` (the rest in `../card/variations.ts`). Each list must name
 * the same items, in the same order, as the rest of its collection, so no cue loses its
 * text and no text is left without its cue.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cueTexts } from './cue-texts.js';
import { cues } from '../checklist/cues.js';
import { variationNames } from './variation-names.js';
import { variations } from '../card/variations.js';

/**
 * The ids a module names in the comment before each item of its collection, in order:
 * each part carries the ids, and the rest of each item is matched to it by position.
 */
const namedIn = (file: string) =>
  [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/^ {2}\/\/ ([a-z0-9-]+)\n {2}\{$/gm)].map(([, id]) => id);

describe('the parts of the content', () => {
  it('give every cue its text, in checklist order, beside the rest written under the same id', () => {
    assert.deepEqual(namedIn('../checklist/cues.ts'), cueTexts.map((each) => each.id));
    assert.equal(cues.length, cueTexts.length);
    for (const cue of cues) assert.ok(cue.text.trim() && cue.why.trim(), `${cue.id} has a text and the rest`);
  });

  it('give every variation its name, in the cards\' order, beside the rest written under the same id', () => {
    assert.deepEqual(namedIn('../card/variations.ts'), variationNames.map((each) => each.id));
    assert.equal(variations.length, variationNames.length);
    for (const variation of variations) assert.ok(variation.name.trim() && variation.summary.trim(), `${variation.id} has a name and the rest`);
  });
});

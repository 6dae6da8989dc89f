/**
 * The build's CSS minifier (scripts/minify-css-literals.mjs): it may drop only what CSS
 * never reads. Each case is a place where a careless minifier changes the styles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../../scripts/minify-css-literals.mjs';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces, semicolons, commas and after colons', () => {
    assert.equal(
      minifyCss(`
        /* The frame. */
        .panel,
        .card > h2 {
          display: grid;
          gap: 1rem;
        }
      `),
      '.panel,.card>h2{display:grid;gap:1rem}',
    );
  });

  it('keeps the space of a descendant combinator before a pseudo-class', () => {
    assert.equal(minifyCss('.why :focus-visible { outline: 0 }'), '.why :focus-visible{outline:0}');
  });

  it('keeps the spaces calc() needs around + and -', () => {
    assert.equal(minifyCss('a { inline-size: calc(100% - 2 * var(--_space) + 1px) }'), 'a{inline-size:calc(100% - 2 * var(--_space) + 1px)}');
  });

  it('keeps quoted strings byte for byte, apostrophes in comments included', () => {
    assert.equal(
      minifyCss(`/* the reader's marker */ li::before { content: "  ;  {  } "; }
        input[type='checkbox'] { font-family: 'A  B', serif; }`),
      `li::before{content:"  ;  {  } "}input[type='checkbox']{font-family:'A  B',serif}`,
    );
  });

  it('keeps selectors such as :host(:state(x)) and ::part intact', () => {
    assert.equal(minifyCss(':host(:state(page-scheme)) { color-scheme: inherit; }'), ':host(:state(page-scheme)){color-scheme:inherit}');
  });
});

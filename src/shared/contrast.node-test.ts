/**
 * WCAG 2.2 contrast of the theme's default colours, in light and in dark: every pair of a
 * text token on a background token it is drawn on reaches 4.5:1, and every colour that
 * marks a control or a state without words (a border, the focus ring, a risk meter)
 * reaches 3:1 against its background. Run in Node (`node --test`): the colours are read
 * from the theme's own CSS, so changing a token re-checks it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { themeTokens } from './theme.js';

type Scheme = 'light' | 'dark';

/** Each private token's light and dark default, as `--_name: var(--pushup-name, light-dark(#light, #dark))`. */
function readTokens(): Map<string, Record<Scheme, string>> {
  const tokens = new Map<string, Record<Scheme, string>>();
  const pattern = /--_([\w-]+):\s*var\(--pushup-[\w-]+,\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)\)/gi;
  for (const [, name, light, dark] of themeTokens.cssText.matchAll(pattern)) tokens.set(name, { light, dark });
  return tokens;
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2.2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Text tokens and the backgrounds each is drawn on. */
const textPairs: [string, string][] = [
  ['text', 'surface'],
  ['text', 'subtle'],
  ['muted', 'surface'],
  ['muted', 'subtle'],
  ['accent', 'surface'],
  ['accent', 'subtle'],
  ['on-accent', 'accent'],
  ['success', 'surface'],
  ['danger', 'surface'],
  ['danger', 'subtle'],
];

/** Colours that mark a control or state without words, and what they sit on. */
const nonTextPairs: [string, string][] = [
  ['accent', 'surface'],
  ['accent', 'subtle'],
  ['border', 'surface'],
  ['risk-low', 'surface'],
  ['risk-moderate', 'surface'],
  ['risk-high', 'surface'],
  ['risk-low', 'subtle'],
  ['risk-moderate', 'subtle'],
  ['risk-high', 'subtle'],
  ['danger', 'surface'],
];

describe('theme contrast', () => {
  const tokens = readTokens();

  it('reads every colour token of the theme', () => {
    const names = new Set([...textPairs, ...nonTextPairs].flat());
    for (const name of names) assert.ok(tokens.has(name), `--_${name} has a light-dark() default`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`gives text at least 4.5:1 on its background in ${scheme}`, () => {
      const failing = textPairs.flatMap(([text, background]) => {
        const ratio = contrast(tokens.get(text)![scheme], tokens.get(background)![scheme]);
        return ratio < 4.5 ? [`${text} on ${background}: ${ratio.toFixed(2)}:1`] : [];
      });
      assert.deepEqual(failing, []);
    });

    it(`gives borders, focus and risk meters at least 3:1 in ${scheme}`, () => {
      const failing = nonTextPairs.flatMap(([mark, background]) => {
        const ratio = contrast(tokens.get(mark)![scheme], tokens.get(background)![scheme]);
        return ratio < 3 ? [`${mark} on ${background}: ${ratio.toFixed(2)}:1`] : [];
      });
      assert.deepEqual(failing, []);
    });
  }

  it('can fail: a pale grey on white is under 4.5:1', () => {
    assert.ok(contrast('#999999', '#ffffff') < 4.5);
    assert.equal(contrast('#000000', '#ffffff').toFixed(0), '21');
  });
});

/**
 * The frame page's parameters, read as a blogger writes them into an `<iframe>`'s address:
 * each good one reaches the widget as its attribute, each bad one is left out with one
 * sentence naming it and what it takes, and a widget is always shown when one is named.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { variations } from '../content/card/variations.js';
import { matchLocale } from '../content/registry/registry.js';
import { readFrameSettings, type FrameSettings } from './frame-parameters.js';

/** A colour check in place of `CSS.supports('color', …)`: a few named colours, hex and rgb(). */
const isColour = (value: string): boolean =>
  /^(?:rebeccapurple|red|transparent|inherit|initial)$|^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$|^rgb\(.*\)$|^var\(.*\)$/i.test(value);

const read = (query: string): FrameSettings =>
  readFrameSettings(new URLSearchParams(query), { isColour, variationIds: variations.map((each) => each.id), matchLocale });

describe('the frame page reads its address', () => {
  it('gives a quiz its numbers, heading and level, with nothing to complain about', () => {
    const settings = read('widget=quiz&emergency-number=112&urgent-number=1800%20022%20222&heading=Back%20check&heading-level=3&persist');
    assert.equal(settings.widget, 'quiz');
    assert.deepEqual(settings.attributes, [
      ['emergency-number', '112'],
      ['urgent-number', '1800 022 222'],
      ['heading', 'Back check'],
      ['heading-level', '3'],
      ['persist', ''],
    ]);
    assert.deepEqual(settings.problems, []);
  });

  it('shows a compact diamond card in dark, transparent, with a purple accent and a frame id', () => {
    const settings = read('widget=card&variation=diamond&compact&scheme=dark&background=transparent&accent=rebeccapurple&frame=post-7');
    assert.deepEqual(settings.attributes, [
      ['variation', 'diamond'],
      ['compact', ''],
    ]);
    assert.equal(settings.scheme, 'dark');
    assert.equal(settings.background, 'transparent');
    assert.equal(settings.accent, 'rebeccapurple');
    assert.equal(settings.frame, 'post-7');
    assert.deepEqual(settings.problems, []);
  });

  it('takes a hex accent without its #, which a URL would read as its fragment', () => {
    assert.equal(read('widget=checklist&accent=e11d48').accent, '#e11d48');
    assert.equal(read('widget=checklist&accent=%23e11d48').accent, '#e11d48');
  });

  it('says a heading level of 9 is not one, and leaves the widget at level 2', () => {
    const settings = read('widget=quiz&heading-level=9');
    assert.equal(settings.widget, 'quiz');
    assert.deepEqual(settings.attributes, []);
    assert.deepEqual(settings.problems, ['heading-level: "9" is not a whole number from 1 to 6; using 2.']);
  });

  it('refuses an accent that is not a colour, or only stands for one (inherit, var())', () => {
    for (const accent of ['notacolour', 'inherit', 'var(--x)', 'red;color:blue']) {
      const settings = read(`widget=card&variation=knee&accent=${encodeURIComponent(accent)}`);
      assert.equal(settings.accent, undefined, accent);
      assert.equal(settings.problems.length, 1, accent);
      assert.match(settings.problems[0], /^accent: .* is not a CSS colour; it takes one such as/);
    }
  });

  it('names the choices when the widget is missing or unknown', () => {
    assert.deepEqual(read('').problems, ['widget: missing; it takes checklist, quiz or card.']);
    const unknown = read('widget=nope&heading-level=3');
    assert.equal(unknown.widget, undefined);
    assert.deepEqual(unknown.problems, ['widget: "nope" is not a widget; it takes checklist, quiz or card.']);
  });

  it('shows the standard card, and says why, when the variation is missing, empty or unknown', () => {
    for (const [query, problem] of [
      ['widget=card', /^variation: missing; the card takes one of plank, knee, standard/],
      ['widget=card&variation=', /^variation: empty; /],
      ['widget=card&variation=handstand', /^variation: "handstand" is not a variation; it takes plank, knee, standard/],
    ] as const) {
      const settings = read(query);
      assert.deepEqual(settings.attributes, [['variation', 'standard']], query);
      assert.equal(settings.problems.length, 1, query);
      assert.match(settings.problems[0], problem, query);
    }
  });

  it('leaves out a number that cannot be dialled, so the quiz says "your local emergency number"', () => {
    const settings = read('widget=quiz&emergency-number=call%20us');
    assert.deepEqual(settings.attributes, []);
    assert.match(settings.problems[0], /^emergency-number: "call us" is not one dialable number/);
  });

  it('says which widget takes a parameter given to another', () => {
    const settings = read('widget=checklist&emergency-number=112&variation=knee');
    assert.deepEqual(settings.attributes, [['variation', 'knee']]);
    assert.deepEqual(settings.problems, ['emergency-number: the checklist does not take it (only the quiz does); ignored.']);
  });

  it('shows a shipped language, and English with a word for one that is not shipped', () => {
    assert.equal(read('widget=quiz&lang=es-MX').lang, 'es-MX');
    assert.equal(read('widget=quiz&lang=en-GB').lang, 'en-GB');
    const french = read('widget=quiz&lang=fr');
    assert.equal(french.lang, undefined);
    assert.match(french.problems[0], /^lang: no translation into "fr" ships with the widgets/);
    assert.match(read('widget=quiz&lang=%3Cb%3E').problems[0], /^lang: "<b>" is not a language tag/);
  });

  it('names an unknown parameter, a repeated one, and bad scheme, background, compact and frame values', () => {
    const settings = read(
      'widget=card&variation=plank&colour=red&variation=knee&scheme=sepia&background=blue&compact=yes&frame=%3Cscript%3E',
    );
    assert.deepEqual(settings.attributes, [['variation', 'plank']]);
    assert.equal(settings.scheme, 'auto');
    assert.equal(settings.background, 'surface');
    assert.equal(settings.frame, undefined);
    const [unknown, ...others] = settings.problems;
    assert.equal(
      unknown,
      '"colour" is not a parameter of the frame; it takes widget, variation, persist, compact, heading, heading-level, ' +
        'emergency-number, urgent-number, lang, accent, scheme, background, action-levels, action-text, action-href, frame.',
    );
    assert.deepEqual(
      others.map((problem) => problem.split(':')[0]),
      ['variation', 'scheme', 'background', 'compact', 'frame'],
    );
  });

  it('treats compact=false as no compact, and an empty heading as none', () => {
    const settings = read('widget=checklist&compact=false&heading=');
    assert.deepEqual(settings.attributes, []);
    assert.deepEqual(settings.problems, []);
  });

  it('gives a clinic\'s quiz its booking link in the referral slot, at the levels it names', () => {
    const settings = read(
      'widget=quiz&action-levels=soon&action-text=Book%20an%20assessment%20with%20us&action-href=https%3A%2F%2Fclinic.example%2Fbook%3Fsource%3Dback-check',
    );
    assert.deepEqual(settings.attributes, [['action-levels', 'soon']]);
    assert.deepEqual(settings.action, { text: 'Book an assessment with us', href: 'https://clinic.example/book?source=back-check' });
    assert.deepEqual(settings.problems, []);
  });

  it('gives the card and the checklist the same link, in their own slots', () => {
    for (const query of ['widget=card&variation=knee', 'widget=checklist']) {
      const settings = read(`${query}&action-href=http://gym.example/classes&action-text=Learn%20this%20in%20class`);
      assert.deepEqual(settings.action, { text: 'Learn this in class', href: 'http://gym.example/classes' }, query);
      assert.deepEqual(settings.problems, [], query);
    }
  });

  it('keeps the link\'s words as plain text, whitespace collapsed, markup and all', () => {
    const settings = read(`widget=card&variation=knee&action-text=${encodeURIComponent('  <b>Book</b>\n & "save" ')}&action-href=https://a.example/`);
    assert.equal(settings.action?.text, '<b>Book</b> & "save"');
  });

  it('refuses an address that is not an absolute http: or https: one, and shows no link', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', '/book', 'book.html', '//clinic.example/book', 'ftp://clinic.example/', 'mailto:a@b.example', 'https://user:secret@clinic.example/', 'not a url']) {
      const settings = read(`widget=quiz&action-text=Book&action-href=${encodeURIComponent(href)}`);
      assert.equal(settings.action, undefined, href);
      assert.equal(settings.problems.length, 1, `${href}: ${settings.problems.join(' | ')}`);
      assert.match(settings.problems[0], /^action-href: .*; no link is shown\.$/, href);
    }
  });

  it('refuses words longer than a button\'s or holding control characters', () => {
    const long = read(`widget=checklist&action-href=https://a.example/&action-text=${'x'.repeat(81)}`);
    assert.equal(long.action, undefined);
    assert.deepEqual(long.problems, ['action-text: longer than 80 characters, the words of a button; no link is shown.']);
    assert.deepEqual(read(`widget=checklist&action-href=https://a.example/&action-text=${'é'.repeat(80)}`).problems, []);
    const control = read('widget=checklist&action-href=https://a.example/&action-text=Book%07now');
    assert.equal(control.action, undefined);
    assert.deepEqual(control.problems, [`action-text: ${JSON.stringify('Book\u0007now')} holds control characters; no link is shown.`]);
  });

  it('says when the words come without the address, or the address without the words', () => {
    const text = read('widget=card&variation=knee&action-text=Book');
    assert.equal(text.action, undefined);
    assert.deepEqual(text.problems, ['action-text: given without action-href; no link is shown.']);
    const href = read('widget=card&variation=knee&action-href=https://a.example/&action-text=');
    assert.equal(href.action, undefined);
    assert.deepEqual(href.problems, ['action-href: given without action-text; no link is shown.']);
    const bad = read('widget=card&variation=knee&action-href=javascript:alert(1)');
    assert.deepEqual(
      bad.problems.map((problem) => problem.split(':')[0]),
      ['action-href', 'action-href'],
      'its own problem, and the missing words',
    );
  });

  it('never lets action-levels name the emergency result, and says it left it out', () => {
    const settings = read('widget=quiz&action-levels=emergency%20urgent');
    assert.deepEqual(settings.attributes, [['action-levels', 'urgent']]);
    assert.deepEqual(settings.problems, ['action-levels: "emergency" left out: levels are see-doctor, urgent and soon, never emergency.']);
    assert.deepEqual(read('widget=quiz&action-levels=emergency').attributes, [['action-levels', '']]);
    assert.deepEqual(read('widget=quiz&action-levels=see-doctor').attributes, [['action-levels', 'urgent soon']]);
    assert.deepEqual(read('widget=card&variation=knee&action-levels=soon').problems, ['action-levels: the card does not take it (only the quiz does); ignored.']);
  });
});

/**
 * The embed builder's snippets, read back the way each platform reads them: the script
 * tag's element by an HTML reading of its attributes, the iframe's address by the frame
 * page's own `readFrameSettings`, the React snippet compiled by TypeScript and rendered by
 * React on the server, the Vue snippet's template compiled and rendered by Vue on the
 * server. Each must give the widget and settings chosen, hostile text included.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { variations } from '../content/card/variations.js';
import { matchLocale } from '../content/registry/registry.js';
import { readFrameSettings, WIDGETS, type WidgetName } from '../embed/frame-parameters.js';
import { readBuilderForm, type BuilderForm, type BuilderSettings } from './builder-settings.js';
import { writeSnippets } from './snippets.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const variationIds = variations.map((variation) => variation.id);
/** A colour check in place of `CSS.supports('color', …)`: named colours, hex and rgb(). */
const isColour = (value: string): boolean => /^(?:rebeccapurple|red|inherit)$|^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$|^rgb\([\d\s.%]+\)$/i.test(value);
const context = { isColour, variationIds };

/** One element as markup gives it: its tag, its attributes decoded, and its first child link. */
interface ReadElement {
  tag: string;
  attributes: Record<string, string>;
  link?: { attributes: Record<string, string>; text: string };
}

const REFERENCES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" };
const decode = (value: string): string => value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, name: string) => REFERENCES[name]);

/**
 * Reads the first of the three tags in `markup` (the snippets' and the renderers' output,
 * which quote every attribute value with `"`), with the `<a>` inside it.
 */
function readElement(markup: string): ReadElement {
  const attributesOf = (text: string) =>
    Object.fromEntries([...text.matchAll(/([^\s="/>]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, decode(value ?? '')]));
  const open = /<(pushup-form-checklist|back-pain-quiz|variation-risk-card)(\s[^>]*)?>/.exec(markup);
  assert.ok(open, `no widget in:\n${markup}`);
  const [, tag, attributes = ''] = open;
  const inner = markup.slice(open.index + open[0].length, markup.indexOf(`</${tag}>`));
  const link = /<a(\s[^>]*)>([^<]*)<\/a>/.exec(inner);
  return {
    tag,
    attributes: attributesOf(attributes),
    ...(link ? { link: { attributes: attributesOf(link[1]), text: decode(link[2]) } } : {}),
  };
}

/** The iframe snippet's address, as a browser reads its `src`. */
const frameUrl = (iframe: string): URL => new URL(decode(/<iframe src="([^"]*)"/.exec(iframe)?.[1] ?? ''));

const require = createRequire(import.meta.url);

/** The React snippet compiled as a bundler would (its import of the element left out: no DOM here), rendered on the server. */
function renderReact(source: string): string {
  const withoutImport = source.replace(/^import '[^']+';$/m, '');
  const { outputText } = ts.transpileModule(withoutImport, {
    compilerOptions: { jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const exports: Record<string, FunctionComponent> = {};
  new Function('require', 'exports', outputText)(require, exports);
  const [component] = Object.values(exports);
  return renderToStaticMarkup(createElement(component));
}

/** The Vue snippet's template compiled and rendered on the server, its tags declared custom elements as the README says. */
async function renderVue(source: string): Promise<string> {
  const template = /<template>\n([\s\S]*)\n<\/template>/.exec(source)?.[1];
  assert.ok(template, source);
  const app = createSSRApp({ template });
  app.config.compilerOptions.isCustomElement = (tag) => Object.values(WIDGETS).some((widget) => widget.tag === tag);
  app.config.warnHandler = (message) => assert.fail(`Vue warned: ${message}`);
  return renderToString(app);
}

/** What the element must carry for `settings`, worked out here, apart from the writer. */
function expectedAttributes(settings: BuilderSettings): Record<string, string> {
  const expected: Record<string, string> = { lang: settings.lang };
  if (settings.variation) expected.variation = settings.variation;
  if (settings.emergencyNumber) expected['emergency-number'] = settings.emergencyNumber;
  if (settings.urgentNumber) expected['urgent-number'] = settings.urgentNumber;
  if (settings.action?.levels) expected['action-levels'] = settings.action.levels;
  if (settings.persist) expected.persist = '';
  if (settings.compact) expected.compact = '';
  return expected;
}

/** Every widget with every option the builder offers, each on and off. */
function everyChoice(): BuilderSettings[] {
  const all: BuilderSettings[] = [];
  for (const widget of ['checklist', 'quiz', 'card'] as const) {
    for (const full of [false, true]) {
      for (const lang of ['en', 'es'] as const) {
        const settings: BuilderSettings = { widget, lang, persist: false, compact: false };
        if (widget !== 'quiz') settings.variation = widget === 'card' || full ? 'diamond' : undefined;
        if (full) {
          settings.accent = lang === 'en' ? '#e11d48' : 'rgb(190 18 60)';
          settings.persist = widget !== 'card';
          settings.compact = widget !== 'quiz';
          settings.action = { text: 'Book an assessment', href: 'https://clinic.example/book?source=back-check&x=1' };
          if (widget === 'quiz') {
            settings.emergencyNumber = '112';
            settings.urgentNumber = '1800 022 222';
            settings.action.levels = lang === 'en' ? 'soon' : 'see-doctor';
          }
        }
        all.push(settings);
      }
    }
  }
  return all;
}

const HOSTILE_TEXT = `</a><script>alert("x")</script> & {{ $root.x() }} {y} &amp; 'q' \\`;
const HOSTILE_HREF = 'https://clinic.example/book?q="><img src=x>&a=1&b={{x}}#top';

describe('the embed builder reads its form', () => {
  it('keeps a quiz\'s numbers, accent, persist and link, with nothing to say', () => {
    const { settings, problems } = readBuilderForm(
      {
        widget: 'quiz',
        lang: 'es',
        'emergency-number': ' 112 ',
        'urgent-number': '1800 022 222',
        accent: 'e11d48',
        persist: true,
        compact: true,
        variation: 'knee',
        'action-text': '  Book   an assessment ',
        'action-href': 'https://clinic.example/book',
        'action-levels': 'soon',
      },
      context,
    );
    assert.deepEqual(problems, {});
    assert.deepEqual(settings, {
      widget: 'quiz',
      lang: 'es',
      emergencyNumber: '112',
      urgentNumber: '1800 022 222',
      accent: '#e11d48',
      persist: true,
      // The quiz has no compact form and no variation: those fields are hidden, and not read.
      compact: false,
      action: { text: 'Book an assessment', href: 'https://clinic.example/book', levels: 'soon' },
    });
  });

  it('leaves out, with a message beside the field, a number, colour or address that cannot be used', () => {
    const { settings, problems } = readBuilderForm(
      {
        widget: 'quiz',
        'emergency-number': 'call us',
        'urgent-number': '1',
        accent: 'var(--brand)',
        'action-text': 'Book',
        'action-href': 'javascript:alert(1)',
      },
      context,
    );
    assert.deepEqual(Object.keys(problems).sort(), ['accent', 'action-href', 'emergency-number', 'urgent-number']);
    assert.match(problems['action-href'] ?? '', /https:\/\//);
    assert.deepEqual(settings, { widget: 'quiz', lang: 'en', persist: false, compact: false });
    for (const href of ['/book', 'data:text/html,x', 'ftp://clinic.example/', 'clinic.example/book']) {
      assert.ok(readBuilderForm({ widget: 'card', 'action-text': 'Book', 'action-href': href }, context).problems['action-href'], href);
    }
  });

  it('asks for the other half of a link given only its words or only its address', () => {
    assert.deepEqual(readBuilderForm({ widget: 'card', 'action-text': 'Book' }, context).problems, {
      'action-href': 'Give the link an address too, or clear its words.',
    });
    assert.deepEqual(readBuilderForm({ widget: 'card', 'action-href': 'https://a.example/' }, context).problems, {
      'action-text': 'Give the link its words too, or clear its address.',
    });
    assert.match(readBuilderForm({ widget: 'card', 'action-text': 'x'.repeat(81), 'action-href': 'https://a.example/' }, context).problems['action-text'] ?? '', /80 characters/);
  });

  it('gives the card the standard variation when none is chosen, and falls back from unknown choices', () => {
    const form: BuilderForm = { widget: 'spinner', lang: 'fr', variation: 'handstand' };
    assert.deepEqual(readBuilderForm(form, context).settings, { widget: 'checklist', lang: 'en', persist: false, compact: false });
    assert.equal(readBuilderForm({ widget: 'card', variation: 'handstand' }, context).settings.variation, 'standard');
    const quiz = readBuilderForm({ widget: 'quiz', 'action-text': 'Book', 'action-href': 'https://a.example/', 'action-levels': 'emergency' }, context);
    assert.equal(quiz.settings.action?.levels, 'see-doctor', 'never emergency');
  });
});

describe('the embed builder writes snippets', () => {
  it('writes a clinic\'s quiz as the README writes a script tag and an element', () => {
    const snippets = writeSnippets(
      {
        widget: 'quiz',
        lang: 'en',
        emergencyNumber: '999',
        urgentNumber: '111',
        persist: true,
        compact: false,
        action: { text: 'Book an assessment', href: 'https://clinic.example/book', levels: 'soon' },
      },
      version,
    );
    assert.equal(
      snippets.script,
      [
        `<script type="module" src="https://cdn.jsdelivr.net/npm/pushup-widgets@${version}/dist/cdn/autoloader.js"></script>`,
        '',
        '<back-pain-quiz lang="en" emergency-number="999" urgent-number="111" action-levels="soon" persist>',
        '  <a slot="referral-action" href="https://clinic.example/book">Book an assessment</a>',
        '</back-pain-quiz>',
      ].join('\n'),
    );
    assert.equal(snippets.frameScript, `<script src="https://cdn.jsdelivr.net/npm/pushup-widgets@${version}/dist/embed-frame.js" defer></script>`);
    assert.match(snippets.iframe, new RegExp(`^<iframe src="https://unpkg\\.com/pushup-widgets@${version.replace(/\./g, '\\.')}/dist/embed\\.html\\?widget=quiz&amp;`));
    assert.match(snippets.iframe, /title="Back pain self-check" width="100%" height="720" frameborder="0" loading="lazy"><\/iframe>$/);
  });

  it('names the package\'s own version in every address, and no other', () => {
    for (const settings of everyChoice()) {
      const snippets = writeSnippets(settings, version);
      const addresses = Object.values(snippets).flatMap((snippet) => [...snippet.matchAll(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/[^\s"]+/g)].map(([url]) => url));
      for (const url of addresses) assert.ok(url.includes(`/pushup-widgets@${version}/dist/`), url);
      assert.ok(addresses.length >= 3);
    }
  });

  it('gives the script-tag element, for every widget and option, the attributes, accent and link chosen', () => {
    for (const settings of everyChoice()) {
      const label = JSON.stringify(settings);
      const read = readElement(writeSnippets(settings, version).script);
      const { style, ...attributes } = read.attributes;
      assert.equal(read.tag, WIDGETS[settings.widget].tag, label);
      assert.deepEqual(attributes, expectedAttributes(settings), label);
      assert.equal(style, settings.accent ? `--pushup-accent: ${settings.accent}` : undefined, label);
      assert.deepEqual(read.link, settings.action && { attributes: { slot: WIDGETS[settings.widget].actionSlot, href: settings.action.href }, text: settings.action.text }, label);
    }
  });

  it('writes iframe addresses that the frame page reads back to the same settings, with no problem (round trip)', () => {
    for (const settings of [...everyChoice(), hostile('quiz'), hostile('card')]) {
      const label = JSON.stringify(settings);
      const url = frameUrl(writeSnippets(settings, version).iframe);
      assert.equal(url.origin + url.pathname, `https://unpkg.com/pushup-widgets@${version}/dist/embed.html`, label);
      const frame = readFrameSettings(url.searchParams, { ...context, matchLocale });
      assert.deepEqual(frame.problems, [], label);
      assert.equal(frame.widget, settings.widget, label);
      // The frame writes `action-levels` as the levels it names: `see-doctor` is both.
      const attributes = Object.fromEntries(frame.attributes);
      const expected = expectedAttributes(settings);
      delete expected.lang;
      if (expected['action-levels'] === 'see-doctor') expected['action-levels'] = 'urgent soon';
      assert.deepEqual(attributes, expected, label);
      assert.equal(frame.lang, settings.lang, label);
      assert.equal(frame.accent, settings.accent, label);
      assert.deepEqual(frame.action, settings.action && { text: settings.action.text, href: settings.action.href }, label);
    }
  });

  it('renders the React snippet, for every widget and option, as the same element (React on the server)', () => {
    for (const settings of [...everyChoice(), hostile('checklist'), hostile('quiz')]) {
      const label = JSON.stringify(settings);
      const read = readElement(renderReact(writeSnippets(settings, version).react));
      const { style, ...attributes } = read.attributes;
      assert.deepEqual(attributes, expectedAttributes(settings), label);
      assert.equal(style, settings.accent ? `--pushup-accent:${settings.accent}` : undefined, label);
      assert.deepEqual(read.link, settings.action && { attributes: { slot: WIDGETS[settings.widget].actionSlot, href: settings.action.href }, text: settings.action.text }, label);
    }
  });

  it('renders the Vue snippet, for every widget and option, as the same element (Vue on the server)', async () => {
    for (const settings of [...everyChoice(), hostile('card'), hostile('quiz')]) {
      const label = JSON.stringify(settings);
      const read = readElement(await renderVue(writeSnippets(settings, version).vue));
      const { style, ...attributes } = read.attributes;
      assert.deepEqual(attributes, expectedAttributes(settings), label);
      assert.equal(style, settings.accent ? `--pushup-accent:${settings.accent};` : undefined, label);
      assert.deepEqual(read.link, settings.action && { attributes: { slot: WIDGETS[settings.widget].actionSlot, href: settings.action.href }, text: settings.action.text }, label);
    }
  });

  it('keeps hostile words and addresses as text in every snippet: no tag, no script, no interpolation', () => {
    for (const widget of ['checklist', 'quiz', 'card'] as const) {
      const snippets = writeSnippets(hostile(widget), version);
      const { react, ...markup } = snippets;
      for (const [name, snippet] of Object.entries(markup)) assert.doesNotMatch(snippet, /<script>|<img/, `${widget} ${name}`);
      assert.ok(snippets.vue.includes('v-pre>'), 'Vue leaves the words uncompiled');
      // In JSX, the words and the address are JavaScript string literals, never markup.
      assert.ok(react.includes(`>{${JSON.stringify(HOSTILE_TEXT)}}</a>`), react);
      assert.ok(react.includes(`href={${JSON.stringify(HOSTILE_HREF.replace('"><img src=x>', '%22%3E%3Cimg%20src=x%3E'))}}`), react);
    }
  });
});

/** A widget whose link's words and address hold every character that could break a snippet. */
function hostile(widget: WidgetName): BuilderSettings {
  const { settings, problems } = readBuilderForm(
    { widget, variation: 'knee', 'action-text': HOSTILE_TEXT, 'action-href': HOSTILE_HREF, 'action-levels': 'urgent' },
    context,
  );
  assert.deepEqual(problems, {});
  return settings;
}

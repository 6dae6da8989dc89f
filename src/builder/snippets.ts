/**
 * The embed builder's snippets: for one widget and its settings (`BuilderSettings`, already
 * checked), the text a site pastes. Pure: no DOM, so Node tests write each one and read it
 * back.
 *
 * - `script`: the README's CDN autoloader tag and the element, for pages that take a script.
 * - `iframe`: the frame page (`dist/embed.html`) with the same settings as URL parameters,
 *   at the docs' fixed height, for platforms that strip scripts; `frameScript`, the one
 *   line that sizes it where a script is allowed.
 * - `react` and `vue`: a component that shows the element.
 *
 * Every address names the package's version (an unversioned one would serve whatever is
 * newest, breaking changes included). Every value a person typed is escaped for where it
 * lands: HTML attribute and text, a JSX expression, a Vue template (whose `{{ }}` would
 * otherwise run as code), a URL parameter.
 */
import { WIDGETS } from '../embed/frame-parameters.js';
import type { BuilderSettings } from './builder-settings.js';

/** The README's pinned CDN addresses: jsDelivr for scripts, unpkg for the frame page (jsDelivr serves HTML as plain text). */
export const cdnBase = (version: string) => ({
  scripts: `https://cdn.jsdelivr.net/npm/pushup-widgets@${version}/dist/`,
  pages: `https://unpkg.com/pushup-widgets@${version}/dist/`,
});

/**
 * The frame height the docs' snippets use (docs/embedding.md), in CSS pixels: the quiz's
 * first question and a compact card whole in a 700 px column; taller widgets scroll inside.
 */
export const FRAME_HEIGHT = 720;

export interface Snippets {
  script: string;
  iframe: string;
  frameScript: string;
  react: string;
  vue: string;
}

/** An element's attribute: text, or `true` for a boolean attribute written bare. */
export type Attribute = [name: string, value: string | true];

/** `&`, `"`, `<` and `>` as character references: safe inside a double-quoted HTML attribute, Vue's included. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `value` as a single-quoted JavaScript string literal. */
const jsString = (value: string): string => `'${value.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`;

/** `&`, `<` and `>` as character references: safe as HTML text. */
export const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Text JSX can hold as written, in quotes or between tags: no quote, brace, angle bracket,
 * `&` (JSX decodes character references), backslash, or space at either end (JSX trims it).
 */
const PLAIN_JSX = /^(?! )[^"'{}<>&\\\p{Cc}]*(?<! )$/u;

/** A JSX attribute: `name="value"` where that reads the same, else `name={"…"}` (a JavaScript string literal). */
const jsxAttribute = ([name, value]: Attribute): string =>
  value === true ? name : PLAIN_JSX.test(value) ? `${name}="${value}"` : `${name}={${JSON.stringify(value)}}`;

/** JSX text: as written where that reads the same, else `{"…"}`. */
const jsxText = (value: string): string => (PLAIN_JSX.test(value) ? value : `{${JSON.stringify(value)}}`);

const htmlAttribute = ([name, value]: Attribute): string => (value === true ? name : `${name}="${escapeAttribute(value)}"`);

/** The element's attributes for `settings`, in the order the docs write them; the preview sets the same. */
export function elementAttributes(settings: BuilderSettings): Attribute[] {
  const attributes: Attribute[] = [];
  if (settings.variation) attributes.push(['variation', settings.variation]);
  // Always written: the element otherwise follows the page's language, which may not be the one chosen.
  attributes.push(['lang', settings.lang]);
  if (settings.emergencyNumber) attributes.push(['emergency-number', settings.emergencyNumber]);
  if (settings.urgentNumber) attributes.push(['urgent-number', settings.urgentNumber]);
  if (settings.action?.levels) attributes.push(['action-levels', settings.action.levels]);
  if (settings.persist) attributes.push(['persist', true]);
  if (settings.compact) attributes.push(['compact', true]);
  return attributes;
}

/** An opening tag on one line when it is short, else one attribute a line. */
function openingTag(tag: string, attributes: string[], indent: string): string {
  const line = `${indent}<${[tag, ...attributes].join(' ')}>`;
  if (line.length <= 100) return line;
  return [`${indent}<${tag}`, ...attributes.map((attribute) => `${indent}  ${attribute}`), `${indent}>`].join('\n');
}

/** The element with its attributes (and the accent and link as `html` writes them), indented. */
function element(settings: BuilderSettings, indent: string, write: { attributes: string[]; link?: string }): string {
  const { tag } = WIDGETS[settings.widget];
  const open = openingTag(tag, write.attributes, indent);
  if (!write.link) return `${open}</${tag}>`;
  return `${open}\n${indent}  ${write.link}\n${indent}</${tag}>`;
}

function scriptSnippet(settings: BuilderSettings, version: string): string {
  const attributes = elementAttributes(settings).map(htmlAttribute);
  // The one inline style a plain page can paste; under a Content-Security-Policy that blocks
  // inline styles the widget keeps its own accent, and the docs say to set the property in
  // the site's stylesheet instead.
  if (settings.accent) attributes.push(`style="--pushup-accent: ${escapeAttribute(settings.accent)}"`);
  const { action } = settings;
  const link = action && `<a slot="${WIDGETS[settings.widget].actionSlot}" href="${escapeAttribute(action.href)}">${escapeText(action.text)}</a>`;
  return [
    `<script type="module" src="${cdnBase(version).scripts}cdn/autoloader.js"></script>`,
    '',
    element(settings, '', { attributes, link }),
  ].join('\n');
}

/** The frame page's address for `settings`: the same names and values as the element's attributes. */
export function frameAddress(settings: BuilderSettings, version: string): string {
  const query = new URLSearchParams({ widget: settings.widget });
  for (const [name, value] of elementAttributes(settings)) query.set(name, value === true ? '' : value);
  if (settings.accent) query.set('accent', settings.accent);
  if (settings.action) {
    query.set('action-text', settings.action.text);
    query.set('action-href', settings.action.href);
  }
  // `%20` rather than the form encoding's `+`, as the docs write a space; both read back as one.
  return `${cdnBase(version).pages}embed.html?${query.toString().replace(/\+/g, '%20')}`;
}

function iframeSnippet(settings: BuilderSettings, version: string): string {
  const src = escapeAttribute(frameAddress(settings, version));
  const title = escapeAttribute(WIDGETS[settings.widget].title);
  // The size and border as attributes, not a `style`: embed sanitizers keep them where they
  // drop `style` (they take video embeds, written the same way), and a page whose
  // Content-Security-Policy blocks inline styles still gives the frame its size.
  return `<iframe src="${src}" title="${title}" width="100%" height="${FRAME_HEIGHT}" frameborder="0" loading="lazy"></iframe>`;
}

/** The name of the component each React snippet declares. */
const COMPONENT_NAMES = { checklist: 'PushupChecklist', quiz: 'BackPainCheck', card: 'VariationCard' } as const;

function reactSnippet(settings: BuilderSettings): string {
  const { tag, actionSlot } = WIDGETS[settings.widget];
  const attributes = elementAttributes(settings).map(jsxAttribute);
  // React sets a custom property given in the style object (`--pushup-accent`) as it is.
  if (settings.accent) attributes.push(`style={{ "--pushup-accent": ${JSON.stringify(settings.accent)} }}`);
  const { action } = settings;
  const link = action && `<a slot="${actionSlot}" ${jsxAttribute(['href', action.href])}>${jsxText(action.text)}</a>`;
  return [
    `import 'pushup-widgets/${tag}.js';`,
    '',
    `export function ${COMPONENT_NAMES[settings.widget]}() {`,
    '  return (',
    element(settings, '    ', { attributes, link }),
    '  );',
    '}',
  ].join('\n');
}

function vueSnippet(settings: BuilderSettings): string {
  const { tag, actionSlot } = WIDGETS[settings.widget];
  const attributes = elementAttributes(settings).map(htmlAttribute);
  // A binding, which Vue applies through the element's `style` object, as React does: no
  // inline style for a Content-Security-Policy to block.
  if (settings.accent) attributes.push(`:style="${escapeAttribute(`{ '--pushup-accent': ${jsString(settings.accent)} }`)}"`);
  const { action } = settings;
  // `v-pre`: the link's words are shown as written, never read as `{{ }}` interpolation.
  const link = action && `<a slot="${actionSlot}" href="${escapeAttribute(action.href)}" v-pre>${escapeText(action.text)}</a>`;
  return [
    '<script setup>',
    `import 'pushup-widgets/${tag}.js';`,
    '</script>',
    '',
    // Without it, Vue would look for a Vue component of that name and warn.
    `<!-- Vue must leave the tag to the browser: in vite.config, vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === '${tag}' } } }) -->`,
    '<template>',
    element(settings, '  ', { attributes, link }),
    '</template>',
  ].join('\n');
}

/** Every snippet for `settings`, naming the package at `version`. */
export function writeSnippets(settings: BuilderSettings, version: string): Snippets {
  return {
    script: scriptSnippet(settings, version),
    iframe: iframeSnippet(settings, version),
    frameScript: `<script src="${cdnBase(version).scripts}embed-frame.js" defer></script>`,
    react: reactSnippet(settings),
    vue: vueSnippet(settings),
  };
}

/**
 * `dist/embed.js`, the script of the frame page `dist/embed.html`: one widget, chosen and
 * set up by the page's URL parameters (see `frame-parameters.ts`), for sites that can embed
 * an `<iframe>` but not a script. The widgets come from the bundle beside it
 * (`./pushup-widgets.min.js`, imported, never copied in), under the page's own strict
 * Content-Security-Policy.
 *
 * A parameter that cannot be used is said in the frame, above the widget, and once in the
 * console; the widget shows with that setting's default, so the frame is never blank. These
 * messages speak to whoever wrote the frame's address, in English, as the library's console
 * warnings do.
 */
import { matchLocale, variations } from '../index.js';
import { readFrameSettings, WIDGET_CHOICES, WIDGETS, type FrameAction, type FrameSettings, type WidgetName } from './frame-parameters.js';
import { reportToParent } from './report-to-parent.js';

const query = new URLSearchParams(location.search);
const settings = readFrameSettings(query, {
  isColour: (value) => CSS.supports('color', value),
  variationIds: variations.map((variation) => variation.id),
  matchLocale,
});

/** The page's language, scheme, background and accent: attributes for its stylesheet, and the accent by the CSSOM. */
function applyLook({ lang, scheme, background, accent }: FrameSettings): void {
  const root = document.documentElement;
  if (lang) root.lang = lang;
  if (scheme !== 'auto') root.dataset.scheme = scheme;
  if (background === 'transparent') root.dataset.background = background;
  if (!accent) return;
  // A rule of its own, filled by `setProperty`: the value is never parsed as a stylesheet's
  // text, and the page's CSP (no inline styles) holds.
  const sheet = new CSSStyleSheet();
  sheet.insertRule(':root {}');
  (sheet.cssRules[0] as CSSStyleRule).style.setProperty('--pushup-accent', accent);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The problems with the frame's address, politely, above the widget. */
function renderProblems(problems: string[]): HTMLElement[] {
  if (problems.length === 0) return [];
  const box = element('div');
  box.className = 'frame-problems';
  box.setAttribute('role', 'status');
  box.append(...problems.map((problem) => element('p', problem)));
  return [box];
}

/**
 * The site's own link, in the widget's action slot, where the element shows it (the quiz:
 * on referral results at its `action-levels`, never on an emergency result). Its words are
 * set as text, never parsed as HTML.
 *
 * It opens in a new tab (`_blank`, with `noopener` so the new page cannot reach back into
 * the frame), as a source's link does: the widget, and the quiz's result, stay on the
 * reader's page to come back to, and it works where the host frames the embed in a sandbox
 * that allows pop-ups but not navigating the page (`_top` would then do nothing). The frame
 * sends no referrer (its `<meta name="referrer">`); a site that wants to know where a
 * reader came from says so in its own address (`?source=back-check`).
 */
function renderAction(widget: WidgetName, { text, href }: FrameAction): HTMLAnchorElement {
  const link = element('a', text);
  link.slot = WIDGETS[widget].actionSlot;
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.className = 'frame-action';
  return link;
}

/** The widget, its attributes already checked, with the site's link when there is one. */
function renderWidget(widget: WidgetName, { attributes, action }: FrameSettings): HTMLElement {
  const node = document.createElement(WIDGETS[widget].tag);
  for (const [name, value] of attributes) node.setAttribute(name, value);
  if (action) node.append(renderAction(widget, action));
  document.title = WIDGETS[widget].title;
  return node;
}

/** Without a widget: the three to choose from, each a link to this frame showing it. */
function renderChoices(): HTMLElement {
  const list = element('ul');
  list.className = 'frame-choices';
  list.setAttribute('aria-label', `Widgets: ${WIDGET_CHOICES}`);
  for (const [name, { title }] of Object.entries(WIDGETS)) {
    const choice = new URLSearchParams(query);
    choice.set('widget', name);
    const link = element('a', `widget=${name}`);
    link.href = `?${choice}`;
    const item = element('li');
    item.append(link, `: ${title}`);
    list.append(item);
  }
  return list;
}

/**
 * A link to another site (a source) opens in a new tab. Followed inside the frame, it would
 * replace the widget with a page squeezed into the frame, or with nothing where that site
 * refuses to be framed. Links of the page's own (a citation, a choice) and `tel:` links
 * (the call buttons) are left to the browser.
 */
function openLinksOutside(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!link?.href || link.target || !/^https?:$/.test(link.protocol) || link.origin === location.origin) return;
  event.preventDefault();
  window.open(link.href, '_blank', 'noopener,noreferrer');
}

applyLook(settings);
document.addEventListener('click', openLinksOutside);
document.body.append(
  ...renderProblems(settings.problems),
  settings.widget ? renderWidget(settings.widget, settings) : renderChoices(),
);
for (const problem of settings.problems) console.warn(`pushup-widgets: embed.html: ${problem}`);
reportToParent(window, settings.frame);

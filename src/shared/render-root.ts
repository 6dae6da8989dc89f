import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/**
 * An element's shadow root, made for the document it is in and for a root a server
 * rendered. Constructed style sheets belong to the document that made them, so an element
 * first connected in another document (an iframe, say an editor's) gets sheets built in
 * that document, and they follow it when it moves (`adoptedCallback`).
 */

type StyledElement = LitElement & { renderOptions: { renderBefore?: ChildNode | null } };
type StyledClass = { elementStyles: CSSResultOrNative[]; shadowRootOptions: ShadowRootInit };

/** Style sheets built in another document's window, per element class and document. */
const sheetsByDocument = new WeakMap<object, WeakMap<Document, CSSStyleSheet[]>>();

function cssTextOf(style: CSSResultOrNative): string {
  if ('cssText' in style) return style.cssText;
  return [...style.cssRules].map((rule) => rule.cssText).join('\n');
}

/** The window of the element's document when it is not the one the styles were made in. */
function otherWindow(element: Element): (Window & typeof globalThis) | undefined {
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  return view && view.CSSStyleSheet !== globalThis.CSSStyleSheet ? view : undefined;
}

/**
 * The render root of `element`, from Lit's own `create` where the element's document is
 * the one its styles were made in. A server-rendered root that Lit renders into rather
 * than hydrates (its hydrate support is not loaded, as with the CDN bundle) loses the
 * server's nodes, which Lit would render after, or the widget would show twice.
 */
export function createRenderRoot(element: StyledElement, create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  if (otherWindow(element)) {
    const root = element.shadowRoot ?? element.attachShadow((element.constructor as unknown as StyledClass).shadowRootOptions);
    adoptDocumentStyles(element, root);
    return root;
  }
  const serverNodes = [...(element.shadowRoot?.childNodes ?? [])];
  const root = create();
  const { renderBefore } = element.renderOptions;
  // Hydration keeps the server's nodes; a plain render replaces them.
  if (renderBefore && serverNodes.includes(renderBefore)) {
    for (const node of serverNodes) node.remove();
    element.renderOptions.renderBefore = root.firstChild;
  }
  return root;
}

/** Gives `root` the element's styles as sheets of the element's document, each built once per document. */
export function adoptDocumentStyles(element: Element, root: ShadowRoot): void {
  const elementClass = element.constructor as unknown as StyledClass;
  const styles = elementClass.elementStyles;
  const view = otherWindow(element);
  if (!view) {
    adoptStyles(root, styles);
    return;
  }
  let byDocument = sheetsByDocument.get(elementClass);
  if (!byDocument) sheetsByDocument.set(elementClass, (byDocument = new WeakMap()));
  let sheets = byDocument.get(element.ownerDocument);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssTextOf(style));
      return sheet;
    });
    byDocument.set(element.ownerDocument, sheets);
  }
  root.adoptedStyleSheets = sheets;
}

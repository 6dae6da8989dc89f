/**
 * The CDN autoloader, `dist/cdn/autoloader.js`: one `<script type="module">`, and only the
 * elements that appear on the page, now or later, are fetched and defined, each with only
 * the content it shows; Lit and the content they share are fetched once.
 *
 * Tags inside a shadow root of the page's own components are not seen from the document:
 * call `discover(shadowRoot)` for those (the elements' own shadow roots need nothing).
 *
 * A frame of the widgets (`<iframe src=".../embed.html?…">`) is found the same way, and
 * brings what `dist/embed-frame.js` does: each such frame sized to its widget, its events
 * fired on the `<iframe>` (`embed/frame-listener.ts` checks each frame's address exactly).
 * The page is watched until all three elements and a frame have been found.
 */

/** Each tag and the module that defines it; and the selector of a frame of the widgets, and what listens to it. */
const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'pushup-form-checklist': () => import('./pushup-form-checklist.js'),
  'back-pain-quiz': () => import('./back-pain-quiz.js'),
  'variation-risk-card': () => import('./variation-risk-card.js'),
  'iframe[src*="embed.html"]': () => import('./embed/embed-frame.js'),
};

const tags = Object.keys(loaders);
const requested = new Set<string>();
let observer: MutationObserver | undefined;

/** Fetches and defines `tag` (or listens to frames) once; a fetch that fails is said once and tried again on the next discovery. */
function load(tag: string): void {
  if (requested.has(tag) || globalThis.customElements?.get(tag)) return;
  requested.add(tag);
  if (requested.size === tags.length) observer?.disconnect();
  loaders[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`pushup-widgets: could not load <${tag}>.`, error);
  });
}

/** Defines every element used in `root` (a document, a shadow root or an element) and not defined yet, and listens to its frames. */
export function discover(root: ParentNode & Node): void {
  for (const tag of tags) {
    if ((root as Element).matches?.(tag) || root.querySelector(tag)) load(tag);
  }
}

if (typeof document !== 'undefined') {
  discover(document);
  if (requested.size < tags.length) {
    // Tags a page adds later (a framework rendering, a blog's lazy section) are found too.
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === 1) discover(node as Element);
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}

/**
 * Static DOM rendered once and copied. A part of an element that depends on its content
 * and a few settings alone (a card's facts, say) is rendered by Lit once per content and
 * key; every element showing the same gets a copy of those nodes (`cloneNode`), which is
 * what a page of 100 cards would cost written by hand, not 100 times Lit's templates.
 *
 * A copy keeps the attributes and text of what Lit rendered, never its listeners or
 * properties: a stamped template binds neither, and its events are handled by a listener
 * around it (see `followCitation()`).
 */
import { render, type TemplateResult } from 'lit';

/** What Lit rendered, per scope (a content object) and key. */
const masters = new WeakMap<object, Record<string, DocumentFragment>>();

/**
 * A copy of what `template()` renders for `scope` (the content it shows, so new content
 * renders anew) and `key` (every other value the template reads: variation, level,
 * compact…), rendered on the first call only. `template` must bind no event and no
 * property; a key that misses a value the template reads would show another element's
 * nodes. Browsers only: a server renders the template itself.
 */
export function stamp(scope: object, key: string, template: () => TemplateResult): DocumentFragment {
  const byKey = masters.get(scope) ?? {};
  masters.set(scope, byKey);
  let master = byKey[key];
  if (!master) render(template(), (master = byKey[key] = document.createDocumentFragment()));
  return master.cloneNode(true) as DocumentFragment;
}

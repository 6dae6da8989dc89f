import { html, nothing, type TemplateResult } from 'lit';
import type { Content, Id } from '../content/types.js';

/** The references behind `ids`, in content order, each once. */
export function referencesFor(content: Content, ids: Iterable<Id>): Content['references'] {
  const wanted = new Set(ids);
  return content.references.filter((reference) => wanted.has(reference.id));
}

/**
 * The list of sources at the foot of an element: title, publisher, and a link where the
 * source has a public address. Text only, never markup from content.
 */
export function renderSources(content: Content, ids: Iterable<Id>, headingId: string): TemplateResult | typeof nothing {
  const references = referencesFor(content, ids);
  if (references.length === 0) return nothing;
  return html`
    <footer part="sources" class="sources" aria-labelledby=${headingId}>
      <h3 id=${headingId} class="sources-heading">${content.strings.sourcesHeading}</h3>
      <ul class="sources-list">
        ${references.map(
          (reference) => html`
            <li>
              ${reference.url
                ? html`<a href=${reference.url} rel="noopener noreferrer">${reference.title}</a>`
                : html`<cite>${reference.title}</cite>`}<span class="publisher">, ${reference.publisher}</span>
            </li>
          `,
        )}
      </ul>
    </footer>
  `;
}

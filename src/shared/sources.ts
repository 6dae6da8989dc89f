/**
 * Sources and per-claim citations. An element lists the references its shown content
 * cites, numbered in content order, at its foot; each cue, outcome or card row carries a
 * small marker ("1, 3") whose links jump to those entries in the list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatString } from '../content/registry/format.js';
import type { CommonStringKey, Id, LocaleStrings, Reference } from '../content/types.js';
import { isWebAddress } from '../content/registry/patterns.js';
import { renderHeading } from './heading.js';
import type { HeadingLevel } from './property-values.js';

/**
 * What the sources need of an element's content: its language, its references and the
 * common strings.
 */
type SourcesContent = {
  locale: string;
  references: readonly Reference[];
  strings: Pick<LocaleStrings, CommonStringKey>;
};

/** The references an element shows, numbered from 1 in this order. */
export type SourceList = readonly Reference[];

/** The references behind `ids`, in content order, each once: the element's numbered sources. */
export function referencesFor(content: SourcesContent, ids: Iterable<Id>): SourceList {
  const wanted = new Set(ids);
  return content.references.filter((reference) => wanted.has(reference.id));
}

/** The id of a source's entry in the list; unique within one shadow root. */
const entryId = (reference: Reference) => `source-${reference.id}`;

/** A language tag's primary language, lower-cased: `es-MX` is `es`. */
const language = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The language of a source's title where it differs from the element's (`content.locale`),
 * else `undefined`: an English title in a Spanish widget is `en`, so it can be marked
 * `lang="en"` and a screen reader reads it in an English voice.
 */
function foreignTitle(content: SourcesContent, reference: Reference): string | undefined {
  const lang = reference.lang ?? 'en';
  return language(lang) === language(content.locale) ? undefined : lang;
}

/**
 * Follows a click on a source marker's link, from a listener on the element's outermost
 * node (markers carry no listener of their own, so they can be copied: see `stamp()`). A
 * fragment link inside a shadow root does not scroll the page to its target, and would
 * change the page's URL: focus moves to the entry in the same root instead.
 */
export function followCitation(event: Event): void {
  // A click's target is an element; only a page's own `dispatchEvent()` could aim at a text node.
  const link = (event.target as Partial<Element>).closest?.<HTMLAnchorElement>('.citation a');
  const target = link && (link.getRootNode() as ShadowRoot).getElementById(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

/**
 * The marker after a claim: the numbers of the sources it rests on, each a link to its
 * entry in `list`, named "Source 2: <title>" for screen readers. Ids not in `list` are
 * left out; nothing is rendered when none is left. Its element's `@click` calls
 * `followCitation()`.
 */
export function renderCitation(content: SourcesContent, list: SourceList, ids: readonly Id[]): TemplateResult | typeof nothing {
  const cited = list.flatMap((reference, index) => (ids.includes(reference.id) ? [{ reference, number: index + 1 }] : []));
  if (cited.length === 0) return nothing;
  return html`<sup part="citation" class="citation"
    >${cited.map(
      ({ reference, number }, index) => html`${index > 0 ? ', ' : ''}${renderMarkerLink(content, reference, number)}`,
    )}</sup
  >`;
}

/**
 * One number of a marker, a link to its source's entry, named `sourceMarker` with the
 * number and title. An `aria-label` cannot say which language the title is in, so a title
 * in another language than the element's is named by hidden text instead, the title
 * marked with its `lang` (each hidden text a span of its own, so none holds a wide box
 * inside its clip), and the number shown is left out of the name.
 */
function renderMarkerLink(content: SourcesContent, reference: Reference, number: number): TemplateResult {
  const lang = foreignTitle(content, reference);
  const name = (title: string) => formatString(content.strings.sourceMarker, { number, title });
  if (!lang) return html`<a href="#${entryId(reference)}" aria-label=${name(reference.title)}>${number}</a>`;
  // The marker's words around its title: "Fuente 2: " before it, none after it.
  const [before, after] = name('\n').split('\n');
  return html`<a href="#${entryId(reference)}"
    ><span aria-hidden="true">${number}</span><span class="visually-hidden">${before}</span
    ><span class="visually-hidden" lang=${lang}>${reference.title}</span
    ><span class="visually-hidden">${after}</span></a
  >`;
}

/**
 * The numbered list of sources at the foot of an element, under a heading of `level`:
 * title (marked with its `lang` where that differs from the element's), publisher, and a
 * link where the source has a web address. Validation already rejects any other address; it is
 * checked again here, where it becomes a link. Text only, never markup from content.
 */
export function renderSources(
  content: SourcesContent,
  list: SourceList,
  headingId: string,
  level: HeadingLevel,
): TemplateResult | typeof nothing {
  if (list.length === 0) return nothing;
  return html`
    <footer part="sources" class="sources" aria-labelledby=${headingId}>
      ${renderHeading(level, content.strings.sourcesHeading, { id: headingId, class: 'sources-heading' })}
      <ol class="sources-list">
        ${list.map(
          (reference) => html`
            <li id=${entryId(reference)} tabindex="-1">
              ${isWebAddress(reference.url)
                ? html`<a href=${reference.url} rel="noopener noreferrer" lang=${ifDefined(foreignTitle(content, reference))}
                    >${reference.title}</a
                  >`
                : html`<cite lang=${ifDefined(foreignTitle(content, reference))}>${reference.title}</cite>`}<span
                class="publisher"
                >, ${reference.publisher}</span
              >
            </li>
          `,
        )}
      </ol>
    </footer>
  `;
}

/**
 * Headings at a level the page chooses (`heading-level`), so a widget fits the page's
 * outline: native `h1`–`h6` elements, never a `div` with a heading role.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingLevel } from './property-values.js';

/** The attributes a heading may carry. */
export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
  /** `-1` for a heading that takes focus when its step or result appears. */
  tabindex?: '-1';
}

type Heading = (content: unknown, attributes: HeadingAttributes) => TemplateResult;

// One plain template a level: smaller than Lit's static templates, which would ship only for this.
const HEADINGS: Record<HeadingLevel, Heading> = {
  1: (content, { id, part, class: name, tabindex }) =>
    html`<h1 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(name)} tabindex=${ifDefined(tabindex)}>${content}</h1>`,
  2: (content, { id, part, class: name, tabindex }) =>
    html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(name)} tabindex=${ifDefined(tabindex)}>${content}</h2>`,
  3: (content, { id, part, class: name, tabindex }) =>
    html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(name)} tabindex=${ifDefined(tabindex)}>${content}</h3>`,
  4: (content, { id, part, class: name, tabindex }) =>
    html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(name)} tabindex=${ifDefined(tabindex)}>${content}</h4>`,
  5: (content, { id, part, class: name, tabindex }) =>
    html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(name)} tabindex=${ifDefined(tabindex)}>${content}</h5>`,
  6: (content, { id, part, class: name, tabindex }) =>
    html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(name)} tabindex=${ifDefined(tabindex)}>${content}</h6>`,
};

/** A heading of `level` around `content`, which is rendered as text or a template, never as HTML. */
export function renderHeading(level: HeadingLevel, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  return HEADINGS[level](content, attributes);
}

/**
 * Headings at a level the page chooses (`heading-level`), so a widget fits the page's
 * outline: native `h1`–`h6` elements, never a `div` with a heading role.
 */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { HeadingLevel } from './property-values.js';

const TAGS: Record<HeadingLevel, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The attributes a heading may carry. */
export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
  /** `-1` for a heading that takes focus when its step or result appears. */
  tabindex?: '-1';
}

/** A heading of `level` around `content`, which is rendered as text or a template, never as HTML. */
export function renderHeading(level: HeadingLevel, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  const tag = TAGS[level];
  return staticHtml`<${tag}
    id=${ifDefined(attributes.id)}
    part=${ifDefined(attributes.part)}
    class=${ifDefined(attributes.class)}
    tabindex=${ifDefined(attributes.tabindex)}
    >${content}</${tag}
  >`;
}

/**
 * A plain-text accessibility tree of an element's shadow root, as a screen reader meets
 * it: every heading, landmark, live region, group, list, link and form control, in
 * document order, with its role, accessible name and state. Nested elements' shadow roots
 * (inline cards) are walked too, indented. Hidden subtrees are left out.
 *
 * The names follow the accessible-name rules these templates use: `aria-label`, then
 * `aria-labelledby`, then a control's `<label>` or a group's `<legend>`, then the text
 * content without what is `aria-hidden`. Snapshots of it make a changed name a diff.
 */

const TEXT = 3;
const ELEMENT = 1;

/** Text as it is read: without `aria-hidden` parts or hidden subtrees, white space folded. */
function textOf(node: Node): string {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT) return '';
  const element = node as Element;
  if (element.getAttribute('aria-hidden') === 'true' || isHidden(element)) return '';
  if (element.shadowRoot) return [...element.shadowRoot.childNodes].map(textOf).join(' ');
  return [...element.childNodes].map(textOf).join('');
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

function byIds(root: Document | ShadowRoot, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => root.getElementById(id))
    .filter((each): each is HTMLElement => each !== null)
    .map(textOf)
    .join(' ');
}

function nameOf(element: Element, root: Document | ShadowRoot): string {
  const label = element.getAttribute('aria-label');
  if (label) return fold(label);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return fold(byIds(root, labelledBy));
  if (element.localName === 'input') {
    const id = element.getAttribute('id');
    const forLabel = id ? root.querySelector(`label[for="${id}"]`) : null;
    return fold(textOf(forLabel ?? element.closest('label') ?? element));
  }
  if (element.localName === 'fieldset') return fold(textOf(element.querySelector(':scope > legend') ?? element));
  return fold(textOf(element));
}

/** The role a screen reader announces, or undefined for a node the tree leaves out. */
function roleOf(element: Element): string | undefined {
  const explicit = element.getAttribute('role');
  if (explicit && explicit !== 'presentation' && explicit !== 'none') return explicit;
  const tag = element.localName;
  if (/^h[1-6]$/.test(tag)) return `heading[${tag[1]}]`;
  if (tag === 'a' && element.hasAttribute('href')) return 'link';
  if (tag === 'button') return 'button';
  if (tag === 'input') return (element as HTMLInputElement).type;
  if (tag === 'fieldset') return 'group';
  if (tag === 'article') return 'article';
  if (tag === 'section' && (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby'))) return 'region';
  if (tag === 'ul' || tag === 'ol') return 'list';
  return undefined;
}

function stateOf(element: Element): string {
  const states: string[] = [];
  if (element.localName === 'input') states.push((element as HTMLInputElement).checked ? 'checked' : 'not checked');
  const expanded = element.getAttribute('aria-expanded');
  if (expanded) states.push(expanded === 'true' ? 'expanded' : 'collapsed');
  if ((element as HTMLButtonElement).disabled) states.push('disabled');
  if (element.getAttribute('aria-invalid') === 'true') states.push('invalid');
  return states.length > 0 ? ` (${states.join(', ')})` : '';
}

function walk(root: Document | ShadowRoot, parent: ParentNode, depth: number, lines: string[]): void {
  for (const child of parent.children) {
    if (child.getAttribute('aria-hidden') === 'true' || isHidden(child)) continue;
    const role = roleOf(child);
    // A list's items are counted, not listed: their words are in the tree's text already.
    if (role === 'list') {
      const items = [...child.children].filter((item) => !isHidden(item)).length;
      lines.push(`${'  '.repeat(depth)}list (${items} items)`);
      walk(root, child, depth + 1, lines);
      continue;
    }
    if (role) lines.push(`${'  '.repeat(depth)}${role} "${nameOf(child, root)}"${stateOf(child)}`);
    if (child.shadowRoot) walk(child.shadowRoot, child.shadowRoot, depth + 1, lines);
    walk(root, child, role ? depth + 1 : depth, lines);
  }
}

/** The accessibility tree of `element`'s shadow root, one line per node, indented. */
export function accessibilityTree(element: Element): string {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  const lines: string[] = [];
  walk(root, root, 0, lines);
  return lines.join('\n');
}

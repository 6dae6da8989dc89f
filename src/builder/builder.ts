/**
 * `dist/builder.js`, the script of the embed builder `dist/builder.html`: reads the form
 * (`builder-settings.ts`), shows the chosen widget live from the bundle beside the page
 * (`./pushup-widgets.min.js`, imported as the frame page does), writes the snippets
 * (`snippets.ts`) and copies them. A value that cannot be used is said beside its field
 * and left out of every snippet.
 */
import { variations } from '../index.js';
import { WIDGETS, type WidgetName } from '../embed/frame-parameters.js';
import { version } from 'pushup-widgets:package-version';
import {
  ACTION_LEVEL_CHOICES,
  readBuilderForm,
  type BuilderField,
  type BuilderForm,
  type BuilderSettings,
} from './builder-settings.js';
import { elementAttributes, writeSnippets, type Snippets } from './snippets.js';

const form = document.querySelector<HTMLFormElement>('#settings')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const actionNote = document.querySelector<HTMLElement>('#action-note')!;
const accentPicker = document.querySelector<HTMLInputElement>('#accent-picker')!;
const accentField = form.elements.namedItem('accent') as HTMLInputElement;

/** Where each widget shows the site's link, said above the link's fields. */
const ACTION_NOTES: Record<WidgetName, string> = {
  checklist: 'A link of your own, shown once every cue is ticked.',
  quiz: 'A link of your own, such as a booking page, shown on results that refer the reader to a professional.',
  card: "A link of your own, shown after the card's content.",
};

/** Fields whose message shows: those the reader has left (`change`), so a half-typed address is not called wrong. */
const touched = new Set<BuilderField>();
let snippets: Snippets | undefined;

function fillChoices(): void {
  const variation = form.elements.namedItem('variation') as HTMLSelectElement;
  variation.append(...variations.map(({ id, name }) => new Option(name, id, id === 'standard', id === 'standard')));
  const levels = form.elements.namedItem('action-levels') as HTMLSelectElement;
  levels.append(...Object.entries(ACTION_LEVEL_CHOICES).map(([value, label], index) => new Option(label, value, index === 0, index === 0)));
}

/** The form's values: text as typed, checkboxes as their state. */
function formValues(): BuilderForm {
  const values: BuilderForm = {};
  for (const control of form.elements) {
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement) || !control.name) continue;
    const name = control.name as BuilderField;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') values[name] = control.checked;
    else if (control instanceof HTMLInputElement && control.type === 'radio') {
      if (control.checked) values[name] = control.value;
    } else values[name] = control.value;
  }
  return values;
}

/** Shows only the fields the chosen widget takes. */
function showFieldsOf(widget: WidgetName): void {
  for (const field of form.querySelectorAll<HTMLElement>('[data-widgets]')) {
    field.hidden = !(field.dataset.widgets ?? '').split(' ').includes(widget);
  }
  actionNote.textContent = ACTION_NOTES[widget];
}

/** Each field's message beside it, named by the field's `aria-describedby` while it shows. */
function showProblems(problems: Partial<Record<BuilderField, string>>): void {
  for (const box of form.querySelectorAll<HTMLElement>('.problem')) {
    const name = box.id.replace(/-problem$/, '') as BuilderField;
    const control = form.elements.namedItem(name) as HTMLInputElement;
    const message = touched.has(name) ? problems[name] : undefined;
    box.hidden = !message;
    box.textContent = message ?? '';
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    const described = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    if (message) described.add(box.id);
    else described.delete(box.id);
    control.setAttribute('aria-describedby', [...described].join(' '));
  }
}

/**
 * The widget as the snippets write it, updated in place while the widget stays the same
 * (a quiz keeps its step). Not its `persist`: the preview stores nothing on the builder's
 * site. Its headings follow the page's ("Preview" is a level 2 heading).
 */
function renderPreview(settings: BuilderSettings): void {
  const { tag, actionSlot } = WIDGETS[settings.widget];
  let widget = preview.firstElementChild as HTMLElement | null;
  if (widget?.localName !== tag) {
    widget = document.createElement(tag);
    preview.replaceChildren(widget);
  }
  const wanted = new Map(elementAttributes(settings).filter(([name]) => name !== 'persist'));
  wanted.set('heading-level', '3');
  for (const name of widget.getAttributeNames()) if (name !== 'style' && !wanted.has(name)) widget.removeAttribute(name);
  for (const [name, value] of wanted) {
    const text = value === true ? '' : value;
    if (widget.getAttribute(name) !== text) widget.setAttribute(name, text);
  }
  if (settings.accent) widget.style.setProperty('--pushup-accent', settings.accent);
  else widget.style.removeProperty('--pushup-accent');
  const { action } = settings;
  const link = widget.querySelector<HTMLAnchorElement>(':scope > a.site-action');
  if (!action) {
    link?.remove();
    return;
  }
  const next = link ?? document.createElement('a');
  next.className = 'site-action';
  next.slot = actionSlot;
  next.href = action.href;
  next.target = '_blank';
  next.rel = 'noopener';
  next.textContent = action.text;
  if (!link) widget.append(next);
}

function update(): void {
  const { settings, problems } = readBuilderForm(formValues(), {
    isColour: (value) => CSS.supports('color', value),
    variationIds: variations.map((variation) => variation.id),
  });
  showFieldsOf(settings.widget);
  showProblems(problems);
  renderPreview(settings);
  snippets = writeSnippets(settings, version);
  for (const [name, text] of Object.entries(snippets)) {
    const code = document.getElementById(`snippet-${name}`);
    if (code && code.textContent !== text) code.textContent = text;
  }
  const hex = settings.accent && asHex(settings.accent);
  if (hex) accentPicker.value = hex;
}

/** A canvas only to read colours: its `fillStyle` gives an opaque colour back as `#rrggbb`. */
const colourReader = document.createElement('canvas').getContext('2d');

/**
 * `colour` (any CSS colour: `rebeccapurple`, `rgb(190 18 60)`, `#e11d48`) as the `#rrggbb`
 * a colour input shows, so the swatch matches what was typed; `undefined` for a colour it
 * cannot show (transparent, or outside sRGB as written).
 */
function asHex(colour: string): string | undefined {
  if (!colourReader) return undefined;
  colourReader.fillStyle = '#000000';
  colourReader.fillStyle = colour;
  const value = String(colourReader.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}

/** Says `message` in the status beside `button`, and clears the others, so each copy is announced once. */
function confirm(button: HTMLButtonElement, message: string): void {
  for (const status of document.querySelectorAll('.copy-status')) status.textContent = '';
  const status = button.parentElement?.querySelector('.copy-status');
  if (status) status.textContent = message;
}

/**
 * Copies a snippet. Where the clipboard is missing (a page not served over HTTPS) or
 * refuses (a permission), the snippet is selected instead, for the reader's own Ctrl+C.
 */
async function copy(button: HTMLButtonElement): Promise<void> {
  const name = button.dataset.copy as keyof Snippets;
  const text = snippets?.[name];
  const code = document.getElementById(`snippet-${name}`);
  if (text === undefined || !code) return;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    confirm(button, 'Copied.');
  } catch {
    const block = code.closest('pre') ?? code;
    block.focus();
    getSelection()?.selectAllChildren(code);
    confirm(button, 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
  }
}

fillChoices();
form.addEventListener('input', (event) => {
  if (event.target === accentPicker) accentField.value = accentPicker.value;
  update();
});
form.addEventListener('change', (event) => {
  const { name } = event.target as HTMLInputElement;
  if (name) touched.add(name as BuilderField);
  if (event.target === accentPicker) touched.add('accent');
  update();
});
// Enter in a text field would submit the form: there is nothing to submit.
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', () => void copy(button));
}
update();

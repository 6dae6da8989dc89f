/** Small helpers the element tests share: console spies and storage clean-up. */
import { sendKeys } from '@web/test-runner-commands';
import { loadContentCheck, resetRegisteredContent } from '../content/registry/registry.js';
import { resetPersistenceFallback, STORAGE_PREFIX } from '../shared/persist-controller.js';

// The content check is loaded before any test, as on a page that has supplied content
// once, so a patch applies in the same update; `content/registry/lazy-check.test.ts`
// covers the wait.
before(() => loadContentCheck());

type ConsoleMethod = 'warn' | 'error';

/** Records calls to `console[method]` until `restore()`, without printing them. */
export function spyConsole(method: ConsoleMethod): { calls: unknown[][]; restore: () => void } {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => (console[method] = original) };
}

/** Removes everything the library stored and forgets registered content. */
export function resetLibraryState(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(`${STORAGE_PREFIX}:`)) localStorage.removeItem(key);
  }
  resetPersistenceFallback();
  resetRegisteredContent();
}

/** The element's shadow root, asserting it exists. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** The text of an element with white space folded, as a screen reader would read it. */
export function readText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * What a screen reader reads of an element's contents: its text, without what is hidden
 * from assistive technology (`aria-hidden="true"`), with white space folded.
 */
export function spokenText(element: Element | null | undefined): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  for (const hidden of copy?.querySelectorAll('[aria-hidden="true"]') ?? []) hidden.remove();
  return readText(copy);
}

/**
 * Focuses `target` and presses `key` as a real keyboard would. `Space` is sent as `' '`,
 * the one name every driver (Chromium CDP, Firefox BiDi, WebDriver) understands.
 */
export async function pressOn(target: HTMLElement, key: string): Promise<void> {
  target.focus();
  await sendKeys({ press: key === 'Space' ? ' ' : key });
}

/**
 * How many CSS pixels the element's content sticks out past its own box when the element
 * is `width` pixels wide: 0 means it fits without horizontal scrolling.
 */
export async function overflowAt(element: HTMLElement & { updateComplete?: Promise<unknown> }, width: number): Promise<number> {
  element.style.setProperty('inline-size', `${width}px`);
  await element.updateComplete;
  const root = shadow(element);
  let widest = element.getBoundingClientRect().right;
  for (const node of root.querySelectorAll('*')) {
    const box = node.getBoundingClientRect();
    if (box.width > 0) widest = Math.max(widest, box.right);
  }
  return Math.max(0, Math.round(widest - element.getBoundingClientRect().right));
}

/**
 * The controls in the element smaller than 24 × 24 CSS pixels (WCAG 2.2 target size),
 * described by tag and text. Links inside sentences are exempt, as WCAG allows.
 */
export function smallTargets(element: Element): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('button, input, select, textarea')]
    .filter((control) => {
      const box = control.getBoundingClientRect();
      return box.width > 0 && (box.width < 24 || box.height < 24);
    })
    .map((control) => `<${control.localName}> ${readText(control) || control.getAttribute('type')}`);
}

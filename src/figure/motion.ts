/**
 * A moving figure's keyframes, built when a figure of that variation is first drawn in a
 * document rather than when the element's styles are: working out every variation's
 * frames and parsing their rules (about 30 KB of CSS) was more than half of evaluating the
 * bundle, paid by every page, with a card on it or not.
 *
 * Each variation's rules are one constructed style sheet per document, shared by every
 * element there that shows it, and adopted by the element's shadow root after its own
 * sheets. Constructed sheets are not inline styles: a strict Content-Security-Policy
 * allows them. Where a root cannot adopt sheets, and on a server, the figure holds its top
 * frame, as it does under reduced motion.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FigurePose } from '../content/types.js';
import { figureMotion } from './figure.js';
import { moves } from './pose.js';

/** A drawn variation: its id and its pose. */
export type ShownPose = readonly [id: string, pose: FigurePose];

/** An element that draws a figure: Lit's, whose render root is its shadow root once connected. */
type MotionHost = ReactiveControllerHost & Element & { readonly renderRoot?: HTMLElement | DocumentFragment };

/** Each document's motion sheets, by variation id. */
const sheetsByDocument = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** The motion sheet of `id` for `document`, built the first time it is asked for. */
function motionSheet(document: Document, [id, pose]: ShownPose): CSSStyleSheet | undefined {
  const view = document.defaultView;
  if (!view) return undefined;
  let sheets = sheetsByDocument.get(document);
  if (!sheets) sheetsByDocument.set(document, (sheets = new Map()));
  let sheet = sheets.get(id);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(figureMotion({ [id]: pose }).cssText);
    sheets.set(id, sheet);
  }
  return sheet;
}

/**
 * Gives its host's shadow root the motion of the figure it shows (`shown()`, read after
 * each update and on each connection): the sheet is added, swapped when the variation
 * changes, and removed when no moving figure is shown. A host moved to another document
 * gets that document's sheet when it connects there.
 */
export class FigureMotion implements ReactiveController {
  readonly #host: MotionHost;
  readonly #shown: () => ShownPose | undefined;
  /** The motion sheet this controller put in the root, if any. */
  #added?: CSSStyleSheet;

  constructor(host: MotionHost, shown: () => ShownPose | undefined) {
    this.#host = host;
    this.#shown = shown;
    host.addController(this);
  }

  hostConnected(): void {
    this.#adopt();
  }

  hostUpdated(): void {
    this.#adopt();
  }

  #adopt(): void {
    const root = this.#host.renderRoot as Partial<ShadowRoot> | undefined;
    const sheets = root?.adoptedStyleSheets;
    if (isServer || !root || !sheets) return;
    const shown = this.#shown();
    const wanted = shown && moves(shown[1]) ? motionSheet(this.#host.ownerDocument, shown) : undefined;
    // Unchanged: the root keeps its list, and the page its styles, untouched. (A root that
    // was given its element's sheets again, on a move, no longer holds the one added here.)
    if (wanted ? sheets.at(-1) === wanted : !this.#added || !sheets.includes(this.#added)) return;
    root.adoptedStyleSheets = [...sheets.filter((sheet) => sheet !== this.#added), ...(wanted ? [wanted] : [])];
    this.#added = wanted;
  }
}

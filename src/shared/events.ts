/**
 * Every event the elements fire, with its `detail`. Declared in `HTMLElementEventMap`
 * so `el.addEventListener('pushup-checklist-change', (e) => e.detail.checked)` is typed.
 * Details carry ids and counts only, never free text a person typed.
 */

/** `pushup-checklist-change`: a cue was ticked or unticked, or the list was reset. */
export interface ChecklistChangeDetail {
  /** Ids of the checked cues, in checklist order. */
  checked: string[];
  /** How many cues the checklist shows. */
  total: number;
  /** Whether every cue is checked. */
  complete: boolean;
}

/** `pushup-checklist-complete`: the last unchecked cue was ticked. */
export interface ChecklistCompleteDetail {
  checked: string[];
  total: number;
}

/** Every event of the library, by name. */
export interface PushupEventMap {
  'pushup-checklist-change': CustomEvent<ChecklistChangeDetail>;
  'pushup-checklist-complete': CustomEvent<ChecklistCompleteDetail>;
}

/** The `detail` type of a library event. */
export type PushupEventDetail<K extends keyof PushupEventMap> =
  PushupEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PushupEventMap {}
}

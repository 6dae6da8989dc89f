/**
 * Merging a `ContentPatch` over a `Content` (or the part of one an element shows): strings by key, items by id, nested
 * lists of items (a question's answers) by id, nested records (a risk rating) by field.
 * Pure and DOM-free; validation is separate (`validateContent`).
 */
import type { Collection, ContentPatch, ContentShape } from '../types.js';

/**
 * A `Content`, or the part of one an element shows (`ChecklistContent`, say): a locale,
 * its strings, and some of the collections, each a list of items with ids.
 */
export type ContentLike = { locale: string; strings: object } & {
  readonly [C in Collection]?: readonly { id: string }[];
};

type Item = { id: string } & Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isItemList = (value: unknown): value is Item[] =>
  Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.id === 'string');

function mergeField(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (isItemList(base) && isItemList(patch) && base.length > 0) return mergeItems(base, patch);
  if (isRecord(base) && isRecord(patch)) return mergeRecord(base, patch);
  return patch;
}

function mergeRecord(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = mergeField(base[key], value);
  return merged;
}

/** Items of `patch` with a known id change that item; new ids are appended in order. */
function mergeItems(base: readonly Item[], patch: readonly Item[]): Item[] {
  const merged = base.map((item) => ({ ...item }));
  for (const change of patch) {
    const index = merged.findIndex((item) => item.id === change.id);
    if (index === -1) merged.push({ ...change });
    else merged[index] = mergeRecord(merged[index], change) as Item;
  }
  return merged;
}

/** Every collection of a `Content`, in the order it is written. */
export const COLLECTIONS: readonly Collection[] = ['references', 'phases', 'cues', 'variations', 'questions', 'outcomes'];

/** The shape of a whole `Content`: every collection, every field. */
export const WHOLE_SHAPE: ContentShape = Object.fromEntries(COLLECTIONS.map((collection) => [collection, 'all']));

/**
 * Returns `base` with `patch` merged over it. Never mutates either. The result is not
 * validated: pass it to `validateContent` before use. A malformed patch (a collection
 * that is not a list of items with ids) is kept as given, so validation names it.
 */
export function mergeContent<T extends ContentLike>(base: T, patch: ContentPatch): T {
  if (!isRecord(patch)) return base;
  const merged: Record<string, unknown> = { ...base };
  if (patch.locale !== undefined) merged.locale = patch.locale;
  if (patch.strings !== undefined) {
    merged.strings = isRecord(patch.strings) ? { ...base.strings, ...patch.strings } : patch.strings;
  }
  for (const key of COLLECTIONS) {
    const value: unknown = patch[key];
    if (value === undefined) continue;
    merged[key] = isItemList(value) ? mergeItems((base[key] ?? []) as unknown as Item[], value) : value;
  }
  return merged as unknown as T;
}

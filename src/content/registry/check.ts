/**
 * The check every patch passes before it is shown: the merged content is valid, and no red
 * flag is weaker than before. Its own module, so the registry loads the validator only
 * when a page supplies content (a translation, `registerContent()` or `content`).
 */
import type { ContentLike } from './merge.js';
import { weakenedRedFlags } from './safety.js';
import type { Content, ContentShape, LocaleStrings } from '../types.js';
import { validateContent } from './validate.js';

/**
 * Every problem with `merged`, the result of a patch over `before`, each naming its field.
 * Both are of `shape`, with `requiredStrings` among their strings. The red-flag lock
 * applies wherever the questions are shown.
 */
export function checkPatch(
  before: ContentLike,
  merged: ContentLike,
  requiredStrings: readonly string[],
  shape: ContentShape,
): string[] {
  const errors = validateContent(merged, requiredStrings as (keyof LocaleStrings)[], shape);
  if (errors.length > 0 || !shape.questions) return errors;
  return weakenedRedFlags(before as Content, merged as Content);
}

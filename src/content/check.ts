/**
 * The check every patch passes before it is shown: the merged content is valid, and no red
 * flag is weaker than before. Its own module, so the registry loads the validator only
 * when a page supplies content (a translation, `registerContent()` or `content`).
 */
import { uiStringKeys } from './en-core.js';
import { weakenedRedFlags } from './safety.js';
import type { Content } from './types.js';
import { validateContent } from './validate.js';

/** Every problem with `merged`, the result of a patch over `before`, each naming its field. */
export function checkPatch(before: Content, merged: Content): string[] {
  const errors = validateContent(merged, uiStringKeys);
  return errors.length > 0 ? errors : weakenedRedFlags(before, merged);
}

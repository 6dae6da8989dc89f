/**
 * Registers `<pushup-form-checklist>`. Importing this file is the only side effect;
 * a tag already defined (the bundle loaded twice) is left as it is.
 */
import { PushupFormChecklist } from './elements/pushup-form-checklist/pushup-form-checklist.js';

export { PushupFormChecklist };
export type { ChecklistChangeDetail, ChecklistCompleteDetail } from './shared/events.js';

PushupFormChecklist.define('pushup-form-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'pushup-form-checklist': PushupFormChecklist;
  }
}

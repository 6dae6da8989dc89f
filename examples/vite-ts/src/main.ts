/**
 * Registers `<pushup-form-checklist>` only: the quiz and the card, and their content, stay
 * out of the bundle. The element's events are typed, so `event.detail` needs no cast.
 */
import 'pushup-widgets/pushup-form-checklist.js';

const checklist = document.querySelector('pushup-form-checklist');
const summary = document.querySelector('#summary');

checklist?.addEventListener('pushup-checklist-change', (event) => {
  const { checked, total, complete } = event.detail;
  if (summary) summary.textContent = complete ? 'Every cue checked: go!' : `${checked.length} of ${total} cues checked.`;
});

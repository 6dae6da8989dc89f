// Puts each widget in the state the picture shows: one cue's explanation open (with its
// Do and Avoid pictures) and two cues ticked, and the quiz at "Where does it hurt?" with
// the lower back chosen on its body map.
await Promise.all(['pushup-form-checklist', 'back-pain-quiz'].map((tag) => customElements.whenDefined(tag)));
const checklist = document.querySelector('pushup-form-checklist');
const quiz = document.querySelector('back-pain-quiz');
await checklist.updateComplete;
checklist.checked = ['hands-slightly-wide', 'shoulders-back-and-down'];
await checklist.updateComplete;
checklist.shadowRoot.querySelector('[aria-controls="why-hands-under-shoulders"]')?.click();
quiz.answers = {
  'emergency-symptoms': ['none'],
  'chest-symptoms': ['none'],
  'urgent-symptoms': ['none'],
  'health-history': ['none'],
  age: ['16-or-over'],
  'see-someone-soon': ['none'],
};
await Promise.all([checklist.updateComplete, quiz.updateComplete]);
// A reader's click on the body map's lower back, which chooses that answer.
quiz.shadowRoot.querySelector('[data-region="lower-back"]')?.dispatchEvent(new MouseEvent('click'));
await quiz.updateComplete;
document.documentElement.dataset.ready = 'true';

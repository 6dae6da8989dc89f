/**
 * A page in a frame that is not the frame page, posting what the frame page posts: a height
 * and a widget event, at once and again whenever `window.sayItAgain()` is called. The
 * parent script must ignore both.
 */
const sayIt = () => {
  window.parent.postMessage({ type: 'pushup-widgets:height', height: 77 }, '*');
  window.parent.postMessage(
    { type: 'pushup-widgets:event', event: 'pushup-quiz-complete', detail: { triage: 'self-care', outcomeIds: [] } },
    '*',
  );
  window.said = (window.said ?? 0) + 1;
};
window.sayItAgain = sayIt;
sayIt();

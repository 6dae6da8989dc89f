/**
 * The frame tests' parent pages (frame-parent.html, frame-late.html): a blog post that
 * embeds the frame page (/dist/embed.html) in iframes. Records every widget event that
 * reaches the page from a frame (`window.framesPage.events`) and every message posted to
 * it (`framesPage.messages`), and adds frames:
 * `framesPage.add(query, { id, title })` resolves once the frame has loaded, and each
 * `?frame=<query>` of the page's own address adds one as the page loads (for screenshots).
 */
(() => {
  const EVENTS = [
    'pushup-checklist-change',
    'pushup-checklist-complete',
    'pushup-quiz-answer',
    'pushup-quiz-complete',
    'pushup-quiz-restart',
    'pushup-variation-select',
  ];
  const framesPage = { events: [], messages: [] };
  window.framesPage = framesPage;
  // The messages as posted, before embed-frame.js reads them.
  window.addEventListener('message', (event) => framesPage.messages.push(event.data));

  for (const name of EVENTS) {
    document.addEventListener(name, (event) => {
      framesPage.events.push({
        name: event.type,
        target: `${event.target.localName}#${event.target.id}`,
        customEvent: event instanceof CustomEvent,
        bubbles: event.bubbles,
        composed: event.composed,
        detail: event.detail,
      });
    });
  }

  framesPage.add = (query, { id, title = 'A push-up widget', src = `/dist/embed.html?${query}` } = {}) => {
    const iframe = document.createElement('iframe');
    if (id) iframe.id = id;
    iframe.title = title;
    iframe.src = src;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
    document.getElementById('frames').append(iframe);
    return loaded;
  };

  document.addEventListener('DOMContentLoaded', () => {
    new URLSearchParams(location.search).getAll('frame').forEach((query, index) => {
      framesPage.add(query, { id: `frame-${index + 1}` });
    });
  });
})();

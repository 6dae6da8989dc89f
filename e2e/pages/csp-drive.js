/**
 * The strict-CSP pages' last script (a module, so it runs after the bundle): uses every
 * element as a reader would, ticks a cue, takes the quiz to its emergency result, moves
 * the card to a harder variation, and sets `window.__csp.done` (or `.failed`).
 */
const wait = (element) => Promise.resolve(element.updateComplete);

async function drive() {
  await Promise.all(
    ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card'].map((tag) => customElements.whenDefined(tag)),
  );
  const checklist = document.querySelector('pushup-form-checklist');
  const quiz = document.querySelector('back-pain-quiz');
  const card = document.querySelector('variation-risk-card');
  await Promise.all([wait(checklist), wait(quiz), wait(card)]);

  checklist.shadowRoot.querySelector('input[type="checkbox"]').click();
  checklist.shadowRoot.querySelector('[part~="why-toggle"]').click();
  await wait(checklist);

  const input = [...quiz.shadowRoot.querySelectorAll('.answers input')].find((each) => each.value === 'both-legs');
  input.click();
  await wait(quiz);
  quiz.shadowRoot.querySelector('[part~="next"]').click();
  await wait(quiz);

  card.shadowRoot.querySelector('button.harder')?.click();
  await wait(card);
  // Its figure moves while the card is on screen: up to a second for that to start.
  card.scrollIntoView();
  const running = () =>
    card.shadowRoot
      .querySelector('[part~="figure"] .moving')
      ?.getAnimations({ subtree: true })
      .filter((animation) => animation.playState === 'running').length ?? 0;
  for (let frame = 0; frame < 60 && running() === 0; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));

  window.__csp.done = {
    ticked: checklist.checked.length,
    call: quiz.shadowRoot.querySelector('[part~="call"]')?.getAttribute('href') ?? null,
    triage: quiz.shadowRoot.querySelector('[part~="triage"]')?.className ?? null,
    card: card.variation,
    // The figure moves with CSS alone: its keyframes live in the element's own styles.
    figureAnimations: running(),
  };
}

drive().catch((error) => {
  window.__csp.failed = String(error?.stack ?? error);
});

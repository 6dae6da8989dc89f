/**
 * A page with many widgets: their first renders share the page's time in slices, so the
 * reader's clicks are never blocked for long, and every widget still renders. (How long
 * the tasks are is measured by `npm run bench:long-tasks`, not here.)
 */
import { expect } from '@open-wc/testing';
import '../back-pain-quiz.js';
import '../pushup-form-checklist.js';
import '../variation-risk-card.js';
import { calmFlags } from '../test/quiz-paths.js';

/** Resolves in the next task, after this task's microtasks (and before any timer set after it). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('many widgets on one page', () => {
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => container.remove());

  it('render their first time in several tasks, not all in the one that added them', async () => {
    container.innerHTML = '<back-pain-quiz></back-pain-quiz>'.repeat(120);
    const quizzes = [...container.querySelectorAll('back-pain-quiz')];
    const afterFirstTask = nextTask().then(() => quizzes.filter((quiz) => quiz.hasUpdated).length);
    // None at all when connecting them took the task's whole slice (a slow machine).
    expect(await afterFirstTask).to.be.below(quizzes.length);
    await Promise.all(quizzes.map((quiz) => quiz.updateComplete));
    for (const quiz of quizzes) expect(quiz.shadowRoot?.querySelector('fieldset')).to.exist;
  });

  it('hold the height the page reserved while they wait for their turn', async () => {
    container.innerHTML = '<back-pain-quiz style="--pushup-reserve: 321px"></back-pain-quiz>'.repeat(120);
    const quizzes = [...container.querySelectorAll('back-pain-quiz')];
    await nextTask();
    const waiting = quizzes.filter((quiz) => !quiz.hasUpdated);
    expect(waiting.length, 'some quizzes wait for a later task').to.be.above(0);
    // Where `:state()` matches (the reserve relies on it): each waiting quiz keeps its place.
    if (CSS.supports('selector(:state(render-pending))')) {
      for (const quiz of waiting) {
        expect(quiz.matches(':state(render-pending)')).to.equal(true);
        expect(quiz.getBoundingClientRect().height).to.equal(321);
      }
    }
    await Promise.all(quizzes.map((quiz) => quiz.updateComplete));
    for (const quiz of quizzes) expect(quiz.matches(':state(render-pending)')).to.equal(false);
  });

  it('each render in full, in the order they are on the page, however they are added', async () => {
    for (let index = 0; index < 60; index += 1) {
      const element = document.createElement(index % 2 ? 'back-pain-quiz' : 'pushup-form-checklist');
      container.append(element);
    }
    const elements = [...container.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    const order: Element[] = [];
    for (const element of elements) void element.updateComplete.then(() => order.push(element));
    await Promise.all(elements.map((element) => element.updateComplete));
    expect(order).to.deep.equal(elements);
    for (const element of elements) expect(element.shadowRoot?.querySelector('h2')).to.exist;
  });

  it('render a quiz result and the variation cards inside it together, never half done', async function () {
    // A whole result with its cards, figures included: WebKit on a busy machine took over 10 s.
    this.timeout(30_000);
    const selfCare = { ...calmFlags, where: ['lower-back'], when: ['during'], feeling: ['mild-ache'], habits: ['no-warm-up'], 'harder-variations': ['none'], form: ['hips-sag'] };
    for (let index = 0; index < 40; index += 1) {
      const quiz = document.createElement('back-pain-quiz');
      quiz.answers = selfCare;
      container.append(quiz);
    }
    const quizzes = [...container.querySelectorAll('back-pain-quiz')];
    const halfDone = (): number =>
      quizzes.filter((quiz) => quiz.hasUpdated && [...quiz.shadowRoot!.querySelectorAll('variation-risk-card')].some((card) => !card.hasUpdated)).length;
    await nextTask();
    expect(quizzes.some((quiz) => !quiz.hasUpdated), 'some quizzes wait for a later task').to.equal(true);
    expect(halfDone()).to.equal(0);
    await Promise.all(quizzes.map((quiz) => quiz.updateComplete));
    expect(halfDone()).to.equal(0);
    expect(quizzes[39].shadowRoot!.querySelector('variation-risk-card')?.shadowRoot?.querySelector('h5, h4, h3')).to.exist;
  });

  it('leave a single widget to render at once, in the task that added it', async () => {
    container.innerHTML = '<back-pain-quiz></back-pain-quiz>';
    const quiz = container.querySelector('back-pain-quiz')!;
    await nextTask();
    expect(quiz.hasUpdated).to.equal(true);
  });
});

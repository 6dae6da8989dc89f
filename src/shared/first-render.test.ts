/**
 * A page with many widgets: their first renders share the page's time in slices, so the
 * reader's clicks are never blocked for long, and every widget still renders. (How long
 * the tasks are is measured by `npm run bench:long-tasks`, not here.)
 */
import { expect } from '@open-wc/testing';
import '../back-pain-quiz.js';
import '../pushup-form-checklist.js';

/** Resolves in the next task: a message posted now arrives after this task's microtasks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
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
    const renderedInFirstTask = await afterFirstTask;
    expect(renderedInFirstTask).to.be.above(0);
    expect(renderedInFirstTask).to.be.below(quizzes.length);
    await Promise.all(quizzes.map((quiz) => quiz.updateComplete));
    for (const quiz of quizzes) expect(quiz.shadowRoot?.querySelector('fieldset')).to.exist;
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

  it('leave a single widget to render at once, in the task that added it', async () => {
    container.innerHTML = '<back-pain-quiz></back-pain-quiz>';
    const quiz = container.querySelector('back-pain-quiz')!;
    await nextTask();
    expect(quiz.hasUpdated).to.equal(true);
  });
});

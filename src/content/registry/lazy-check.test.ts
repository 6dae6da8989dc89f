/**
 * The content check (validator and red-flag lock) loads only when a page supplies content,
 * and a patch waits for it: nothing unchecked is ever shown. This file runs in a page of
 * its own and, unlike the other tests, does not load the check up front (no
 * `test/helpers.js`), so it sees the page before and while the check arrives.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../pushup-form-checklist.js';
import '../../back-pain-quiz.js';
import type { BackPainQuiz } from '../../back-pain-quiz.js';
import type { PushupFormChecklist } from '../../pushup-form-checklist.js';
import { checklistShape, enChecklist } from '../checklist/content.js';
import { en } from '../en.js';
import { loadContentCheck, resolveContent } from './registry.js';
import type { ContentPatch } from '../types.js';

const checkLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => /\/content\/registry\/check\.(?:ts|js)/.test(entry.name));
const headingOf = (element: Element) => element.shadowRoot?.querySelector('#heading')?.textContent?.trim();

describe('the content check, loaded on demand', () => {
  it('is not fetched by a page that supplies no content', async () => {
    const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
    expect(headingOf(el)).to.equal(en.strings.checklistHeading);
    expect(checkLoaded()).to.equal(false);
  });

  it('shows a patch only once it is checked, and never a patch that weakens a red flag', async () => {
    const flagQuestion = en.questions.find((question) => question.answers.some((answer) => answer.redFlag?.endsQuiz))!;
    const flag = flagQuestion.answers.find((answer) => answer.redFlag?.endsQuiz)!;
    const weaker: ContentPatch = {
      strings: { quizHeading: 'Unchecked heading' },
      questions: [{ id: flagQuestion.id, answers: [{ id: flag.id, redFlag: { ...flag.redFlag!, endsQuiz: false } }] }],
    };
    const renamed: ContentPatch = { strings: { checklistHeading: 'Our gym’s checklist' } };

    // Before the check has arrived: the built-in content, flagged as waiting.
    const waiting = resolveContent('en', renamed, enChecklist, checklistShape);
    expect(waiting.pending).to.equal(true);
    expect(waiting.content.strings.checklistHeading).to.equal(en.strings.checklistHeading);

    const checklist = await fixture<PushupFormChecklist>(
      html`<pushup-form-checklist .content=${renamed}></pushup-form-checklist>`,
    );
    const quiz = await fixture<BackPainQuiz>(html`<back-pain-quiz .content=${weaker}></back-pain-quiz>`);
    const quizHeadings = [headingOf(quiz)];

    await loadContentCheck();
    expect(checkLoaded()).to.equal(true);
    await waitUntil(() => headingOf(checklist) === 'Our gym’s checklist', 'the checked patch was never shown');
    await quiz.updateComplete;
    quizHeadings.push(headingOf(quiz));
    // The weakening patch is rejected whole, before and after the check: its heading never shows.
    expect(quizHeadings.every((heading) => heading === en.strings.quizHeading)).to.equal(true);
    expect(resolveContent('en', weaker, en).errors.join(' ')).to.match(/endsQuiz must stay true/);
  });
});

/**
 * The accessibility tree of every element in every state: role, name and state of each
 * heading, landmark, live region, group and control. The trees are kept as snapshots
 * (`__snapshots__/`), so a changed name or role shows up as a diff; after an intended
 * change, run `npm test -- --update-snapshots` and review the diff.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../index.js';
import { accessibilityTree } from '../test/accessibility-tree.js';
import { resetLibraryState, shadow, spyConsole } from '../test/helpers.js';
import { calmFlags } from '../test/quiz-paths.js';

const selfCare = {
  ...calmFlags,
  where: ['lower-back'],
  when: ['during'],
  feeling: ['mild-ache'],
  habits: ['no-warm-up'],
  'harder-variations': ['none'],
  form: ['hips-sag'],
};

/** Each state: its snapshot name, the markup, and what to do before the tree is read. */
const states: [string, TemplateResult, ((el: HTMLElement) => Promise<void> | void)?][] = [
  ['checklist', html`<pushup-form-checklist></pushup-form-checklist>`],
  [
    'checklist, one cue ticked and its explanation open',
    html`<pushup-form-checklist></pushup-form-checklist>`,
    (el) => {
      shadow(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      shadow(el).querySelector<HTMLButtonElement>('[part~="why-toggle"]')!.click();
    },
  ],
  ['checklist, knee push-up, compact', html`<pushup-form-checklist variation="knee" compact></pushup-form-checklist>`],
  ['checklist, plank, heading-level 3', html`<pushup-form-checklist variation="plank" heading-level="3"></pushup-form-checklist>`],
  ['quiz, first step', html`<back-pain-quiz></back-pain-quiz>`],
  [
    'quiz, first step, asking for an answer',
    html`<back-pain-quiz></back-pain-quiz>`,
    (el) => shadow(el).querySelector<HTMLButtonElement>('[part~="next"]')!.click(),
  ],
  ['quiz, age step', html`<back-pain-quiz .answers=${{ ...calmFlags, age: [] }}></back-pain-quiz>`],
  [
    'quiz, emergency result with a number',
    html`<back-pain-quiz emergency-number="112" .answers=${{ 'emergency-symptoms': ['both-legs'] }}></back-pain-quiz>`,
  ],
  [
    'quiz, urgent result',
    html`<back-pain-quiz .answers=${{ 'emergency-symptoms': ['none'], 'chest-symptoms': ['none'], 'urgent-symptoms': ['fever'] }}></back-pain-quiz>`,
  ],
  [
    'quiz, routine referral',
    html`<back-pain-quiz .answers=${{ ...calmFlags, 'see-someone-soon': ['one-leg'] }}></back-pain-quiz>`,
  ],
  ['quiz, self-care result', html`<back-pain-quiz .answers=${selfCare}></back-pain-quiz>`],
  ['card', html`<variation-risk-card variation="standard"></variation-risk-card>`],
  ['card, compact', html`<variation-risk-card variation="diamond" compact></variation-risk-card>`],
  ['card, plank', html`<variation-risk-card variation="plank"></variation-risk-card>`],
  ['card, unknown variation', html`<variation-risk-card variation="handstand"></variation-risk-card>`],
];

describe('accessibility tree', () => {
  beforeEach(resetLibraryState);
  afterEach(resetLibraryState);

  for (const [name, template, act] of states) {
    it(`names every control of the ${name} as before`, async () => {
      const warn = spyConsole('warn');
      try {
        const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(template);
        await act?.(el);
        await el.updateComplete;
        const tree = accessibilityTree(el);
        expect(tree.split('\n').length, 'the tree lists the element').to.be.greaterThan(1);
        await compareSnapshot({ name, content: tree });
      } finally {
        warn.restore();
      }
    });
  }
});

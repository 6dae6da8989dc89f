/**
 * The check of the Angular example, run by `examples/harness.mjs` after `ngc --noEmit`
 * (strictTemplates) and `ng build`:
 * - Angular's template checker types `$event` from the DOM's event maps, where the package
 *   declares its events: a misread `detail`, a handler for another event's `detail` or a
 *   misspelt event name fails the type check;
 * - what CUSTOM_ELEMENTS_SCHEMA leaves unchecked (a property binding's name and type)
 *   still compiles, as examples/angular/README.md says;
 * - in Chromium, Angular sets `[checked]` as an array and `[persist]` as `true`, and
 *   `(pushup-checklist-change)` and `(pushup-variation-select)` reach the app's signals.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkApp } from '../app-check.mjs';

/** A component a user might write by mistake; each MISTAKE line must fail `ngc`. */
const mistakes = `\
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { ChecklistChangeDetail } from 'pushup-widgets';

@Component({
  selector: 'app-mistakes',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <pushup-form-checklist (pushup-checklist-change)="checked.set($event.detail.checkd)" /><!-- MISTAKE: misread detail (checked) -->
    <variation-risk-card (pushup-variation-select)="onChecklistChange($event)" /><!-- MISTAKE: this detail is a VariationSelectDetail -->
    <back-pain-quiz (pushup-quiz-complete)="score.set($event.detail.triage)" /><!-- MISTAKE: triage is a string -->
    <pushup-form-checklist (pushup-checklist-chnage)="onChecklistChange($event)" /><!-- MISTAKE: no such event (misspelt), so a plain Event -->
  \`,
})
export class Mistakes {
  protected readonly checked = signal<string[]>([]);
  protected readonly score = signal(0);

  protected onChecklistChange(event: CustomEvent<ChecklistChangeDetail>): void {
    this.checked.set(event.detail.checked);
  }
}
`;

/**
 * Property bindings CUSTOM_ELEMENTS_SCHEMA lets through unchecked: a wrong type and a
 * misspelt name. If a later Angular checks them, this fails, and the README must change.
 */
const unchecked = `\
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';

@Component({
  selector: 'app-unchecked',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <pushup-form-checklist [checked]="'hands-slightly-wide'" [persist]="{}" />
    <variation-risk-card [varation]="'knee'" />
  \`,
})
export class Unchecked {}
`;

export async function checkBuild({ dir, exec, expectTypeErrors }) {
  // One error a mistake: each is reported once, on its own line.
  const errors = await expectTypeErrors('src/app/mistakes.ts', mistakes);
  assert.equal(errors.length, 4, errors.map((error) => error.text).join('\n'));

  const file = join(dir, 'src/app/unchecked.ts');
  writeFileSync(file, unchecked);
  try {
    const { status, output } = await exec('npm', ['run', '--silent', 'typecheck']);
    assert.equal(status, 0, `Angular now checks custom elements' property bindings:\n${output}`);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * The app's behaviour in Chromium, the same as the other framework examples' (see
 * `../app-check.mjs`), served from where the application builder writes the site.
 */
export const checkInBrowser = (options) => checkApp({ ...options, site: join(options.dir, 'dist/example/browser') });

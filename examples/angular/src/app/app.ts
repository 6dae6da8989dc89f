/**
 * Angular binds `[checked]` and `[persist]` as properties of the element (an array, the
 * boolean `true`) and listens to the elements' events by name. CUSTOM_ELEMENTS_SCHEMA lets
 * the tags and their properties through, unchecked; under strictTemplates each `$event` is
 * typed from the events the package declares, and the handlers take its event types.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { ChecklistChangeDetail, QuizCompleteDetail, Triage, VariationSelectDetail } from 'pushup-widgets';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Push-ups and your back</h1>
      <p id="progress">{{ checked().length }} checked</p>
      <pushup-form-checklist
        [variation]="variation()"
        [persist]="true"
        [checked]="checked()"
        [headingLevel]="2"
        (pushup-checklist-change)="onChecklistChange($event)"
      ></pushup-form-checklist>
      <variation-risk-card
        [variation]="variation()"
        [headingLevel]="2"
        (pushup-variation-select)="onVariationSelect($event)"
      ></variation-risk-card>
      <back-pain-quiz
        emergency-number="112"
        [headingLevel]="2"
        (pushup-quiz-complete)="onQuizComplete($event)"
      ></back-pain-quiz>
      @if (triage(); as triage) {
        <p id="triage">Your result: {{ triage }}</p>
      }
    </main>
  `,
})
export class App {
  protected readonly variation = signal('knee');
  protected readonly checked = signal<string[]>(['hands-slightly-wide']);
  protected readonly triage = signal<Triage | undefined>(undefined);

  protected onChecklistChange(event: CustomEvent<ChecklistChangeDetail>): void {
    this.checked.set(event.detail.checked);
  }

  protected onVariationSelect(event: CustomEvent<VariationSelectDetail>): void {
    // Keep the card in step with the app's state rather than letting it switch itself.
    event.preventDefault();
    this.variation.set(event.detail.variation);
  }

  protected onQuizComplete(event: CustomEvent<QuizCompleteDetail>): void {
    this.triage.set(event.detail.triage);
  }
}

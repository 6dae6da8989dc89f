import { html } from 'lit';

/** The widgets the page shows, as one Lit template the server renders. */
export const widgets = () => html`
  <main>
    <h1>Push-ups and your back</h1>
    <pushup-form-checklist persist variation="knee"></pushup-form-checklist>
    <back-pain-quiz persist emergency-number="112"></back-pain-quiz>
    <variation-risk-card variation="diamond"></variation-risk-card>
  </main>
`;

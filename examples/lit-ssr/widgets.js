import { html } from 'lit';

/**
 * The widgets the page shows, as one Lit template the server renders. The checklist's
 * settings are set as properties (`.persist`, `.heading`), as a framework's server
 * renderer such as Astro's sets them: the widgets reflect the settings a page writes, so
 * the HTML the server sends keeps them as attributes, and the browser hydrates the same
 * widget.
 */
export const widgets = () => html`
  <main>
    <h1>Push-ups and your back</h1>
    <pushup-form-checklist variation="knee" .persist=${true} .heading=${'Before your first set'}></pushup-form-checklist>
    <back-pain-quiz persist emergency-number="112"></back-pain-quiz>
    <variation-risk-card variation="diamond"></variation-risk-card>
  </main>
`;

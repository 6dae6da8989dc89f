/**
 * React 19 uses the tags themselves: it sets properties (`checked` as an array, `persist`
 * as a boolean) and listens to custom events with `on` + the event's name.
 */
import { useState } from 'react';
import 'pushup-widgets'; // Registers the three elements.
import type { Triage } from 'pushup-widgets';

export function App() {
  const [variation, setVariation] = useState('knee');
  const [checked, setChecked] = useState<string[]>(['hands-slightly-wide']);
  const [triage, setTriage] = useState<Triage>();

  return (
    <main>
      <h1>Push-ups and your back</h1>
      <p id="progress">{checked.length} checked</p>
      <pushup-form-checklist
        variation={variation}
        persist={true}
        checked={checked}
        heading-level={2}
        onpushup-checklist-change={(event) => setChecked(event.detail.checked)}
      />
      <variation-risk-card
        variation={variation}
        heading-level={2}
        onpushup-variation-select={(event) => {
          // Keep the card in step with the app's state rather than letting it switch itself.
          event.preventDefault();
          setVariation(event.detail.variation);
        }}
      />
      <back-pain-quiz
        emergency-number="112"
        heading-level={2}
        onpushup-quiz-complete={(event) => setTriage(event.detail.triage)}
      />
      {triage && <p id="triage">Your result: {triage}</p>}
    </main>
  );
}

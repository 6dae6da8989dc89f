/**
 * React 18 sets only string attributes on a tag and ignores custom events, so it uses the
 * wrappers of `pushup-widgets/react`: every prop is set as a property (`checked` as an
 * array, `persist` as a boolean), and each `on…` prop listens to an event, its `detail` typed.
 */
import { useState } from 'react';
import type { Triage } from 'pushup-widgets';
import { BackPainQuiz, PushupFormChecklist, VariationRiskCard } from 'pushup-widgets/react';

export function App() {
  const [variation, setVariation] = useState('knee');
  const [checked, setChecked] = useState<string[]>(['hands-slightly-wide']);
  const [triage, setTriage] = useState<Triage>();

  return (
    <main>
      <h1>Push-ups and your back</h1>
      <p id="progress">{checked.length} checked</p>
      <PushupFormChecklist
        variation={variation}
        persist={true}
        checked={checked}
        headingLevel={2}
        onChecklistChange={(event) => setChecked(event.detail.checked)}
      />
      <VariationRiskCard
        variation={variation}
        headingLevel={2}
        onVariationSelect={(event) => {
          // Keep the card in step with the app's state rather than letting it switch itself.
          event.preventDefault();
          setVariation(event.detail.variation);
        }}
      />
      <BackPainQuiz emergencyNumber="112" headingLevel={2} onQuizComplete={(event) => setTriage(event.detail.triage)} />
      {triage && <p id="triage">Your result: {triage}</p>}
    </main>
  );
}

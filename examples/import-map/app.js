// Each element from its own module, and the content module beside them, as a bundler would
// resolve them: the import map in index.html says where each name lives.
import 'pushup-widgets/pushup-form-checklist.js';
import 'pushup-widgets/variation-risk-card.js';
import { variations } from 'pushup-widgets/content.js';

const picked = document.querySelector('#picked');
document.addEventListener('pushup-variation-select', (event) => {
  const variation = variations.find(({ id }) => id === event.detail.variation);
  picked.textContent = `Now showing ${variation?.id ?? event.detail.variation}, one of ${variations.length} variations.`;
  document.querySelector('pushup-form-checklist').variation = event.detail.variation;
});

// Vite with Vue's single-file components.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** The package's tags: Vue leaves them to the browser instead of resolving components. */
const tags = new Set(['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card']);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.has(tag) } } })],
});

// Vite with Svelte's components. Svelte needs no list of custom elements: a tag with a
// dash is left to the browser, and a value is set as a property when the element has one.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
});

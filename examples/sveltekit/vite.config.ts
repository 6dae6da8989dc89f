// SvelteKit 3 takes its options in its Vite plugin (there is no svelte.config.js).
// adapter-static writes the prerendered site to build/: plain files any host serves.
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit({ adapter: adapter() })],
});

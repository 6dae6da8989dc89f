// @ts-check
import lit from '@astrojs/lit';
import { defineConfig } from 'astro/config';

// Static output (`astro build` writes dist/); @astrojs/lit renders the widgets on the server.
export default defineConfig({
  integrations: [lit()],
});

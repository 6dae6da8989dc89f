import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the elements: `npm run storybook` (dev server on :6006) and
 * `npm run build-storybook` (static site in storybook-static/). Both first run
 * `npm run analyze`, since controls and docs come from custom-elements.json.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Telemetry does not hang offline, but it triples the build time.
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    // Quiet builds: Storybook's own bundles are large by nature; report warnings only.
    logLevel: 'warn',
    build: { ...config.build, chunkSizeWarningLimit: 2048 },
    // The renderer imports `lit/directive-helpers.js`; unless it is pre-bundled with the rest
    // of Lit, the dev server loads a second copy of lit-html.
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;

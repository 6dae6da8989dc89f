// @ts-check
/**
 * ESLint (flat config), the first step of `npm run lint` (then `tsc --noEmit` and
 * `lit-analyzer --strict`, which type-check the templates' bindings).
 */
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

/** Node's globals for the build scripts and configs (not the browser's). */
const nodeGlobals = Object.fromEntries(
  ['console', 'process', 'URL', 'fetch', 'setTimeout', 'clearTimeout', 'AbortController', 'Buffer'].map((name) => [
    name,
    'readonly',
  ]),
);

/**
 * Browser globals for the end-to-end tests' in-page code: the fixture scripts in
 * `e2e/pages/` and the functions the tests hand to `page.evaluate`.
 */
const browserGlobals = Object.fromEntries(
  [
    'window', 'document', 'location', 'navigator', 'performance', 'localStorage', 'customElements', 'getComputedStyle',
    'requestAnimationFrame', 'queueMicrotask', 'Storage', 'StorageEvent', 'DOMException', 'CustomElementRegistry',
    'EventTarget', 'MutationObserver', 'MediaQueryList', 'Node', 'URLSearchParams', 'CustomEvent', 'MouseEvent',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    // `.astro/`: the types `astro dev` and `astro check` generate in examples/astro;
    // `.svelte-kit/` and `build/`: SvelteKit's generated files and built site in examples/sveltekit;
    // `.angular/`: the Angular CLI's cache in examples/angular.
    ignores: [
      'dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json', '**/.astro/', '**/.svelte-kit/',
      '**/.angular/', 'examples/sveltekit/build/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: {
      // Our elements extend the shared base class, not LitElement directly.
      wc: { elementBaseClasses: ['LitElement', 'PushupElement'] },
    },
  },
  {
    files: ['**/*.{js,mjs}', 'rollup.config.ts', 'web-test-runner.config.ts'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // CommonJS configs read by tools that require() them (lighthouserc.cjs for lhci).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // End-to-end, example and long-task checks: Node code with functions that run in the
    // page; and the page `npm run screenshots` photographs.
    files: ['e2e/**/*.{js,mjs}', 'examples/*/example.test.mjs', 'bench/long-tasks.mjs', 'scripts/screenshots/*.js'],
    languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } },
  },
  {
    // The import-map example's page script: the browser's, and nothing of Node's.
    files: ['examples/import-map/app.js'],
    languageOptions: { globals: browserGlobals },
  },
  {
    rules: {
      // `const { [id]: _dropped, ...rest } = answers` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.test.ts', 'src/test/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(box).to.be.checked`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);

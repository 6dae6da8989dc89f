// Hydration support first: it must load before any element is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'pushup-widgets';

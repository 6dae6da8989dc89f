// The three tags' props and `onpushup-…` handlers, with each `event.detail` typed, for
// svelte-check in every component. Loaded once, with the app's other ambient types.
import type {} from 'pushup-widgets/types/svelte';

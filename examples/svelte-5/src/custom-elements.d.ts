// The three tags' props and `onpushup-…` handlers, with each `event.detail` typed, for
// svelte-check in every component. Loaded once for the whole app.
import type {} from 'pushup-widgets/types/svelte';

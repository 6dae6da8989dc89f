// Registers the three elements, in the browser only: SvelteKit loads this file in the
// browser alone, once, before it hydrates the page. The server writes the tags as plain
// HTML and runs no element, so it needs nothing of the package. Defined before hydration,
// the tags have their properties when Svelte sets its values, so `persist={true}` arrives
// as `true` and `checked` as the array; imported in `onMount`, they would be defined after
// hydration, and Svelte would have written `persist` as the text "true".
import 'pushup-widgets';

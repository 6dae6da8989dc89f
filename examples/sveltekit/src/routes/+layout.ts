// Every page is rendered at build time into build/, for adapter-static: the widgets are
// plain tags in the HTML, and the browser makes them widgets.
export const prerender = true;

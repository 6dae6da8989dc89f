// Registers the elements and mounts the app; `App.svelte` uses the widgets.
import { mount } from 'svelte';
import 'pushup-widgets'; // Registers the three elements, before the app sets their props.
import App from './App.svelte';

mount(App, { target: document.querySelector('#app')! });

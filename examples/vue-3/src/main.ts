// Registers the elements and mounts the app; `App.vue` uses the widgets.
import { createApp } from 'vue';
import 'pushup-widgets'; // Registers the three elements.
import App from './App.vue';

createApp(App).mount('#app');

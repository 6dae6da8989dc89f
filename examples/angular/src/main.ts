// Registers the elements and starts the app; `app/app.ts` uses the widgets.
import { bootstrapApplication } from '@angular/platform-browser';
import 'pushup-widgets'; // Registers the three elements.
import { App } from './app/app';

bootstrapApplication(App).catch((error: unknown) => console.error(error));

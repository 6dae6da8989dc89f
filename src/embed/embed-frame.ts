/**
 * `dist/embed-frame.js`, for a page that embeds the frame page (`dist/embed.html`) and may
 * run a script: one `<script src=".../embed-frame.js" defer>` sizes each such `<iframe>` to
 * its widget, with no scrollbar inside, and fires the widget's events (`pushup-quiz-complete`
 * and the rest, ids only) on the `<iframe>` element. A classic script or a module, either
 * works; built on its own, with nothing to import.
 */
import { listenToFrames } from './frame-listener.js';

listenToFrames();

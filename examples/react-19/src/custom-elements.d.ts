// The three tags in JSX: their attributes, properties and `on<event>` handlers, each
// handler's `event.detail` and `event.target` typed. Loaded once for the whole app.
import type {} from 'pushup-widgets/custom-elements-jsx';

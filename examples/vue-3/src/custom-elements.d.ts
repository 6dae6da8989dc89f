// The three tags as typed global components: vue-tsc checks their props, and the
// `@pushup-…` listeners' `event.detail`, in every template. Loaded once for the whole app.
import type {} from 'pushup-widgets/types/vue';

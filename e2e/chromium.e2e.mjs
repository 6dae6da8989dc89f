/** The end-to-end suite in Debian's Chromium, through playwright-core. See suite.mjs. */
import { defineSuite } from './suite.mjs';

defineSuite('chromium');

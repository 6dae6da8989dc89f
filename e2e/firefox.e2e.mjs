/** The end-to-end suite in Debian's Firefox ESR, through puppeteer-core (WebDriver BiDi). See suite.mjs. */
import { defineSuite } from './suite.mjs';

defineSuite('firefox');

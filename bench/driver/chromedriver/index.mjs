/**
 * Stands in for the `chromedriver` npm package, which tachometer 0.7 imports before it
 * starts Chrome and otherwise installs on demand (that package downloads a driver). This
 * one downloads nothing: it puts the directory of Debian's driver (CHROMEDRIVER_BIN, else
 * /usr/bin/chromedriver) first on PATH, where selenium-webdriver's selenium-manager, run
 * with SE_OFFLINE=true, finds it. Like the real package, it exports the driver's `path`.
 */
import { delimiter, dirname } from 'node:path';

export const path = process.env.CHROMEDRIVER_BIN || '/usr/bin/chromedriver';
process.env.PATH = `${dirname(path)}${delimiter}${process.env.PATH ?? ''}`;

// One staleness check for dist/pushup-widgets.min.js, so e2e/run.mjs, bench/run.mjs and
// `npm run lighthouse` (`node scripts/bundle-freshness.mjs <label>`) never test, time or
// audit an outdated build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist/pushup-widgets.min.js');

/** The newest modification time among the files the bundle is built from. */
export function newestSource() {
  const sources = readdirSync(join(root, 'src'), { recursive: true })
    .map((file) => join('src', String(file)))
    .filter((file) => /\.(?:ts|js|mjs|css|json|html)$/.test(file))
    .filter((file) => !/\.(?:test|node-test)\.ts$/.test(file) && !file.startsWith(join('src', 'test')));
  const inputs = [...sources, 'package.json', 'package-lock.json', 'rollup.config.ts', 'scripts/entries.mjs'];
  return Math.max(...inputs.map((file) => join(root, file)).filter(existsSync).map((file) => statSync(file).mtimeMs));
}

/**
 * Runs `npm run build` when the bundle is missing or older than its sources, saying so
 * after `label: `. False when that build failed or left no bundle (the caller says what
 * did not happen because of it); true otherwise.
 */
export function ensureBuilt(label) {
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource()) return true;
  console.log(`${label}: dist/pushup-widgets.min.js is missing or older than its sources; running \`npm run build\`.`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  return build.status === 0 && existsSync(bundle);
}

// As a command: builds when needed; exits 1 when that build failed.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(ensureBuilt(process.argv[2] ?? 'build') ? 0 : 1);
}

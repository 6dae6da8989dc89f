#!/usr/bin/env node
/**
 * `npm run lock`: `npm install`, then records in package-lock.json every platform-only
 * optional dependency that the registry did not serve at the locked version.
 *
 * Why: a registry mirror may lack some of a package's per-platform builds (rollup ships
 * 26, one per OS and CPU). `npm install` then drops them from the lock without a word,
 * and `npm ci` refuses that lock as out of sync. An entry that names only the version
 * with its `os`, `cpu` and `libc` is enough: `npm ci` skips a package for another
 * platform without fetching it. The platform fields come from the nearest version of
 * the same package that the registry does serve.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

execFileSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });

const lockUrl = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockUrl, 'utf8'));
const { packages } = lock;

function platformOf(name) {
  const raw = execFileSync('npm', ['view', name, 'os', 'cpu', 'libc', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const view = JSON.parse(raw || '{}');
  // One version answers with an object; several with a list, newest last.
  const latest = Array.isArray(view) ? view.at(-1) : view;
  return { os: latest?.os, cpu: latest?.cpu, libc: latest?.libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[base] || packages[`node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name);
    // Only a build for another platform is safe to lock unfetched.
    if (!os && !cpu) continue;
    packages[`node_modules/${name}`] = {
      version: range,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os } : {}),
      ...(cpu ? { cpu } : {}),
      ...(libc ? { libc } : {}),
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockUrl, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `Locked ${added} platform-only optional packages the registry did not serve.` : 'The lock is complete.');

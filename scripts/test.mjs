#!/usr/bin/env node
/**
 * `npm test`: runs the whole suite in Chromium, Firefox ESR and WebKit, with coverage.
 *
 * 1. Finds the Debian browsers (or the paths in CHROMIUM_BIN, FIREFOX_BIN,
 *    MINIBROWSER_BIN, WEBKIT_DRIVER_BIN). When any is missing: as root, installs the
 *    Debian packages; otherwise stops with the exact command to run.
 * 2. Starts WebKitWebDriver on a free loopback port under Xvfb (WebKit needs a display).
 * 3. Runs web-test-runner with the TypeScript config; extra arguments are passed on.
 *
 * Set BROWSERS=chromium (or a comma list) to run a subset.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

const needs = {
  chromium: { paths: [process.env.CHROMIUM_BIN ?? '/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { paths: [process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: {
    paths: [
      process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/bin/xvfb-run',
    ],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

function missingPackages() {
  return wanted.flatMap((name) => {
    const need = needs[name];
    if (!need) {
      console.error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox or webkit.`);
      process.exit(2);
    }
    return need.paths.every((path) => existsSync(path)) ? [] : need.packages;
  });
}

function ensureBrowsers() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`The tests need Debian's browsers. Install them with:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`Installing missing browsers: ${missing.join(', ')}`);
  const result = spawnSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0 || missingPackages().length > 0) {
    console.error(`Installing the browsers failed. Run:\n  ${command}`);
    process.exit(1);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}.`);
}

ensureBrowsers();

const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=tsx`.trim() };
let driver;
if (wanted.includes('webkit')) {
  const port = await freePort();
  env.WEBKIT_DRIVER_PORT = String(port);
  // Own process group, so the driver, Xvfb and MiniBrowser all stop together.
  driver = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24', process.env.WEBKIT_DRIVER_BIN ?? 'WebKitWebDriver', `--port=${port}`],
    { detached: true, stdio: 'ignore' },
  );
  await waitForDriver(port);
}

const stopDriver = () => {
  if (driver?.pid) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
};
process.on('SIGINT', () => {
  stopDriver();
  process.exit(130);
});

const runner = spawn(
  'npx',
  ['web-test-runner', '--config', 'web-test-runner.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);
runner.on('exit', (code) => {
  stopDriver();
  process.exit(code ?? 1);
});

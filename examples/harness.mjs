/**
 * The examples' test, run by `examples/test.mjs` with `node --test`: one test per example,
 * each a user's first hour with it, against the packed tarball (PUSHUP_EXAMPLES_TARBALL):
 *
 * 1. copy `examples/<name>/` to a temporary folder (no node_modules, dist),
 * 2. point its `pushup-widgets` dependency at the tarball and `npm install`,
 * 3. `npm run typecheck` and `npm run build`, each when the example has it,
 * 4. its check, `examples/<name>/example.test.mjs`, imported from here (so it resolves
 *    playwright-core from the repository, and the copy a user makes needs none of it):
 *    - `checkBuild({ dir, exec, expectTypeErrors })`: the built files and the types,
 *    - `checkInBrowser({ dir, page, log, serve })`: the app in Debian's Chromium, after
 *      which no console error or warning and no uncaught error may have been logged.
 *
 * A step that fails skips the steps after it. BROWSERS without `chromium` skips the
 * browser step.
 *
 * Node: an example whose package.json asks for a newer Node than this one (`"engines":
 * { "node": ">=22…" }`, as Astro 7 and SvelteKit 3 do) runs its install, type check and
 * build on the Node release pinned in `newerNode` below. Machines and CI have the npm
 * registry but may have no other way out, so that Node comes from the registry too, as the
 * package `node-<platform>-<arch>` (its `bin/node` is the official binary); it is installed
 * once into `node_modules/.cache/pushup-examples/` and reused by later runs. Its `bin/` goes
 * first on PATH for that example's commands, so the system npm and every tool's
 * `#!/usr/bin/env node` run under it. Every other example keeps the system Node.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, normalize, relative, sep } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { launch } from '../scripts/browsers.mjs';

const examples = fileURLToPath(new URL('.', import.meta.url));
const tarball = process.env.PUSHUP_EXAMPLES_TARBALL;
const names = (process.env.PUSHUP_EXAMPLES ?? '').split(',').filter(Boolean);
const wantChromium = (process.env.BROWSERS ?? 'chromium').split(',').map((name) => name.trim()).includes('chromium');
assert.ok(tarball && existsSync(tarball), 'Run this through examples/test.mjs, which packs the tarball.');

/**
 * Runs `command` in `cwd` without a shell, with `env` over this process's environment;
 * resolves to `{ status, output }` (stdout and stderr interleaved), never rejects.
 */
function exec(command, args, cwd, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      // No example may phone home while tested (Astro's CLI would send telemetry).
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ status: -1, output: `${output}${error}` }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Like `exec`, but fails the step with the command's output when it exits non-zero. */
async function mustRun(command, args, cwd, env) {
  const { status, output } = await exec(command, args, cwd, env);
  assert.equal(status, 0, `\`${command} ${args.join(' ')}\` exited ${status}:\n${output}`);
  return output;
}

/**
 * The Node for examples that need a newer one than the machine's (Astro 7 refuses to start
 * on Node 20, SvelteKit 3's prerendering fails on it): an exact release, so every run and
 * CI use the same binary. The cache lives in the repository's node_modules, so `npm ci` (a
 * fresh CI run) starts without it.
 */
const newerNode = { major: 22, version: '22.23.5', package: `node-${process.platform}-${process.arch}` };
const nodeCache = fileURLToPath(new URL('../node_modules/.cache/pushup-examples/', import.meta.url));

/** The major version an `engines.node` range such as `>=22.12.0` starts from, or 0. */
const leastMajor = (range) => Number(/^\s*>=?\s*v?(\d+)/.exec(range ?? '')?.[1] ?? 0);

let newerNodeBin;
/**
 * The `bin/` folder of `newerNode`, installed from the npm registry on first use into the
 * cache (into a temporary folder first, renamed when complete, so an interrupted install
 * is never taken for a finished one).
 */
function installNewerNode() {
  newerNodeBin ??= (async () => {
    const home = join(nodeCache, `${newerNode.package}-${newerNode.version}`);
    const bin = join(home, 'node_modules', newerNode.package, 'bin');
    if (!existsSync(join(bin, 'node'))) {
      mkdirSync(nodeCache, { recursive: true });
      const partial = mkdtempSync(join(nodeCache, 'installing-'));
      try {
        const spec = `${newerNode.package}@${newerNode.version}`;
        const flags = ['--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline'];
        await mustRun('npm', ['install', ...flags, '--prefix', partial, spec], partial);
        rmSync(home, { recursive: true, force: true });
        renameSync(partial, home);
      } finally {
        rmSync(partial, { recursive: true, force: true });
      }
    }
    const version = await mustRun(join(bin, 'node'), ['--version'], nodeCache);
    assert.equal(version.trim(), `v${newerNode.version}`, `${bin}/node is not Node ${newerNode.version}`);
    return bin;
  })();
  return newerNodeBin;
}

/** What a local run leaves in an example and a copy leaves out: installs, builds, tools' caches (SvelteKit's `.svelte-kit/` and `build/`, the Angular CLI's `.angular/`). */
const generated = ['node_modules', 'dist', 'build', '.astro', '.svelte-kit', '.angular'];

/** `examples/<name>/` copied into a fresh temporary folder, as a user would copy it. */
function copyExample(name) {
  const dir = join(mkdtempSync(join(tmpdir(), `pushup-example-${name}-`)), name);
  const source = join(examples, name);
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !relative(source, path).split(sep).some((part) => generated.includes(part)),
  });
  return dir;
}

/** Points the copy's `pushup-widgets` dependency, whatever its range, at the tarball. */
function useTarball(dir) {
  const file = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const field = ['dependencies', 'devDependencies'].find((key) => manifest[key]?.['pushup-widgets']);
  assert.ok(field, `${basename(dir)}/package.json does not depend on pushup-widgets.`);
  manifest[field]['pushup-widgets'] = `file:${tarball}`;
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** `file(12,5): error TS2322: …`, as tsc and vue-tsc print errors without a terminal. */
const typeError = /^(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): error (?<code>TS\d+): (?<message>.*)$/gm;

/**
 * `1590680326283 {"type":"ERROR","filename":…,"start":{"line":2,…},…}`, a diagnostic of
 * svelte-check's `--output machine-verbose` (its human output spreads one over lines). Its
 * lines count from 0; a warning counts too, as the examples check with `--fail-on-warnings`.
 */
const svelteCheckDiagnostic = /^\d+ (\{"type":"(?:ERROR|WARNING)".*\})$/gm;

/**
 * `src/file.astro:12:5 - error ts(2322): …`, as `astro check` prints an error (in colour
 * whatever NO_COLOR says, so read after removing the colour codes).
 */
const astroCheckError = /^(?<file>\S+):(?<line>\d+):(?<column>\d+) - error ts\((?<code>\d+)\): (?<message>.*)$/gm;

/**
 * `src/app/app.ts:12:5 - error TS2322: …`, as Angular's `ngc` prints an error: TypeScript's
 * pretty format, in colour whatever the terminal (so read after removing the colour codes),
 * `NG…` for an error of Angular's own checks.
 */
const ngcError = /^(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) - error (?<code>(?:TS|NG)\d+): (?<message>.*)$/gm;

/** The errors in a type checker's `output`, as `{ file, line, code, text }`, `line` from 1. */
function typeErrors(output) {
  const fromTsc = [...output.matchAll(typeError)].map((match) => ({
    ...match.groups,
    line: Number(match.groups.line),
    text: match[0],
  }));
  const fromSvelteCheck = [...output.matchAll(svelteCheckDiagnostic)].map(([, json]) => {
    const { type, filename, start, message, code, source } = JSON.parse(json);
    const line = start.line + 1;
    const name = source === 'ts' || source === 'js' ? `TS${code}` : String(code);
    return { file: filename, line, code: name, text: `${filename}(${line},${start.character + 1}): ${type} ${name}: ${message}` };
  });
  const fromAstroCheck = [...stripVTControlCharacters(output).matchAll(astroCheckError)].map((match) => ({
    ...match.groups,
    code: `TS${match.groups.code}`,
    line: Number(match.groups.line),
    text: match[0],
  }));
  const fromNgc = [...stripVTControlCharacters(output).matchAll(ngcError)].map((match) => ({
    ...match.groups,
    line: Number(match.groups.line),
    text: match[0],
  }));
  return [...fromTsc, ...fromSvelteCheck, ...fromAstroCheck, ...fromNgc];
}

/**
 * Writes `source` to `file` in the copy, runs `npm run typecheck` (with `env` over the
 * environment, and `args` after `--`, such as svelte-check's `--output machine-verbose`),
 * and asserts it fails with errors on exactly the lines of `source` that say `MISTAKE` and
 * nowhere else, so a type loosened to `any` (no error) or a mistake that breaks the rest
 * (errors elsewhere) both fail. Removes the file again. Resolves to the errors, for the
 * report.
 */
async function expectTypeErrors(dir, env, file, source, args = []) {
  const expected = source.split('\n').flatMap((line, index) => (line.includes('MISTAKE') ? [index + 1] : []));
  assert.ok(expected.length > 0, `${file} marks no line with MISTAKE.`);
  writeFileSync(join(dir, file), source);
  try {
    const typecheck = ['run', '--silent', 'typecheck', ...(args.length > 0 ? ['--', ...args] : [])];
    const { status, output } = await exec('npm', typecheck, dir, env);
    assert.notEqual(status, 0, `npm run typecheck passed with ${file}, whose mistakes the types must reject.`);
    const errors = typeErrors(output);
    const elsewhere = errors.filter((error) => normalize(error.file) !== normalize(file));
    if (elsewhere.length > 0) assert.fail(`errors outside ${file}:\n${elsewhere.map((error) => error.text).join('\n')}`);
    const lines = [...new Set(errors.map((error) => error.line))].sort((a, b) => a - b);
    assert.deepEqual(lines, expected, `the lines of ${file} with errors are not its MISTAKE lines:\n${output}`);
    return errors;
  } finally {
    rmSync(join(dir, file), { force: true });
  }
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * A static server for `folder` on 127.0.0.1 (`/` is `index.html`); resolves to
 * `{ origin, close }`. The site a user would deploy, with no dev server in between.
 */
async function serve(folder) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Browsers ask every site for a favicon; an empty answer keeps a 404 out of the console.
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const file = normalize(join(folder, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname)));
    try {
      if (!file.startsWith(folder)) throw new Error('outside the site');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve).closeAllConnections()),
  };
}

/** One Chromium for every example, launched on first use. */
let chromium;
// A launch that failed has already failed each browser step; nothing is left to close.
after(() => chromium?.then((browser) => browser.close(), () => {}));

for (const name of names) {
  test(name, async (t) => {
    const checkFile = join(examples, name, 'example.test.mjs');
    const check = existsSync(checkFile) ? await import(pathToFileURL(checkFile).href) : {};
    const dir = copyExample(name);
    const cleanups = [];
    t.after(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
      rmSync(join(dir, '..'), { recursive: true, force: true });
    });

    // Each step after a failed one is skipped, naming the step that failed.
    let failedStep;
    const step = (title, run, skip) => {
      const skipped = failedStep ? `\`${failedStep}\` failed` : skip;
      return t.test(title, { skip: skipped }, async (context) => {
        try {
          await run(context);
        } catch (error) {
          failedStep = title;
          throw error;
        }
      });
    };

    const manifest = useTarball(dir);
    const env = {};
    if (leastMajor(manifest.engines?.node) > Number(process.versions.node.split('.')[0])) {
      assert.ok(
        leastMajor(manifest.engines.node) <= newerNode.major,
        `examples/${name} asks for Node ${manifest.engines.node}; the harness has Node ${newerNode.version}.`,
      );
      await step(`Node ${newerNode.version} from the npm registry (${newerNode.package})`, async () => {
        env.PATH = `${await installNewerNode()}${delimiter}${process.env.PATH}`;
      });
    }
    await step('npm install (pushup-widgets from the tarball)', () =>
      mustRun('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline'], dir, env),
    );
    for (const script of ['typecheck', 'build']) {
      if (manifest.scripts?.[script]) await step(`npm run ${script}`, () => mustRun('npm', ['run', script], dir, env));
    }
    assert.ok(check.checkBuild || check.checkInBrowser, `examples/${name}/example.test.mjs checks nothing`);
    if (check.checkBuild) {
      await step('checks the files', (context) =>
        check.checkBuild({
          dir,
          exec: (command, args) => exec(command, args, dir, env),
          // The errors the mistakes met go into the report, to read what a user would see.
          expectTypeErrors: async (file, source, args) => {
            const errors = await expectTypeErrors(dir, env, file, source, args);
            // One line, not the compiler's: these errors are the point, and must not read as failures.
            const codes = [...new Set(errors.map((error) => error.code))].join(', ');
            context.diagnostic(`${file}: rejected as expected: ${errors.length} mistakes (${codes})`);
            return errors;
          },
        }),
      );
    }
    if (check.checkInBrowser) {
      await step(
        'works in Chromium',
        async () => {
          chromium ??= launch('chromium');
          const context = await (await chromium).newContext();
          cleanups.push(() => context.close());
          const wrapped = await context.newPage();
          // A check that waits for what never comes fails in seconds, not Playwright's 30.
          wrapped.raw.setDefaultTimeout(10_000);
          const log = { console: wrapped.console, errors: wrapped.errors, requests: wrapped.requests };
          await check.checkInBrowser({
            dir,
            page: wrapped.raw,
            log,
            serve: async (folder) => {
              const server = await serve(folder);
              cleanups.push(server.close);
              return server;
            },
          });
          const noisy = log.console.filter((message) => message.type === 'error' || message.type === 'warn');
          assert.deepEqual(noisy, [], 'the page logged errors or warnings');
          assert.deepEqual(log.errors, [], 'the page threw');
        },
        !wantChromium && 'BROWSERS has no chromium',
      );
    }
  });
}

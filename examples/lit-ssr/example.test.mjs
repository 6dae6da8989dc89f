/**
 * The check of the Lit SSR example, run by `examples/harness.mjs` after `vite build`:
 * - the server's HTML carries every widget's shadow root as declarative shadow DOM, so a
 *   reader sees the widgets before any script runs;
 * - in Chromium, the client hydrates those roots rather than rendering again: the nodes the
 *   server sent are the ones on screen afterwards, each widget once, and they respond;
 * - settings set as properties on the server (`.persist`, `.heading`) reach the browser as
 *   attributes, so the hydrated checklist keeps its heading;
 * - saved progress (`persist`) survives a reload, shown in the update after hydration,
 *   with no hydration mismatch and nothing in the console.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

const tags = ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card'];

/** Starts `node server.js` in `dir` on a free port; resolves to `{ origin, stop }`. */
function startServer(dir) {
  const child = spawn(process.execPath, ['server.js'], { cwd: dir, env: { ...process.env, PORT: '0' } });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`server.js exited ${code}:\n${output}`)));
    child.stdout.on('data', (chunk) => {
      const origin = /http:\/\/localhost:\d+/.exec(String(chunk))?.[0];
      if (origin) resolve({ origin: origin.replace('localhost', '127.0.0.1'), stop: () => child.kill() });
    });
  });
}

/** Per widget: how many top-level articles its shadow root holds, and whether it is the node marked before hydration. */
const widgetsOnScreen = (page) =>
  page.evaluate((names) =>
    names.map((name) => {
      const root = document.querySelector(name)?.shadowRoot;
      const articles = root ? [...root.children].filter((child) => child.localName === 'article') : [];
      return { name, articles: articles.length, fromServer: articles[0]?.dataset.marked === 'server' };
    }),
  tags);

export async function checkInBrowser({ dir, page }) {
  const server = await startServer(dir);
  try {
    const html = await (await fetch(`${server.origin}/`)).text();
    for (const tag of tags) {
      assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot(?:mode)?="open"`), `${tag} was not rendered on the server`);
    }
    const checklistTag = /<pushup-form-checklist[^>]*>/.exec(html)?.[0] ?? '';
    assert.match(checklistTag, / persist="true"/, `the property persist did not reach the HTML: ${checklistTag}`);
    assert.match(checklistTag, / heading="Before your first set"/, `the property heading did not reach the HTML: ${checklistTag}`);

    // Hold the client script back, mark the server's nodes, then let it hydrate them.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
    await page.waitForFunction((names) => names.every((name) => document.querySelector(name)?.shadowRoot?.querySelector('article')), tags);
    await page.evaluate((names) => {
      for (const name of names) document.querySelector(name).shadowRoot.querySelector('article').dataset.marked = 'server';
    }, tags);
    release();
    await page.waitForFunction((names) => names.every((name) => customElements.get(name)), tags);
    await page.evaluate((names) => Promise.all(names.map((name) => document.querySelector(name).updateComplete)), tags);
    assert.deepEqual(
      await widgetsOnScreen(page),
      tags.map((name) => ({ name, articles: 1, fromServer: true })),
      'a widget was rendered again (or twice) instead of hydrated',
    );
    const heading = page.locator('pushup-form-checklist').getByRole('heading', { level: 2 });
    assert.equal((await heading.textContent())?.trim(), 'Before your first set', 'the hydrated checklist lost its heading');

    // Hydrated widgets respond: a tick is saved and comes back after a reload.
    await page.unrouteAll();
    const firstCue = page.locator('pushup-form-checklist').getByRole('checkbox').first();
    await firstCue.check();
    await page.reload();
    await page.waitForFunction(() => customElements.get('pushup-form-checklist'));
    await page.locator('pushup-form-checklist').getByRole('checkbox').first().waitFor();
    await page.waitForFunction(
      () => document.querySelector('pushup-form-checklist').shadowRoot.querySelector('input[type="checkbox"]').checked,
      undefined,
      { timeout: 5000 },
    );
    const counts = await widgetsOnScreen(page);
    assert.deepEqual(counts.map(({ articles }) => articles), [1, 1, 1], 'a widget shows twice after a reload');
  } finally {
    server.stop();
  }
}

/**
 * The check of the SvelteKit example, run by `examples/harness.mjs` after `svelte-kit sync`,
 * `svelte-check` (strict TypeScript, `--fail-on-warnings`) and `vite build` (adapter-static,
 * the page prerendered into build/):
 * - svelte-check rejects the template mistakes a user makes (a wrong prop type, a misspelt
 *   prop or event, a misread `detail`), one error each, so passing the typecheck means
 *   something;
 * - the prerendered HTML holds the three tags with the settings Svelte could write as
 *   attributes, as plain tags (SvelteKit renders no shadow root);
 * - in Chromium, the browser registers the elements (`src/hooks.client.ts`) before SvelteKit
 *   hydrates the page: the server's tags become the widgets, and Svelte sets `checked` and
 *   `persist={true}` on them as properties;
 * - the page's state follows the events, as in the other framework examples (see
 *   `../app-check.mjs`), and nothing is requested from anywhere but the site.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkApp } from '../app-check.mjs';

/**
 * A component a user might write by mistake. Each MISTAKE line must fail svelte-check with
 * exactly the errors it names, and no other line may fail.
 */
const mistakes = `\
<!-- svelte-check types a component's markup only when its script is TypeScript. -->
<script lang="ts"></script>

<pushup-form-checklist checked="hands-slightly-wide"></pushup-form-checklist><!-- MISTAKE TS2322: checked is a list of ids -->
<variation-risk-card compact="yes please"></variation-risk-card><!-- MISTAKE TS2322: compact is a boolean -->
<variation-risk-card varation="knee"></variation-risk-card><!-- MISTAKE TS2353: no such property (misspelt) -->
<back-pain-quiz heading-level={{}}></back-pain-quiz><!-- MISTAKE TS2322: a heading level is a number -->
<back-pain-quiz onpushup-quiz-complete={(event) => event.detail.triage.toFixed()}></back-pain-quiz><!-- MISTAKE TS2551: triage is a string -->
<variation-risk-card onpushup-variation-select={(event) => event.detail.id}></variation-risk-card><!-- MISTAKE TS2339: the detail names it variation -->
<pushup-form-checklist onpushup-checklist-chnage={(event) => event}></pushup-form-checklist><!-- MISTAKE TS2353 TS7006: no such event (misspelt), so its \`event\` has no type -->
`;

/** `line code` pairs, in order, to compare what svelte-check said with what was expected. */
const byLine = (pairs) => pairs.map(([line, code]) => `${line} ${code}`).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));

export async function checkBuild({ expectTypeErrors }) {
  // svelte-check's machine-readable output, one diagnostic a line, for the harness to read.
  const errors = await expectTypeErrors('src/routes/Mistakes.svelte', mistakes, ['--output', 'machine-verbose']);
  const expected = mistakes
    .split('\n')
    .flatMap((line, index) => (/MISTAKE((?: TS\d+)+):/.exec(line)?.[1].trim().split(' ') ?? []).map((code) => [index + 1, code]));
  assert.deepEqual(
    byLine(errors.map(({ line, code }) => [line, code])),
    byLine(expected),
    `svelte-check reported ${errors.length} errors, not the ${expected.length} the mistakes name`,
  );
}

/** The three tags in the page's order, each with the attributes the server must write. */
const prerendered = {
  'pushup-form-checklist': ['variation="knee"', 'persist="true"', 'heading-level="2"'],
  'variation-risk-card': ['variation="knee"', 'heading-level="2"'],
  'back-pain-quiz': ['emergency-number="112"', 'heading-level="2"'],
};

export async function checkInBrowser(context) {
  const { dir, page, log, serve } = context;
  const site = join(dir, 'build');
  const html = await readFile(join(site, 'index.html'), 'utf8');
  for (const [tag, attributes] of Object.entries(prerendered)) {
    const written = new RegExp(`<${tag}( [^>]*)?></${tag}>`).exec(html)?.[0];
    assert.ok(written, `<${tag}> is not in the prerendered HTML`);
    for (const attribute of attributes) assert.ok(written.includes(` ${attribute}`), `${written} lacks ${attribute}`);
  }

  // Hold the app's scripts back, mark the server's tags, then let SvelteKit start.
  const { origin } = await serve(site);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  const tags = Object.keys(prerendered);
  await page.waitForFunction((names) => names.every((name) => document.querySelector(name)), tags);
  await page.evaluate((names) => names.forEach((name) => (document.querySelector(name).fromServer = true)), tags);
  release();

  // Hydrated: `checked`, a list only a property carries, reached the server's checklist.
  const cue = 'Set your hands a little wider than your shoulders.';
  await page
    .getByRole('checkbox', { name: cue, checked: true })
    .waitFor()
    .catch(() => assert.fail('the `checked` array did not reach the prerendered checklist'));
  const widgets = await page.evaluate(
    (names) =>
      names.map((name) => {
        const element = document.querySelector(name);
        return { name, fromServer: element.fromServer === true, rendered: Boolean(element.shadowRoot?.querySelector('article')) };
      }),
    tags,
  );
  assert.deepEqual(
    widgets,
    tags.map((name) => ({ name, fromServer: true, rendered: true })),
    'a widget is not the server’s tag, or did not render',
  );
  await page.unrouteAll();

  // The page's behaviour, on a fresh origin (nothing stored yet), then an attribute.
  const app = await checkApp({ ...context, site });
  const quiz = page.locator('back-pain-quiz');
  assert.equal(await quiz.getAttribute('emergency-number'), '112');
  assert.equal(await quiz.evaluate((element) => element.emergencyNumber), '112');

  const elsewhere = log.requests.filter((url) => ![origin, app.origin].some((server) => url.startsWith(`${server}/`)));
  assert.deepEqual(elsewhere, [], 'the page requested something from elsewhere');
}

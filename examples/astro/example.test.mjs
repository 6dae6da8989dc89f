/**
 * The check of the Astro example, run by `examples/harness.mjs` after `astro check` and
 * `astro build` (static output, rendered on the server by @astrojs/lit):
 * - `astro check` rejects the mistakes a user makes on a plain tag, on an island and in a
 *   page script (a wrong type, a misspelt setting, a misread `detail`);
 * - the built HTML carries every widget's shadow root as declarative shadow DOM, and the
 *   settings the page writes as attributes (`persist`, `heading`) are still on the tag;
 * - in Chromium, the page hydrates the server's nodes rather than rendering them again: the
 *   checklist keeps its heading, the island its props, and nothing is logged;
 * - a tick reaches the page's script, is stored under the default key (Astro writes
 *   `persist` as `persist="true"`) and is back after a reload.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A page a user might write by mistake; each MISTAKE line must fail `astro check`. */
const mistakes = `\
---
import { PushupFormChecklist, VariationRiskCard } from './islands';
---
<pushup-form-checklist checked="hands-slightly-wide"></pushup-form-checklist><!-- MISTAKE: checked is a list of ids -->
<variation-risk-card compact="yes please"></variation-risk-card><!-- MISTAKE: compact is a boolean -->
<variation-risk-card varation="knee"></variation-risk-card><!-- MISTAKE: no such setting (misspelt) -->
<back-pain-quiz heading-level={{}}></back-pain-quiz><!-- MISTAKE: a heading level is a number -->
<VariationRiskCard client:load varation="knee" /><!-- MISTAKE: an island's props are the element's settings -->
<PushupFormChecklist client:load compact="yes" /><!-- MISTAKE: compact is a boolean -->
<script>
  document.querySelector('back-pain-quiz')?.addEventListener('pushup-quiz-complete', (event) => event.detail.triage.toFixed()); // MISTAKE: triage is a string
</script>
`;

export async function checkBuild({ expectTypeErrors }) {
  await expectTypeErrors('src/components/Mistakes.astro', mistakes);
}

/** The three plain tags, then the island's card. */
const widgets = ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card', 'astro-island variation-risk-card'];

/** Per widget: how many top-level articles its shadow root holds, and whether it is the node marked before hydration. */
const widgetsOnScreen = (page) =>
  page.evaluate(
    (selectors) =>
      selectors.map((selector) => {
        const root = document.querySelector(selector)?.shadowRoot;
        const articles = root ? [...root.children].filter((child) => child.localName === 'article') : [];
        return { selector, articles: articles.length, fromServer: articles[0]?.dataset.marked === 'server' };
      }),
    widgets,
  );

export async function checkInBrowser({ dir, page, serve }) {
  const site = join(dir, 'dist');
  const html = await readFile(join(site, 'index.html'), 'utf8');
  for (const tag of ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card']) {
    assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot(?:mode)?="open"`), `${tag} was not rendered on the server`);
  }
  const checklistTag = /<pushup-form-checklist[^>]*>/.exec(html)?.[0] ?? '';
  assert.match(checklistTag, / persist="true"/, `persist did not survive server rendering: ${checklistTag}`);
  assert.match(checklistTag, / heading="Before your first set"/, `heading did not survive server rendering: ${checklistTag}`);
  assert.match(html, /<astro-island [^>]*component-export="VariationRiskCard"[^>]*><variation-risk-card variation="knee" compact><template /);

  // Hold the page's scripts back, mark the server's nodes, then let them hydrate.
  const { origin } = await serve(site);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/_astro/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction((selectors) => selectors.every((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('article')), widgets);
  await page.evaluate((selectors) => {
    for (const selector of selectors) document.querySelector(selector).shadowRoot.querySelector('article').dataset.marked = 'server';
  }, widgets);
  release();
  await page.waitForFunction(() => document.querySelector('astro-island') && !document.querySelector('astro-island[ssr]'));
  await page.evaluate((selectors) => Promise.all(selectors.map((selector) => document.querySelector(selector).updateComplete)), widgets);
  assert.deepEqual(
    await widgetsOnScreen(page),
    widgets.map((selector) => ({ selector, articles: 1, fromServer: true })),
    'a widget was rendered again (or twice) instead of hydrated',
  );
  const checklist = page.locator('pushup-form-checklist');
  const heading = checklist.getByRole('heading', { level: 2 });
  assert.equal((await heading.textContent())?.trim(), 'Before your first set', 'the hydrated checklist lost its heading');
  const island = page.locator('astro-island variation-risk-card');
  assert.deepEqual(await island.evaluate((card) => [card.variation, card.compact]), ['knee', true], 'the island lost its props');

  // A tick reaches the page's script and is stored under the default key.
  await page.unrouteAll();
  const firstCue = checklist.getByRole('checkbox').first();
  await firstCue.check();
  await page.locator('#progress').filter({ hasText: /^1 of \d+ checked$/ }).waitFor();
  const stored = await page.evaluate('Object.keys(localStorage)');
  assert.ok(stored.includes('pushup-widgets:checklist:v1:default'), `the tick was stored under ${stored.join(', ') || 'no key'}`);

  await page.reload();
  await page.waitForFunction(() => customElements.get('pushup-form-checklist'));
  await page.waitForFunction(
    () => document.querySelector('pushup-form-checklist').shadowRoot.querySelector('input[type="checkbox"]')?.checked,
    undefined,
    { timeout: 5000 },
  );
  const counts = await widgetsOnScreen(page);
  assert.deepEqual(counts.map(({ articles }) => articles), [1, 1, 1, 1], 'a widget shows twice after a reload');
}

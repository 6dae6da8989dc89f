/**
 * 11. The frame page (`dist/embed.html`) in a blog post's iframes (pages/frame-parent.html),
 * with the one-line parent script (`dist/embed-frame.js`) or the CDN autoloader: frames fit
 * their widget at every step with no scrollbar inside, the widgets' events reach the page on
 * the `<iframe>`, messages from any other window change nothing, a bad parameter is said in
 * the frame and once in its console, a site's link (`action-text`, `action-href`) shows in
 * the widget's slot but never on an emergency result, and nothing breaks the frame's own
 * strict CSP.
 *
 * Every document the page loads, frames included, records its CSP violations, console
 * warnings and errors before its own scripts run (`recordFrameLog`), so a frame's first
 * moments are seen too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_TIMEOUT, unexpectedTrouble } from '../harness.mjs';

const PARENT = '/e2e/pages/frame-parent.html';

/** Runs in every document of the page, before its scripts: what the frame tests read afterwards (and `window.open` noted, not done). */
function recordFrameLog() {
  const log = { violations: [], warnings: [], errors: [], opened: [] };
  window.__frameLog = log;
  // A new tab is noted, not opened.
  window.open = (url) => {
    log.opened.push(String(url));
    return null;
  };
  document.addEventListener(
    'securitypolicyviolation',
    (event) => log.violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim()),
    true,
  );
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    log.warnings.push(args.map((arg) => String(arg)).join(' '));
    warn(...args);
  };
  window.addEventListener('error', (event) => log.errors.push(String(event.error?.stack ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason?.stack ?? event.reason)));
}

/** In the parent page: the helpers the tests call through `page.evaluate` (`window.frameChecks`). */
function installFrameChecks() {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const checks = {};
  window.frameChecks = checks;
  checks.iframe = (id) => document.getElementById(id);
  checks.doc = (id) => checks.iframe(id).contentDocument;

  /** How frame `id` holds its content, once its height has stopped changing (3 s at most). */
  checks.fit = async (id) => {
    const iframe = checks.iframe(id);
    let last;
    for (let tries = 0; tries < 60; tries += 1) {
      await sleep(50);
      const root = iframe.contentDocument.documentElement;
      const now = {
        frame: iframe.getBoundingClientRect().height,
        scrollHeight: root.scrollHeight,
        clientHeight: root.clientHeight,
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
      };
      if (last && JSON.stringify(now) === JSON.stringify(last) && Math.abs(now.frame - now.scrollHeight) <= 2) return now;
      last = now;
    }
    return last;
  };

  /** The widget `tag` in frame `id`, defined and rendered. */
  checks.widget = async (id, tag) => {
    const doc = checks.doc(id);
    await doc.defaultView.customElements.whenDefined(tag);
    const element = doc.querySelector(tag);
    await element.updateComplete;
    return element;
  };

  /** Takes the quiz in frame `id` to a self-care result, choosing "none of these" or the first answer that is no red flag; how the frame fits at each step. */
  checks.quizToSelfCare = async (id) => {
    const { en } = await import('/dist/pushup-widgets.min.js');
    const quiz = await checks.widget(id, 'back-pain-quiz');
    const steps = [{ step: 'first question', ...(await checks.fit(id)) }];
    for (let step = 0; step < 30; step += 1) {
      const name = quiz.shadowRoot.querySelector('.answers input')?.name;
      if (!name) break;
      const question = en.questions.find((each) => each.id === name);
      const answer = question.answers.find((each) => each.exclusive && !each.redFlag) ?? question.answers.find((each) => !each.redFlag);
      const input = [...quiz.shadowRoot.querySelectorAll('.answers input')].find((each) => each.value === answer.id);
      if (!input.checked) input.click();
      await quiz.updateComplete;
      quiz.shadowRoot.querySelector('[part~="next"]').click();
      await quiz.updateComplete;
      steps.push({ step: `after ${name}`, ...(await checks.fit(id)) });
    }
    return { steps, triage: quiz.shadowRoot.querySelector('[part~="triage"]')?.className ?? null };
  };

  /**
   * Takes the quiz in frame `id` to the result that answer `target` leads to: `target` where
   * a question offers it, else "none of these" or the first answer that is no red flag.
   */
  checks.quizTo = async (id, target) => {
    const { en } = await import('/dist/pushup-widgets.min.js');
    const quiz = await checks.widget(id, 'back-pain-quiz');
    for (let step = 0; step < 30; step += 1) {
      const inputs = [...quiz.shadowRoot.querySelectorAll('.answers input')];
      if (inputs.length === 0) break;
      const question = en.questions.find((each) => each.id === inputs[0].name);
      const answer =
        question.answers.find((each) => each.id === target) ??
        question.answers.find((each) => each.exclusive && !each.redFlag) ??
        question.answers.find((each) => !each.redFlag);
      const input = inputs.find((each) => each.value === answer.id);
      if (!input.checked) input.click();
      await quiz.updateComplete;
      quiz.shadowRoot.querySelector('[part~="next"]').click();
      await quiz.updateComplete;
    }
    return quiz;
  };

  /** The site's link in frame `id` (`a.frame-action`): where it is slotted, and whether the reader sees it. */
  checks.siteLink = (id) => {
    const link = checks.doc(id).querySelector('a.frame-action');
    if (!link) return null;
    return {
      text: link.textContent,
      elements: link.childElementCount,
      href: link.getAttribute('href'),
      target: link.target,
      rel: link.rel,
      slot: link.slot,
      shownIn: link.assignedSlot?.name ?? null,
      seen: link.getClientRects().length > 0,
    };
  };

  /** Presses the card's first Harder button in frame `id`; what it shows then, and how the frame fits. */
  checks.harder = async (id) => {
    const card = await checks.widget(id, 'variation-risk-card');
    card.shadowRoot.querySelector('button.harder').click();
    await card.updateComplete;
    return { variation: card.getAttribute('variation'), ...(await checks.fit(id)) };
  };

  /** The events the page heard from frame `id`, once `count` of `name` have arrived (3 s at most). */
  checks.events = async (id, name, count = 1) => {
    const heard = () => window.framesPage.events.filter((event) => event.target === `iframe#${id}`);
    for (let tries = 0; tries < 60 && heard().filter((event) => event.name === name).length < count; tries += 1) await sleep(50);
    return heard();
  };

  /** What every frame recorded: CSP violations, warnings, errors. */
  checks.logs = () =>
    Object.fromEntries([...document.querySelectorAll('iframe')].map((iframe) => [iframe.id, iframe.contentWindow.__frameLog ?? null]));
}

/** The parent page at `width` × 800, recording every document it loads, with `window.frameChecks`. */
async function openParent(suite, { width = 1000, path = PARENT } = {}) {
  const opened = await suite.open('', { path });
  await opened.page.setViewport(width, 800);
  await opened.page.onNewDocument(recordFrameLog);
  await opened.page.evaluate(installFrameChecks);
  return opened;
}

/** Adds a frame of the frame page with `query` as `id`, and waits for it to load. */
const addFrame = (page, query, id) =>
  page.evaluate(([query, id]) => window.framesPage.add(query, { id }).then(() => undefined), [query, id]);

/** Asserts that frame `fit` holds its content: its height is the content's, within 2 px, and nothing scrolls inside. */
function assertFits(fit, where) {
  assert.ok(Math.abs(fit.frame - fit.scrollHeight) <= 2, `${where}: frame ${fit.frame} px for content ${fit.scrollHeight} px`);
  assert.ok(fit.scrollHeight <= fit.clientHeight, `${where}: scrolls inside (${fit.scrollHeight} > ${fit.clientHeight})`);
  assert.ok(fit.scrollWidth <= fit.clientWidth, `${where}: scrolls sideways (${fit.scrollWidth} > ${fit.clientWidth})`);
}

/** Asserts that no frame saw a CSP violation or an error. */
function assertCleanFrames(logs) {
  for (const [id, log] of Object.entries(logs)) {
    assert.ok(log, `frame ${id} recorded nothing: its log is missing`);
    assert.deepEqual(log.violations, [], `frame ${id}: CSP violations`);
    assert.deepEqual(log.errors, [], `frame ${id}: errors`);
  }
}

export function frameTests(suite) {
  for (const width of [320, 1280]) {
    test(`11. in a frame at ${width} px, the page fits the frame to the quiz at every step to its result and to the card after Harder, with no scrollbar inside and no CSP violation`, { timeout: TEST_TIMEOUT }, async () => {
      const { page, close } = await openParent(suite, { width });
      try {
        await addFrame(page, 'widget=quiz&emergency-number=112', 'quiz');
        await addFrame(page, 'widget=card&variation=standard', 'card');
        const quiz = await page.evaluate(() => window.frameChecks.quizToSelfCare('quiz'));
        assert.equal(quiz.triage, 'triage self-care', 'the quiz reached its self-care result');
        assert.ok(quiz.steps.length >= 10, `every step was checked: ${quiz.steps.map((each) => each.step).join(', ')}`);
        for (const step of quiz.steps) assertFits(step, `quiz, ${step.step}`);
        const heights = quiz.steps.map((step) => step.frame);
        assert.ok(Math.max(...heights) > Math.min(...heights), `the frame followed the quiz's height: ${heights.join(', ')}`);

        const cardBefore = await page.evaluate(() => window.frameChecks.fit('card'));
        assertFits(cardBefore, 'card, standard');
        const card = await page.evaluate(() => window.frameChecks.harder('card'));
        assert.notEqual(card.variation, 'standard', 'Harder switched the card');
        assertFits(card, `card, after Harder (${card.variation})`);

        // Under the frame page's CSP, the widgets are styled (Lit's constructed style sheets) and so is the page (embed.css).
        const styled = await page.evaluate(() => {
          const doc = window.frameChecks.doc('card');
          const base = doc.querySelector('variation-risk-card').shadowRoot.querySelector('[part~="base"]');
          return {
            bodyMargin: doc.defaultView.getComputedStyle(doc.body).marginTop,
            baseBorder: doc.defaultView.getComputedStyle(base).borderTopStyle,
            widgetWidth: doc.querySelector('variation-risk-card').getBoundingClientRect().width,
            pageWidth: doc.documentElement.clientWidth,
          };
        });
        assert.deepEqual(styled, { bodyMargin: '0px', baseBorder: 'solid', widgetWidth: styled.pageWidth, pageWidth: styled.pageWidth });
        assertCleanFrames(await page.evaluate(() => window.frameChecks.logs()));
        assert.deepEqual(await unexpectedTrouble(page), []);
      } finally {
        await close();
      }
    });
  }

  test('11. a widget\'s events in a frame reach the page as the same CustomEvents, fired once on the <iframe>, with ids only', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openParent(suite);
    try {
      // The autoloader as well as embed-frame.js: the page still hears each event once.
      await page.evaluate(() => import('/dist/cdn/autoloader.js'));
      await addFrame(page, 'widget=checklist&frame=post-checklist', 'checklist');
      await addFrame(page, 'widget=quiz', 'quiz');
      await addFrame(page, 'widget=card&variation=knee', 'card');
      const heard = await page.evaluate(async () => {
        const { frameChecks } = window;
        const checklist = await frameChecks.widget('checklist', 'pushup-form-checklist');
        checklist.shadowRoot.querySelector('input[type="checkbox"]').click();
        const quiz = await frameChecks.widget('quiz', 'back-pain-quiz');
        [...quiz.shadowRoot.querySelectorAll('.answers input')].find((input) => input.value === 'both-legs').click();
        await quiz.updateComplete;
        quiz.shadowRoot.querySelector('[part~="next"]').click();
        await frameChecks.harder('card');
        return {
          checklist: await frameChecks.events('checklist', 'pushup-checklist-change'),
          quiz: await frameChecks.events('quiz', 'pushup-quiz-complete'),
          card: await frameChecks.events('card', 'pushup-variation-select'),
        };
      });
      const shape = (events) => events.map(({ detail, ...event }) => ({ ...event, keys: Object.keys(detail).sort() }));
      const as = (target, name, keys) => ({ name, target, customEvent: true, bubbles: true, composed: true, keys });
      assert.deepEqual(shape(heard.checklist), [as('iframe#checklist', 'pushup-checklist-change', ['checked', 'complete', 'total'])]);
      assert.deepEqual(shape(heard.quiz), [
        as('iframe#quiz', 'pushup-quiz-answer', ['answer', 'questionId']),
        as('iframe#quiz', 'pushup-quiz-complete', ['outcomeIds', 'triage']),
      ]);
      assert.deepEqual(shape(heard.card), [as('iframe#card', 'pushup-variation-select', ['from', 'variation'])]);
      // The details, as the elements fire them: ids and counts.
      assert.equal(heard.checklist[0].detail.checked.length, 1);
      assert.equal(typeof heard.checklist[0].detail.total, 'number');
      assert.deepEqual(heard.quiz[0].detail, { questionId: heard.quiz[0].detail.questionId, answer: ['both-legs'] });
      assert.equal(heard.quiz[1].detail.triage, 'emergency');
      assert.deepEqual(heard.card[0].detail, { variation: 'standard', from: 'knee' });
      // Each message of the checklist's frame names it, as its `frame` parameter does; the others name none.
      const frames = await page.evaluate(() =>
        window.framesPage.messages.map((message) => (message.type === 'pushup-widgets:height' ? 'height' : message.event) + (message.frame ? ` from ${message.frame}` : '')),
      );
      assert.ok(frames.includes('pushup-checklist-change from post-checklist'), frames.join(', '));
      assert.ok(frames.includes('height from post-checklist'), frames.join(', '));
      assert.ok(frames.includes('pushup-quiz-complete'), frames.join(', '));
      assertCleanFrames(await page.evaluate(() => window.frameChecks.logs()));
      assert.deepEqual(await unexpectedTrouble(page), []);
    } finally {
      await close();
    }
  });

  test('11. a height or an event posted by another window (the page itself, a frame that is not the frame page) changes nothing', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openParent(suite);
    try {
      await addFrame(page, 'widget=quiz', 'quiz');
      const before = await page.evaluate(() => window.frameChecks.fit('quiz'));
      assertFits(before, 'the quiz, before');
      const after = await page.evaluate(async () => {
        const { frameChecks, framesPage } = window;
        // The page's own window, posting as the frame page would.
        window.postMessage({ type: 'pushup-widgets:height', height: 77 }, '*');
        window.postMessage({ type: 'pushup-widgets:event', event: 'pushup-quiz-complete', detail: { triage: 'self-care', outcomeIds: [] } }, '*');
        // A frame whose address mentions embed.html but is another page.
        const impostor = await framesPage.add('', { id: 'impostor', src: '/e2e/pages/frame-impostor.html?embed.html' });
        impostor.contentWindow.sayItAgain();
        await new Promise((resolve) => setTimeout(resolve, 500));
        return {
          said: impostor.contentWindow.said,
          impostorHeight: impostor.getBoundingClientRect().height,
          quiz: frameChecks.iframe('quiz').getBoundingClientRect().height,
          events: framesPage.events.map((event) => `${event.name} on ${event.target}`),
        };
      });
      assert.equal(after.said, 2, 'the impostor frame posted twice');
      assert.equal(after.impostorHeight, 150, 'the impostor frame keeps the default height of an iframe');
      assert.equal(after.quiz, before.frame, 'the quiz frame keeps its height');
      assert.deepEqual(after.events, []);
      assert.deepEqual(await unexpectedTrouble(page), []);
    } finally {
      await close();
    }
  });

  test('11. a bad parameter shows its message above the widget and warns once, and the widget (or the three choices) still shows', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openParent(suite, { width: 375 });
    try {
      await addFrame(page, 'widget=quiz&heading-level=9', 'level');
      await addFrame(page, 'widget=card&variation=diamond&accent=notacolour', 'accent');
      await addFrame(page, 'widget=nope', 'nope');
      const frames = await page.evaluate(async () => {
        const { frameChecks } = window;
        const read = async (id, tag) => {
          const doc = frameChecks.doc(id);
          const status = doc.querySelector('[role="status"]');
          const widget = tag ? await frameChecks.widget(id, tag) : null;
          return {
            message: status?.textContent ?? null,
            // The message comes first, above the widget or the choices.
            messageFirst: doc.body.firstElementChild === status,
            warnings: doc.defaultView.__frameLog.warnings,
            heading: widget?.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6')?.localName ?? null,
            shown: widget?.shadowRoot.querySelector('[part~="base"]') ? widget.getAttribute('variation') ?? widget.localName : null,
            accent: widget ? doc.defaultView.getComputedStyle(widget).getPropertyValue('--pushup-accent') : null,
            choices: [...doc.querySelectorAll('.frame-choices a')].map((link) => link.getAttribute('href')),
            fit: await frameChecks.fit(id),
          };
        };
        return { level: await read('level', 'back-pain-quiz'), accent: await read('accent', 'variation-risk-card'), nope: await read('nope') };
      });
      const { level, accent, nope } = frames;
      assert.match(level.message, /heading-level: "9" is not a whole number from 1 to 6; using 2\./);
      assert.deepEqual(level.warnings, [`pushup-widgets: embed.html: ${level.message}`]);
      assert.deepEqual([level.messageFirst, level.shown, level.heading], [true, 'back-pain-quiz', 'h2']);

      assert.match(accent.message, /^accent: "notacolour" is not a CSS colour; it takes one such as /);
      assert.equal(accent.warnings.length, 1, accent.warnings.join('\n'));
      assert.deepEqual([accent.messageFirst, accent.shown, accent.accent], [true, 'diamond', '']);

      assert.equal(nope.message, 'widget: "nope" is not a widget; it takes checklist, quiz or card.');
      assert.equal(nope.warnings.length, 1, nope.warnings.join('\n'));
      assert.deepEqual(nope.choices, ['?widget=checklist', '?widget=quiz', '?widget=card']);
      for (const [id, frame] of Object.entries(frames)) assertFits(frame.fit, id);
      assertCleanFrames(await page.evaluate(() => window.frameChecks.logs()));
    } finally {
      await close();
    }
  });

  test('11. the frame page sets its accent, dark scheme and transparent background under its own CSP', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openParent(suite);
    try {
      await addFrame(page, 'widget=checklist&accent=e11d48&scheme=dark&background=transparent&lang=es&heading-level=3', 'look');
      const look = await page.evaluate(async () => {
        const { frameChecks } = window;
        const checklist = await frameChecks.widget('look', 'pushup-form-checklist');
        const doc = frameChecks.doc('look');
        const view = doc.defaultView;
        const deadline = performance.now() + 5000;
        // Spanish arrives as a chunk of its own.
        while (!/Técnica|flexiones/i.test(checklist.shadowRoot.textContent) && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return {
          accent: view.getComputedStyle(checklist).getPropertyValue('--pushup-accent').trim(),
          scheme: view.getComputedStyle(doc.documentElement).colorScheme,
          background: view.getComputedStyle(doc.documentElement).backgroundColor,
          lang: doc.documentElement.lang,
          spanish: /flexiones/i.test(checklist.shadowRoot.textContent),
          heading: checklist.shadowRoot.querySelector('[part~="heading"]')?.localName,
          styleAttributes: [...doc.querySelectorAll('[style]')].length,
          status: doc.querySelector('[role="status"]')?.textContent ?? null,
        };
      });
      assert.deepEqual(look, {
        accent: '#e11d48',
        scheme: 'dark',
        background: 'rgba(0, 0, 0, 0)',
        lang: 'es',
        spanish: true,
        heading: 'h3',
        styleAttributes: 0,
        status: null,
      });
      assertCleanFrames(await page.evaluate(() => window.frameChecks.logs()));
    } finally {
      await close();
    }
  });

  test('11. a source\'s link in a frame opens in a new tab, and the frame keeps its widget', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openParent(suite);
    try {
      await addFrame(page, 'widget=quiz', 'quiz');
      const followed = await page.evaluate(async () => {
        const { frameChecks } = window;
        const quiz = await frameChecks.widget('quiz', 'back-pain-quiz');
        // The emergency result cites the NHS, with a link to its page.
        [...quiz.shadowRoot.querySelectorAll('.answers input')].find((input) => input.value === 'both-legs').click();
        await quiz.updateComplete;
        quiz.shadowRoot.querySelector('[part~="next"]').click();
        await quiz.updateComplete;
        const source = quiz.shadowRoot.querySelector('[part~="sources"] a[href^="https:"]');
        source.click();
        await new Promise((resolve) => setTimeout(resolve, 300));
        const frame = frameChecks.iframe('quiz');
        return {
          href: source.href,
          opened: frame.contentWindow.__frameLog.opened,
          still: frame.contentWindow.location.pathname,
          result: Boolean(frame.contentDocument.querySelector('back-pain-quiz').shadowRoot.querySelector('[part~="triage"]')),
        };
      });
      assert.match(followed.href, /^https:\/\/www\.(?:nhs\.uk|nice\.org\.uk)\//);
      assert.deepEqual(followed.opened, [followed.href]);
      assert.deepEqual([followed.still, followed.result], ['/dist/embed.html', true]);
    } finally {
      await close();
    }
  });

  test('11. a site\'s link from action-text and action-href shows in the widget\'s slot as text, opens in a new tab, and never on an emergency result', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openParent(suite);
    try {
      const link = `action-text=${encodeURIComponent('Book an assessment')}&action-href=${encodeURIComponent('https://clinic.example/book?source=back-check')}`;
      // The worst a site can write: `emergency` among the levels (left out, and said).
      await addFrame(page, `widget=quiz&action-levels=emergency%20see-doctor&${link}`, 'emergency');
      await addFrame(page, `widget=quiz&action-levels=soon&${link}`, 'soon');
      await addFrame(page, `widget=card&variation=knee&action-text=${encodeURIComponent('<b>Learn</b> & "more"')}&action-href=http://gym.example/classes`, 'card');
      await addFrame(page, 'widget=card&variation=knee&action-text=Book&action-href=javascript:alert(1)', 'script');
      const seen = await page.evaluate(async () => {
        const { frameChecks } = window;
        const emergency = await frameChecks.quizTo('emergency', 'both-legs');
        const soon = await frameChecks.quizTo('soon', 'getting-worse');
        await frameChecks.widget('card', 'variation-risk-card');
        await frameChecks.widget('script', 'variation-risk-card');
        const result = (quiz) => ({
          triage: quiz.shadowRoot.querySelector('[part~="triage"]')?.className ?? null,
          slots: [...quiz.shadowRoot.querySelectorAll('slot')].map((slot) => slot.name),
        });
        return {
          emergency: { ...result(emergency), link: frameChecks.siteLink('emergency') },
          soon: { ...result(soon), link: frameChecks.siteLink('soon') },
          card: frameChecks.siteLink('card'),
          script: {
            link: frameChecks.siteLink('script'),
            status: frameChecks.doc('script').querySelector('[role="status"]')?.textContent ?? null,
            warnings: frameChecks.iframe('script').contentWindow.__frameLog.warnings,
          },
          fit: await frameChecks.fit('soon'),
        };
      });
      const booking = { text: 'Book an assessment', elements: 0, href: 'https://clinic.example/book?source=back-check', target: '_blank', rel: 'noopener', slot: 'referral-action' };

      assert.equal(seen.emergency.triage, 'triage emergency');
      assert.deepEqual(seen.emergency.slots, [], 'an emergency result holds no slot');
      assert.deepEqual(seen.emergency.link, { ...booking, shownIn: null, seen: false }, 'the link is in the page, and nowhere the reader sees it');

      assert.equal(seen.soon.triage, 'triage see-doctor');
      assert.deepEqual(seen.soon.link, { ...booking, shownIn: 'referral-action', seen: true });
      assertFits(seen.fit, 'the quiz with its link');

      assert.deepEqual(seen.card, {
        text: '<b>Learn</b> & "more"',
        elements: 0,
        href: 'http://gym.example/classes',
        target: '_blank',
        rel: 'noopener',
        slot: 'action',
        shownIn: 'action',
        seen: true,
      });

      assert.equal(seen.script.link, null, 'no link to a javascript: address');
      assert.match(seen.script.status, /^action-href: "javascript:alert\(1\)" is not an http: or https: address/);
      assert.equal(seen.script.warnings.length, 1, seen.script.warnings.join('\n'));
      assertCleanFrames(await page.evaluate(() => window.frameChecks.logs()));
      assert.deepEqual(await unexpectedTrouble(page), []);
    } finally {
      await close();
    }
  });

  test('11. a parent script that arrives after the frames have loaded still fits them', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openParent(suite, { path: '/e2e/pages/frame-late.html' });
    try {
      await addFrame(page, 'widget=card&variation=plank&compact', 'card');
      const unsized = await page.evaluate(async () => {
        await window.frameChecks.widget('card', 'variation-risk-card');
        return window.frameChecks.iframe('card').getBoundingClientRect().height;
      });
      assert.equal(unsized, 150, 'without a parent script, the frame keeps the default height of an iframe');
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.src = '/dist/embed-frame.js';
        document.head.append(script);
      });
      assertFits(await page.evaluate(() => window.frameChecks.fit('card')), 'the card, once the script arrived');
    } finally {
      await close();
    }
  });

  test('11. the CDN autoloader, on a page with a frame of the widgets, fits it as embed-frame.js does', { timeout: TEST_TIMEOUT }, async () => {
    const { page, close } = await openParent(suite, { path: '/e2e/pages/frame-late.html' });
    try {
      await page.evaluate(() => import('/dist/cdn/autoloader.js'));
      await addFrame(page, 'widget=quiz', 'quiz');
      assertFits(await page.evaluate(() => window.frameChecks.fit('quiz')), 'the quiz, with the autoloader');
      const heard = await page.evaluate(async () => {
        const quiz = await window.frameChecks.widget('quiz', 'back-pain-quiz');
        [...quiz.shadowRoot.querySelectorAll('.answers input')].find((input) => input.value === 'both-legs').click();
        await quiz.updateComplete;
        quiz.shadowRoot.querySelector('[part~="next"]').click();
        return (await window.frameChecks.events('quiz', 'pushup-quiz-complete')).map((event) => event.name);
      });
      assert.deepEqual(heard, ['pushup-quiz-answer', 'pushup-quiz-complete']);
      assertFits(await page.evaluate(() => window.frameChecks.fit('quiz')), 'the quiz at its emergency result, with the autoloader');
    } finally {
      await close();
    }
  });
}

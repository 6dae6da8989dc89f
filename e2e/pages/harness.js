/**
 * In-page helpers the end-to-end tests call through `page.evaluate`: creating elements,
 * waiting for their updates, reading their shadow DOM, driving the quiz, scanning for
 * injected markup, and running a batch of generated fuzz actions. A classic script, so it
 * is there before the bundle; it reaches the bundle's exports with a dynamic `import()`,
 * as a site's own script would.
 */
(() => {
  const BUNDLE = '/dist/pushup-widgets.min.js';
  const TAGS = ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card'];
  const e2e = {};
  window.e2e = e2e;
  const state = window.__e2e;

  const nextFrame = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => resolve());
      setTimeout(resolve, 50);
    });

  /** Every shadow root inside `element`, its own first, then nested ones (a card in a quiz result). */
  e2e.shadowRoots = (element) => {
    const roots = [];
    const visit = (root) => {
      if (!root) return;
      roots.push(root);
      for (const node of root.querySelectorAll('*')) if (node.shadowRoot) visit(node.shadowRoot);
    };
    visit(element.shadowRoot);
    return roots;
  };

  /**
   * Waits until `elements` (default: every library element in the page and the frame) have
   * updated. An element that never connected has not started updating (Lit starts on the
   * first connect), so it is not waited for; one that takes over 5 s is reported as stuck (and not waited for again).
   * (Hundreds of widgets on a busy machine take over a second: their first renders share
   * the page's time in turns.)
   */
  e2e.stuck = [];
  const stuck = new WeakSet();
  e2e.settle = async (elements) => {
    const all = (
      elements ?? [document, e2e.frameDocument()].flatMap((doc) => (doc ? [...doc.querySelectorAll(TAGS.join(','))] : []))
    ).filter((element) => (element.isConnected || element.hasUpdated) && !stuck.has(element));
    for (let round = 0; round < 2; round += 1) {
      await Promise.all(
        all.map((element) => {
          let done;
          try {
            done = Promise.resolve(element.updateComplete).catch(() => undefined);
          } catch {
            return undefined;
          }
          let timer;
          const late = new Promise((resolve) => {
            timer = setTimeout(() => {
              stuck.add(element);
              e2e.stuck.push(`<${element.localName}> #${state.idOf(element)} (connected: ${element.isConnected}, in the ${element.ownerDocument === document ? 'page' : 'iframe'}) did not finish updating within 5 s`);
              resolve();
            }, 5000);
          });
          return Promise.race([done, late]).finally(() => clearTimeout(timer));
        }),
      );
    }
  };
  e2e.nextFrame = nextFrame;

  /** Creates `tag` with `attributes` and `properties`, appends it to `parent` (default body). */
  e2e.create = (tag, { attributes = {}, properties = {}, parent = document.body } = {}) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    Object.assign(element, properties);
    if (parent) parent.append(element);
    return element;
  };

  e2e.part = (element, part) => element.shadowRoot?.querySelector(`[part~="${part}"]`) ?? null;

  // The quiz, driven as a reader would: tick answers by id, press Next.
  e2e.quizStep = (quiz) => quiz.shadowRoot?.querySelector('.answers input')?.name ?? null;
  e2e.choose = (quiz, answerId) => {
    const input = [...quiz.shadowRoot.querySelectorAll('.answers input')].find((each) => each.value === answerId);
    if (!input) throw new Error(`no answer "${answerId}" on step "${e2e.quizStep(quiz)}"`);
    if (!input.checked) input.click();
  };
  e2e.next = (quiz) => e2e.part(quiz, 'next').click();

  /** Answers the step on screen and presses Next; waits for the update. */
  e2e.answer = async (quiz, answerIds) => {
    for (const id of answerIds) e2e.choose(quiz, id);
    await quiz.updateComplete;
    e2e.next(quiz);
    await quiz.updateComplete;
  };

  /** The bundle's exports, as a site's script reaches them. */
  e2e.exports = () => import(BUNDLE);

  /**
   * Takes `quiz` through every step to a self-care result, each time choosing "none of
   * these" or the first answer that is not a red flag (read from the bundle's `en` content).
   */
  e2e.toSelfCare = async (quiz) => {
    const { en } = await e2e.exports();
    for (let step = 0; step < 30 && e2e.quizStep(quiz); step += 1) {
      const question = en.questions.find((each) => each.id === e2e.quizStep(quiz));
      const answer = question.answers.find((each) => each.exclusive && !each.redFlag) ?? question.answers.find((each) => !each.redFlag);
      await e2e.answer(quiz, [answer.id]);
    }
    if (e2e.quizStep(quiz)) throw new Error('the quiz did not reach a result in 30 steps');
  };

  // An about:blank frame to move elements into and back.
  let frame;
  e2e.frameDocument = () => frame?.contentDocument ?? null;
  e2e.frame = async () => {
    if (frame?.isConnected) return frame;
    frame = document.createElement('iframe');
    frame.title = 'adoption target';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 500))]);
    state.instrumentRealm?.(frame.contentWindow);
    // Errors thrown in the frame's own realm are reported to its window, not the page's.
    frame.contentWindow.addEventListener('error', (event) => state.errors.push(`in the iframe: ${String(event.error?.message ?? event.message)}`));
    frame.contentWindow.addEventListener('unhandledrejection', (event) => state.errors.push(`in the iframe: unhandled rejection ${String(event.reason?.message ?? event.reason)}`));
    return frame;
  };

  /**
   * The elements' own drawings (the figures and the body map): an `<svg>` where their
   * templates put one, drawn only from shapes. Text that became markup would be neither.
   */
  const shapes = new Set(['g', 'path', 'circle', 'ellipse', 'rect', 'pattern']);
  const ownDrawing = (node) =>
    node.matches(':is(.drawing, .frame, .body-map) > svg') && [...node.querySelectorAll('*')].every((each) => shapes.has(each.localName));

  /** Markup or script that text should never have become: problems found in the element's shadow roots. */
  e2e.injections = (element) => {
    const problems = [];
    for (const root of e2e.shadowRoots(element)) {
      for (const node of root.querySelectorAll('*')) {
        const name = node.localName;
        if (name === 'svg' && ownDrawing(node)) continue;
        if (['img', 'script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base'].includes(name)) {
          problems.push(`<${element.localName}> has <${name}> in its shadow root`);
        }
        for (const attribute of node.getAttributeNames()) {
          if (attribute.toLowerCase().startsWith('on')) problems.push(`<${element.localName}> has ${attribute}= on <${name}>`);
        }
        const href = node.getAttribute('href');
        if (href !== null && /^\s*(javascript|data|vbscript):/i.test(href)) {
          problems.push(`<${element.localName}> has a ${href.slice(0, 40)} link`);
        }
      }
    }
    return problems;
  };

  // ---------------------------------------------------------------------------------------
  // Fuzz: actions generated in Node (fast-check) as JSON, run here in batches.

  /** Values JSON cannot carry, named by `{ $: name }`. */
  e2e.materialise = (value) => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(e2e.materialise);
    if ('$' in value) {
      switch (value.$) {
        case 'undefined':
          return undefined;
        case 'NaN':
          return Number.NaN;
        case 'Infinity':
          return Number.POSITIVE_INFINITY;
        case '-0':
          return -0;
        case 'bigint':
          return 10n;
        case 'function':
          return function hostile() {
            window.__pwned = 'a function property was called';
          };
        case 'symbol':
          return Symbol('hostile');
        case 'null-prototype':
          return Object.create(null);
        case 'date':
          return new Date(0);
        case 'proxy': {
          const trap = () => {
            throw new Error('proxy trap');
          };
          return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap, set: trap, defineProperty: trap, deleteProperty: trap, apply: trap });
        }
        case 'cyclic': {
          const cyclic = { id: 'cyclic', list: [] };
          cyclic.self = cyclic;
          cyclic.list.push(cyclic);
          return cyclic;
        }
        case 'long-list':
          return Array.from({ length: 5000 }, (_, index) => `id-${index}`);
        default:
          throw new Error(`unknown token ${value.$}`);
      }
    }
    const copy = {};
    for (const [key, item] of Object.entries(value)) copy[key] = e2e.materialise(item);
    return copy;
  };

  const PROPERTIES = {
    'pushup-form-checklist': ['variation', 'persist', 'compact', 'heading', 'headingLevel', 'checked', 'content'],
    'back-pain-quiz': ['persist', 'heading', 'headingLevel', 'emergencyNumber', 'urgentNumber', 'answers', 'content'],
    'variation-risk-card': ['variation', 'compact', 'headingLevel', 'content'],
  };
  e2e.PROPERTIES = PROPERTIES;
  const POOL_SIZE = 10;
  const pool = [];
  /** What each element went through, for the report: the last actions that touched it. */
  const history = new WeakMap();
  const fuzz = { actions: 0, findings: [] };
  e2e.fuzzState = fuzz;

  const describeAction = (action) => {
    try {
      return JSON.stringify(action).slice(0, 240);
    } catch {
      return String(action.op);
    }
  };
  const remember = (element, text) => {
    if (!element) return;
    const list = history.get(element) ?? [];
    list.push(text);
    if (list.length > 12) list.shift();
    history.set(element, list);
  };
  const nameOf = (element) =>
    element ? `<${element.localName}> #${state.idOf(element)} (${element.isConnected ? `connected in the ${element.ownerDocument === document ? 'page' : 'iframe'}` : 'not connected'})` : 'no element';

  /** Runs one action; returns the element it acted on, if any. */
  async function run(action) {
    const pick = (index) => (pool.length === 0 ? undefined : pool[index % pool.length]);
    let element;
    switch (action.op) {
      case 'create': {
        element = document.createElement(action.tag);
        state.current = element;
        if (pool.length >= POOL_SIZE) pool.shift().remove();
        pool.push(element);
        break;
      }
      case 'attribute': {
        element = pick(action.index);
        if (!element) return undefined;
        state.current = element;
        if (action.value === null) element.removeAttribute(action.name);
        else element.setAttribute(action.name, action.value);
        break;
      }
      case 'property': {
        element = pick(action.index);
        if (!element) return undefined;
        state.current = element;
        const names = PROPERTIES[element.localName];
        element[names[action.name % names.length]] = e2e.materialise(action.value);
        break;
      }
      case 'content': {
        element = pick(action.index);
        if (!element) return undefined;
        state.current = element;
        element.content = e2e.materialise(action.patch);
        break;
      }
      case 'register': {
        const { registerContent } = await e2e.exports();
        registerContent(e2e.materialise(action.patch));
        break;
      }
      case 'connect': {
        element = pick(action.index);
        if (!element) return undefined;
        state.current = element;
        document.body.append(element);
        break;
      }
      case 'disconnect': {
        element = pick(action.index);
        if (!element) return undefined;
        state.current = element;
        element.remove();
        break;
      }
      case 'to-frame': {
        element = pick(action.index);
        if (!element) return undefined;
        const frameDocument = (await e2e.frame()).contentDocument;
        state.current = element;
        frameDocument.adoptNode(element);
        frameDocument.body.append(element);
        break;
      }
      case 'from-frame': {
        element = pick(action.index);
        if (!element) return undefined;
        state.current = element;
        document.adoptNode(element);
        document.body.append(element);
        break;
      }
      case 'click': {
        element = pick(action.index);
        if (!element?.shadowRoot) return undefined;
        // Buttons and inputs only: links would leave the page, and Print opens a dialog.
        const controls = e2e
          .shadowRoots(element)
          .flatMap((root) => [...root.querySelectorAll('button:not([part~="print"]), input')]);
        if (controls.length === 0) return element;
        state.current = element;
        controls[action.control % controls.length].click();
        break;
      }
      default:
        throw new Error(`unknown action ${action.op}`);
    }
    return element;
  }

  /**
   * Runs a batch of actions, each followed by a settle, and notes every problem with the
   * action it followed and what that element went through before.
   */
  e2e.runActions = async (actions) => {
    for (const action of actions) {
      fuzz.actions += 1;
      state.action = fuzz.actions;
      const described = `#${fuzz.actions} ${describeAction(action)}`;
      const before = { errors: state.errors.length, stuck: e2e.stuck.length, pwned: state.pwned.length };
      const problems = [];
      let element;
      try {
        element = await run(action);
      } catch (error) {
        problems.push(`threw ${String(error?.stack ?? error).slice(0, 400)}`);
      } finally {
        state.current = null;
      }
      remember(element, described);
      await e2e.settle(pool);
      problems.push(...state.errors.slice(before.errors).map((error) => `uncaught ${error.slice(0, 400)}`));
      problems.push(...e2e.stuck.slice(before.stuck));
      for (const each of pool) problems.push(...e2e.injections(each));
      if (state.pwned.length > before.pwned) problems.push(`window.__pwned was set: ${state.pwned.slice(before.pwned).join(', ')}`);
      for (const problem of [...new Set(problems)]) {
        fuzz.findings.push({ action: described, element: nameOf(element), problem, history: element ? [...(history.get(element) ?? [])] : [] });
      }
      state.action = 0;
    }
    return { actions: fuzz.actions, findings: fuzz.findings.length };
  };

  /** What the fuzz run found, including console warnings given more than once by one element. */
  e2e.fuzzReport = async () => {
    await e2e.settle(pool);
    await nextFrame();
    const counts = new Map();
    for (const warning of state.warnings) {
      if (!warning.element) continue;
      const key = `<${warning.tag}> #${warning.element}: ${warning.text}`;
      const entry = counts.get(key) ?? { count: 0, actions: [] };
      entry.count += 1;
      entry.actions.push(warning.action);
      counts.set(key, entry);
    }
    const repeated = [...counts]
      .filter(([, entry]) => entry.count > 1)
      .map(([key, entry]) => `${entry.count}× (during fuzz actions ${entry.actions.join(', ')}) ${key.slice(0, 300)}`);
    return {
      actions: fuzz.actions,
      findings: fuzz.findings,
      repeated,
      warnings: state.warnings.length,
      consoleErrors: state.consoleErrors.length,
      pageMarkup: [...document.querySelectorAll('img, script:not([src]), iframe:not([title="adoption target"])')].length,
    };
  };

  e2e.ready = Promise.all(TAGS.map((tag) => customElements.whenDefined(tag))).then(() => true);
})();

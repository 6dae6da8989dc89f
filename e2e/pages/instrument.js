/**
 * Runs before the bundle (a classic script in the page's head), so that what the library
 * does from its first line on is seen. Records in `window.__e2e`:
 * - uncaught errors and unhandled rejections;
 * - every `console.warn` and `console.error`, with the element whose code gave it (the
 *   element a test action was acting on, or the element whose Lit update was running);
 * - with `?listeners`, every event listener and MutationObserver the bundle's code
 *   registers and removes, so a test can count what is left behind;
 * - a `window.__pwned` trap that any injected payload would spring.
 * With `?storage=throw|full|corrupt`, localStorage misbehaves before the bundle loads.
 */
(() => {
  const params = new URLSearchParams(location.search);
  const e2e = {
    errors: [],
    warnings: [],
    consoleErrors: [],
    pwned: [],
    /** The element a test action or a Lit update is working on; console output is charged to it. */
    current: null,
    ids: new WeakMap(),
    nextId: 1,
  };
  window.__e2e = e2e;

  /** A stable number for an element, for reports. */
  e2e.idOf = (element) => {
    if (!element) return 0;
    if (!e2e.ids.has(element)) e2e.ids.set(element, e2e.nextId++);
    return e2e.ids.get(element);
  };

  /** During a fuzz run, the number of the action running, so a report can name it. */
  e2e.action = 0;
  const during = () => (e2e.action ? `[fuzz action ${e2e.action}] ` : '');
  /** Name, message and stack (Firefox's `stack` has no message). */
  const describeError = (error) => {
    try {
      if (error && typeof error === 'object' && 'message' in error) {
        return `${error.name}: ${error.message}\n${String(error.stack ?? '').slice(0, 600)}`;
      }
      return String(error);
    } catch {
      return '[unprintable error]';
    }
  };
  window.addEventListener('error', (event) => {
    e2e.errors.push(`${during()}${event.error === undefined ? event.message : describeError(event.error)}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    e2e.errors.push(`${during()}unhandled rejection: ${describeError(event.reason)}`);
  });

  const text = (args) =>
    args
      .map((arg) => {
        try {
          return typeof arg === 'string' ? arg : String(arg);
        } catch {
          return '[unprintable]';
        }
      })
      .join(' ');
  const originalWarn = console.warn;
  const originalError = console.error;
  console.warn = function (...args) {
    e2e.warnings.push({ text: text(args), element: e2e.idOf(e2e.current), tag: e2e.current?.localName ?? '', action: e2e.action });
    return originalWarn.apply(this, args);
  };
  console.error = function (...args) {
    e2e.consoleErrors.push({ text: text(args), element: e2e.idOf(e2e.current), tag: e2e.current?.localName ?? '', action: e2e.action });
    return originalError.apply(this, args);
  };

  // Charge the console output of a Lit update to the element being updated.
  const tags = new Set(['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card']);
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, constructor, options) {
    const proto = constructor?.prototype;
    if (tags.has(name) && proto && typeof proto.performUpdate === 'function' && !Object.hasOwn(proto, 'performUpdate')) {
      const performUpdate = proto.performUpdate;
      proto.performUpdate = function () {
        const previous = e2e.current;
        e2e.current = this;
        try {
          return performUpdate.call(this);
        } finally {
          e2e.current = previous;
        }
      };
    }
    return define.call(this, name, constructor, options);
  };

  // Any payload that runs sets this.
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => (e2e.pwned.length > 0 ? e2e.pwned[0] : undefined),
    set: (value) => {
      e2e.pwned.push(String(value));
    },
  });

  // Storage faults, before the bundle reads anything.
  const storage = params.get('storage');
  if (storage === 'throw') {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = denied;
    Storage.prototype.setItem = denied;
    Storage.prototype.removeItem = denied;
  } else if (storage === 'full') {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  } else if (storage === 'corrupt') {
    localStorage.setItem('pushup-widgets:checklist:v1:default', '{"not json');
    localStorage.setItem('pushup-widgets:quiz:v3:default', '[1, 2');
  }

  if (!params.has('listeners')) return;

  // Listener accounting: what the bundle's own code registered and has not removed.
  const fromBundle = () => /pushup-widgets\.min\.js/.test(new Error().stack ?? '');
  /** target -> list of { type, listener, capture, library } */
  const listeners = new Map();
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const find = (list, type, listener, capture) =>
    list.findIndex((entry) => entry.type === type && entry.listener === listener && entry.capture === capture);
  const add = (target, type, listener, options, kind) => {
    if (!listener) return;
    const capture = captureOf(options);
    const list = listeners.get(target) ?? [];
    if (find(list, type, listener, capture) !== -1) return;
    const entry = { type, listener, capture, kind, library: fromBundle() };
    list.push(entry);
    listeners.set(target, list);
    const signal = typeof options === 'object' ? options?.signal : undefined;
    signal?.addEventListener?.('abort', () => remove(target, type, listener, options));
  };
  const remove = (target, type, listener, options) => {
    const list = listeners.get(target);
    if (!list) return;
    const index = find(list, type, listener, captureOf(options));
    if (index !== -1) list.splice(index, 1);
    if (list.length === 0) listeners.delete(target);
  };
  /** Wraps one window's EventTarget, MediaQueryList and MutationObserver (the page's, or an iframe's). */
  e2e.instrumentRealm = (realm) => {
    if (realm.__e2eInstrumented) return;
    realm.__e2eInstrumented = true;
    const addEventListener = realm.EventTarget.prototype.addEventListener;
    const removeEventListener = realm.EventTarget.prototype.removeEventListener;
    realm.EventTarget.prototype.addEventListener = function (type, listener, options) {
      add(this, type, listener, options, 'event');
      return addEventListener.call(this, type, listener, options);
    };
    realm.EventTarget.prototype.removeEventListener = function (type, listener, options) {
      remove(this, type, listener, options);
      return removeEventListener.call(this, type, listener, options);
    };
    if (realm.MediaQueryList?.prototype.addListener) {
      const addListener = realm.MediaQueryList.prototype.addListener;
      const removeListener = realm.MediaQueryList.prototype.removeListener;
      realm.MediaQueryList.prototype.addListener = function (listener) {
        add(this, 'change (addListener)', listener, false, 'media');
        return addListener.call(this, listener);
      };
      realm.MediaQueryList.prototype.removeListener = function (listener) {
        remove(this, 'change (addListener)', listener, false);
        return removeListener.call(this, listener);
      };
    }
    const observe = realm.MutationObserver.prototype.observe;
    const disconnect = realm.MutationObserver.prototype.disconnect;
    realm.MutationObserver.prototype.observe = function (target, options) {
      const record = observers.get(this) ?? { targets: new Set(), library: fromBundle() };
      record.targets.add(target);
      observers.set(this, record);
      return observe.call(this, target, options);
    };
    realm.MutationObserver.prototype.disconnect = function () {
      observers.delete(this);
      return disconnect.call(this);
    };
  };
  /** observer -> { targets: Set, library } */
  const observers = new Map();
  e2e.instrumentRealm(window);

  /** A live target: not a node, or a node still in a document (a detached subtree can be collected). */
  const live = (target) => {
    if (typeof target?.nodeType !== 'number') return true;
    return target.nodeType === 9 || target.isConnected;
  };
  const describe = (target) => {
    if (target === window) return 'window';
    if (target?.nodeType === 9) return target === document ? 'document' : 'iframe document';
    if (target?.document && target !== window) return 'iframe window';
    if (target?.nodeType === 1) return `<${target.localName}${target.getAttribute('part') ? ` part="${target.getAttribute('part')}"` : ''}>`;
    if (target?.nodeType === 11) return `shadow root of <${target.host?.localName}>`;
    if (typeof target?.media === 'string' && 'matches' in target) return `matchMedia(${target.media})`;
    return Object.prototype.toString.call(target);
  };

  /** What the bundle holds now on live targets: event listeners and observing MutationObservers. */
  e2e.listenerReport = () => {
    const held = [];
    for (const [target, list] of listeners) {
      if (!live(target)) continue;
      for (const entry of list) if (entry.library) held.push(`${describe(target)} ${entry.type}`);
    }
    let observing = 0;
    for (const [, record] of observers) {
      if (!record.library) continue;
      const targets = [...record.targets].filter(live);
      if (targets.length === 0) continue;
      observing += 1;
      held.push(`MutationObserver on ${targets.map(describe).join(', ')}`);
    }
    return { listeners: held.length - observing, observers: observing, held: held.sort() };
  };
})();

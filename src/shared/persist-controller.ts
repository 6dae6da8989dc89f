import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Prefix of every key the library writes, so a site can find or clear them. */
export const STORAGE_PREFIX = 'pushup-widgets';

// Shared by every instance on the page: when storage fails, what the user did lives here
// until the page closes, so a re-created element still finds it.
const memory = new Map<string, string>();
let warned = false;

function warnOnce(message: string, error?: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`pushup-widgets: ${message} Progress is kept in memory until the page closes.`, error ?? '');
}

/** The page's localStorage, or undefined where reading it throws (sandboxed iframes). */
function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export interface PersistOptions<T> {
  /** The element's name in the key, e.g. `checklist`. */
  namespace: string;
  /** Bumped when the stored shape changes; older data is ignored, never misread. */
  version: number;
  /** The storage key the host asks for, or `null` when it does not persist. */
  key: () => string | null;
  /** Turns stored JSON back into a value, or returns undefined when it is not valid. */
  parse: (stored: unknown) => T | undefined;
  /**
   * Another tab changed the stored value: the new value, or undefined when it was removed.
   * The host shows it; it is not an action of this tab's reader. A value that cannot be
   * read is ignored, so nothing this tab shows is lost to it.
   */
  changedElsewhere: (value: T | undefined) => void;
  /**
   * How long a stored value lasts, in milliseconds, from its last save; absent: until it
   * is cleared. With it, the value is stored with the time it was saved, and a value past
   * its age is removed when it is next read, as is one whose time cannot be read.
   */
  maxAge?: () => number;
}

/** What is stored when values expire: the value and when it was saved (ms since 1970). */
interface Dated {
  savedAt: number;
  value: unknown;
}

const isDated = (stored: unknown): stored is Dated =>
  typeof stored === 'object' && stored !== null && Number.isFinite((stored as Dated).savedAt) && 'value' in stored;

/**
 * Keeps one value of an element in `localStorage` under a namespaced, versioned key
 * (`pushup-widgets:checklist:v1:<key>`). Writes nothing unless the host persists.
 * Storage that throws, is full or holds corrupt data falls back to memory with one
 * console warning; it never throws into the element. A change another tab makes to the
 * same key (a valid value, or a removal) is handed to the host, so two tabs show the same
 * progress; an unreadable one is ignored.
 */
export class PersistController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly isConnected: boolean };
  readonly #options: PersistOptions<T>;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, options: PersistOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow(this.storageKey);
  }

  /**
   * Follows other tabs while the host is on the page and keeps a `key`. Only then: Chromium
   * opens the page's storage for a `storage` listener, milliseconds of a first render.
   * (A listener added twice is added once.)
   */
  #follow(key: string | null): void {
    if (key && this.#host.isConnected) globalThis.addEventListener?.('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('storage', this.#onStorage);
  }

  /** Another tab wrote, removed or cleared storage: follow it for this host's key. */
  readonly #onStorage = (event: StorageEvent): void => {
    const key = this.storageKey;
    // `key` is null when another tab cleared all of storage.
    if (key === null || (event.key !== null && event.key !== key) || memory.has(key)) return;
    if (event.storageArea !== pageStorage()) return;
    if (event.newValue === null) {
      this.#options.changedElsewhere(undefined);
      return;
    }
    const value = this.#read(event.newValue);
    if (value !== undefined) this.#options.changedElsewhere(value);
  };

  /** The full storage key, or null when the host does not persist. */
  get storageKey(): string | null {
    const key = this.#options.key();
    if (key === null) return null;
    return `${STORAGE_PREFIX}:${this.#options.namespace}:v${this.#options.version}:${key}`;
  }

  /**
   * The stored value, or undefined when nothing valid is stored. A value past its
   * `maxAge` is removed without a word; one that cannot be read is removed with a warning.
   * Values an earlier version of the library stored under this key are removed too.
   */
  load(): T | undefined {
    const key = this.storageKey;
    this.#follow(key);
    if (key === null) return undefined;
    this.#removeEarlierVersions();
    let raw: string | null | undefined = memory.get(key);
    if (raw === undefined) {
      try {
        raw = pageStorage()?.getItem(key);
      } catch (error) {
        warnOnce('Saved progress could not be read.', error);
      }
    }
    if (raw === null || raw === undefined) return undefined;
    const value = this.#read(raw);
    if (value !== undefined) return value;
    if (!this.#expired) warnOnce(`Saved progress under "${key}" was not valid and was removed.`);
    this.clear();
    return undefined;
  }

  /** Whether the last value `#read` turned down was past its age rather than unreadable. */
  #expired = false;

  /** A stored text as a value: undefined when it is not JSON, not valid, or past its age. */
  #read(raw: string): T | undefined {
    this.#expired = false;
    let stored: unknown;
    try {
      stored = JSON.parse(raw);
    } catch {
      return undefined;
    }
    const maxAge = this.#options.maxAge?.();
    if (maxAge === undefined) return this.#options.parse(stored);
    if (!isDated(stored)) return undefined;
    const age = Date.now() - stored.savedAt;
    // A time in the future is as unreadable as none: it could keep the value forever.
    if (age < 0) return undefined;
    if (age > maxAge) {
      this.#expired = true;
      return undefined;
    }
    return this.#options.parse(stored.value);
  }

  /** Removes what earlier versions stored under the same key: never read again, so never kept. */
  #removeEarlierVersions(): void {
    const key = this.#options.key();
    if (key === null) return;
    for (let version = 1; version < this.#options.version; version += 1) {
      try {
        pageStorage()?.removeItem(`${STORAGE_PREFIX}:${this.#options.namespace}:v${version}:${key}`);
      } catch {
        // Storage that cannot be reached holds nothing to remove.
      }
    }
  }

  /** Stores `value`; does nothing when the host does not persist. */
  save(value: T): void {
    const key = this.storageKey;
    this.#follow(key);
    if (key === null) return;
    const raw = JSON.stringify(this.#options.maxAge ? { savedAt: Date.now(), value } : value);
    if (memory.has(key)) {
      memory.set(key, raw);
      return;
    }
    try {
      const storage = pageStorage();
      if (!storage) throw new Error('localStorage is not available');
      storage.setItem(key, raw);
    } catch (error) {
      memory.set(key, raw);
      warnOnce('Progress could not be saved in this browser.', error);
    }
  }

  /** Removes the stored value. */
  clear(): void {
    const key = this.storageKey;
    if (key === null) return;
    memory.delete(key);
    try {
      pageStorage()?.removeItem(key);
    } catch {
      // Nothing stored there to remove.
    }
  }
}

/** Forgets the in-memory fallback and the warning; for tests. */
export function resetPersistenceFallback(): void {
  memory.clear();
  warned = false;
}

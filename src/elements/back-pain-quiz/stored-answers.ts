/**
 * What `<back-pain-quiz>` keeps with `persist`: the accepted answers, which are health
 * data, so they expire; how they are read back, since anything in storage may be corrupt
 * or written for other content; and the controller that keeps them (`StoredAnswers`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuizElementContent } from '../../content/types.js';
import { sanitizeAnswers, type QuizAnswers } from '../../quiz/engine.js';
import { PersistController } from '../../shared/persist-controller.js';
import { readPositiveNumber, readStorageKey, warningKey } from '../../shared/property-values.js';

/** An hour in milliseconds: the unit of `persist-hours`. */
const HOUR = 3_600_000;

/** How long stored answers last by default: health data is not kept past a day. */
const DEFAULT_PERSIST_HOURS = 24;

/**
 * Stored answers are a record of answer-id lists; anything else is corrupt. A record none
 * of whose answers stands against the current content is corrupt too, not "nothing yet".
 */
export function parseStoredAnswers(content: QuizElementContent, stored: unknown): QuizAnswers | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const answers = sanitizeAnswers(content, stored);
  if (Object.keys(stored).length > 0 && Object.keys(answers).length === 0) return undefined;
  return answers;
}

/** What `StoredAnswers` needs of its quiz. */
export interface StoredAnswersOptions {
  /** The content the answers are read against. */
  content: () => QuizElementContent;
  /** The `persist` (else the page's) and `persist-hours` values as set, however a page set them. */
  persist: () => unknown;
  persistHours: () => unknown;
  /** Shows answers another tab stored (or `{}` when it removed them), or restored ones. */
  show: (answers: QuizAnswers) => void;
  /** A console warning, once per key. */
  warn: (key: string, message: string) => void;
}

/**
 * The quiz's answers on this device, with `persist`: saved after each accepted step,
 * restored on connect, expired `persist-hours` after the last answer, shared with other
 * tabs, removed on Start again or at the reader's request ("Forget my answers"). `status`
 * says which of those the result shows.
 */
export class StoredAnswers implements ReactiveController {
  /** Whether the answers are kept on this device, or were just forgotten at the reader's request. */
  #status?: 'stored' | 'forgotten';
  /** The storage key the answers were last restored from. */
  #restoredFrom?: string | null;
  readonly #host: ReactiveControllerHost;
  readonly #options: StoredAnswersOptions;
  readonly #storage: PersistController<QuizAnswers>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StoredAnswersOptions) {
    this.#host = host;
    this.#options = options;
    this.#storage = new PersistController<QuizAnswers>(host, {
      namespace: 'quiz',
      // 2: red flags first, and referral-only results. 3: stored with the time, to expire.
      version: 3,
      key: () => this.#key,
      parse: (stored) => parseStoredAnswers(options.content(), stored),
      changedElsewhere: (answers) => {
        options.show(answers ?? {});
        this.#setStatus(answers ? 'stored' : undefined);
      },
      maxAge: () => this.#hours * HOUR,
    });
    host.addController(this);
  }

  /** What the result says of the stored answers: kept, just forgotten, or nothing (not persisting). */
  get status(): 'stored' | 'forgotten' | undefined {
    return this.#storage.storageKey ? this.#status : undefined;
  }

  hostUpdate(): void {
    // Read at every update, so a bad value is said when it is set, not at the next answer.
    void this.#hours;
  }

  /** Whether `persist` (the element's or the page's) now names another key than the answers were restored from. */
  get moved(): boolean {
    return this.#storage.storageKey !== this.#restoredFrom;
  }

  /** Shows the stored answers, if any. */
  restore(): void {
    this.#restoredFrom = this.#storage.storageKey;
    const stored = this.#storage.load();
    if (stored) this.#options.show(stored);
    this.#setStatus(stored ? 'stored' : undefined);
  }

  save(answers: QuizAnswers): void {
    this.#storage.save(answers);
    if (this.#storage.storageKey) this.#setStatus('stored');
  }

  /** Removes the stored answers (Start again). */
  clear(): void {
    this.#storage.clear();
    this.#setStatus(undefined);
  }

  /** Removes the stored answers at the reader's request, and says so. */
  forget(): void {
    this.#storage.clear();
    this.#setStatus('forgotten');
  }

  #setStatus(status: 'stored' | 'forgotten' | undefined): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#host.requestUpdate();
  }

  get #key(): string | null {
    const persist = this.#options.persist();
    const { value, problem } = readStorageKey(persist);
    if (problem) this.#options.warn(warningKey('persist', persist), `persist: ${problem}.`);
    return value;
  }

  get #hours(): number {
    const hours = this.#options.persistHours();
    const { value, problem } = readPositiveNumber(hours, DEFAULT_PERSIST_HOURS);
    if (problem) this.#options.warn(warningKey('persist-hours', hours), `persist-hours: ${problem}; answers last ${value} hours.`);
    return value;
  }
}

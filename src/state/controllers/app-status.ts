import { createContext } from '@lit/context';

/** Whether the app can start without the network (a service worker holds every built file). */
export type OfflineState = 'unavailable' | 'preparing' | 'ready';

/** What the browser grants Verso's storage. `null`: the browser cannot tell (no Storage API). */
export interface StorageState {
  /** Persistent storage granted: the browser will not evict Verso's data under storage pressure. */
  readonly persisted: boolean | null;
  /** Bytes used and available, as the browser estimates them. */
  readonly usage: number | null;
  readonly quota: number | null;
}

/** The few browser APIs AppStatus uses, so tests can give fakes. */
export interface StatusEnvironment {
  readonly storage?: Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;
  readonly serviceWorker?: Pick<ServiceWorkerContainer, 'register' | 'ready'> &
    Partial<Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>>;
  readonly onLine: boolean;
  readonly window?: Pick<Window, 'addEventListener'>;
}

/**
 * How durable and available Verso is in this browser (issue 6): persistent storage asked for at start
 * and its answer, the storage estimate, the service worker that makes the app work offline, and whether
 * the network is there. Elements read it through `appStatusContext`.
 *
 * @fires change - after any of it changes
 */
export class AppStatus extends EventTarget {
  #storage: StorageState = { persisted: null, usage: null, quota: null };
  #offline: OfflineState = 'unavailable';
  #online: boolean;
  #updateReady = false;

  constructor(private readonly env: StatusEnvironment) {
    super();
    this.#online = env.onLine;
    env.window?.addEventListener('online', () => this.#set(() => (this.#online = true)));
    env.window?.addEventListener('offline', () => this.#set(() => (this.#online = false)));
  }

  get storage(): StorageState {
    return this.#storage;
  }

  get offline(): OfflineState {
    return this.#offline;
  }

  get online(): boolean {
    return this.#online;
  }

  /** A new version of Verso took over the service worker: this tab runs the old one until reloaded. */
  get updateReady(): boolean {
    return this.#updateReady;
  }

  /**
   * Asks for persistent storage (`navigator.storage.persist()`); Chromium grants it without a prompt
   * to sites the user engages with. Records the answer and the storage estimate.
   */
  async requestPersistence(): Promise<void> {
    const storage = this.env.storage;
    if (!storage) return;
    let persisted: boolean | null = null;
    try {
      persisted = (await storage.persisted()) || (await storage.persist());
    } catch {
      persisted = null;
    }
    this.#set(() => (this.#storage = { ...this.#storage, persisted }));
    await this.refreshEstimate();
  }

  /** Reads the storage estimate again (the settings dialog does when it opens). */
  async refreshEstimate(): Promise<void> {
    try {
      const estimate = await this.env.storage?.estimate();
      if (!estimate) return;
      this.#set(
        () =>
          (this.#storage = {
            ...this.#storage,
            usage: estimate.usage ?? null,
            quota: estimate.quota ?? null,
          }),
      );
    } catch {
      // No estimate: the dialog says nothing about usage.
    }
  }

  /**
   * Registers the service worker at `url`; `ready` once one is active (every file precached). `entry` is
   * this page's entry module URL: the worker asks for it to keep this version's files while the tab is
   * open (issue 12 item 11). A new worker taking over a page that already had one means a new version:
   * `updateReady`.
   */
  async registerServiceWorker(url: string, entry = ''): Promise<void> {
    const container = this.env.serviceWorker;
    if (!container) return;
    this.#set(() => (this.#offline = 'preparing'));
    // A first visit has no controller until its own worker claims the page: that first change is not
    // a new version; any later one is.
    let hadController = Boolean(container.controller);
    container.addEventListener?.('message', (event) => {
      const data: unknown = event.data;
      const asks = typeof data === 'object' && data !== null && 'type' in data;
      if (asks && data.type === 'verso-entry') event.ports[0]?.postMessage(entry);
    });
    container.addEventListener?.('controllerchange', () => {
      if (hadController) this.#set(() => (this.#updateReady = true));
      hadController = true;
    });
    try {
      await container.register(url, { type: 'classic', scope: './' });
      const active = await container.ready;
      // Caches no open tab uses any more go now (a closed tab of an older version).
      active.active?.postMessage({ type: 'verso-prune' });
      this.#set(() => (this.#offline = 'ready'));
    } catch {
      this.#set(() => (this.#offline = 'unavailable'));
    }
  }

  #set(change: () => void): void {
    change();
    this.dispatchEvent(new Event('change'));
  }
}

/** Context carrying the AppStatus from the composition root to the elements that show it. */
export const appStatusContext = createContext<AppStatus>(Symbol('verso-app-status'));

import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import type { AppState } from '../app-state.ts';
import { storeContext } from '../context.ts';
import type { Store } from '../store.ts';

/**
 * Gives an element the store and re-renders it when the state it reads changes. `select` picks what
 * the element shows; it re-renders only when one of the picked values changes (by identity), so a
 * keystroke does not re-render every panel. Without `select` every change re-renders it.
 *
 * The store comes from `storeContext` (provided by <verso-app>) or, for the root, is given directly.
 */
export class StoreController implements ReactiveController {
  #store: Store | undefined;
  #unsubscribe: (() => void) | undefined;
  #picked: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & ReactiveElement,
    private readonly select?: (state: AppState) => readonly unknown[],
    store?: Store,
  ) {
    // Before addController: a connected host calls hostConnected at once, which subscribes.
    if (store) this.#store = store;
    host.addController(this);
    if (!store) {
      new ContextConsumer(host, {
        context: storeContext,
        subscribe: false,
        callback: (value) => {
          this.#store = value;
          if (host.isConnected) this.#listen();
          host.requestUpdate();
        },
      });
    }
  }

  /** The store (set once the context answered, before the first render of a connected element). */
  get store(): Store {
    if (!this.#store) throw new Error('No store: the element is not inside <verso-app>.');
    return this.#store;
  }

  /** The current immutable state. */
  get value(): AppState {
    return this.store.state;
  }

  hostConnected(): void {
    this.#listen();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #listen(): void {
    if (!this.#store || this.#unsubscribe) return;
    const store = this.#store;
    this.#picked = this.select?.(store.state) ?? [];
    this.#unsubscribe = store.subscribe(() => {
      if (this.select) {
        const picked = this.select(store.state);
        if (
          picked.length === this.#picked.length &&
          picked.every((v, i) => Object.is(v, this.#picked[i]))
        )
          return;
        this.#picked = picked;
      }
      this.host.requestUpdate();
    });
  }
}

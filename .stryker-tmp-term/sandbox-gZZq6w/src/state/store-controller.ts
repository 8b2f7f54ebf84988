// @ts-nocheck
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppState, Store } from './store.ts';

/** Re-renders its host whenever the store changes; `value` is the current immutable state. */
export class StoreController implements ReactiveController {
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly store: Store,
  ) {
    host.addController(this);
  }

  get value(): AppState {
    return this.store.state;
  }

  hostConnected(): void {
    this.store.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.store.removeEventListener('change', this.onChange);
  }
}

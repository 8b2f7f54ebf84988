// @ts-nocheck
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { appStatusContext, type AppStatus } from '../state/app-status.ts';

/** Gives an element the AppStatus (from context) and re-renders it when the status changes. */
export class AppStatusController implements ReactiveController {
  #status: AppStatus | undefined;
  readonly #onChange = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    new ContextConsumer(host, {
      context: appStatusContext,
      subscribe: true,
      callback: (status) => this.#attach(status),
    });
  }

  /** The status, or undefined before the context arrives (or in a page without one). */
  get value(): AppStatus | undefined {
    return this.#status;
  }

  hostConnected(): void {
    this.#status?.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#status?.removeEventListener('change', this.#onChange);
  }

  #attach(status: AppStatus): void {
    if (status === this.#status) return;
    this.#status?.removeEventListener('change', this.#onChange);
    this.#status = status;
    status.addEventListener('change', this.#onChange);
    this.host.requestUpdate();
  }
}

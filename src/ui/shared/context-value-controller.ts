import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Gives an element a value from a context (an EventTarget such as the AppStatus or the theme
 * preference) and re-renders the element whenever that value fires `change`.
 */
export class ContextValueController<T extends EventTarget> implements ReactiveController {
  #value: T | undefined;
  readonly #onChange = (): void => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    context: Context<unknown, T>,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context,
      subscribe: true,
      callback: (value) => this.#attach(value),
    });
  }

  /** The value, or undefined before the context arrives (or in a page without one). */
  get value(): T | undefined {
    return this.#value;
  }

  hostConnected(): void {
    this.#value?.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#value?.removeEventListener('change', this.#onChange);
  }

  #attach(value: T): void {
    if (value === this.#value) return;
    this.#value?.removeEventListener('change', this.#onChange);
    this.#value = value;
    value.addEventListener('change', this.#onChange);
    this.host.requestUpdate();
  }
}

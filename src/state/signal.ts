/**
 * A typed, synchronous one-to-many notification: how the rooms of the state layer tell each other that
 * something happened (a project was opened, a segment's text changed) without importing each other.
 */
export class Signal<T> {
  readonly #listeners = new Set<(value: T) => void>();

  /** Calls `listener` on every emit until the returned function is called. */
  on(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(value: T): void {
    for (const listener of this.#listeners) listener(value);
  }
}

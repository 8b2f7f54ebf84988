import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Store } from '../../state/store.ts';
import { openFiles } from '../shared/file-intake.ts';

/**
 * Files dropped on the work area open as they would from the file picker; while files are dragged
 * over it, `dragging` is true (the root shows the drop hint). The root binds the three handlers.
 */
export class FileDrop implements ReactiveController {
  dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => Store,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  readonly over = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.#set(true);
  };

  readonly leave = (): void => this.#set(false);

  readonly drop = (e: DragEvent): void => {
    e.preventDefault();
    this.#set(false);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) void openFiles(this.store(), files);
  };

  #set(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }
}

import type { ReactiveController, ReactiveElement } from 'lit';
import { noticeFor } from '../../state/notices.ts';
import type { Store } from '../../state/store.ts';
import {
  DIALOGS,
  type DialogName,
  type DialogParams,
  type ManagedDialog,
} from '../dialogs/registry.ts';
import { loadOnce } from '../shared/lazy.ts';
import { ShowDialogEvent } from '../shared/events.ts';

const load = loadOnce<DialogName>(
  Object.fromEntries(Object.entries(DIALOGS).map(([name, d]) => [name, d.load])) as Record<
    DialogName,
    () => Promise<unknown>
  >,
);

/**
 * Opens any dialog from a typed `verso-show-dialog` event (Home Assistant's `show-dialog`): loads its
 * module the first time (a chunk that cannot be fetched — offline on a build not yet cached — is
 * reported, and the next try loads it again), creates the element once inside the host's shadow root,
 * where it reaches the store through context, and opens it with the event's parameters. It also opens
 * the language prompt when an import asks for languages.
 */
export class DialogManager implements ReactiveController {
  readonly #dialogs = new Map<DialogName, ManagedDialog>();
  #unsubscribe: (() => void) | undefined;
  #prompting = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly store: () => Store,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(ShowDialogEvent.eventName, this.#onShow);
    this.#unsubscribe = this.store().subscribe(() => this.#watchPrompt());
  }

  hostDisconnected(): void {
    this.host.removeEventListener(ShowDialogEvent.eventName, this.#onShow);
    this.#unsubscribe?.();
  }

  /** Loads, creates and opens dialog `name`. Resolves once it is open (or its load failed). */
  async open<K extends DialogName>(name: K, params: DialogParams[K]): Promise<void> {
    try {
      await load(name);
    } catch (error) {
      this.store().report(noticeFor(error));
      return;
    }
    let dialog = this.#dialogs.get(name) as ManagedDialog<K> | undefined;
    if (!dialog) {
      dialog = document.createElement(DIALOGS[name].tag) as unknown as ManagedDialog<K>;
      this.host.renderRoot.append(dialog);
      this.#dialogs.set(name, dialog);
    }
    await dialog.open(params);
  }

  /** Closes dialog `name` if it was ever opened. */
  close(name: DialogName): void {
    const dialog = this.#dialogs.get(name);
    if (dialog?.isOpen) dialog.close();
  }

  readonly #onShow = (e: ShowDialogEvent): void => {
    e.stopPropagation();
    void this.open(e.dialog, e.params);
  };

  /** A file that does not say its languages: ask (once per prompt). */
  #watchPrompt(): void {
    const prompt = this.store().state.languagePrompt;
    if (prompt && !this.#prompting) void this.open('import', { mode: 'languages' });
    this.#prompting = prompt !== null;
  }
}

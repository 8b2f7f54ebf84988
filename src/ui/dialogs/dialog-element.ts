import { LitElement } from 'lit';
import { query } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';

/**
 * Base of Verso's modal dialogs: a native `<dialog>` (focus trapped, Escape closes, focus returns to
 * the opener) rendered by the subclass. The dialog manager calls `open(params)`; a subclass that takes
 * parameters overrides it, keeps them and calls `super.open`.
 */
export abstract class DialogElement<P = Record<string, never>> extends LitElement {
  protected readonly l = new Localize(this);

  @query('dialog') protected dialog!: HTMLDialogElement;

  /** Opens the dialog modally with `params` (after the first render). */
  async open(_params: P): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }
}

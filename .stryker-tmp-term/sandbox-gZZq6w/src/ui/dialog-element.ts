// @ts-nocheck
import { LitElement } from 'lit';
import { query } from 'lit/decorators.js';
import { Localize } from '../i18n/localize.ts';

/**
 * Base of Verso's modal dialogs: a native `<dialog>` (focus trapped, Escape closes, focus returns to
 * the opener) rendered by the subclass, opened with `show()`.
 */
export abstract class DialogElement extends LitElement {
  protected readonly l = new Localize(this);

  @query('dialog') protected dialog!: HTMLDialogElement;

  /** Opens the dialog modally (after the first render). */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }
}

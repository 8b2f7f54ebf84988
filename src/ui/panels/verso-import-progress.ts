import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { DialogElement } from '../dialogs/dialog-element.ts';
import { controls } from '../shared/styles.ts';

/**
 * Progress of an import running in the worker, with Cancel. Shown while the store says an import runs
 * and it has taken longer than a moment (a small file opens without a dialog flashing by).
 */
/** An import shorter than this shows no dialog. */
const SHOW_AFTER_MS = 250;

@customElement('verso-import-progress')
export class VersoImportProgress extends DialogElement {
  static override styles = [
    controls,
    css`
      progress {
        width: 100%;
      }
    `,
  ];

  private readonly s = new StoreController(this, (state) => [state.importing]);
  #timer: ReturnType<typeof setTimeout> | undefined;

  private get importing() {
    return this.s.value.importing;
  }

  protected override updated(): void {
    if (this.importing && !this.isOpen && this.#timer === undefined) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        if (this.importing) void this.open({});
      }, SHOW_AFTER_MS);
    }
    if (!this.importing) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      if (this.isOpen) this.close();
    }
  }

  override render() {
    const t = this.l.t;
    const job = this.importing;
    return html`
      <dialog aria-labelledby="title" @cancel=${this.cancel}>
        <h2 id="title">${t('import.progress', { file: job?.fileName ?? '' })}</h2>
        ${
          job
            ? html`<progress
                  aria-label=${t('import.progressLabel')}
                  max=${Math.max(1, job.total)}
                  value=${ifDefined(job.total > 0 ? job.done : undefined)}
                ></progress>
                ${
                  job.total > 0
                    ? html`<p role="status">
                        ${t('import.progressCount', { done: job.done, total: job.total })}
                      </p>`
                    : nothing
                }`
            : nothing
        }
        <div class="dialog-actions">
          <button type="button" @click=${this.cancel}>${t('import.cancel')}</button>
        </div>
      </dialog>
    `;
  }

  private cancel(e?: Event): void {
    e?.preventDefault();
    this.s.store.imports.cancelImport();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-import-progress': VersoImportProgress;
  }
}

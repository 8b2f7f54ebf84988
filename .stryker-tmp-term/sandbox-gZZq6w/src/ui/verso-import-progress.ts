// @ts-nocheck
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DialogElement } from './dialog-element.ts';
import { controls } from './styles/shared.ts';

/**
 * Progress of an import running in the worker, with Cancel. Shown while `importing` is set.
 *
 * @fires verso-import-cancelled
 */
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

  @property({ attribute: false }) importing: {
    readonly fileName: string;
    readonly done: number;
    readonly total: number;
  } | null = null;

  protected override updated(): void {
    if (this.importing && !this.isOpen) void this.show();
    if (!this.importing && this.isOpen) this.close();
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
    this.dispatchEvent(new Event('verso-import-cancelled', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-import-progress': VersoImportProgress;
  }
}

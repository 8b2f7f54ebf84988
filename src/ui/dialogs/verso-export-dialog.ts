import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DialogElement } from './dialog-element.ts';
import type { ExportKind } from '../../core/export/index.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { saveDownload } from '../shared/download.ts';
import { lqaNames } from '../lqa/lqa-names.ts';
import { controls } from '../shared/styles.ts';

/** Export groups, in the order the dialog lists them. */
const GROUPS: readonly {
  readonly key: 'edition' | 'review' | 'interchange' | 'backup';
  readonly kinds: readonly ExportKind[];
}[] = [
  { key: 'edition', kinds: ['txt', 'md', 'html', 'docx'] },
  { key: 'review', kinds: ['docx-review', 'report'] },
  { key: 'interchange', kinds: ['xliff2', 'xliff12', 'tmx'] },
  { key: 'backup', kinds: ['json'] },
];

/**
 * What "Export" offers: the clean edition (excluded segments left out) as plain text or Markdown, and
 * the lossless project backup.
 */
@customElement('verso-export-dialog')
export class VersoExportDialog extends DialogElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(32rem, 94vw);
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.5rem;
      }
      h3 {
        font-size: 0.9rem;
        margin: 0.75rem 0 0.35rem;
        color: var(--verso-muted);
      }
      li button {
        width: 100%;
        text-align: left;
        padding: 0.6rem 0.8rem;
      }
      .hint {
        display: block;
        color: var(--verso-muted);
        font-size: 0.85rem;
      }
    `,
  ];

  override render() {
    const t = this.l.t;
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('export.title')}</h2>
        ${GROUPS.map(
          (group) =>
            html`<section aria-labelledby="g-${group.key}">
              <h3 id="g-${group.key}">${t(`export.group.${group.key}`)}</h3>
              <ul>
                ${group.kinds.map(
                  (kind) =>
                    html`<li>
                      <button type="button" @click=${() => void this.choose(kind)}>
                        ${t(`export.kind.${kind}`)}<span class="hint"
                          >${t(`export.hint.${kind}`)}</span
                        >
                      </button>
                    </li>`,
                )}
              </ul>
            </section>`,
        )}
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }

  private readonly s = new StoreController(this, () => []);

  /** Builds the file (in the export worker) in the UI language and hands it to the browser. */
  private async choose(kind: ExportKind): Promise<void> {
    this.close();
    const t = this.l.t;
    const { reportLabels } = await import('../shared/report-labels.ts');
    const download = await this.s.store.exportAs(kind, {
      author: t('comments.you'),
      report: { labels: reportLabels(t), lang: this.l.language },
      lqaNames: lqaNames(t),
    });
    if (download) saveDownload(download);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-export-dialog': VersoExportDialog;
  }
}

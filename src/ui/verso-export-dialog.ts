import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DialogElement } from './dialog-element.ts';
import { CommandEvent } from './events.ts';
import { controls } from './styles/shared.ts';

type ExportCommand = 'export-txt' | 'export-md' | 'export-json';

/**
 * What "Export" offers: the clean edition (excluded segments left out) as plain text or Markdown, and
 * the lossless project backup.
 *
 * @fires verso-command
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
    const item = (command: ExportCommand, key: 'txt' | 'md' | 'json') =>
      html`<li>
        <button type="button" @click=${() => this.choose(command)}>
          ${t(`export.${key}`)}<span class="hint">${t(`export.${key}Hint`)}</span>
        </button>
      </li>`;
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('export.title')}</h2>
        <ul>
          ${item('export-txt', 'txt')} ${item('export-md', 'md')} ${item('export-json', 'json')}
        </ul>
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }

  private choose(command: ExportCommand): void {
    this.close();
    this.dispatchEvent(new CommandEvent(command));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-export-dialog': VersoExportDialog;
  }
}

import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DialogElement } from './dialog-element.ts';
import { controls } from '../shared/styles.ts';
import { GuideRequestedEvent } from '../shell/verso-guide.ts';

/** The keyboard shortcuts, shown with `?` (outside a text field) or the toolbar button. */
export const KEYMAP = [
  ['Ctrl+Enter', 'keys.confirmNext'],
  ['Ctrl+Shift+Enter', 'keys.confirmStay'],
  ['Alt+↓ / Alt+↑', 'keys.nextPrevious'],
  ['Ctrl+H', 'keys.find'],
  ['Ctrl+1 … Ctrl+9', 'keys.insertMatch'],
  ['Ctrl+K', 'keys.concordance'],
  ['Ctrl+Shift+1 … 5', 'keys.sidePanel'],
  ['Ctrl+Z', 'keys.undo'],
  ['Ctrl+Y / Ctrl+Shift+Z', 'keys.redo'],
  ['Ctrl+O', 'keys.open'],
  ['Ctrl+S', 'keys.save'],
  ['Ctrl+Shift+E', 'lqa.keyLogError'],
  ['Shift+F10', 'editorMarks.key'],
  ['?', 'keys.help'],
  ['Esc', 'keys.close'],
] as const;

@customElement('verso-keymap')
export class VersoKeymap extends DialogElement {
  static override styles = [
    controls,
    css`
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 0.3rem 0.6rem;
        border-bottom: 1px solid var(--verso-border);
      }
      kbd {
        font-family: var(--verso-font-mono);
        background: var(--verso-surface);
        border: 1px solid var(--verso-border);
        border-radius: 4px;
        padding: 0 0.3rem;
      }
    `,
  ];

  /** Closes the key map and shows the first-run guide again (issue 13 item 6). */
  private showGuide(): void {
    this.close();
    document.dispatchEvent(new GuideRequestedEvent());
  }

  override render() {
    const t = this.l.t;
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('keys.title')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('keys.key')}</th>
              <th scope="col">${t('keys.action')}</th>
            </tr>
          </thead>
          <tbody>
            ${KEYMAP.map(
              ([key, action]) =>
                html`<tr>
                  <td><kbd>${key}</kbd></td>
                  <td>${t(action)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <div class="dialog-actions">
          <button type="button" @click=${this.showGuide}>${t('guide.show')}</button>
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-keymap': VersoKeymap;
  }
}

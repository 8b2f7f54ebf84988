import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { StoreController } from '../../state/controllers/store-controller.ts';
import type { EncodingChoice } from '../../state/flows/import.ts';
import { controls } from '../shared/styles.ts';
import { DialogElement } from './dialog-element.ts';

/**
 * Which encoding is this file in? (issue 12 item 7.) Verso could not tell for sure, so each candidate
 * is listed with how the file's first non-ASCII line reads in it; "Open" opens the file in the one
 * chosen, "Cancel" leaves everything as it was. Readings are shown as text.
 */
@customElement('verso-encoding-dialog')
export class VersoEncodingDialog extends DialogElement<Record<string, never>> {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(40rem, 94vw);
      }
      fieldset {
        border: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.5rem;
      }
      label {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.25rem 0.5rem;
        align-items: baseline;
      }
      q {
        grid-column: 2;
        font-family: var(--verso-mono, monospace);
        overflow-wrap: anywhere;
      }
    `,
  ];

  private readonly s = new StoreController(this, () => []);
  @state() private choice: EncodingChoice | null = null;
  @state() private selected = '';

  override async open(params: Record<string, never>): Promise<void> {
    this.choice = this.s.store.encodingChoice();
    this.selected = this.choice?.readings[0]?.encoding ?? '';
    await super.open(params);
  }

  override render() {
    const t = this.l.t;
    const readings = this.choice?.readings ?? [];
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('encodingChoice.title', { file: this.choice?.fileName ?? '' })}</h2>
        <fieldset>
          <legend>${t('encodingChoice.legend')}</legend>
          ${readings.map(
            ({ encoding, preview }) =>
              html`<label>
                <input
                  type="radio"
                  name="encoding"
                  .value=${encoding}
                  .checked=${encoding === this.selected}
                  @change=${() => (this.selected = encoding)}
                />
                <span>${encoding}</span>
                <q>${preview}</q>
              </label>`,
          )}
        </fieldset>
        <div class="dialog-actions">
          <button type="button" @click=${this.cancel}>${t('common.cancel')}</button>
          <button type="button" class="primary" ?disabled=${!this.selected} @click=${this.choose}>
            ${t('encodingChoice.open')}
          </button>
        </div>
      </dialog>
    `;
  }

  private readonly choose = (): void => {
    const encoding = this.selected;
    this.close();
    void this.s.store.answerEncoding(encoding);
  };

  private readonly cancel = (): void => {
    this.close();
    void this.s.store.answerEncoding(null);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-encoding-dialog': VersoEncodingDialog;
  }
}

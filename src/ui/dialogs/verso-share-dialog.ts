import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { LinkAccess } from '../../core/sync/protocol.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { controls } from '../shared/styles.ts';
import { DialogElement } from './dialog-element.ts';

/**
 * Share (issue 14): uploads the open project to the sync server the first time, then shows its link
 * (textbox "Share link", button "Copy link") for the access chosen in the combobox "Access" (can
 * edit / can view), and lets the owner stop sharing. A reviewer who joined through a link sees that
 * only the owner can do this.
 */
@customElement('verso-share-dialog')
export class VersoShareDialog extends DialogElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(38rem, 94vw);
      }
      .row {
        display: flex;
        gap: var(--verso-gap);
        align-items: center;
        margin: 0.5rem 0;
      }
      input {
        flex: 1;
        min-width: 0;
      }
      .hint {
        color: var(--verso-muted);
      }
    `,
  ];

  private readonly s = new StoreController(this, (st) => [st.project, st.sync]);
  @state() private access: LinkAccess = 'edit';
  @state() private link = '';
  @state() private busy = false;
  @state() private copied = false;

  /** Shares the project if it is not yet shared, then shows its link. */
  override async open(params: Record<string, never>): Promise<void> {
    this.copied = false;
    this.link = '';
    await super.open(params);
    const sync = this.s.store.sync;
    if (!sync.record()) {
      this.busy = true;
      const record = await sync.share();
      this.busy = false;
      if (!record) return this.close();
    }
    await this.showLink();
  }

  override render() {
    const t = this.l.t;
    const record = this.s.store.sync.record();
    const owner = record?.access === 'owner';
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('share.title')}</h2>
        <p>${t('share.intro')}</p>
        ${this.busy ? html`<p role="status">${t('share.uploading')}</p>` : nothing}
        ${record && !owner ? html`<p class="hint">${t('share.joinedBy')}</p>` : nothing}
        ${
          owner
            ? html`<label class="row"
                  >${t('share.access')}
                  <select .value=${this.access} @change=${this.onAccess}>
                    <option value="edit" ?selected=${this.access === 'edit'}>
                      ${t('share.accessEdit')}
                    </option>
                    <option value="view" ?selected=${this.access === 'view'}>
                      ${t('share.accessView')}
                    </option>
                  </select>
                </label>
                <div class="row">
                  <input
                    readonly
                    aria-label=${t('share.link')}
                    .value=${this.link}
                    @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
                  />
                  <button type="button" class="primary" @click=${this.copy}>
                    ${t('share.copy')}
                  </button>
                </div>
                ${this.copied ? html`<p role="status">${t('share.copied')}</p>` : nothing}`
            : nothing
        }
        <div class="dialog-actions">
          ${
            owner
              ? html`<button type="button" @click=${this.stop}>${t('share.stop')}</button>`
              : nothing
          }
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }

  private async showLink(): Promise<void> {
    this.link = (await this.s.store.sync.linkFor(this.access)) ?? '';
  }

  private readonly onAccess = (e: Event): void => {
    this.access = (e.target as HTMLSelectElement).value === 'view' ? 'view' : 'edit';
    this.copied = false;
    void this.showLink();
  };

  private readonly copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.link);
    } catch {
      // No clipboard permission: the link stays selected in the box for Ctrl+C.
      this.renderRoot.querySelector('input')?.select();
    }
    this.copied = true;
  };

  private readonly stop = async (): Promise<void> => {
    await this.s.store.sync.unshare();
    if (!this.s.store.sync.record()) this.close();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-share-dialog': VersoShareDialog;
  }
}

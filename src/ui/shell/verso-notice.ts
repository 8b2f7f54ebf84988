import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Notice } from '../../state/notices.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { Localize } from '../../i18n/localize.ts';
import { controls } from '../shared/styles.ts';
import { ShowDialogEvent } from '../shared/events.ts';

/**
 * The message area: the store's notice — errors as alerts, information as status — with Dismiss.
 */
@customElement('verso-notice')
export class VersoNotice extends LitElement {
  static override styles = [
    controls,
    css`
      .notice {
        display: flex;
        gap: 0.75rem;
        align-items: center;
        padding: 0.5rem 0.75rem;
        border-bottom: 1px solid var(--verso-border);
      }
      .error {
        background: var(--verso-danger-bg);
        color: var(--verso-danger);
      }
      .info {
        background: var(--verso-info-bg);
      }
      p {
        margin: 0;
        flex: 1;
      }
    `,
  ];

  private readonly l = new Localize(this);

  private readonly s = new StoreController(this, (s) => [s.notice]);

  override render() {
    const n = this.s.value.notice;
    // The live regions stay in the DOM so screen readers announce what is put into them.
    return html`
      <div role="alert">${n?.kind === 'error' ? this.renderNotice(n) : nothing}</div>
      <div role="status">${n?.kind === 'info' ? this.renderNotice(n) : nothing}</div>
    `;
  }

  private renderNotice(n: Notice) {
    const t = this.l.t;
    return html`<div class="notice ${n.kind}">
      <p>${t(n.key, n.params)}</p>
      ${
        n.action === 'reload'
          ? html`<button type="button" @click=${() => location.reload()}>
              ${t('common.reload')}
            </button>`
          : nothing
      }
      ${
        n.action === 'encoding'
          ? html`<button
              type="button"
              @click=${() => this.dispatchEvent(new ShowDialogEvent('encoding', {}))}
            >
              ${t('encodingChoice.choose')}
            </button>`
          : nothing
      }
      <button type="button" @click=${() => this.s.store.dismissNotice()}>
        ${t('common.dismiss')}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-notice': VersoNotice;
  }
}

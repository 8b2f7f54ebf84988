// @ts-nocheck
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Notice } from '../state/store.ts';
import { Localize } from '../i18n/localize.ts';
import { controls } from './styles/shared.ts';

/**
 * The message area: errors as alerts, information as status, each with a Dismiss button.
 *
 * @fires verso-notice-dismissed
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
        background: #fff1f0;
        color: var(--verso-danger);
      }
      .info {
        background: #eef6ff;
      }
      p {
        margin: 0;
        flex: 1;
      }
    `,
  ];

  private readonly l = new Localize(this);

  @property({ attribute: false }) notice: Notice | null = null;

  override render() {
    const n = this.notice;
    // The live regions stay in the DOM so screen readers announce what is put into them.
    return html`
      <div role="alert">${n?.kind === 'error' ? this.renderNotice(n) : nothing}</div>
      <div role="status">${n?.kind === 'info' ? this.renderNotice(n) : nothing}</div>
    `;
  }

  private renderNotice(n: Notice) {
    const t = this.l.t;
    return html`<div class="notice ${n.kind}">
      <p>${t(n.key as 'errors.unexpected', n.params)}</p>
      <button
        type="button"
        @click=${() =>
          this.dispatchEvent(
            new Event('verso-notice-dismissed', { bubbles: true, composed: true }),
          )}
      >
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

// @ts-nocheck
import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { Localize } from '../i18n/localize.ts';
import { AppStatusController } from './app-status-controller.ts';

/**
 * A short note in the toolbar on whether Verso works without the network (issue 6): "Available
 * offline" once the service worker holds every file, "Offline" while the network is gone. Nothing in
 * development builds, which have no service worker.
 */
@customElement('verso-offline-status')
export class VersoOfflineStatus extends LitElement {
  static override styles = css`
    :host {
      font-size: 0.85rem;
      color: var(--verso-muted);
    }
    .offline {
      color: var(--verso-warn-fg);
      font-weight: 600;
    }
  `;

  private readonly l = new Localize(this);
  private readonly status = new AppStatusController(this);

  override render() {
    const status = this.status.value;
    if (!status) return nothing;
    const t = this.l.t;
    if (!status.online) return html`<span class="offline">${t('offline.offline')}</span>`;
    if (status.offline === 'ready') return html`<span>${t('offline.ready')}</span>`;
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-offline-status': VersoOfflineStatus;
  }
}

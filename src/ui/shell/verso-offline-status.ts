import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { AppStatusController } from '../shared/app-status-controller.ts';
import { icon } from './toolbar-icons.ts';

/**
 * Whether Verso works without the network (issue 6), in as little of the header as it can take
 * (issue 13: at 1280 px the words "可离线使用" had been squeezed to a sliver): a cloud with a tick once
 * the service worker holds every file, a struck-out cloud and the word "Offline" while the network is
 * gone. Each is an image named by the full sentence, which is also its tooltip. Nothing in
 * development builds, which have no service worker.
 */
@customElement('verso-offline-status')
export class VersoOfflineStatus extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      color: var(--verso-muted);
    }
    svg {
      width: 1.35em;
      height: 1.35em;
    }
    span {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      white-space: nowrap;
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
    if (!status.online) {
      const label = t('offline.offline');
      return html`<span class="offline" role="img" aria-label=${label} title=${label}
        >${icon('offline')}${t('offline.short')}</span
      >`;
    }
    if (status.offline === 'ready') {
      const label = t('offline.ready');
      return html`<span role="img" aria-label=${label} title=${label}
        >${icon('offlineReady')}</span
      >`;
    }
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-offline-status': VersoOfflineStatus;
  }
}

import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { AppStatusController } from '../shared/app-status-controller.ts';
import { ContextValueController } from '../shared/context-value-controller.ts';
import { THEME_CHOICES, themeContext, type ThemeChoice } from '../shared/theme.ts';
import { DialogElement } from './dialog-element.ts';
import { controls } from '../shared/styles.ts';

/**
 * Settings and the state of Verso's storage (issue 6): whether the browser granted persistent storage
 * (asked for at start; the reviewer can ask again), how much space Verso uses, and whether the app
 * works offline; and the colour theme (issue 13: System, Light or Dark, applied at once and remembered).
 * Opened from the toolbar's "Settings" button.
 */
@customElement('verso-settings')
export class VersoSettings extends DialogElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(36rem, 94vw);
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.5rem 1rem;
        margin: 0 0 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .hint {
        color: var(--verso-muted);
        font-size: 0.9rem;
        margin: 0.25rem 0 0;
      }
    `,
  ];

  private readonly status = new AppStatusController(this);
  private readonly s = new StoreController(this, () => []);
  private readonly theme = new ContextValueController(this, themeContext);

  /** Opens the dialog with a fresh storage estimate. */
  override async open(params: Record<string, never>): Promise<void> {
    await super.open(params);
    await this.status.value?.refreshEstimate();
  }

  override render() {
    const t = this.l.t;
    const status = this.status.value;
    const storage = status?.storage;
    const persisted =
      storage?.persisted === true ? 'granted' : storage?.persisted === false ? 'denied' : 'unknown';
    const mb = (bytes: number) => Math.max(0.1, Math.round(bytes / 1e5) / 10);
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('settings.title')}</h2>
        <dl>
          <dt><label for="name">${t('settings.name')}</label></dt>
          <dd>
            <input
              id="name"
              autocomplete="name"
              maxlength="80"
              .value=${this.s.store.sync.name}
              @change=${(e: Event) =>
                this.s.store.sync.setName((e.target as HTMLInputElement).value)}
            />
            <p class="hint">${t('settings.nameHint')}</p>
          </dd>
          <dt><label for="theme">${t('settings.theme')}</label></dt>
          <dd>
            <select
              id="theme"
              @change=${(e: Event) =>
                this.theme.value?.choose((e.target as HTMLSelectElement).value as ThemeChoice)}
            >
              ${THEME_CHOICES.map(
                (c) =>
                  html`<option value=${c} ?selected=${c === (this.theme.value?.choice ?? 'system')}>
                    ${t(`settings.themeChoice.${c}`)}
                  </option>`,
              )}
            </select>
          </dd>
          <dt>${t('settings.persistence')}</dt>
          <dd>
            <span role="status">${t(`settings.persisted.${persisted}`)}</span>
            <p class="hint">${t(`settings.persistedHint.${persisted}`)}</p>
            ${
              persisted === 'denied'
                ? html`<button type="button" @click=${() => void status?.requestPersistence()}>
                    ${t('settings.askPersistence')}
                  </button>`
                : nothing
            }
          </dd>
          ${
            storage?.usage != null && storage.quota != null
              ? html`<dt>${t('settings.usage')}</dt>
                  <dd>
                    ${t('settings.usageValue', { usage: mb(storage.usage), quota: mb(storage.quota) })}
                  </dd>`
              : nothing
          }
          <dt>${t('settings.offline')}</dt>
          <dd>
            ${t(`settings.offlineState.${status?.online === false ? 'offline' : (status?.offline ?? 'unavailable')}`)}
          </dd>
        </dl>
        <div class="dialog-actions">
          <button type="button" class="primary" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-settings': VersoSettings;
  }
}

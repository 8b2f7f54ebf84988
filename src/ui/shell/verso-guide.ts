import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { controls } from '../shared/styles.ts';

/** Asks the first-run guide to show again (the key map's "Show the guide"). */
export class GuideRequestedEvent extends Event {
  static readonly eventName = 'verso-guide-requested';
  constructor() {
    super(GuideRequestedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The first-run guide (issue 13 item 6): the three things a newcomer needs — edit in place,
 * Ctrl+Enter confirms and moves on, the quality checks and the review queue find what to fix — and
 * that `?` shows every key. A non-modal card in a corner: it takes no focus and blocks no key. Shown
 * until dismissed (remembered in the layout preferences); the key map shows it again.
 */
@customElement('verso-guide')
export class VersoGuide extends LitElement {
  static override styles = [
    controls,
    css`
      section {
        position: fixed;
        right: 1rem;
        bottom: 1rem;
        z-index: 15;
        max-width: min(26rem, calc(100vw - 2rem));
        padding: 0.75rem 1rem;
        background: var(--verso-bg);
        color: var(--verso-fg);
        border: 1px solid var(--verso-border);
        border-left: 4px solid var(--verso-accent);
        border-radius: var(--verso-radius);
        box-shadow: 0 8px 24px var(--verso-shadow);
        font-size: 0.9rem;
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 0.4rem;
      }
      ol {
        margin: 0 0 0.5rem;
        padding-inline-start: 1.3rem;
      }
      li {
        margin-bottom: 0.25rem;
      }
      kbd {
        font-family: var(--verso-font-mono);
        background: var(--verso-surface);
        border: 1px solid var(--verso-border);
        border-radius: 4px;
        padding: 0 0.25rem;
      }
      .actions {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
      }
    `,
  ];

  private readonly l = new Localize(this);
  private readonly s = new StoreController(this, () => []);
  /** Shown again from the key map after it was dismissed. */
  @state() private reopened = false;
  @query('button') private dismissButton?: HTMLButtonElement;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(GuideRequestedEvent.eventName, this.onRequested);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(GuideRequestedEvent.eventName, this.onRequested);
  }

  private readonly onRequested = (): void => {
    this.reopened = true;
    void this.updateComplete.then(() => this.dismissButton?.focus());
  };

  override render() {
    if (this.s.store.prefs.value.guideDismissed && !this.reopened) return nothing;
    const t = this.l.t;
    return html`<section aria-labelledby="guide-title">
      <h2 id="guide-title">${t('guide.title')}</h2>
      <ol>
        <li>${t('guide.edit')}</li>
        <li><kbd>Ctrl+Enter</kbd> ${t('guide.confirm')}</li>
        <li>${t('guide.find')}</li>
      </ol>
      <div class="actions">
        <span><kbd>?</kbd> ${t('guide.keys')}</span>
        <button type="button" @click=${this.dismiss}>${t('guide.dismiss')}</button>
      </div>
    </section>`;
  }

  private dismiss(): void {
    this.s.store.prefs.set({ guideDismissed: true });
    this.reopened = false;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-guide': VersoGuide;
  }
  interface DocumentEventMap {
    [GuideRequestedEvent.eventName]: GuideRequestedEvent;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, queryAll } from 'lit/decorators.js';
import { controls } from './styles.ts';

/** One entry of a {@link VersoMenu}. */
export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly disabled?: boolean;
  /** A checked toggle (menuitemcheckbox). */
  readonly checked?: boolean;
}

/** Fired with the id of the item chosen. */
export class MenuChosenEvent extends Event {
  static readonly eventName = 'verso-menu-chosen';
  constructor(readonly id: string) {
    super(MenuChosenEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the menu closes without a choice (Escape, Tab, a click outside). */
export class MenuClosedEvent extends Event {
  static readonly eventName = 'verso-menu-closed';
  constructor() {
    super(MenuClosedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * A small popup menu (WAI-ARIA menu pattern): ↑/↓/Home/End move, Enter or Space chooses, Escape and
 * Tab close. Its opener renders it when open and moves the focus back when it closes. Used by the
 * header's overflow menu, the row menu and the spelling menu in the editor (issue 13).
 *
 * @fires verso-menu-chosen @fires verso-menu-closed
 */
@customElement('verso-menu')
export class VersoMenu extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        position: absolute;
        z-index: 20;
        display: flex;
        flex-direction: column;
        min-width: 12rem;
        padding: 0.25rem;
        background: var(--verso-bg);
        border: 1px solid var(--verso-border);
        border-radius: var(--verso-radius);
        box-shadow: 0 8px 24px var(--verso-shadow);
      }
      button {
        border: none;
        background: none;
        text-align: start;
        padding: 0.3rem 0.6rem;
        white-space: nowrap;
      }
      button:hover:not(:disabled),
      button:focus-visible {
        background: var(--verso-surface);
        outline-offset: -2px;
      }
    `,
  ];

  @property({ attribute: false }) items: readonly MenuItem[] = [];
  /** Accessible name of the menu. */
  @property() label = '';

  @queryAll('button') private buttons!: NodeListOf<HTMLButtonElement>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'menu');
    document.addEventListener('pointerdown', this.onOutside, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  override willUpdate(): void {
    this.setAttribute('aria-label', this.label);
  }

  /** Focuses the first enabled item (call after the opener rendered the menu). */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.enabled()[0]?.focus();
  }

  override render() {
    return html`${this.items.map(
      (item) =>
        html`<button
          type="button"
          role=${item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked=${item.checked === undefined ? nothing : String(item.checked)}
          tabindex="-1"
          ?disabled=${item.disabled ?? false}
          @click=${() => this.dispatchEvent(new MenuChosenEvent(item.id))}
          @keydown=${this.onKeydown}
        >
          ${item.checked === undefined ? '' : item.checked ? '✓ ' : '\u2003'}${item.label}
        </button>`,
    )}`;
  }

  private enabled(): HTMLButtonElement[] {
    return [...this.buttons].filter((b) => !b.disabled);
  }

  private onKeydown(e: KeyboardEvent): void {
    const items = this.enabled();
    const at = items.indexOf(e.target as HTMLButtonElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') this.dispatchEvent(new MenuClosedEvent());
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  private readonly onOutside = (e: Event): void => {
    if (!e.composedPath().includes(this)) this.dispatchEvent(new MenuClosedEvent());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-menu': VersoMenu;
  }
  interface HTMLElementEventMap {
    [MenuChosenEvent.eventName]: MenuChosenEvent;
    [MenuClosedEvent.eventName]: MenuClosedEvent;
  }
}

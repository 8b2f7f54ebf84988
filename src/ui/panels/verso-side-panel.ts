import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { noticeFor } from '../../state/notices.ts';
import { SidePanelChangedEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';
import { icon } from '../shell/toolbar-icons.ts';
import {
  SIDE_PANELS,
  clampPanelWidth,
  loadSideView,
  type SidePanelId,
  type SidePanelView,
} from './side-panels.ts';

/** Pixels one arrow key moves the splitter (Shift: four times as far). */
const STEP = 16;
/** Below this width only the selected tab shows its label, so every tab fits on one line. */
const NARROW = 480;

/**
 * The docked side panel (issue 13 item 2): one tab list — QA, History, Comments, Matches, Errors —
 * over the selected view, which follows the focused segment; a splitter on its left edge (mouse, and
 * keyboard as a `separator`: arrows, Home, End) resizes it between clamped limits; "Close side panel".
 * It does not store anything itself: tab, width and closing go up as `verso-side-panel-changed` and
 * the root keeps them with the layout preferences.
 *
 * @fires verso-side-panel-changed
 */
@customElement('verso-side-panel')
export class VersoSidePanel extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        box-sizing: border-box;
        position: relative;
        display: flex;
        flex-direction: column;
        min-height: 0;
        flex: none;
        border-left: 1px solid var(--verso-border);
        background: var(--verso-bg);
      }
      .splitter {
        position: absolute;
        inset: 0 auto 0 -4px;
        width: 7px;
        cursor: col-resize;
        z-index: 1;
        touch-action: none;
      }
      .splitter:hover,
      .splitter.dragging,
      .splitter:focus-visible {
        background: var(--verso-focus);
        outline: none;
      }
      .bar {
        display: flex;
        align-items: stretch;
        border-bottom: 1px solid var(--verso-border);
        background: var(--verso-surface);
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        flex: 1;
        min-width: 0;
      }
      [role='tab'] {
        position: relative;
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        padding: 0.4rem 0.45rem;
        border: none;
        border-bottom: 2px solid transparent;
        border-radius: 0;
        background: transparent;
        color: var(--verso-muted);
        font-size: 0.85rem;
        white-space: nowrap;
      }
      [role='tab'] svg {
        width: 15px;
        height: 15px;
      }
      [role='tab']:hover {
        color: var(--verso-fg);
      }
      [role='tab'][aria-selected='true'] {
        color: var(--verso-fg);
        font-weight: 600;
        border-bottom-color: var(--verso-accent);
      }
      .close {
        flex: none;
        align-self: center;
        display: inline-flex;
        padding: 0.25rem;
        margin: 0 0.25rem;
        border-color: transparent;
        background: transparent;
      }
      .close:hover {
        background: var(--verso-bg);
      }
      [role='tabpanel'] {
        flex: 1;
        min-height: 0;
        display: flex;
        flex-direction: column;
      }
      [role='tabpanel'] > * {
        flex: 1;
        min-height: 0;
        border-left: none;
        background: var(--verso-bg);
      }
    `,
  ];

  /** The selected view. */
  @property() tab: SidePanelId = 'qa';
  /** Width in CSS px, as stored (clamped to the window when shown). */
  @property({ type: Number }) width = 380;

  /** Width while the splitter is dragged (stored when the drag ends). */
  @state() private dragWidth: number | null = null;

  @query('[role=tab][aria-selected=true]') private selectedTab?: HTMLButtonElement;

  private readonly l = new Localize(this);
  private readonly s = new StoreController(this, () => []);
  private readonly views = new Map<SidePanelId, HTMLElement>();
  private drag: { x: number; width: number } | null = null;

  private readonly onWindowResize = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.onWindowResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.onWindowResize);
  }

  /** Moves the keyboard focus to the selected tab. */
  focusTab(): void {
    this.selectedTab?.focus();
  }

  private get shownWidth(): number {
    return clampPanelWidth(this.dragWidth ?? this.width, window.innerWidth);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('tab') || !this.hasUpdated) this.show(this.tab);
  }

  protected override updated(): void {
    this.style.width = `${this.shownWidth}px`;
  }

  override render() {
    const t = this.l.t;
    const width = this.shownWidth;
    const limits = clampPanelWidth(0, window.innerWidth);
    const max = clampPanelWidth(Number.MAX_SAFE_INTEGER, window.innerWidth);
    return html`
      <div
        class="splitter ${this.drag ? 'dragging' : ''}"
        role="separator"
        tabindex="0"
        aria-orientation="vertical"
        aria-label=${t('sidePanel.resize')}
        aria-valuenow=${width}
        aria-valuemin=${limits}
        aria-valuemax=${max}
        title=${t('sidePanel.resize')}
        @keydown=${this.onSplitterKey}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
      ></div>
      <div class="bar">
        <div role="tablist" aria-label=${t('sidePanel.label')} @keydown=${this.onTabKey}>
          ${SIDE_PANELS.map((view) => this.renderTab(view, width < NARROW))}
        </div>
        <button
          type="button"
          class="close"
          aria-label=${t('sidePanel.close')}
          title=${t('sidePanel.close')}
          @click=${() => this.dispatchEvent(new SidePanelChangedEvent({ panelOpen: false }))}
        >
          ${icon('close')}
        </button>
      </div>
      <div role="tabpanel" id="view" aria-labelledby="tab-${this.tab}">
        ${this.views.get(this.tab)}
      </div>
    `;
  }

  /** Tab `view`; when `narrow`, a tab not selected shows its icon only (its label stays its name). */
  private renderTab(view: SidePanelView, narrow: boolean) {
    const t = this.l.t;
    const selected = view.id === this.tab;
    return html`<button
      type="button"
      role="tab"
      id="tab-${view.id}"
      aria-selected=${String(selected)}
      aria-controls=${selected ? 'view' : ''}
      tabindex=${selected ? 0 : -1}
      title=${t(view.title)}
      @click=${() => this.choose(view.id)}
    >
      ${icon(view.id)}<span class=${narrow && !selected ? 'sr-only' : ''}>${t(view.label)}</span>
    </button>`;
  }

  /** Loads view `id` the first time, creates its element once and starts its work. */
  private show(id: SidePanelId): void {
    const view = SIDE_PANELS.find((v) => v.id === id);
    if (!view) return;
    if (!this.views.has(id)) this.views.set(id, document.createElement(view.tag));
    void loadSideView(id).catch((error: unknown) => this.s.store.report(noticeFor(error)));
    const store = this.s.store;
    // After this update: starting the QA run changes the state every panel renders from.
    if (view.onShow) void Promise.resolve().then(() => view.onShow?.(store));
  }

  private choose(id: SidePanelId): void {
    if (id === this.tab) return;
    this.tab = id; // at once, so the focus can follow before the root passes it back
    this.dispatchEvent(new SidePanelChangedEvent({ panelTab: id }));
  }

  /** Arrow keys, Home and End move between tabs and select (automatic activation, WAI-ARIA APG). */
  private readonly onTabKey = (e: KeyboardEvent): void => {
    const ids = SIDE_PANELS.map((v) => v.id);
    const at = ids.indexOf(this.tab);
    const next =
      e.key === 'ArrowRight'
        ? (at + 1) % ids.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + ids.length) % ids.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? ids.length - 1
              : -1;
    const id = ids[next];
    if (id === undefined) return;
    e.preventDefault();
    this.choose(id);
    void this.updateComplete.then(() => this.focusTab());
  };

  /** The splitter by keyboard: ← widens the panel, → narrows it, Home/End go to the limits. */
  private readonly onSplitterKey = (e: KeyboardEvent): void => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const now = this.shownWidth;
    const width =
      e.key === 'ArrowLeft'
        ? now + step
        : e.key === 'ArrowRight'
          ? now - step
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? Number.MAX_SAFE_INTEGER
              : null;
    if (width === null) return;
    e.preventDefault();
    this.commitWidth(width);
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.drag = { x: e.clientX, width: this.shownWidth };
    this.dragWidth = this.drag.width;
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    if (this.drag) this.dragWidth = this.drag.width + (this.drag.x - e.clientX);
  };

  private readonly onPointerUp = (): void => {
    if (!this.drag) return;
    this.drag = null;
    const width = this.dragWidth;
    this.dragWidth = null;
    if (width !== null) this.commitWidth(width);
  };

  private commitWidth(width: number): void {
    const clamped = clampPanelWidth(width, window.innerWidth);
    this.width = clamped;
    this.dispatchEvent(new SidePanelChangedEvent({ panelWidth: clamped }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-side-panel': VersoSidePanel;
  }
}

import { ContextProvider } from '@lit/context';
import type { i18n } from 'i18next';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { i18nContext, Localize } from '../../i18n/localize.ts';
import { storeContext } from '../../state/context.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { noticeFor } from '../../state/notices.ts';
import type { Store } from '../../state/store.ts';
import '../grid/verso-segment-grid.ts';
import type { VersoSegmentGrid } from '../grid/verso-segment-grid.ts';
import { loadPanel } from '../panels/lazy-panels.ts';
import { SIDE_PANEL_IDS } from '../panels/side-panels.ts';
import type { VersoSidePanel } from '../panels/verso-side-panel.ts';
import type {
  CommandEvent,
  FilesChosenEvent,
  LanguageChosenEvent,
  SegmentRequestedEvent,
} from '../shared/events.ts';
import { openFiles } from '../shared/file-intake.ts';
import { controls } from '../shared/styles.ts';
import '../shell/verso-filter-bar.ts';
import '../shell/verso-notice.ts';
import '../shell/verso-guide.ts';
import '../shell/verso-toolbar.ts';
import type { VersoToolbar } from '../shell/verso-toolbar.ts';
import { correctionSelection } from '../lqa/selection.ts';
import { guardSharedEdits } from '../grid/shared-edit-guard.ts';
import { bindAppKeys } from './app-keys.ts';
import { DialogManager } from './dialog-manager.ts';
import { FileDrop } from './file-drop.ts';
import { LayoutPrefs } from './layout-prefs.ts';

/**
 * The root: provides the store and i18n to every element by context, lays out the screen (toolbar,
 * learned-fix bar, notices, filter bar, grid, side panel), and owns what belongs to the whole page —
 * global keys, drag and drop, the dialogs (through the dialog manager) and moving the focus to a
 * segment asked for by a panel or dialog. Containers below it talk to the store themselves.
 */
@customElement('verso-app')
export class VersoApp extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
        position: relative;
      }
      .work {
        flex: 1;
        display: flex;
        min-height: 0;
      }
      main {
        flex: 1;
        display: flex;
        flex-direction: column;
        min-height: 0;
        min-width: 0;
      }
      verso-segment-grid {
        flex: 1;
      }
      .drop {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        background: var(--verso-drop-bg);
        border: 3px dashed var(--verso-accent);
        font-size: 1.4rem;
        pointer-events: none;
      }
      .loading {
        padding: 2rem;
      }
    `,
  ];

  /** Set by the composition root. */
  @property({ attribute: false }) store!: Store;
  @property({ attribute: false }) i18n!: i18n;

  @query('verso-segment-grid') private grid?: VersoSegmentGrid;
  @query('verso-toolbar') private toolbar?: VersoToolbar;
  @query('verso-side-panel') private sidePanel?: VersoSidePanel;

  private readonly l = new Localize(this);
  private readonly dialogs = new DialogManager(this, () => this.store);
  private readonly layout = new LayoutPrefs(
    this,
    () => this.store,
    () => this.sidePanel?.focusTab(),
  );
  private readonly files = new FileDrop(this, () => this.store);
  private storeController: StoreController | undefined;
  private unbind: (() => void) | undefined;
  private unguard: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    new ContextProvider(this, { context: i18nContext, initialValue: this.i18n });
    new ContextProvider(this, { context: storeContext, initialValue: this.store });
    this.l.use(this.i18n);
    this.storeController ??= new StoreController(
      this,
      (s) => [s.phase, s.qa.learned, s.importing],
      this.store,
    );
    // Segments asked for by dialogs, panels and charts are shown and focused here.
    this.addEventListener('verso-segment-requested', this.onSegmentRequested);
    this.addEventListener('verso-panel-requested', this.layout.onPanelRequested);
    this.unguard = guardSharedEdits(this, () => this.store);
    this.unbind = bindAppKeys({
      undo: () => void this.store.undo(),
      redo: () => void this.store.redo(),
      find: () => void this.openFind(),
      open: () => this.toolbar?.pickFile(),
      save: () => void this.store.flush(),
      help: () => void this.dialogs.open('keymap', {}),
      logError: () => this.logError(),
      flush: () => void this.store.flush(),
      hasUnsaved: () => this.store.hasUnsavedChanges,
      concordance: () => void this.openConcordance(),
      // Ctrl+N: match N of the current segment into it, as one undoable step.
      insertMatch: (n) => {
        const current = this.store.state.current;
        if (current) void this.store.tm.insertMatch(current, n);
      },
      sidePanel: (n) => {
        const id = SIDE_PANEL_IDS[n - 1];
        if (id) this.layout.openPanel(id);
      },
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unbind?.();
    this.unguard?.();
  }

  override render() {
    const { phase } = this.store.state;
    if (phase === 'loading')
      return html`<p class="loading" role="status">${this.l.t('app.loading')}</p>`;
    const { tab, value: prefs } = this.layout;
    return html`
      <verso-toolbar
        .prefs=${prefs}
        .qaOpen=${tab === 'qa'}
        .lqaOpen=${tab === 'errors'}
        .tmOpen=${tab === 'matches'}
        @verso-command=${this.onCommand}
        @verso-files-chosen=${(e: FilesChosenEvent) => void openFiles(this.store, e.files)}
        @verso-language-chosen=${(e: LanguageChosenEvent) =>
          void this.i18n.changeLanguage(e.language)}
      ></verso-toolbar>
      <verso-learned></verso-learned>
      <verso-notice></verso-notice>
      <div class="work">
        <main @dragover=${this.files.over} @dragleave=${this.files.leave} @drop=${this.files.drop}>
          ${prefs?.filtersOpen === false ? nothing : html`<verso-filter-bar></verso-filter-bar>`}
          <verso-segment-grid
            .showDiff=${prefs?.showDiff ?? true}
            .diffPlacement=${prefs?.diff ?? 'inline'}
            ?compact=${prefs?.density !== 'comfortable'}
          ></verso-segment-grid>
        </main>
        ${
          tab
            ? html`<verso-side-panel
                .tab=${tab}
                .width=${prefs?.panelWidth ?? 380}
                @verso-side-panel-changed=${this.layout.onSidePanelChanged}
              ></verso-side-panel>`
            : nothing
        }
      </div>
      ${
        this.files.dragging
          ? html`<div class="drop" aria-hidden="true">${this.l.t('app.drop')}</div>`
          : nothing
      }
      <verso-import-progress></verso-import-progress>
      <verso-guide></verso-guide>
    `;
  }

  protected override updated(): void {
    // Panels shown by state, loaded the first time they are needed.
    const { importing, qa } = this.store.state;
    if (importing) void loadPanel('progress');
    if (qa.learned) void loadPanel('learned');
    if (this.layout.value?.panelOpen)
      void loadPanel('side').catch((error: unknown) => this.store.report(noticeFor(error)));
  }

  private readonly onCommand = (e: CommandEvent): void => {
    if (e.command === 'open') this.toolbar?.pickFile();
    else if (e.command === 'find') void this.openFind();
    else if (e.command === 'log-error') this.logError();
    else if (e.command === 'toggle-lqa') this.layout.openPanel('errors');
    else if (e.command === 'toggle-tm') this.layout.openPanel('matches');
    else if (e.command === 'toggle-qa') this.layout.openPanel('qa');
    else this.layout.toggle(e.command);
  };

  /** Opens the `Log error` form on the current segment's selection, or the whole segment (issue 15). */
  private logError(): void {
    const segmentId = this.store.state.current;
    if (!segmentId) {
      this.store.report({ kind: 'info', key: 'lqa.noSegment', params: {} });
      return;
    }
    const span = correctionSelection(this.grid, segmentId);
    void this.dialogs.open('log-error', { segmentId, ...(span ? { span } : {}) });
  }

  /** Ctrl+K: the concordance dialog, searching the selected text if there is some. */
  private async openConcordance(): Promise<void> {
    const selection = document.getSelection()?.toString().trim() ?? '';
    await this.dialogs.open('concordance', { text: selection.length < 200 ? selection : '' });
  }

  private async openFind(): Promise<void> {
    const selection = document.getSelection()?.toString() ?? '';
    await this.dialogs.open('find', { selection: selection.length < 200 ? selection.trim() : '' });
  }

  private readonly onSegmentRequested = (e: SegmentRequestedEvent): void => {
    e.stopPropagation();
    const index = this.store.view.reveal(e.segmentId);
    if (e.keepOpen) {
      void this.updateComplete.then(() => this.grid?.showSegment(index));
      return;
    }
    this.dialogs.close('find');
    void this.updateComplete.then(() => this.grid?.focusSegment(index));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-app': VersoApp;
  }
}

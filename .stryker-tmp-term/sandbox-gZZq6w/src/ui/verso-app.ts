// @ts-nocheck
import { ContextProvider } from '@lit/context';
import type { i18n } from 'i18next';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { FindHit } from '../core/review/find-replace.ts';
import type { Revision } from '../core/model/model.ts';
import { NO_FILTER, nextToReview, type SegmentFilter } from '../core/review/segment-filter.ts';
import { i18nContext, Localize } from '../i18n/localize.ts';
import { noticeFor, type ExportKind, type Store } from '../state/store.ts';
import { StoreController } from '../state/store-controller.ts';
import { bindAppKeys } from './app-keys.ts';
import { EMPTY_QA } from '../core/model/model.ts';
import { sortByRisk } from '../core/review/risk.ts';
import { TERM_PACKS } from '../state/qa-flow.ts';
import { saveDownload } from './download.ts';
import { loadElement, type LazyElement } from './lazy-elements.ts';
import { DocumentView } from '../state/document-view.ts';
import { openFiles, openPair } from './file-intake.ts';
import type {
  AlignActionEvent,
  AlignRequestedEvent,
  CommandEvent,
  LearnedActionEvent,
  QaActionEvent,
  TermsChangedEvent,
} from './events.ts';
import type { VersoTerms } from './verso-terms.ts';
import type { VersoMetrics } from './verso-metrics.ts';
import type { VersoAlignDialog } from './verso-align-dialog.ts';
import type {
  LanguagesChosenEvent,
  PairChosenEvent,
  VersoImportDialog,
} from './verso-import-dialog.ts';
import { controls } from './styles/shared.ts';
import type { VersoComments } from './verso-comments.ts';
import type { VersoExportDialog } from './verso-export-dialog.ts';
import './verso-filter-bar.ts';
import type { VersoFindReplace } from './verso-find-replace.ts';
import type { VersoHistory } from './verso-history.ts';
import type { VersoKeymap } from './verso-keymap.ts';
import type { VersoSettings } from './verso-settings.ts';
import './verso-notice.ts';
import type { VersoProjectList } from './verso-project-list.ts';
import './verso-segment-grid.ts';
import type { VersoSegmentGrid } from './verso-segment-grid.ts';
import './verso-toolbar.ts';
import type { VersoToolbar } from './verso-toolbar.ts';

/**
 * The container: reads the store, hands data down to the leaves by property, turns their events into
 * store actions, owns the dialogs, global keys, drag-and-drop and downloads.
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
      verso-qa-panel {
        width: min(28rem, 40vw);
      }
      verso-segment-grid {
        flex: 1;
      }
      .drop {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        background: rgb(11 92 173 / 0.12);
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

  @state() private filter: SegmentFilter = NO_FILTER;
  @state() private showDiff = true;
  @state() private qaOpen = false;
  @state() private dragging = false;
  @state() private historyFor: { id: string; revisions: readonly Revision[] } | null = null;
  @state() private commentsFor = '';
  @state() private alignFor: {
    id: string;
    carets: { readonly source: number | null; readonly target: number | null };
  } | null = null;

  @query('verso-segment-grid') private grid?: VersoSegmentGrid;
  @query('verso-toolbar') private toolbar?: VersoToolbar;
  @query('verso-find-replace') private findDialog!: VersoFindReplace;
  @query('verso-history') private historyDialog!: VersoHistory;
  @query('verso-comments') private commentsDialog!: VersoComments;
  @query('verso-export-dialog') private exportDialog!: VersoExportDialog;
  @query('verso-project-list') private projectDialog!: VersoProjectList;
  @query('verso-keymap') private keymapDialog!: VersoKeymap;
  @query('verso-settings') private settingsDialog!: VersoSettings;
  @query('verso-align-dialog') private alignDialog!: VersoAlignDialog;
  @query('verso-import-dialog') private importDialog!: VersoImportDialog;
  @query('verso-metrics') private metricsDialog!: VersoMetrics;
  @query('verso-terms') private termsDialog!: VersoTerms;

  private storeController!: StoreController;
  private readonly l = new Localize(this);
  private unbind: (() => void) | undefined;
  /** Filtered positions, row numbers and progress, updated incrementally (issue 6). */
  private readonly view = new DocumentView();
  private riskCache:
    | { segments: unknown; visible: unknown; findings: unknown; order: readonly number[] }
    | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    new ContextProvider(this, { context: i18nContext, initialValue: this.i18n });
    this.l.use(this.i18n);
    this.storeController ??= new StoreController(this, this.store);
    this.unbind = bindAppKeys({
      undo: () => void this.store.undo(),
      redo: () => void this.store.redo(),
      find: () => void this.openFind(),
      open: () => this.toolbar?.pickFile(),
      save: () => void this.store.flush(),
      help: () => this.showLazy('keymap', () => this.keymapDialog),
      flush: () => void this.store.flush(),
      hasUnsaved: () => this.store.hasUnsavedChanges,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unbind?.();
  }

  override render() {
    const s = this.storeController.value;
    const t = this.l.t;
    if (s.phase === 'loading')
      return html`<p class="loading" role="status">${t('app.loading')}</p>`;
    const visible = this.visible();
    const progress = this.view.progress;
    const history = this.historyFor;
    const historyIndex = this.view.indexOf(history?.id);
    const commentIndex = this.view.indexOf(this.commentsFor);
    const alignIndex = this.view.indexOf(this.alignFor?.id);
    const sourceLang = s.project?.sourceLang ?? '';
    const prompt = s.languagePrompt;
    return html`
      <verso-toolbar
        .projectName=${s.project?.name ?? ''}
        .save=${s.save}
        .canUndo=${s.canUndo}
        .canRedo=${s.canRedo}
        .showDiff=${this.showDiff}
        .bilingual=${sourceLang !== ''}
        .qaOpen=${this.qaOpen}
        .mode=${s.project?.mode ?? 'paragraph'}
        @verso-command=${this.onCommand}
        @verso-files-chosen=${(e: { files: readonly File[] }) => void openFiles(this.store, e.files)}
        @verso-language-chosen=${(e: { language: string }) =>
          void this.i18n.changeLanguage(e.language)}
      ></verso-toolbar>
      <verso-learned
        .offer=${s.qa.learned}
        .numbers=${this.numbers()}
        @verso-learned-action=${(e: LearnedActionEvent) =>
          e.action === 'apply'
            ? void this.store.qa.applyLearned(e.hits, e.keepAsRule)
            : this.store.qa.dismissLearned()}
      ></verso-learned>
      <verso-notice
        .notice=${s.notice}
        @verso-notice-dismissed=${() => this.store.dismissNotice()}
      ></verso-notice>
      <div class="work">
        <main
          @dragover=${this.onDragOver}
          @dragleave=${() => (this.dragging = false)}
          @drop=${this.onDrop}
        >
          <verso-filter-bar
            .filter=${this.filter}
            .done=${progress.done}
            .total=${progress.total}
            .shown=${visible.length}
            .aligned=${this.view.aligned}
            @verso-filter-changed=${(e: { filter: SegmentFilter }) => (this.filter = e.filter)}
          ></verso-filter-bar>
          <verso-segment-grid
            .segments=${s.segments}
            .visible=${visible}
            .showDiff=${this.showDiff}
            .targetLang=${s.project?.targetLang ?? 'en'}
            .sourceLang=${sourceLang}
            @verso-align-requested=${(e: AlignRequestedEvent) => void this.openAlign(e)}
            @verso-segment-edited=${(e: { segmentId: string; text: string }) =>
              this.store.editText(e.segmentId, e.text)}
            @verso-segment-left=${() => void this.store.flush()}
            @verso-status-changed=${(e: { segmentId: string; status: never }) =>
              void this.store.setStatus(e.segmentId, e.status)}
            @verso-segment-confirmed=${this.onConfirm}
            @verso-segment-navigated=${this.onNavigate}
            @verso-history-requested=${(e: { segmentId: string }) => void this.openHistory(e.segmentId)}
            @verso-comments-requested=${(e: { segmentId: string }) =>
              void this.openComments(e.segmentId)}
          ></verso-segment-grid>
        </main>
        ${
          this.qaOpen
            ? html`<verso-qa-panel
                .findings=${this.store.qa.visible(s.qa.findings)}
                .numbers=${this.numbers()}
                .running=${s.qa.running}
                @verso-qa-action=${this.onQaAction}
              ></verso-qa-panel>`
            : nothing
        }
      </div>
      ${this.dragging ? html`<div class="drop" aria-hidden="true">${t('app.drop')}</div>` : nothing}
      <verso-find-replace
        .segments=${s.segments}
        @verso-replace-requested=${this.onReplace}
        @verso-hit-activated=${(e: { segmentId: string }) => this.goTo(e.segmentId)}
      ></verso-find-replace>
      <verso-history
        .segment=${s.segments[historyIndex] ?? null}
        .number=${historyIndex + 1}
        .revisions=${history?.revisions ?? []}
        .terms=${history ? this.store.qa.termPairs() : []}
        @verso-revision-restored=${this.onRestore}
      ></verso-history>
      <verso-comments
        .segment=${s.segments[commentIndex] ?? null}
        .number=${commentIndex + 1}
        @verso-comment-added=${(e: { segmentId: string; text: string }) =>
          void this.store.addComment(e.segmentId, e.text, this.l.t('comments.you'))}
      ></verso-comments>
      <verso-export-dialog
        @verso-export-chosen=${(e: { kind: ExportKind }) => void this.export(e.kind)}
      ></verso-export-dialog>
      <verso-project-list
        .projects=${s.projects}
        .currentId=${s.project?.id ?? ''}
        @verso-project-action=${this.onProjectAction}
      ></verso-project-list>
      <verso-keymap></verso-keymap>
      <verso-settings></verso-settings>
      <verso-terms
        .qa=${s.project?.qa ?? EMPTY_QA}
        .shared=${this.store.qa.sharedTerms}
        .packs=${Object.entries(TERM_PACKS).map(([id, rules]) => ({ id, size: rules.length }))}
        @verso-terms-changed=${this.onTermsChanged}
      ></verso-terms>
      <verso-metrics
        @verso-hit-activated=${(e: { segmentId: string }) => this.goTo(e.segmentId)}
      ></verso-metrics>
      <verso-align-dialog
        .segmentId=${this.alignFor?.id ?? ''}
        .number=${alignIndex + 1}
        .carets=${this.alignFor?.carets ?? { source: null, target: null }}
        @verso-align-action=${this.onAlignAction}
      ></verso-align-dialog>
      <verso-import-dialog
        .mode=${prompt ? 'languages' : 'pair'}
        .fileName=${prompt?.fileName ?? ''}
        .sourceLang=${prompt?.sourceLang ?? 'zh-CN'}
        .targetLang=${prompt?.targetLang ?? 'en'}
        @verso-pair-chosen=${(e: PairChosenEvent) =>
          void openPair(this.store, e.sourceFile, e.mtFile, e)}
        @verso-languages-chosen=${(e: LanguagesChosenEvent) =>
          void this.store.imports.answerLanguages(e.languages)}
      ></verso-import-dialog>
      <verso-import-progress
        .importing=${s.importing}
        @verso-import-cancelled=${() => this.store.imports.cancelImport()}
      ></verso-import-progress>
    `;
  }

  protected override updated(): void {
    const { languagePrompt, importing, qa } = this.store.state;
    // A file that does not say its languages: ask (once per prompt).
    if (languagePrompt) {
      void loadElement('import').then(() => {
        if (!this.importDialog.isOpen) void this.importDialog.show();
      });
    }
    // Elements shown by state, loaded the first time they are needed.
    const needed: LazyElement[] = [];
    if (importing) needed.push('progress');
    if (qa.learned) needed.push('learned');
    for (const name of needed) void loadElement(name);
  }

  private async openAlign(e: AlignRequestedEvent): Promise<void> {
    await loadElement('align');
    this.alignFor = { id: e.segmentId, carets: e.carets };
    await this.alignDialog.show();
  }

  private onAlignAction = (e: AlignActionEvent): void => {
    const index = this.store.state.segments.findIndex((x) => x.id === e.segmentId);
    if (index < 0) return;
    const { action, side, offset } = e;
    void import('../core/align/realign.ts')
      .then(({ applyAlignAction }) =>
        this.store.realign((segments, newId, now) =>
          applyAlignAction(segments, index, action, side, offset, newId, now),
        ),
      )
      .then(() => this.grid?.focusSegment(Math.min(index, this.store.state.segments.length - 1)));
  };

  private onTermsChanged = (e: TermsChangedEvent): void => {
    const qa = this.store.qa;
    const c = e.change;
    if (c.kind === 'pack') void qa.setPack(c.id, c.enabled);
    else if (c.kind === 'add') void qa.addRule(c.scope, c.rule);
    else if (c.kind === 'delete') void qa.deleteRule(c.scope, c.id);
    else if (c.kind === 'add-word') void qa.addWord(c.word);
    else if (c.kind === 'remove-word') void qa.removeWord(c.word);
    else if (c.kind === 'import') void qa.importRules(c.bytes, c.fileName);
    else if (c.kind === 'export') {
      void qa.exportRules(c.format).then((file) => file && saveDownload(file));
    }
    this.requestUpdate();
  };

  private async openMetrics(): Promise<void> {
    await loadElement('metrics');
    this.metricsDialog.metrics = null;
    await this.metricsDialog.show();
    this.metricsDialog.metrics = await this.store.metrics();
  }

  private onQaAction = (e: QaActionEvent): void => {
    const qa = this.store.qa;
    const f = e.finding;
    if (e.action === 'run') void qa.runAll();
    else if (e.action === 'fix-all') void qa.fixRule(e.rule);
    else if (f && e.action === 'fix') void qa.fix(f);
    else if (f && e.action === 'ignore') void qa.ignore(f, this.l.t('comments.you'));
    else if (f && e.action === 'jump') this.goTo(f.segmentId);
  };

  /** Segment id → 1-based row number, for the panels (a new map only when rows move). */
  private numbers(): ReadonlyMap<string, number> {
    this.view.update(this.storeController.value.segments, this.filter);
    return this.view.numbers;
  }

  /**
   * Filtered positions. In document order they come from the incremental view: a keystroke does not
   * filter the whole document again, and the array stays the same object while the edited segment
   * still passes the filter, so the virtualized grid does not lay out again.
   */
  private visible(): readonly number[] {
    const { segments, qa } = this.storeController.value;
    this.view.update(segments, this.filter);
    const visible = this.view.visible;
    if (this.filter.order !== 'risk') return visible;
    const cache = this.riskCache;
    if (cache?.segments === segments && cache.visible === visible && cache.findings === qa.findings)
      return cache.order;
    // The review queue: worst first, by QA findings, untouched text and doubtful alignment.
    const shown = new Set(visible);
    const bySegment = this.store.qa.bySegment(this.store.qa.visible(qa.findings));
    const order = sortByRisk(segments, bySegment)
      .filter((r) => shown.has(r.index))
      .map((r) => r.index);
    this.riskCache = { segments, visible, findings: qa.findings, order };
    return order;
  }

  private onCommand = (e: CommandEvent): void => {
    switch (e.command) {
      case 'open':
        this.toolbar?.pickFile();
        break;
      case 'projects':
        this.showLazy('projects', () => this.projectDialog);
        break;
      case 'open-pair':
        this.showLazy('import', () => this.importDialog);
        break;
      case 'mode-paragraph':
      case 'mode-sentence':
        void this.store.setMode(e.command === 'mode-sentence' ? 'sentence' : 'paragraph');
        break;
      case 'find':
        void this.openFind();
        break;
      case 'undo':
        void this.store.undo();
        break;
      case 'redo':
        void this.store.redo();
        break;
      case 'keys':
        this.showLazy('keymap', () => this.keymapDialog);
        break;
      case 'toggle-diff':
        this.showDiff = !this.showDiff;
        break;
      case 'terms':
        this.showLazy('terms', () => this.termsDialog);
        break;
      case 'settings':
        this.showLazy('settings', () => this.settingsDialog);
        break;
      case 'metrics':
        void this.openMetrics();
        break;
      case 'toggle-qa':
        void loadElement('qa');
        this.qaOpen = !this.qaOpen;
        if (this.qaOpen && this.store.state.qa.ranAt === null) void this.store.qa.runAll();
        break;
      case 'export-menu':
        this.showLazy('export', () => this.exportDialog);
        break;
    }
  };

  /**
   * Loads a dialog's module (once) and shows the dialog; a module that cannot be fetched (offline on a
   * build not yet cached) is reported instead of failing silently.
   */
  private showLazy(name: LazyElement, dialog: () => { show(): void }): void {
    void loadElement(name).then(
      () => dialog().show(),
      (error: unknown) => this.store.report(noticeFor(error)),
    );
  }

  private async openFind(): Promise<void> {
    const selection = document.getSelection()?.toString() ?? '';
    await loadElement('find');
    await this.findDialog.show(selection.length < 200 ? selection.trim() : '');
  }

  private async export(kind: ExportKind): Promise<void> {
    const t = this.l.t;
    const { reportLabels } = await import('./report-labels.ts');
    const download = await this.store.exportAs(kind, {
      author: t('comments.you'),
      report: { labels: reportLabels(t), lang: this.l.language },
    });
    if (download) saveDownload(download);
  }

  private onConfirm = async (e: { segmentId: string; advance: boolean }): Promise<void> => {
    await this.store.setStatus(e.segmentId, 'reviewed');
    if (!e.advance) return;
    const segments = this.store.state.segments;
    const from = segments.findIndex((x) => x.id === e.segmentId);
    const next = nextToReview(segments, from);
    if (next >= 0) await this.grid?.focusSegment(next);
  };

  private onNavigate = (e: { segmentId: string; step: -1 | 1 }): void => {
    const segments = this.store.state.segments;
    const visible = this.visible();
    const at = visible.indexOf(segments.findIndex((x) => x.id === e.segmentId));
    const target = visible[at + e.step];
    if (target !== undefined) void this.grid?.focusSegment(target);
  };

  private goTo(segmentId: string): void {
    const index = this.store.state.segments.findIndex((x) => x.id === segmentId);
    if (!this.visible().includes(index)) this.filter = NO_FILTER;
    // Not loaded yet (the dialog was never opened): nothing to close.
    if (this.findDialog.isOpen) this.findDialog.close();
    void this.updateComplete.then(() => this.grid?.focusSegment(index));
  }

  private onReplace = async (e: { hits: readonly FindHit[] }): Promise<void> => {
    await this.store.replace(e.hits);
  };

  private async openHistory(segmentId: string): Promise<void> {
    const [revisions] = await Promise.all([
      this.store.revisions(segmentId),
      loadElement('history'),
    ]);
    this.historyFor = { id: segmentId, revisions };
    await this.historyDialog.show();
  }

  private onRestore = async (e: { revision: Revision }): Promise<void> => {
    await this.store.restore(e.revision);
    const id = e.revision.segmentId;
    this.historyFor = { id, revisions: await this.store.revisions(id) };
  };

  private async openComments(segmentId: string): Promise<void> {
    await loadElement('comments');
    this.commentsFor = segmentId;
    await this.commentsDialog.show();
  }

  private onProjectAction = (e: { action: string; projectId: string; name: string }): void => {
    if (e.action === 'open') void this.store.switchProject(e.projectId);
    else if (e.action === 'rename') void this.store.renameProject(e.projectId, e.name);
    else if (e.action === 'delete') void this.store.deleteProject(e.projectId);
  };

  private onDragOver(e: DragEvent): void {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) void openFiles(this.store, files);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-app': VersoApp;
  }
}

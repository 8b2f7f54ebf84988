import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { UI_LANGUAGES } from '../../i18n/setup.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import type { UiPrefsValue } from '../../state/flows/ui-prefs.ts';
import {
  CommandEvent,
  FilesChosenEvent,
  LanguageChosenEvent,
  ShowDialogEvent,
} from '../shared/events.ts';
import type { MenuChosenEvent, MenuItem, VersoMenu } from '../shared/verso-menu.ts';
import '../shared/verso-menu.ts';
import './verso-offline-status.ts';
import { controls } from '../shared/styles.ts';
import { saveLabel } from './save-label.ts';
import { icon } from './toolbar-icons.ts';

/** Below this width (CSS px) the document and review groups move into the overflow menu. */
const NARROW = 1100;

type Action =
  | 'projects'
  | 'export'
  | 'find'
  | 'qa'
  | 'terms'
  | 'metrics'
  | 'queue'
  | 'toggle-density'
  | 'toggle-diff-below'
  | 'share'
  | 'log-error'
  | 'toggle-lqa'
  | 'toggle-tm';

/**
 * The app's header (issue 13 item 1): one band ≤ 56 px with the project title, a grouped toolbar —
 * document (open, open pair, projects, export), edit (undo, redo, find), review (quality checks, terms,
 * metrics, review queue) — the diff and filter toggles, save and offline state, settings, key map, UI
 * language and an overflow menu ("More") that takes the document and review groups when the window is
 * narrow. Buttons keep their text as accessible names (GUIDE contracts); icon-only ones show it as a
 * tooltip.
 *
 * @fires verso-command @fires verso-files-chosen @fires verso-language-chosen @fires verso-show-dialog
 */
@customElement('verso-toolbar')
export class VersoToolbar extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        flex-wrap: nowrap;
        align-items: center;
        gap: 0.25rem;
        height: 48px;
        box-sizing: border-box;
        padding: 0 0.5rem;
        border-bottom: 1px solid var(--verso-border);
        background: var(--verso-surface);
        position: relative;
        white-space: nowrap;
      }
      h1 {
        font-size: 1rem;
        margin: 0 0.25rem 0 0;
        letter-spacing: 0.02em;
      }
      /* The project's name over its save and offline state (issue 13: at 1280 px the state, beside
         the buttons, left the name a few letters wide and pushed More out of the window). */
      .title {
        display: flex;
        flex-direction: column;
        justify-content: center;
        flex: 1 1 auto;
        min-width: 6rem;
        max-width: 28rem;
        margin-right: 0.25rem;
        line-height: 1.25;
      }
      .project {
        font-weight: 600;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .state {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.75rem;
        color: var(--verso-muted);
      }
      [role='group'] {
        display: flex;
        align-items: center;
        gap: 1px;
        padding: 0 0.25rem;
        border-left: 1px solid var(--verso-border);
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
        padding: 0.3rem 0.35rem;
        border-color: transparent;
        background: transparent;
        font-size: 0.9rem;
      }
      button:hover:not(:disabled) {
        background: var(--verso-bg);
      }
      button.icon .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      button[aria-pressed='true'],
      button[aria-expanded='true'],
      button.shown {
        background: var(--verso-accent);
        color: var(--verso-accent-fg);
      }
      .view-only {
        flex-shrink: 0;
        font-size: 0.75rem;
        font-weight: 600;
        padding: 0.1rem 0.5rem;
        border-radius: 1rem;
        border: 1px solid var(--verso-warn);
        background: var(--verso-warn-bg);
        color: var(--verso-warn-fg);
        white-space: nowrap;
      }
      .save.error {
        color: var(--verso-danger);
        font-weight: 600;
      }
      .save.saved::before {
        content: '✓ ';
        color: var(--verso-ok);
      }
      /* Only the project title gives way when space is short: every other part keeps its size. */
      :is([role='group'], button, select, verso-lqa-score, .more) {
        flex-shrink: 0;
      }
      verso-lqa-score {
        margin-left: auto;
        padding: 0 0.25rem;
      }
      select {
        padding: 0.15rem 0.3rem;
        font-size: 0.85rem;
      }
      input[type='file'] {
        display: none;
      }
      .more {
        position: relative;
      }
      verso-menu {
        right: 0;
        top: calc(100% + 4px);
      }
    `,
  ];

  private readonly l = new Localize(this);

  private readonly s = new StoreController(this, (s) => [
    s.project,
    s.save,
    s.canUndo,
    s.canRedo,
    s.filter,
    s.sync?.status,
    s.sync?.access,
  ]);

  /**
   * The side panel shows QA (issue 13 item 2). Shown by the button's look only: the button opens the
   * panel on its tab and never closes it, so it is not a toggle (no aria-pressed).
   */
  @property({ type: Boolean }) qaOpen = false;
  /** Layout preferences (diff, density, filter band) as the root keeps them. */
  @property({ attribute: false }) prefs: UiPrefsValue | undefined;

  /** The LQA errors panel is open. */
  @property({ type: Boolean }) lqaOpen = false;
  /** The translation-memory panel is open. */
  @property({ type: Boolean }) tmOpen = false;

  @state() private narrow = false;
  @state() private menuOpen = false;

  @query('input[type=file]') private fileInput!: HTMLInputElement;
  @query('.more > button') private moreButton?: HTMLButtonElement;
  @query('verso-menu') private menu?: VersoMenu;

  /** The width every group needed the last time they did not all fit (0: they always did). */
  private wideWidth = 0;

  private readonly resize = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const width = entry.contentRect.width;
    this.narrow = width < NARROW || (this.narrow && width < this.wideWidth);
    this.fit();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
    // The live LQA score (issue 15) and its scoring code load after the app: initial JS ≤ 80 kB.
    void import('../lqa/verso-lqa-score.ts');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  /**
   * Wider than NARROW, the groups may still not fit: a view-only badge, the row-mode select, the live
   * score and a longer language take room (issue 13: at 1280 px in English the language select was cut
   * off at the right). Then the document and review groups move into More too, until the header is as
   * wide as they needed.
   */
  protected override updated(): void {
    this.fit();
  }

  /** The project the header was last fitted for: another one may need less room (no row-mode select). */
  private fittedFor: string | undefined;

  protected override willUpdate(): void {
    const id = this.s.value.project?.id;
    if (id === this.fittedFor) return;
    this.fittedFor = id;
    // Laid out wide again (if the window allows) and measured after this render (`updated`).
    this.narrow = this.clientWidth < NARROW;
    this.wideWidth = 0;
  }

  /** Moves the groups into More when the header, as it is, does not fit (see `updated`). */
  private fit(): void {
    if (!this.narrow && this.scrollWidth > this.clientWidth + 1) {
      this.wideWidth = this.scrollWidth;
      this.narrow = true;
    }
  }

  /** Opens the system file picker (toolbar button, Ctrl+O). */
  pickFile(): void {
    this.fileInput.click();
  }

  override render() {
    const t = this.l.t;
    const { project, save, canUndo, canRedo } = this.s.value;
    const store = this.s.store;
    const projectName = project?.name ?? '';
    const mode = project?.mode ?? 'paragraph';
    const showDiff = this.prefs?.showDiff ?? true;
    return html`
      <h1>Verso</h1>
      <div class="title">
        <span class="project" title=${projectName}>${projectName}</span>
        <span class="state">
          <span class="save ${save}" role="status">${saveLabel(t, save, this.s.value)}</span>
          <verso-offline-status></verso-offline-status>
        </span>
      </div>
      <div role="group" aria-label=${t('toolbar.groupDocument')}>
        ${this.iconButton('open', t('toolbar.open'), () => this.pickFile())}
        ${this.iconButton('pair', t('toolbar.openPair'), () =>
          this.dispatchEvent(new ShowDialogEvent('import', { mode: 'pair' })),
        )}
        ${
          this.narrow
            ? nothing
            : html`${this.iconButton('projects', t('toolbar.projects'), () => this.act('projects'))}
              ${this.iconButton('export', t('toolbar.export'), () => this.act('export'))}
              ${this.iconButton('share', t('share.button'), () => this.act('share'))}`
        }
      </div>
      <input
        type="file"
        accept=".txt,.md,.markdown,.text,.json,.xlf,.xliff,.tmx,.tsv,.csv,.xml,text/plain,text/markdown,application/json"
        aria-label=${t('toolbar.open')}
        tabindex="-1"
        @change=${this.onFile}
      />
      <div role="group" aria-label=${t('toolbar.groupEdit')}>
        ${this.iconButton('undo', t('toolbar.undo'), () => void store.undo(), !canUndo)}
        ${this.iconButton('redo', t('toolbar.redo'), () => void store.redo(), !canRedo)}
        ${this.iconButton('find', t('toolbar.find'), () => this.act('find'))}
      </div>
      ${
        this.narrow
          ? nothing
          : html`<div role="group" aria-label=${t('toolbar.groupReview')}>
              ${this.iconButton('qa', t('toolbar.qa'), () => this.act('qa'), false, undefined, this.qaOpen)}
              ${this.iconButton('terms', t('terms.open'), () => this.act('terms'))}
              ${this.iconButton('metrics', t('metrics.open'), () => this.act('metrics'))}
              ${this.iconButton('queue', t('toolbar.queue'), () => this.act('queue'), false, this.queueOn)}
              ${this.iconButton('logError', t('lqa.logError'), () => this.act('log-error'))}
              ${this.iconButton('errors', t('lqa.errors'), () => this.act('toggle-lqa'), false, undefined, this.lqaOpen)}
              ${this.iconButton('matches', t('tm.open'), () => this.act('toggle-tm'), false, undefined, this.tmOpen)}
            </div>`
      }
      <div role="group" aria-label=${t('toolbar.filters')}>
        ${this.iconButton(
          'diff',
          t('toolbar.showChanges'),
          () => this.dispatchEvent(new CommandEvent('toggle-diff')),
          false,
          showDiff,
        )}
        <button
          type="button"
          class="icon"
          title=${t('toolbar.filters')}
          aria-expanded=${String(this.prefs?.filtersOpen ?? true)}
          @click=${() => this.dispatchEvent(new CommandEvent('toggle-filters'))}
        >
          ${icon('filters')}<span class="label">${t('toolbar.filters')}</span>
        </button>
        ${
          project?.sourceLang
            ? html`<select
                aria-label=${t('mode.label')}
                title=${t('mode.label')}
                .value=${mode}
                ?disabled=${this.s.value.sync?.access === 'view'}
                @change=${(e: Event) =>
                  void store.setMode(
                    (e.target as HTMLSelectElement).value === 'sentence' ? 'sentence' : 'paragraph',
                  )}
              >
                <option value="paragraph" ?selected=${mode === 'paragraph'}>
                  ${t('mode.paragraph')}
                </option>
                <option value="sentence" ?selected=${mode === 'sentence'}>
                  ${t('mode.sentence')}
                </option>
              </select>`
            : nothing
        }
      </div>
      <verso-lqa-score></verso-lqa-score>
      ${
        this.s.value.sync?.access === 'view'
          ? html`<span class="view-only" title=${t('share.viewOnly')}
              >${t('share.viewOnlyBadge')}</span
            >`
          : nothing
      }
      ${this.iconButton('settings', t('toolbar.settings'), () =>
        this.dispatchEvent(new ShowDialogEvent('settings', {})),
      )}
      <button
        type="button"
        aria-label=${t('toolbar.keys')}
        title=${t('toolbar.keys')}
        @click=${() => this.dispatchEvent(new ShowDialogEvent('keymap', {}))}
      >
        ?
      </button>
      <select aria-label=${t('toolbar.language')} @change=${this.onLanguage}>
        ${UI_LANGUAGES.map(
          (lng) =>
            html`<option value=${lng} ?selected=${lng === this.l.language}>
              ${t(`languages.${lng}`)}
            </option>`,
        )}
      </select>
      <div class="more">
        <button
          type="button"
          class="icon"
          title=${t('toolbar.more')}
          aria-haspopup="menu"
          aria-expanded=${String(this.menuOpen)}
          @click=${() => void this.toggleMenu()}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'ArrowDown' && !this.menuOpen) {
              e.preventDefault();
              void this.toggleMenu();
            }
          }}
        >
          ${icon('more')}<span class="label">${t('toolbar.more')}</span>
        </button>
        ${
          this.menuOpen
            ? html`<verso-menu
                .label=${t('toolbar.more')}
                .items=${this.menuItems()}
                @verso-menu-chosen=${(e: MenuChosenEvent) => {
                  this.closeMenu();
                  this.act(e.id as Action);
                }}
                @verso-menu-closed=${() => this.closeMenu()}
              ></verso-menu>`
            : nothing
        }
      </div>
    `;
  }

  private get queueOn(): boolean {
    return this.s.value.filter.order === 'risk';
  }

  /** What the overflow menu offers: layout toggles, and the groups that do not fit. */
  private menuItems(): MenuItem[] {
    const t = this.l.t;
    const narrowItems: MenuItem[] = this.narrow
      ? [
          { id: 'projects', label: t('toolbar.projects') },
          { id: 'export', label: t('toolbar.export') },
          { id: 'qa', label: t('toolbar.qa') },
          { id: 'terms', label: t('terms.open') },
          { id: 'metrics', label: t('metrics.open') },
          { id: 'queue', label: t('toolbar.queue'), checked: this.queueOn },
          { id: 'share', label: t('share.button') },
          { id: 'log-error', label: t('lqa.logError') },
          { id: 'toggle-lqa', label: t('lqa.errors') },
          { id: 'toggle-tm', label: t('tm.open') },
        ]
      : [];
    return [
      ...narrowItems,
      {
        id: 'toggle-density',
        label: t('toolbar.compact'),
        checked: (this.prefs?.density ?? 'compact') === 'compact',
      },
      {
        id: 'toggle-diff-below',
        label: t('toolbar.diffBelow'),
        checked: this.prefs?.diff === 'below',
      },
    ];
  }

  private async toggleMenu(): Promise<void> {
    if (this.menuOpen) return this.closeMenu();
    this.menuOpen = true;
    await this.updateComplete;
    await this.menu?.focusFirst();
  }

  private closeMenu(): void {
    this.menuOpen = false;
    this.moreButton?.focus();
  }

  private act(action: Action): void {
    if (
      action === 'find' ||
      action === 'toggle-density' ||
      action === 'toggle-diff-below' ||
      action === 'log-error' ||
      action === 'toggle-lqa' ||
      action === 'toggle-tm'
    )
      this.dispatchEvent(new CommandEvent(action));
    else if (action === 'qa') this.dispatchEvent(new CommandEvent('toggle-qa'));
    else if (action === 'queue') {
      const view = this.s.store.view;
      view.setFilter({ ...view.filter, order: this.queueOn ? 'document' : 'risk' });
    } else this.dispatchEvent(new ShowDialogEvent(action, {}));
  }

  private iconButton(
    name: Parameters<typeof icon>[0],
    label: string,
    onClick: () => void,
    disabled = false,
    pressed?: boolean,
    shown = false,
  ) {
    return html`<button
      type="button"
      class="icon ${shown ? 'shown' : ''}"
      title=${label}
      aria-pressed=${pressed === undefined ? nothing : String(pressed)}
      ?disabled=${disabled}
      @click=${onClick}
    >
      ${icon(name)}<span class="label">${label}</span>
    </button>`;
  }

  private onFile(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same file again must fire change again
    if (files.length > 0) this.dispatchEvent(new FilesChosenEvent(files));
  }

  private onLanguage(e: Event): void {
    const lng = (e.target as HTMLSelectElement).value;
    this.dispatchEvent(new LanguageChosenEvent(lng));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-toolbar': VersoToolbar;
  }
}

import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { UI_LANGUAGES } from '../../i18n/setup.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import {
  CommandEvent,
  FilesChosenEvent,
  LanguageChosenEvent,
  ShowDialogEvent,
} from '../shared/events.ts';
import './verso-offline-status.ts';
import { controls } from '../shared/styles.ts';
import { saveLabel } from './save-label.ts';

/**
 * The app's toolbar: open, projects, find and replace, export, undo/redo, diff toggle, key map,
 * UI language and the save indicator. Undo, redo and the row mode go to the store; dialogs open through
 * the dialog manager; layout commands and chosen files go up to the root.
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
        flex-wrap: wrap;
        align-items: center;
        gap: var(--verso-gap);
        padding: 0.5rem 0.75rem;
        border-bottom: 1px solid var(--verso-border);
        background: var(--verso-surface);
      }
      h1 {
        font-size: 1.1rem;
        margin: 0 0.75rem 0 0;
        letter-spacing: 0.02em;
      }
      .project {
        font-weight: 600;
        max-width: 22rem;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .spacer {
        flex: 1;
      }
      .save {
        font-size: 0.9rem;
        color: var(--verso-muted);
        min-width: 6rem;
      }
      .save.error {
        color: var(--verso-danger);
        font-weight: 600;
      }
      .save.saved::before {
        content: '✓ ';
        color: var(--verso-ok);
      }
      input[type='file'] {
        display: none;
      }
      button[aria-pressed='true'] {
        background: var(--verso-accent);
        color: var(--verso-accent-fg);
      }
    `,
  ];

  private readonly l = new Localize(this);

  private readonly s = new StoreController(this, (s) => [
    s.project,
    s.save,
    s.canUndo,
    s.canRedo,
    s.sync?.status,
  ]);

  @property({ type: Boolean }) showDiff = true;
  /** The QA panel is open. */
  @property({ type: Boolean }) qaOpen = false;
  /** The LQA errors panel is open. */
  @property({ type: Boolean }) lqaOpen = false;
  /** The translation-memory panel is open. */
  @property({ type: Boolean }) tmOpen = false;

  @query('input[type=file]') private fileInput!: HTMLInputElement;

  override connectedCallback(): void {
    super.connectedCallback();
    // The live LQA score (issue 15) and its scoring code load after the app: initial JS ≤ 80 kB.
    void import('../lqa/verso-lqa-score.ts');
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
    const command = (c: CommandEvent['command']) => () => this.dispatchEvent(new CommandEvent(c));
    const show =
      (d: 'projects' | 'terms' | 'metrics' | 'export' | 'settings' | 'keymap' | 'share') => () =>
        this.dispatchEvent(new ShowDialogEvent(d, {}));
    return html`
      <h1>Verso</h1>
      <span class="project" title=${projectName}>${projectName}</span>
      <button type="button" @click=${this.pickFile}>${t('toolbar.open')}</button>
      <input
        type="file"
        accept=".txt,.md,.markdown,.text,.json,.xlf,.xliff,.tmx,.tsv,.csv,.xml,text/plain,text/markdown,application/json"
        aria-label=${t('toolbar.open')}
        tabindex="-1"
        @change=${this.onFile}
      />
      <button
        type="button"
        @click=${() => this.dispatchEvent(new ShowDialogEvent('import', { mode: 'pair' }))}
      >
        ${t('toolbar.openPair')}
      </button>
      <button type="button" @click=${show('projects')}>${t('toolbar.projects')}</button>
      <button type="button" @click=${command('find')}>${t('toolbar.find')}</button>
      <button type="button" aria-pressed=${String(this.qaOpen)} @click=${command('toggle-qa')}>
        ${t('toolbar.qa')}
      </button>
      <button type="button" @click=${command('log-error')}>${t('lqa.logError')}</button>
      <button type="button" aria-pressed=${String(this.lqaOpen)} @click=${command('toggle-lqa')}>
        ${t('lqa.errors')}
      </button>
      <button type="button" aria-pressed=${String(this.tmOpen)} @click=${command('toggle-tm')}>
        ${t('tm.open')}
      </button>
      <button type="button" @click=${show('terms')}>${t('terms.open')}</button>
      <button type="button" @click=${show('metrics')}>${t('metrics.open')}</button>
      <button type="button" @click=${show('export')}>${t('toolbar.export')}</button>
      <button type="button" @click=${show('share')}>${t('share.button')}</button>
      <button type="button" ?disabled=${!canUndo} @click=${() => void store.undo()}>
        ${t('toolbar.undo')}
      </button>
      <button type="button" ?disabled=${!canRedo} @click=${() => void store.redo()}>
        ${t('toolbar.redo')}
      </button>
      <button type="button" aria-pressed=${String(this.showDiff)} @click=${command('toggle-diff')}>
        ${t('toolbar.showChanges')}
      </button>
      ${
        project?.sourceLang
          ? html`<label class="mode">
              ${t('mode.label')}
              <select
                .value=${mode}
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
              </select>
            </label>`
          : ''
      }
      <span class="spacer"></span>
      <verso-offline-status></verso-offline-status>
      <verso-lqa-score></verso-lqa-score>
      <span class="save ${save}" role="status">${saveLabel(t, save, this.s.value)}</span>
      <button type="button" @click=${show('settings')}>${t('toolbar.settings')}</button>
      <button
        type="button"
        aria-label=${t('toolbar.keys')}
        title=${t('toolbar.keys')}
        @click=${show('keymap')}
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
    `;
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

import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { openPair } from '../shared/file-intake.ts';
import { DialogElement } from './dialog-element.ts';
import { controls } from '../shared/styles.ts';

/**
 * Two uses: `pair` — choose a source text and its machine translation (plain text) plus languages, to
 * be aligned; `languages` — give the languages of an imported file that does not state them (the
 * store's pending language prompt).
 */
@customElement('verso-import-dialog')
export class VersoImportDialog extends DialogElement<{ mode: 'pair' | 'languages' }> {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(34rem, 94vw);
      }
      form {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.6rem 0.75rem;
        align-items: center;
      }
      .hint {
        grid-column: 1 / -1;
        color: var(--verso-muted);
        margin: 0;
      }
      .dialog-actions {
        grid-column: 1 / -1;
      }
    `,
  ];

  private readonly s = new StoreController(this, (state) => [state.languagePrompt]);
  @state() private mode: 'pair' | 'languages' = 'pair';

  override async open(params: { mode: 'pair' | 'languages' }): Promise<void> {
    this.mode = params.mode;
    await super.open(params);
  }

  override render() {
    const t = this.l.t;
    const pair = this.mode === 'pair';
    const prompt = pair ? null : this.s.value.languagePrompt;
    const fileName = prompt?.fileName ?? '';
    // A file that says one of its languages is asked only for the other (issue 11 item 10).
    const asks = (side: 'source' | 'target') => !prompt || prompt.missing.includes(side);
    return html`
      <dialog aria-labelledby="title" @cancel=${this.onCancel}>
        <h2 id="title">
          ${pair ? t('import.title') : t('import.languagesTitle', { file: fileName })}
        </h2>
        <form @submit=${this.submit}>
          <p class="hint">${pair ? t('import.hint') : t('import.languagesHint')}</p>
          ${
            pair
              ? html`<label for="source">${t('import.sourceFile')}</label>
                  <input
                    id="source"
                    name="source"
                    type="file"
                    accept=".txt,.md,.text,text/plain"
                    required
                  />
                  <label for="target">${t('import.targetFile')}</label>
                  <input
                    id="target"
                    name="target"
                    type="file"
                    accept=".txt,.md,.text,text/plain"
                    required
                  />`
              : nothing
          }
          ${this.language('source', prompt?.sourceLang ?? 'zh-CN', asks('source'))}
          ${this.language('target', prompt?.targetLang ?? 'en', asks('target'))}
          <div class="dialog-actions">
            <button type="button" @click=${this.onCancel}>${t('common.cancel')}</button>
            <button type="submit" class="primary">
              ${pair ? t('import.submit') : t('import.open')}
            </button>
          </div>
        </form>
      </dialog>
    `;
  }

  /** A language field: editable when asked, else the file's language, shown and sent as it is. */
  private language(side: 'source' | 'target', value: string, asked: boolean) {
    const t = this.l.t;
    const id = `${side}Lang`;
    const label = side === 'source' ? t('import.sourceLang') : t('import.targetLang');
    return asked
      ? html`<label for=${id}>${label}</label>
          <input
            id=${id}
            name=${id}
            type="text"
            required
            pattern="[A-Za-z]{2,3}([\\-_][A-Za-z0-9]{1,8})*"
            .value=${value}
          />`
      : html`<p class="given">${t('import.languageGiven', { label, language: value })}</p>
          <input type="hidden" name=${id} .value=${value} />`;
  }

  private onCancel(): void {
    if (this.mode === 'languages') void this.s.store.imports.answerLanguages(null);
    this.close();
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const text = (key: string) => {
      const value = data.get(key);
      return typeof value === 'string' ? value.trim() : '';
    };
    const languages = { sourceLang: text('sourceLang'), targetLang: text('targetLang') };
    this.close();
    if (this.mode === 'languages') {
      void this.s.store.imports.answerLanguages(languages);
      return;
    }
    const source = data.get('source');
    const target = data.get('target');
    if (source instanceof File && target instanceof File) {
      void openPair(this.s.store, source, target, languages);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-import-dialog': VersoImportDialog;
  }
}

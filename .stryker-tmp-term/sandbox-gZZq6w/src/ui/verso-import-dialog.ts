// @ts-nocheck
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DialogElement } from './dialog-element.ts';
import { controls } from './styles/shared.ts';

/** The reviewer chose two files to align (source and MT) and their languages. */
export class PairChosenEvent extends Event {
  static readonly eventName = 'verso-pair-chosen';
  constructor(
    readonly sourceFile: File,
    readonly mtFile: File,
    readonly sourceLang: string,
    readonly targetLang: string,
  ) {
    super(PairChosenEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The reviewer answered (or, with null, dismissed) the language question for an imported file. */
export class LanguagesChosenEvent extends Event {
  static readonly eventName = 'verso-languages-chosen';
  constructor(readonly languages: { sourceLang: string; targetLang: string } | null) {
    super(LanguagesChosenEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Two uses: `pair` — choose a source text and its machine translation (plain text) plus languages, to
 * be aligned; `languages` — give the languages of an imported file that does not state them.
 *
 * @fires verso-pair-chosen @fires verso-languages-chosen
 */
@customElement('verso-import-dialog')
export class VersoImportDialog extends DialogElement {
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

  @property() mode: 'pair' | 'languages' = 'pair';
  @property() fileName = '';
  @property() sourceLang = 'zh-CN';
  @property() targetLang = 'en';

  override render() {
    const t = this.l.t;
    const pair = this.mode === 'pair';
    return html`
      <dialog aria-labelledby="title" @cancel=${this.onCancel}>
        <h2 id="title">
          ${pair ? t('import.title') : t('import.languagesTitle', { file: this.fileName })}
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
          <label for="sourceLang">${t('import.sourceLang')}</label>
          <input
            id="sourceLang"
            name="sourceLang"
            type="text"
            required
            pattern="[A-Za-z]{2,3}([\\-_][A-Za-z0-9]{1,8})*"
            .value=${this.sourceLang}
          />
          <label for="targetLang">${t('import.targetLang')}</label>
          <input
            id="targetLang"
            name="targetLang"
            type="text"
            required
            pattern="[A-Za-z]{2,3}([\\-_][A-Za-z0-9]{1,8})*"
            .value=${this.targetLang}
          />
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

  private onCancel(): void {
    if (this.mode === 'languages') this.dispatchEvent(new LanguagesChosenEvent(null));
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
      this.dispatchEvent(new LanguagesChosenEvent(languages));
      return;
    }
    const source = data.get('source');
    const target = data.get('target');
    if (source instanceof File && target instanceof File) {
      this.dispatchEvent(
        new PairChosenEvent(source, target, languages.sourceLang, languages.targetLang),
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-import-dialog': VersoImportDialog;
  }
  interface HTMLElementEventMap {
    [PairChosenEvent.eventName]: PairChosenEvent;
    [LanguagesChosenEvent.eventName]: LanguagesChosenEvent;
  }
}

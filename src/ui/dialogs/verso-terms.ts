import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { EMPTY_QA, type ProjectQa } from '../../core/model/model.ts';
import type { TermRule } from '../../core/terms/model.ts';
import { messageKey } from '../../i18n/keys.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { DialogElement } from './dialog-element.ts';
import { saveDownload } from '../shared/download.ts';
import { controls } from '../shared/styles.ts';

/** A change asked for in the dialog. */
type TermsChange =
  | { readonly kind: 'pack'; readonly id: string; readonly enabled: boolean }
  | {
      readonly kind: 'add' | 'update';
      readonly scope: 'project' | 'shared';
      readonly rule: TermRule;
    }
  | { readonly kind: 'delete'; readonly scope: 'project' | 'shared'; readonly id: string }
  | { readonly kind: 'add-word' | 'remove-word'; readonly word: string }
  | { readonly kind: 'import'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: 'export'; readonly format: 'tbx' | 'tsv' };

/**
 * Term rules: the shipped packs (on/off per project, their rules listed read-only), the project's own
 * rules and the shared termbase (used by every project; each rule editable in the form below them),
 * the project word list, and import/export as TBX or TSV (issue 11 item 11).
 */
@customElement('verso-terms')
export class VersoTerms extends DialogElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(52rem, 94vw);
      }
      h3 {
        font-size: 0.95rem;
        margin: 1rem 0 0.35rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9rem;
      }
      th,
      td {
        text-align: left;
        padding: 0.25rem 0.4rem;
        border-bottom: 1px solid var(--verso-border);
        vertical-align: top;
      }
      form.add {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 0.4rem 0.75rem;
        margin-top: 0.5rem;
      }
      form.add label {
        display: flex;
        flex-direction: column;
        gap: 0.15rem;
        font-size: 0.9rem;
      }
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        grid-column: 1 / -1;
      }
      .checks label {
        flex-direction: row;
        align-items: center;
      }
      .words {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        list-style: none;
        padding: 0;
      }
      .words li {
        background: var(--verso-surface);
        border-radius: 999px;
        padding: 0 0.2rem 0 0.6rem;
      }
      .words button {
        border: none;
        background: none;
        padding: 0 0.35rem;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
        align-items: center;
      }
    `,
  ];

  private readonly s = new StoreController(this, (state) => [state.project?.qa]);
  /** The rule being edited in the form, and where it lives. */
  @state() private editing: { scope: 'project' | 'shared'; rule: TermRule } | undefined;

  private get qa(): ProjectQa {
    return this.s.value.project?.qa ?? EMPTY_QA;
  }

  private get shared(): readonly TermRule[] {
    return this.s.store.qa.sharedTerms;
  }

  override render() {
    const t = this.l.t;
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('terms.title')}</h2>
        <h3>${t('terms.packs')}</h3>
        ${this.s.store.qa.packs.map(
          (p) =>
            html`<label>
                <input
                  type="checkbox"
                  .checked=${this.qa.packs.includes(p.id)}
                  @change=${(e: Event) =>
                    this.emit({
                      kind: 'pack',
                      id: p.id,
                      enabled: (e.target as HTMLInputElement).checked,
                    })}
                />
                ${t(messageKey(`terms.pack.${p.id}`, 'terms.pack.unknown'), { count: p.rules.length, id: p.id })}
              </label>
              <details>
                <summary>${t('terms.packRules', { count: p.rules.length })}</summary>
                ${this.table(p.rules, 'pack', '')}
              </details>`,
        )}
        <h3 id="project-rules">${t('terms.projectRules')}</h3>
        ${this.table(this.qa.termRules, 'project', 'project-rules')}
        <h3 id="shared-rules">${t('terms.sharedRules')}</h3>
        ${this.table(this.shared, 'shared', 'shared-rules')} ${this.addForm()}
        <div class="row">
          <label>
            ${t('terms.import')}
            <input type="file" accept=".tbx,.tsv,.txt,.xml" @change=${this.onImport} />
          </label>
          <button type="button" @click=${() => this.emit({ kind: 'export', format: 'tbx' })}>
            ${t('terms.exportTbx')}
          </button>
          <button type="button" @click=${() => this.emit({ kind: 'export', format: 'tsv' })}>
            ${t('terms.exportTsv')}
          </button>
        </div>
        <h3 id="words">${t('terms.words')}</h3>
        <ul class="words" aria-labelledby="words">
          ${this.qa.words.map(
            (w) =>
              html`<li>
                ${w}<button
                  type="button"
                  aria-label=${t('terms.removeWord', { word: w })}
                  @click=${() => this.emit({ kind: 'remove-word', word: w })}
                >
                  ×
                </button>
              </li>`,
          )}
        </ul>
        <form class="row" @submit=${this.addWord}>
          <label>${t('terms.newWord')} <input type="text" name="word" required /></label>
          <button type="submit">${t('terms.addWord')}</button>
        </form>
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }

  /** A table of rules; a pack's (`scope` 'pack') are read-only. */
  private table(
    rules: readonly TermRule[],
    scope: 'project' | 'shared' | 'pack',
    labelledBy: string,
  ) {
    const t = this.l.t;
    if (rules.length === 0) return html`<p>${t('terms.none')}</p>`;
    return html`<table aria-labelledby=${labelledBy || nothing}>
      <thead>
        <tr>
          <th scope="col">${t('terms.source')}</th>
          <th scope="col">${t('terms.preferred')}</th>
          <th scope="col">${t('terms.forbidden')}</th>
          <th scope="col">${t('terms.note')}</th>
          <th scope="col"><span class="sr-only">${t('terms.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${rules.map(
          (r) =>
            html`<tr>
              <td>${r.sourceTerm ?? nothing}</td>
              <td>${r.preferred}</td>
              <td>
                ${r.forbidden.map((f) => (f.regex ? `/${f.pattern}/` : f.pattern)).join(' | ')}
              </td>
              <td>${r.note ?? nothing}</td>
              <td>${scope === 'pack' ? nothing : this.actions(r, scope)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private actions(r: TermRule, scope: 'project' | 'shared') {
    const t = this.l.t;
    return html`<button
        type="button"
        aria-label=${t('terms.editLabel', { term: r.preferred })}
        @click=${() => (this.editing = { scope, rule: r })}
      >
        ${t('terms.edit')}
      </button>
      <button
        type="button"
        aria-label=${t('terms.deleteLabel', { term: r.preferred })}
        @click=${() => this.emit({ kind: 'delete', scope, id: r.id })}
      >
        ${t('projects.delete')}
      </button>`;
  }

  /** The form that adds a rule, or edits `editing` (filled with it). */
  private addForm() {
    const t = this.l.t;
    const rule = this.editing?.rule;
    const label = rule ? t('terms.editing', { term: rule.preferred }) : t('terms.add');
    const regex = rule?.forbidden.some((f) => f.regex) ?? false;
    return html`<form class="add" @submit=${this.addRule} aria-label=${label}>
      <label
        >${t('terms.preferred')}
        <input type="text" name="preferred" required .value=${rule?.preferred ?? ''}
      /></label>
      <label
        >${t('terms.forbidden')}
        <input
          type="text"
          name="forbidden"
          required
          placeholder="one belt and one way | OBOR"
          .value=${rule?.forbidden.map((f) => f.pattern).join(' | ') ?? ''}
      /></label>
      <label
        >${t('terms.sourceTerm')} <input type="text" name="source" .value=${rule?.sourceTerm ?? ''}
      /></label>
      <label>${t('terms.note')} <input type="text" name="note" .value=${rule?.note ?? ''} /></label>
      <div class="checks">
        <label><input type="checkbox" name="regex" .checked=${regex} /> ${t('find.regex')}</label>
        <label
          ><input type="checkbox" name="wholeWord" .checked=${rule?.wholeWord ?? true} />
          ${t('find.wholeWord')}</label
        >
        <label
          ><input type="checkbox" name="matchCase" .checked=${rule?.matchCase ?? false} />
          ${t('find.matchCase')}</label
        >
        ${
          rule
            ? html`<button type="button" @click=${() => (this.editing = undefined)}>
                  ${t('common.cancel')}
                </button>
                <button type="submit" class="primary">${t('terms.saveRule')}</button>`
            : html`<label
                  ><input type="checkbox" name="shared" /> ${t('terms.forAllProjects')}</label
                >
                <button type="submit" class="primary">${t('terms.add')}</button>`
        }
      </div>
    </form>`;
  }

  private addRule(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (k: string) => {
      const v = data.get(k);
      return typeof v === 'string' ? v.trim() : '';
    };
    const regex = data.get('regex') !== null;
    const editing = this.editing;
    const rule: TermRule = {
      id:
        editing?.rule.id ?? `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      preferred: text('preferred'),
      forbidden: text('forbidden')
        .split('|')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((pattern) => ({ pattern, regex })),
      wholeWord: data.get('wholeWord') !== null,
      matchCase: data.get('matchCase') !== null,
      ...(text('source') ? { sourceTerm: text('source') } : {}),
      ...(text('note') ? { note: text('note') } : {}),
    };
    if (!rule.preferred || rule.forbidden.length === 0) return;
    if (editing) {
      this.editing = undefined;
      this.emit({ kind: 'update', scope: editing.scope, rule });
    } else
      this.emit({ kind: 'add', scope: data.get('shared') !== null ? 'shared' : 'project', rule });
    form.reset();
  }

  private addWord(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = new FormData(form).get('word');
    const word = typeof value === 'string' ? value.trim() : '';
    if (word) this.emit({ kind: 'add-word', word });
    form.reset();
  }

  private async onImport(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.emit({
      kind: 'import',
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
  }

  private emit(c: TermsChange): void {
    const qa = this.s.store.qa;
    if (c.kind === 'pack') void qa.setPack(c.id, c.enabled);
    else if (c.kind === 'add') void qa.addRule(c.scope, c.rule);
    else if (c.kind === 'update') void qa.updateRule(c.scope, c.rule);
    else if (c.kind === 'delete') void qa.deleteRule(c.scope, c.id);
    else if (c.kind === 'add-word') void qa.addWord(c.word);
    else if (c.kind === 'remove-word') void qa.removeWord(c.word);
    else if (c.kind === 'import') void qa.importRules(c.bytes, c.fileName);
    else if (c.kind === 'export')
      void qa.exportRules(c.format).then((file) => file && saveDownload(file));
    // The shared termbase is not in the app state: show its change at once.
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-terms': VersoTerms;
  }
}

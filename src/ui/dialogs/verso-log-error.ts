import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { LqaSpan } from '../../core/lqa/error.ts';
import { categoryName, categoryOptions, severityName } from '../../state/views/lqa-view.ts';
import { prefilledCategory } from '../../state/views/lqa-prefill.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { lqaNames } from '../lqa/lqa-names.ts';
import { controls } from '../shared/styles.ts';
import { DialogElement } from './dialog-element.ts';

/** What the form is opened on: a segment, and the selection in its correction (none: the whole segment). */
export interface LogErrorParams {
  readonly segmentId: string;
  readonly span?: LqaSpan;
}

/**
 * The `Log error` form (issue 15, deliverable 2): comboboxes `Category` (pre-filled from a QA finding
 * or a classified edit on the span) and `Severity`, an optional comment. Logging is one undoable step.
 */
@customElement('verso-log-error')
export class VersoLogError extends DialogElement<LogErrorParams> {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(32rem, 94vw);
      }
      label {
        display: block;
        margin: 0.5rem 0 0.2rem;
      }
      select,
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      .quote {
        background: var(--verso-surface);
        padding: 0.3rem 0.5rem;
        border-left: 3px solid var(--verso-accent);
      }
    `,
  ];

  private readonly s = new StoreController(this, (st) => [st.lqa.scorecard]);
  @state() private params: LogErrorParams = { segmentId: '' };
  @state() private categoryId = '';

  override async open(params: LogErrorParams): Promise<void> {
    this.params = params;
    this.categoryId = prefilledCategory(this.s.store, params.segmentId, params.span);
    await super.open(params);
    this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')!.value = '';
  }

  override render() {
    const t = this.l.t;
    const { store } = this.s;
    const scorecard = store.state.lqa.scorecard;
    const names = lqaNames(t);
    const n = store.view.indexOf(this.params.segmentId) + 1;
    const text = store.state.segments[n - 1]?.text ?? '';
    const { span } = this.params;
    const severities = scorecard.severities;
    const preset = severities.find((s) => s.id === 'minor')?.id ?? severities[0]?.id;
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('lqa.logError')}</h2>
        <p class="quote">
          ${
            span && span.end > span.start
              ? t('lqa.on', { text: text.slice(span.start, span.end) })
              : t('lqa.wholeSegment', { n })
          }
        </p>
        <form @submit=${this.submit}>
          <label for="category">${t('lqa.categoryLabel')}</label>
          <select id="category" name="category" .value=${this.categoryId}>
            ${categoryOptions(scorecard).map(
              ({ id, depth }) =>
                html`<option value=${id} ?selected=${id === this.categoryId}>
                  ${'\u2003'.repeat(depth)}${categoryName(scorecard, id, names)}
                </option>`,
            )}
          </select>
          <label for="severity">${t('lqa.severityLabel')}</label>
          <select id="severity" name="severity">
            ${severities.map(
              (s) =>
                html`<option value=${s.id} ?selected=${s.id === preset}>
                  ${severityName(scorecard, s.id, names)} (${s.weight})
                </option>`,
            )}
          </select>
          <label for="comment">${t('lqa.comment')}</label>
          <textarea id="comment" name="comment" rows="3"></textarea>
          <div class="dialog-actions">
            <button type="button" @click=${this.close}>${t('common.close')}</button>
            <button type="submit" class="primary">${t('lqa.log')}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const { segmentId, span } = this.params;
    this.close();
    await this.s.store.lqa.log({
      segmentId,
      ...(span && span.end > span.start ? { span } : {}),
      categoryId: field(form, 'category'),
      severityId: field(form, 'severity'),
      comment: field(form, 'comment'),
    });
  }
}

/** A text field of the form ('' when absent). */
function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-log-error': VersoLogError;
  }
}

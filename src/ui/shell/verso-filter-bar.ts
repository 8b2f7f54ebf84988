import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { SEGMENT_STATUSES } from '../../core/model/model.ts';
import type { SegmentFilter } from '../../core/review/segment-filter.ts';
import { isMessageKey } from '../../i18n/keys.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { projectCodeLoaded } from '../../state/project-code.ts';
import { controls } from '../shared/styles.ts';

/**
 * Review progress and the grid's filters: status, edited/unedited, text, doubtful links, logged errors
 * (any or one severity, once errors were logged), order. Reads and sets the filter through the store's
 * grid view.
 */
@customElement('verso-filter-bar')
export class VersoFilterBar extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
        padding: 0.2rem 0.5rem;
        border-bottom: 1px solid var(--verso-border);
        font-size: 0.85rem;
      }
      select,
      input[type='search'] {
        padding: 0.1rem 0.3rem;
      }
      /* Narrow enough for one line beside the side panel at 1440 px (issue 13: it wrapped). */
      select {
        max-width: 12rem;
      }
      input[type='search'] {
        width: 8rem;
      }
      .progress {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      progress {
        width: 4.5rem;
        accent-color: var(--verso-ok);
      }
      label {
        display: flex;
        gap: 0.35rem;
        align-items: center;
      }
      .shown {
        margin-left: auto;
        color: var(--verso-muted);
        font-size: 0.9rem;
      }
    `,
  ];

  private readonly l = new Localize(this);

  /** Re-renders when what it shows changes: progress, rows shown, the filter (not every keystroke). */
  private readonly s: StoreController = new StoreController(this, (state): unknown[] => {
    const view = this.s.store.view;
    const { done, total } = view.progress;
    const hasErrors = state.lqa.errors.length > 0;
    return [
      state.filter,
      done,
      total,
      view.visible.length,
      view.aligned,
      hasErrors,
      state.lqa.scorecard,
    ];
  });

  override render() {
    const t = this.l.t;
    const view = this.s.store.view;
    const f = view.filter;
    const { done, total } = view.progress;
    return html`
      <div class="progress">
        <progress
          aria-label=${t('filter.progress')}
          max=${Math.max(1, total)}
          .value=${done}
        ></progress>
        <span>${t('filter.progressText', { done, total })}</span>
      </div>
      <label>
        ${t('filter.status')}
        <select @change=${(e: Event) => this.emit({ status: value(e) as SegmentFilter['status'] })}>
          <option value="all" ?selected=${f.status === 'all'}>${t('filter.allStatuses')}</option>
          ${SEGMENT_STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${f.status === s}>${t(`status.${s}`)}</option>`,
          )}
        </select>
      </label>
      <label>
        ${t('filter.edits')}
        <select @change=${(e: Event) => this.emit({ edit: value(e) as SegmentFilter['edit'] })}>
          <option value="all" ?selected=${f.edit === 'all'}>${t('filter.allSegments')}</option>
          <option value="edited" ?selected=${f.edit === 'edited'}>${t('filter.edited')}</option>
          <option value="unedited" ?selected=${f.edit === 'unedited'}>
            ${t('filter.unedited')}
          </option>
        </select>
      </label>
      <label>
        ${t('filter.search')}
        <input
          type="search"
          .value=${f.text}
          @input=${(e: Event) => this.emit({ text: value(e) })}
        />
      </label>
      ${
        view.aligned
          ? html`<label>
              <input
                type="checkbox"
                .checked=${f.lowConfidence ?? false}
                @change=${(e: Event) =>
                  this.emit({ lowConfidence: (e.target as HTMLInputElement).checked })}
              />
              ${t('filter.lowConfidence')}
            </label>`
          : ''
      }
      ${this.renderErrorFilter()}
      <label>
        ${t('filter.order')}
        <select @change=${(e: Event) => this.emit({ order: value(e) as 'document' | 'risk' })}>
          <option value="document" ?selected=${(f.order ?? 'document') === 'document'}>
            ${t('filter.orderDocument')}
          </option>
          <option value="risk" ?selected=${f.order === 'risk'}>${t('filter.orderRisk')}</option>
        </select>
      </label>
      <span class="shown" role="status">${t('filter.shown', { count: view.visible.length })}</span>
    `;
  }

  /**
   * The logged-errors filter, once there is something to filter by (or it is on). Errors come with a
   * project, and the LQA names with the project's code (state/project-code.ts), not the first load.
   */
  private renderErrorFilter() {
    const t = this.l.t;
    const { store } = this.s;
    const { lqa, filter } = store.state;
    const code = projectCodeLoaded();
    if (!code || (lqa.errors.length === 0 && !filter.errors)) return nothing;
    const { ANY_SEVERITY, severityName } = code;
    const chosen = filter.errors?.severity ?? '';
    // What ui/lqa/lqa-names.ts does, without importing the LQA views into the first load.
    const names = code.lqaNamesBy((key) => (isMessageKey(key) ? t(key) : undefined));
    return html`<label>
      ${t('lqa.filter.label')}
      <select @change=${(e: Event) => store.lqa.filterErrors(value(e) || undefined)}>
        <option value="" ?selected=${chosen === ''}>${t('lqa.filter.all')}</option>
        <option value=${ANY_SEVERITY} ?selected=${chosen === ANY_SEVERITY}>
          ${t('lqa.filter.any')}
        </option>
        ${lqa.scorecard.severities.map(
          (s) =>
            html`<option value=${s.id} ?selected=${chosen === s.id}>
              ${t('lqa.filter.severity', { severity: severityName(lqa.scorecard, s.id, names) })}
            </option>`,
        )}
      </select>
    </label>`;
  }

  private emit(patch: Partial<SegmentFilter>): void {
    const view = this.s.store.view;
    view.setFilter({ ...view.filter, ...patch });
  }
}

function value(e: Event): string {
  return (e.target as HTMLInputElement | HTMLSelectElement).value;
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-filter-bar': VersoFilterBar;
  }
}

import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { SEGMENT_STATUSES } from '../../core/model/model.ts';
import type { SegmentFilter } from '../../core/review/segment-filter.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { controls } from '../shared/styles.ts';

/**
 * Review progress and the grid's filters: status, edited/unedited, text, doubtful links, order. Reads
 * and sets the filter through the store's grid view.
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
      input[type='search'] {
        width: 9rem;
      }
      .progress {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      progress {
        width: 6rem;
        accent-color: var(--verso-ok);
      }
      label {
        display: flex;
        gap: 0.35rem;
        align-items: center;
      }
      .shown {
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
    return [state.filter, done, total, view.visible.length, view.aligned];
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

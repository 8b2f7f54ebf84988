// @ts-nocheck
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { SEGMENT_STATUSES } from '../core/model/model.ts';
import type { SegmentFilter } from '../core/review/segment-filter.ts';
import { Localize } from '../i18n/localize.ts';
import { controls } from './styles/shared.ts';

/** The filter changed. */
export class FilterChangedEvent extends Event {
  static readonly eventName = 'verso-filter-changed';
  constructor(readonly filter: SegmentFilter) {
    super(FilterChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Review progress and the grid's filters: status, edited/unedited, text.
 *
 * @fires verso-filter-changed
 */
@customElement('verso-filter-bar')
export class VersoFilterBar extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: var(--verso-gap) 1rem;
        align-items: center;
        padding: 0.4rem 0.75rem;
        border-bottom: 1px solid var(--verso-border);
      }
      .progress {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      progress {
        width: 10rem;
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

  @property({ attribute: false }) filter!: SegmentFilter;
  @property({ type: Number }) done = 0;
  @property({ type: Number }) total = 0;
  @property({ type: Number }) shown = 0;
  /** Whether the project has automatic alignment scores (a source text). */
  @property({ type: Boolean }) aligned = false;

  override render() {
    const t = this.l.t;
    const f = this.filter;
    return html`
      <div class="progress">
        <progress
          aria-label=${t('filter.progress')}
          max=${Math.max(1, this.total)}
          .value=${this.done}
        ></progress>
        <span>${t('filter.progressText', { done: this.done, total: this.total })}</span>
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
        this.aligned
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
      <span class="shown" role="status">${t('filter.shown', { count: this.shown })}</span>
    `;
  }

  private emit(patch: Partial<SegmentFilter>): void {
    this.dispatchEvent(new FilterChangedEvent({ ...this.filter, ...patch }));
  }
}

function value(e: Event): string {
  return (e.target as HTMLInputElement | HTMLSelectElement).value;
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-filter-bar': VersoFilterBar;
  }
  interface HTMLElementEventMap {
    [FilterChangedEvent.eventName]: FilterChangedEvent;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  categoryPathName,
  errorText,
  severityName,
  sortErrors,
} from '../../state/views/lqa-view.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { lqaNames } from '../lqa/lqa-names.ts';
import { SegmentRequestedEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';

/**
 * The logged errors of the open project (issue 15, deliverable 2): each with its segment, category,
 * severity (editable in place), the text it is on and its comment, deletable; the current segment's
 * "needs rework" flag and the filter that shows only flagged segments. A standalone element that gets
 * the store by context and follows `state.current` (for a side panel's registry of tabs).
 *
 * @fires verso-segment-requested
 */
@customElement('verso-lqa-panel')
export class VersoLqaPanel extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        overflow: auto;
        padding: 0.5rem 0.75rem;
        border-left: 1px solid var(--verso-border);
        background: var(--verso-surface);
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 0.5rem;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        border-bottom: 1px solid var(--verso-border);
        padding: 0.4rem 0;
      }
      li.current {
        background: var(--verso-row-focus-bg);
      }
      .quote {
        font-style: italic;
      }
      .muted {
        color: var(--verso-muted);
        font-size: 0.85rem;
      }
      .row {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        flex-wrap: wrap;
      }
    `,
  ];

  private readonly l = new Localize(this);
  private readonly s = new StoreController(this, (st) => [
    st.lqa,
    st.current,
    st.filter,
    st.segments,
  ]);

  override render() {
    const t = this.l.t;
    const { store } = this.s;
    const { lqa, segments, current, filter } = store.state;
    const names = lqaNames(t);
    const order = segments.map((s) => s.id);
    const errors = sortErrors(lqa.errors, order);
    const currentN = current ? store.view.indexOf(current) + 1 : 0;
    const flagged = current !== null && lqa.rework.some((f) => f.segmentId === current);
    return html`
      <h2>${t('lqa.panel')}</h2>
      <div class="row">
        <label>
          <input
            type="checkbox"
            .checked=${filter.rework !== undefined}
            @change=${(e: Event) => store.lqa.filterRework((e.target as HTMLInputElement).checked)}
          />
          ${t('lqa.onlyRework')}
        </label>
        ${
          current
            ? html`<button
                type="button"
                @click=${() =>
                  flagged ? store.lqa.clearRework(current) : store.lqa.flagRework(current)}
              >
                ${t(flagged ? 'lqa.clearRework' : 'lqa.flagRework', { n: currentN })}
              </button>`
            : nothing
        }
      </div>
      ${errors.length === 0 ? html`<p>${t('lqa.none')}</p>` : nothing}
      <ol>
        ${errors.map((e) => {
          const n = store.view.indexOf(e.segmentId) + 1;
          const text = segments[n - 1]?.text ?? '';
          const rework = lqa.rework.some((f) => f.segmentId === e.segmentId);
          return html`<li class=${e.segmentId === current ? 'current' : ''}>
            <div class="row">
              <button
                type="button"
                @click=${() => this.dispatchEvent(new SegmentRequestedEvent(e.segmentId))}
              >
                ${t('lqa.segmentN', { n })}
              </button>
              <span>${categoryPathName(lqa.scorecard, e.categoryId, names)}</span>
              <select
                aria-label=${t('lqa.severityLabel')}
                @change=${(ev: Event) =>
                  void store.lqa.edit(e.id, {
                    severityId: (ev.target as HTMLSelectElement).value,
                  })}
              >
                ${lqa.scorecard.severities.map(
                  (s) =>
                    html`<option value=${s.id} ?selected=${s.id === e.severityId}>
                      ${severityName(lqa.scorecard, s.id, names)}
                    </option>`,
                )}
              </select>
              <button type="button" @click=${() => void store.lqa.remove(e.id)}>
                ${t('lqa.delete')}
              </button>
            </div>
            <div class="quote">“${errorText(e, text)}”</div>
            ${e.comment ? html`<div>${e.comment}</div>` : nothing}
            <div class="muted">
              ${e.author}${e.detached ? html` · ${t('lqa.detached')}` : nothing}${
                rework ? html` · ${t('lqa.needsRework')}` : nothing
              }
            </div>
          </li>`;
        })}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-lqa-panel': VersoLqaPanel;
  }
}

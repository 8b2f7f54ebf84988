import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { LqaNames } from '../../core/lqa/names.ts';
import type { Scorecard } from '../../core/lqa/scorecard.ts';
import {
  categoryName,
  categoryOptions,
  errorAuthors,
  errorText,
  filterErrorList,
  severityName,
  sortErrors,
  type ErrorListFilter,
} from '../../state/views/lqa-view.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { lqaNames } from '../lqa/lqa-names.ts';
import { SegmentRequestedEvent, ShowDialogEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';

/**
 * The logged errors of the open project (issue 15, deliverable 2: "errors listed per segment and in a
 * panel with filters"): each with its segment, category and severity (both editable in place), the
 * text it is on and its comment, deletable; filters by category (a dimension with its subtypes),
 * severity, detached or not, and author; the current segment's "needs rework" flag and the filter that
 * shows only flagged segments; the button that opens the scorecard editor. A standalone element that
 * gets the store by context and follows `state.current` (for a side panel's registry of tabs).
 *
 * @fires verso-segment-requested
 * @fires verso-show-dialog - the scorecard editor
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
      fieldset {
        border: 1px solid var(--verso-border);
        border-radius: var(--verso-radius);
        margin: 0.5rem 0;
        padding: 0.3rem 0.5rem;
      }
      fieldset select {
        max-width: 100%;
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
  /** What the list shows (the panel's own: the grid's filters are the toolbar's). */
  @state() private filter: ErrorListFilter = {};

  override render() {
    const t = this.l.t;
    const { store } = this.s;
    const { lqa, segments, current, filter } = store.state;
    const names = lqaNames(t);
    const order = segments.map((s) => s.id);
    const all = sortErrors(lqa.errors, order);
    const errors = filterErrorList(all, this.filter, lqa.scorecard);
    const currentN = current ? store.view.indexOf(current) + 1 : 0;
    const flagged = current !== null && lqa.rework.some((f) => f.segmentId === current);
    return html`
      <h2>${t('lqa.panel')}</h2>
      <div class="row">
        <button
          type="button"
          @click=${() => this.dispatchEvent(new ShowDialogEvent('scorecard', {}))}
        >
          ${t('lqa.editor.open')}
        </button>
      </div>
      ${this.filters(lqa.scorecard, names, all.length, errors.length)}
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
      ${
        all.length === 0
          ? html`<p>${t('lqa.none')}</p>`
          : errors.length === 0
            ? html`<p>${t('lqa.panelFilter.noneMatch')}</p>`
            : nothing
      }
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
              <select
                aria-label=${t('lqa.categoryLabel')}
                @change=${(ev: Event) =>
                  void store.lqa.edit(e.id, {
                    categoryId: (ev.target as HTMLSelectElement).value,
                  })}
              >
                ${this.categoryOptions(lqa.scorecard, names, e.categoryId)}
              </select>
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

  /** The list's filters, and how many errors they let through. */
  private filters(scorecard: Scorecard, names: LqaNames, count: number, shown: number) {
    const t = this.l.t;
    const f = this.filter;
    const authors = errorAuthors([
      ...this.s.store.state.lqa.errors,
      ...(f.author === undefined ? [] : [{ author: f.author }]),
    ]);
    return html`<fieldset>
      <legend>${t('lqa.panelFilter.label')}</legend>
      <div class="row">
        ${this.filterSelect('categoryId', t('lqa.panelFilter.category'), [
          [ALL, t('lqa.panelFilter.allCategories')],
          ...categoryOptions(scorecard).map(({ id, depth }): Option => [
            id,
            `${'\u2003'.repeat(depth)}${categoryName(scorecard, id, names)}`,
          ]),
        ])}
        ${this.filterSelect('severityId', t('lqa.panelFilter.severity'), [
          [ALL, t('lqa.panelFilter.allSeverities')],
          ...scorecard.severities.map((v): Option => [v.id, severityName(scorecard, v.id, names)]),
        ])}
        ${this.filterSelect('detached', t('lqa.panelFilter.detached'), [
          [ALL, t('lqa.panelFilter.anyText')],
          [YES, t('lqa.panelFilter.detachedOnly')],
          [NO, t('lqa.panelFilter.attachedOnly')],
        ])}
        ${this.filterSelect('author', t('lqa.panelFilter.author'), [
          [ALL, t('lqa.panelFilter.allAuthors')],
          ...authors.map((a): Option => [a, a]),
        ])}
      </div>
      <div class="row">
        <span role="status">${t('lqa.panelFilter.shown', { shown, count })}</span>
        ${
          Object.keys(f).length > 0
            ? html`<button type="button" @click=${() => (this.filter = {})}>
                ${t('lqa.panelFilter.clear')}
              </button>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  /** One filter of the list: a combobox of `options`, the first letting every error through. */
  private filterSelect(key: keyof ErrorListFilter, label: string, options: readonly Option[]) {
    const current = this.filter[key];
    const selected =
      current === undefined ? ALL : typeof current === 'boolean' ? (current ? YES : NO) : current;
    const choose = (e: Event) => {
      const raw = (e.target as HTMLSelectElement).value;
      const { [key]: _old, ...rest } = this.filter;
      if (raw === ALL) this.filter = rest;
      else if (key === 'detached') this.filter = { ...rest, detached: raw === YES };
      else this.filter = { ...rest, [key]: raw };
    };
    return html`<select aria-label=${label} @change=${choose}>
      ${options.map(
        ([value, text]) =>
          html`<option value=${value} ?selected=${value === selected}>${text}</option>`,
      )}
    </select>`;
  }

  /** The scorecard's categories as options, subtypes indented under their dimension. */
  private categoryOptions(scorecard: Scorecard, names: LqaNames, selected: string | undefined) {
    return categoryOptions(scorecard).map(
      ({ id, depth }) =>
        html`<option value=${id} ?selected=${id === selected}>
          ${'\u2003'.repeat(depth)}${categoryName(scorecard, id, names)}
        </option>`,
    );
  }
}

/** A filter's option: its value and its text. */
type Option = readonly [value: string, text: string];

/** The option of a filter that lets everything through. */
const ALL = '';
/** The detached filter's options besides ALL. */
const YES = 'yes';
const NO = 'no';

declare global {
  interface HTMLElementTagNameMap {
    'verso-lqa-panel': VersoLqaPanel;
  }
}

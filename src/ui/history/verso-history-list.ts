import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Revision } from '../../core/model/model.ts';
import { Localize } from '../../i18n/localize.ts';
import { HistoryPages } from '../../state/controllers/history-pages.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import type { RevisionView } from '../../state/views/history-view.ts';
import { controls } from '../shared/styles.ts';
import '../shared/verso-diff-view.ts';

/**
 * The revisions of one segment, newest first, a page at a time (issue 12 item 3: a segment with
 * 10,000 revisions froze History, which read and diffed them all): each with what produced it, the
 * kinds of edit it made, its diff against the previous revision and against the MT, and "Restore"
 * (which appends a new revision). "Load older revisions" reads the next page from storage. Whatever
 * hosts it (the History dialog, a side panel) only sets `segmentId`.
 */
@customElement('verso-history-list')
export class VersoHistoryList extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
        max-height: 60vh;
        overflow: auto;
      }
      li {
        border: 1px solid var(--verso-border);
        border-radius: var(--verso-radius);
        padding: 0.5rem 0.75rem;
        margin-bottom: 0.5rem;
      }
      .meta {
        display: flex;
        gap: 0.75rem;
        align-items: center;
        flex-wrap: wrap;
        color: var(--verso-muted);
        font-size: 0.9rem;
      }
      .meta strong {
        color: var(--verso-fg);
      }
      .meta button {
        margin-left: auto;
      }
      .kinds {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        list-style: none;
        padding: 0;
        margin: 0.35rem 0 0;
      }
      .kinds li {
        font-size: 0.8rem;
        background: var(--verso-code-bg);
        border-radius: 999px;
        padding: 0 0.5rem;
        margin: 0;
        border: none;
      }
      h3 {
        font-size: 0.8rem;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--verso-muted);
        margin: 0.5rem 0 0.15rem;
      }
      .more {
        display: flex;
        gap: 0.75rem;
        align-items: center;
        color: var(--verso-muted);
        margin-top: 0.5rem;
      }
    `,
  ];

  /** The segment whose revisions are listed. */
  @property() segmentId = '';

  private readonly l = new Localize(this);
  private readonly s = new StoreController(this, () => []);
  private readonly pages = new HistoryPages(this, () => this.s.store.historyPage);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('segmentId')) void this.pages.reload(this.segmentId);
  }

  override render() {
    const t = this.l.t;
    const { views, total, loading } = this.pages;
    return html`
      ${
        views.length > 0
          ? html`<ol aria-label=${t('history.list')}>
              ${views.map((view) => this.item(view))}
            </ol>`
          : nothing
      }
      <div class="more" aria-live="polite">
        ${
          total > 0
            ? html`<span>${t('historyList.shown', { shown: views.length, count: total })}</span>`
            : nothing
        }
        ${loading ? html`<span>${t('historyList.loading')}</span>` : nothing}
        ${
          this.pages.hasOlder
            ? html`<button
                type="button"
                ?disabled=${loading}
                @click=${() => void this.pages.loadOlder()}
              >
                ${t('historyList.loadOlder')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  private item(view: RevisionView) {
    const t = this.l.t;
    const { revision: rev, number: n } = view;
    const time = new Intl.DateTimeFormat(this.l.language, {
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    return html`<li>
      <div class="meta">
        <strong>${t('history.revision', { n })}</strong>
        <span>${t(`origin.${rev.origin}`)}</span>
        ${rev.author ? html`<span>${t('share.by', { name: rev.author })}</span>` : nothing}
        <span>${t(`status.${rev.status}`)}</span>
        <time datetime=${new Date(rev.createdAt).toISOString()}>${time.format(rev.createdAt)}</time>
        ${
          view.current
            ? html`<span>${t('history.current')}</span>`
            : html`<button
                type="button"
                aria-label=${t('history.restoreLabel', { n })}
                ?disabled=${view.sameAsNow}
                @click=${() => void this.restore(rev)}
              >
                ${t('history.restore')}
              </button>`
        }
      </div>
      ${this.kinds(view)}
      ${
        view.vsPrevious
          ? html`<h3>${t('history.vsPrevious')}</h3>
              <verso-diff-view .ops=${view.vsPrevious}></verso-diff-view>`
          : nothing
      }
      <h3>${t('history.vsMt')}</h3>
      <verso-diff-view .ops=${view.vsMt}></verso-diff-view>
    </li>`;
  }

  /** The kinds of edit this revision made (terminology, numbers, word order…), as labels. */
  private kinds(view: RevisionView) {
    const t = this.l.t;
    return view.kinds.length === 0
      ? nothing
      : html`<ul class="kinds" aria-label=${t('metrics.kinds')}>
          ${view.kinds.map(({ kind, count }) => html`<li>${t(`metrics.kind.${kind}`)} × ${count}</li>`)}
        </ul>`;
  }

  private async restore(revision: Revision): Promise<void> {
    await this.s.store.restore(revision);
    await this.pages.reload(this.segmentId);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-history-list': VersoHistoryList;
  }
}

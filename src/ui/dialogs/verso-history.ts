import { Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Revision } from '../../core/model/model.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import type { RevisionView } from '../../state/views/history-view.ts';
import { DialogElement } from './dialog-element.ts';
import { controls } from '../shared/styles.ts';
import '../shared/verso-diff-view.ts';

/**
 * The revisions of one segment, newest first, each with what produced it, its diff against the
 * previous revision and against the MT, and "Restore" (which appends a new revision). The revisions
 * load from storage when the dialog opens and again after a restore.
 */
@customElement('verso-history')
export class VersoHistory extends DialogElement<{ segmentId: string }> {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(50rem, 94vw);
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
    `,
  ];

  private readonly s = new StoreController(this, (state) => [state.segments]);
  @state() private segmentId = '';

  /** The segment's revisions as History lists them (loaded when the dialog opens). */
  private readonly revisions = new Task(this, {
    task: ([id]) => this.s.store.history(id),
    args: () => [this.segmentId] as const,
    autoRun: false,
  });

  override async open({ segmentId }: { segmentId: string }): Promise<void> {
    this.segmentId = segmentId;
    await this.revisions.run([segmentId]);
    await super.open({ segmentId });
  }

  override render() {
    const t = this.l.t;
    const number = this.s.store.view.indexOf(this.segmentId) + 1;
    const revisions = this.revisions.value ?? [];
    const time = new Intl.DateTimeFormat(this.l.language, {
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('history.title', { n: number })}</h2>
        ${
          revisions.length > 0
            ? html`<ol aria-label=${t('history.list')}>
                ${revisions.map((view: RevisionView) => {
                  const { revision: rev, number: n } = view;
                  return html`<li>
                    <div class="meta">
                      <strong>${t('history.revision', { n })}</strong>
                      <span>${t(`origin.${rev.origin}`)}</span>
                      ${rev.author ? html`<span>${t('share.by', { name: rev.author })}</span>` : nothing}
                      <span>${t(`status.${rev.status}`)}</span>
                      <time datetime=${new Date(rev.createdAt).toISOString()}
                        >${time.format(rev.createdAt)}</time
                      >
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
                })}
              </ol>`
            : nothing
        }
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
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
    await this.revisions.run([this.segmentId]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-history': VersoHistory;
  }
}

// @ts-nocheck
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { wordDiff } from '../core/text/diff.ts';
import { classifyEdits, countEdits, EDIT_KINDS } from '../core/metrics/classify.ts';
import type { Revision, Segment } from '../core/model/model.ts';
import { DialogElement } from './dialog-element.ts';
import { RevisionRestoredEvent } from './events.ts';
import { controls } from './styles/shared.ts';
import './verso-diff-view.ts';

/**
 * The revisions of one segment, newest first, each with what produced it, its diff against the
 * previous revision and against the MT, and "Restore" (which appends a new revision).
 *
 * @fires verso-revision-restored
 */
@customElement('verso-history')
export class VersoHistory extends DialogElement {
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

  @property({ attribute: false }) segment: Segment | null = null;
  @property({ type: Number }) number = 0;
  /** Term rules in force as from → to pairs, so terminology edits are recognised. */
  @property({ attribute: false }) terms: readonly { from: string; to: string }[] = [];
  /** Oldest first, as the repository lists them. */
  @property({ attribute: false }) revisions: readonly Revision[] = [];

  override render() {
    const t = this.l.t;
    const segment = this.segment;
    const revisions = this.revisions;
    const latest = revisions.at(-1);
    const time = new Intl.DateTimeFormat(this.l.language, {
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('history.title', { n: this.number })}</h2>
        ${
          segment
            ? html`<ol aria-label=${t('history.list')}>
                ${revisions
                  .map((rev, i) => ({ rev, i, previous: revisions[i - 1] }))
                  .reverse()
                  .map(
                    ({ rev, i, previous }) =>
                      html`<li>
                        <div class="meta">
                          <strong>${t('history.revision', { n: i + 1 })}</strong>
                          <span>${t(`origin.${rev.origin}`)}</span>
                          <span>${t(`status.${rev.status}`)}</span>
                          <time datetime=${new Date(rev.createdAt).toISOString()}
                            >${time.format(rev.createdAt)}</time
                          >
                          ${
                            rev === latest
                              ? html`<span>${t('history.current')}</span>`
                              : html`<button
                                  type="button"
                                  aria-label=${t('history.restoreLabel', { n: i + 1 })}
                                  ?disabled=${rev.text === segment.text}
                                  @click=${() => this.dispatchEvent(new RevisionRestoredEvent(rev))}
                                >
                                  ${t('history.restore')}
                                </button>`
                          }
                        </div>
                        ${previous ? this.kinds(previous.text, rev.text) : nothing}
                        ${
                          previous
                            ? html`<h3>${t('history.vsPrevious')}</h3>
                                <verso-diff-view
                                  .ops=${wordDiff(previous.text, rev.text)}
                                ></verso-diff-view>`
                            : nothing
                        }
                        <h3>${t('history.vsMt')}</h3>
                        <verso-diff-view .ops=${wordDiff(segment.mt, rev.text)}></verso-diff-view>
                      </li>`,
                  )}
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
  private kinds(before: string, after: string) {
    const t = this.l.t;
    const counts = countEdits(classifyEdits(before, after, { terms: this.terms }));
    const present = EDIT_KINDS.filter((k) => counts[k] > 0);
    return present.length === 0
      ? nothing
      : html`<ul class="kinds" aria-label=${t('metrics.kinds')}>
          ${present.map((k) => html`<li>${t(`metrics.kind.${k}`)} × ${counts[k]}</li>`)}
        </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-history': VersoHistory;
  }
}

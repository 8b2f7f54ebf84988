import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { controls } from '../shared/styles.ts';
import { SegmentView } from './segment-view.ts';

/**
 * The side panel's Comments view (issue 13 item 2): the focused segment's comments (oldest first) and
 * a field to add one, as a region named "Comments on segment N". Follows `state.current`.
 */
@customElement('verso-comments-panel')
export class VersoCommentsPanel extends SegmentView {
  static override styles = [
    controls,
    SegmentView.styles,
    css`
      ol {
        padding-left: 1.2rem;
      }
      li {
        margin-bottom: 0.5rem;
        white-space: pre-wrap;
      }
      .meta {
        display: block;
        color: var(--verso-muted);
        font-size: 0.85rem;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
        min-height: 4rem;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        margin-top: 0.35rem;
      }
    `,
  ];

  protected override renderSegment(_id: string, index: number) {
    const t = this.l.t;
    const comments = this.s.value.segments[index]?.comments ?? [];
    const time = new Intl.DateTimeFormat(this.l.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return html`<section aria-labelledby="title">
      <h2 id="title">${t('comments.title', { n: index + 1 })}</h2>
      ${
        comments.length === 0
          ? html`<p class="empty">${t('comments.none')}</p>`
          : html`<ol>
              ${comments.map(
                (c) =>
                  html`<li>
                    ${c.text}<span class="meta">${c.author} · ${time.format(c.createdAt)}</span>
                  </li>`,
              )}
            </ol>`
      }
      <form @submit=${this.submit}>
        <label for="comment">${t('comments.new')}</label>
        <textarea id="comment" name="comment" required></textarea>
        <div class="actions">
          <button type="submit" class="primary">${t('comments.add')}</button>
        </div>
      </form>
    </section>`;
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = new FormData(form).get('comment');
    const text = typeof value === 'string' ? value.trim() : '';
    const segmentId = this.s.value.current;
    if (!text || !segmentId) return;
    const author = this.s.store.sync.name || this.l.t('comments.you');
    void this.s.store.addComment(segmentId, text, author);
    form.reset();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-comments-panel': VersoCommentsPanel;
  }
}

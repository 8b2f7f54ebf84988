// @ts-nocheck
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Segment } from '../core/model/model.ts';
import { DialogElement } from './dialog-element.ts';
import { CommentAddedEvent } from './events.ts';
import { controls } from './styles/shared.ts';

/**
 * A segment's comments (oldest first) and a field to add one.
 *
 * @fires verso-comment-added
 */
@customElement('verso-comments')
export class VersoComments extends DialogElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(36rem, 94vw);
      }
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
    `,
  ];

  @property({ attribute: false }) segment: Segment | null = null;
  @property({ type: Number }) number = 0;

  override render() {
    const t = this.l.t;
    const comments = this.segment?.comments ?? [];
    const time = new Intl.DateTimeFormat(this.l.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('comments.title', { n: this.number })}</h2>
        ${
          comments.length === 0
            ? html`<p>${t('comments.none')}</p>`
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
          <div class="dialog-actions">
            <button type="button" @click=${this.close}>${t('common.close')}</button>
            <button type="submit" class="primary">${t('comments.add')}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = new FormData(form).get('comment');
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text || !this.segment) return;
    this.dispatchEvent(new CommentAddedEvent(this.segment.id, text));
    form.reset();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-comments': VersoComments;
  }
}

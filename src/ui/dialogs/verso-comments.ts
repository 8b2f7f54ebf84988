import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { DialogElement } from './dialog-element.ts';
import { controls } from '../shared/styles.ts';

/**
 * A segment's comments (oldest first) and a field to add one.
 */
@customElement('verso-comments')
export class VersoComments extends DialogElement<{ segmentId: string }> {
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

  private readonly s = new StoreController(this, (state) => [state.segments]);
  @state() private segmentId = '';

  override async open(params: { segmentId: string }): Promise<void> {
    this.segmentId = params.segmentId;
    await super.open(params);
  }

  override render() {
    const t = this.l.t;
    const index = this.s.store.view.indexOf(this.segmentId);
    const comments = this.s.value.segments[index]?.comments ?? [];
    const time = new Intl.DateTimeFormat(this.l.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('comments.title', { n: index + 1 })}</h2>
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
    if (!text || !this.segmentId) return;
    const author = this.s.store.sync.name || this.l.t('comments.you');
    void this.s.store.addComment(this.segmentId, text, author);
    form.reset();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-comments': VersoComments;
  }
}

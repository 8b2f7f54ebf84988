import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Finding } from '../../core/qa/types.ts';
import { wordDiff } from '../../core/text/diff.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { DialogElement } from './dialog-element.ts';
import { controls } from '../shared/styles.ts';
import '../shared/verso-diff-view.ts';

/** One change the dialog lists. */
interface Change {
  readonly finding: Finding;
  readonly before: string;
  readonly after: string;
}

/**
 * "Preview fixes" (issue 11 item 5): the suggestions of one check that may change meaning (an
 * inconsistent variant), each as its segment's word diff with a checkbox, all ticked; Apply applies the
 * ticked ones as one undoable step. Fix all never applies them unseen.
 */
@customElement('verso-fix-preview')
export class VersoFixPreview extends DialogElement<{ rule: string }> {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(44rem, 94vw);
      }
      ul {
        list-style: none;
        padding: 0;
        max-height: 60vh;
        overflow: auto;
      }
      li {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        padding: 0.4rem 0;
        border-bottom: 1px solid var(--verso-border);
      }
      verso-diff-view {
        flex: 1;
      }
    `,
  ];

  private readonly s = new StoreController(this, (state) => [state.qa.findings]);
  @state() private changes: readonly Change[] = [];
  @state() private unticked = new Set<string>();

  override async open(params: { rule: string }): Promise<void> {
    this.changes = this.s.store.qa.previewFixes(params.rule);
    this.unticked = new Set();
    await super.open(params);
  }

  override render() {
    const t = this.l.t;
    const numbers = this.s.store.view.numbers;
    const ticked = this.changes.filter((c) => !this.unticked.has(c.finding.id));
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('qa.preview.title')}</h2>
        <p>${t('qa.preview.intro', { count: this.changes.length })}</p>
        <ul>
          ${this.changes.map((c) => {
            const n = numbers.get(c.finding.segmentId) ?? 0;
            return html`<li>
              <input
                type="checkbox"
                aria-label=${t('qa.preview.tick', { n, text: c.finding.text, suggestion: c.finding.suggestion ?? '' })}
                .checked=${!this.unticked.has(c.finding.id)}
                @change=${(e: Event) => this.tick(c.finding.id, (e.target as HTMLInputElement).checked)}
              />
              <span>${n}</span>
              <verso-diff-view .ops=${wordDiff(c.before, c.after)}></verso-diff-view>
            </li>`;
          })}
        </ul>
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.cancel')}</button>
          <button
            type="button"
            ?disabled=${ticked.length === 0}
            @click=${() => {
              this.close();
              void this.s.store.qa.applyPreviewed(ticked.map((c) => c.finding));
            }}
          >
            ${t('qa.preview.apply', { count: ticked.length })}
          </button>
        </div>
      </dialog>
    `;
  }

  private tick(id: string, on: boolean): void {
    const next = new Set(this.unticked);
    if (on) next.delete(id);
    else next.add(id);
    this.unticked = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-fix-preview': VersoFixPreview;
  }
}

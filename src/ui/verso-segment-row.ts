import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { wordDiff } from '../core/diff.ts';
import { SEGMENT_STATUSES, type Segment, type SegmentStatus } from '../core/model.ts';
import { Localize } from '../i18n/localize.ts';
import {
  CommentsRequestedEvent,
  HistoryRequestedEvent,
  SegmentConfirmedEvent,
  SegmentEditedEvent,
  SegmentLeftEvent,
  SegmentNavigatedEvent,
  StatusChangedEvent,
} from './events.ts';
import { controls } from './styles/shared.ts';
import './verso-diff-view.ts';

/**
 * One row of the grid: number, machine translation (read-only), correction editor with its live diff
 * against the MT, status and per-segment actions. Exposed to assistive technology as a group named
 * "Segment N"; the editor is the textbox "Correction N".
 *
 * @fires verso-segment-edited @fires verso-segment-left @fires verso-status-changed
 * @fires verso-segment-confirmed @fires verso-segment-navigated @fires verso-history-requested
 * @fires verso-comments-requested
 */
@customElement('verso-segment-row')
export class VersoSegmentRow extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: grid;
        grid-template-columns: 3.2rem minmax(0, 1fr) minmax(0, 1fr) 12rem;
        gap: var(--verso-gap);
        padding: 0.5rem 0.75rem;
        border-bottom: 1px solid var(--verso-border);
        width: 100%;
        box-sizing: border-box;
      }
      :host([data-status='excluded']) .mt,
      :host([data-status='excluded']) textarea {
        opacity: 0.55;
      }
      :host(:focus-within) {
        background: #f0f6ff;
      }
      .num {
        color: var(--verso-muted);
        font-variant-numeric: tabular-nums;
        text-align: right;
        padding-top: 0.35rem;
      }
      .mt .text {
        white-space: pre-wrap;
      }
      .mt {
        overflow-wrap: anywhere;
        line-height: 1.5;
        padding: 0.3rem 0.5rem;
        background: var(--verso-surface);
        border-radius: var(--verso-radius);
      }
      .correction {
        display: flex;
        flex-direction: column;
        gap: 0.35rem;
      }
      textarea {
        field-sizing: content;
        min-height: 2.6rem;
        resize: vertical;
        line-height: 1.5;
        width: 100%;
        box-sizing: border-box;
      }
      verso-diff-view {
        font-size: 0.9em;
        padding: 0.2rem 0.5rem;
        border-left: 3px solid var(--verso-border);
      }
      .side {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.35rem;
        align-content: start;
        font-size: 0.9rem;
      }
      .side select {
        grid-column: 1 / -1;
      }
      .side button {
        padding: 0.2rem 0.5rem;
      }
      .status-new {
        border-left: 4px solid var(--verso-border);
      }
      .status-reviewed,
      .status-approved {
        border-left: 4px solid var(--verso-ok);
      }
      .status-rejected {
        border-left: 4px solid var(--verso-danger);
      }
    `,
  ];

  private readonly l = new Localize(this);

  @property({ attribute: false }) segment!: Segment;
  /** 1-based position in the document. */
  @property({ type: Number }) number = 0;
  @property({ type: Boolean }) showDiff = true;
  /** BCP 47 language of the MT / correction. */
  @property() targetLang = 'en';

  @query('textarea') private editor!: HTMLTextAreaElement;

  private diffCache: { mt: string; text: string; ops: ReturnType<typeof wordDiff> } | undefined;

  /** Moves keyboard focus into the correction editor. */
  focusEditor(): void {
    this.editor?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'group');
  }

  override willUpdate(): void {
    this.setAttribute('aria-label', this.l.t('segment.label', { n: this.number }));
    this.dataset['status'] = this.segment.status;
    this.dataset['segmentId'] = this.segment.id;
  }

  override render() {
    const { segment, number: n } = this;
    const t = this.l.t;
    const changed = segment.text !== segment.mt;
    return html`
      <div class="num" aria-hidden="true">${n}</div>
      <div class="mt status-${segment.status}" lang=${this.targetLang}>
        <span class="sr-only">${t('segment.mtLabel', { n })}</span>
        <span class="text">${segment.mt}</span>
      </div>
      <div class="correction">
        <textarea
          lang=${this.targetLang}
          aria-label=${t('segment.correctionLabel', { n })}
          spellcheck="true"
          .value=${live(segment.text)}
          @input=${this.onInput}
          @blur=${this.onBlur}
          @keydown=${this.onKeydown}
        ></textarea>
        ${
          this.showDiff && changed
            ? html`<verso-diff-view
                aria-label=${t('segment.diffLabel', { n })}
                role="note"
                .ops=${this.diff(segment.mt, segment.text)}
              ></verso-diff-view>`
            : nothing
        }
      </div>
      <div class="side">
        <select
          aria-label=${t('segment.statusLabel', { n })}
          .value=${live(segment.status)}
          @change=${this.onStatus}
        >
          ${SEGMENT_STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${s === segment.status}>
                ${t(`status.${s}`)}
              </option>`,
          )}
        </select>
        <button
          type="button"
          @click=${() => this.dispatchEvent(new HistoryRequestedEvent(segment.id))}
        >
          ${t('segment.history')}
        </button>
        <button
          type="button"
          @click=${() => this.dispatchEvent(new CommentsRequestedEvent(segment.id))}
        >
          ${t('segment.comments', { count: segment.comments.length })}
        </button>
      </div>
    `;
  }

  private diff(mt: string, text: string) {
    if (this.diffCache?.mt !== mt || this.diffCache.text !== text) {
      this.diffCache = { mt, text, ops: wordDiff(mt, text) };
    }
    return this.diffCache.ops;
  }

  private onInput(e: InputEvent): void {
    const value = (e.target as HTMLTextAreaElement).value;
    this.dispatchEvent(new SegmentEditedEvent(this.segment.id, value));
  }

  private onBlur(): void {
    this.dispatchEvent(new SegmentLeftEvent());
  }

  private onStatus(e: Event): void {
    const status = (e.target as HTMLSelectElement).value as SegmentStatus;
    this.dispatchEvent(new StatusChangedEvent(this.segment.id, status));
  }

  private onKeydown(e: KeyboardEvent): void {
    const id = this.segment.id;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.dispatchEvent(new SegmentConfirmedEvent(id, !e.shiftKey));
    } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      this.dispatchEvent(new SegmentNavigatedEvent(id, e.key === 'ArrowDown' ? 1 : -1));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-segment-row': VersoSegmentRow;
  }
}

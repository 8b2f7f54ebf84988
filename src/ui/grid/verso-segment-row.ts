import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DiffOp } from '../../core/text/diff.ts';
import { loadProjectCode, projectCodeLoaded } from '../../state/project-code.ts';
import { checkPlaceholderEdit } from '../../core/model/inline-codes.ts';
import { SEGMENT_STATUSES, type Segment, type SegmentStatus } from '../../core/model/model.ts';
import type { RiskReasons } from '../../core/review/risk.ts';
import type { Finding } from '../../core/qa/types.ts';
import { isLowConfidence } from '../../core/review/segment-filter.ts';
import { textDirection } from '../../core/text/direction.ts';
import { caretAfterChange } from '../shared/caret.ts';
import { withCodes } from '../shared/code-text.ts';
import { controlMarkStyles } from '../shared/control-marks.ts';
import { Localize } from '../../i18n/localize.ts';
import {
  PanelRequestedEvent,
  SegmentConfirmedEvent,
  SegmentEditedEvent,
  SegmentLeftEvent,
  SegmentNavigatedEvent,
  ShowDialogEvent,
  StatusChangedEvent,
} from '../shared/events.ts';
import { controls } from '../shared/styles.ts';
import '../shared/verso-diff-view.ts';
import './verso-queue-reasons.ts';
import { EditorMarks } from './editor-marks.ts';
import './verso-row-presence.ts';
import { icon } from '../shell/toolbar-icons.ts';
import type { VersoTextMarks } from './verso-text-marks.ts';

const NO_FINDINGS: readonly Finding[] = [];

/**
 * One row of the grid: number, machine translation (read-only), correction editor with its live diff
 * against the MT, status and per-segment actions. Exposed to assistive technology as a group named
 * "Segment N"; the editor is the textbox "Correction N".
 *
 * @fires verso-segment-edited @fires verso-segment-left @fires verso-status-changed
 * @fires verso-segment-confirmed @fires verso-segment-navigated
 * @fires verso-panel-requested - History and Comments open in the side panel
 * @fires verso-editor-mark-chosen
 */
@customElement('verso-segment-row')
export class VersoSegmentRow extends LitElement {
  static override styles = [
    controls,
    controlMarkStyles,
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
      :host([bilingual]) {
        grid-template-columns: 3.2rem repeat(3, minmax(0, 1fr)) 12rem;
      }
      :host([data-low]) .num {
        border-left: 4px solid var(--verso-warn);
      }
      textarea.source {
        background: var(--verso-surface);
        border-color: transparent;
        resize: none;
      }
      .low {
        grid-column: 1 / -1;
        font-size: 0.8rem;
        color: var(--verso-warn-fg);
        background: var(--verso-warn-bg);
        border-radius: var(--verso-radius);
        padding: 0.1rem 0.4rem;
      }
      .hint {
        font-size: 0.85rem;
        color: var(--verso-danger);
      }
      .code {
        font-family: var(--verso-font-mono);
        font-size: 0.8em;
        background: var(--verso-code-bg);
        border: 1px solid var(--verso-border);
        border-radius: 3px;
        padding: 0 0.15em;
      }
      :host([data-status='excluded']) .mt,
      :host([data-status='excluded']) textarea {
        opacity: 0.55;
      }
      :host(:focus-within) {
        background: var(--verso-row-focus-bg);
        box-shadow: inset 3px 0 0 var(--verso-accent);
      }
      /* Compact density (issue 13 item 3): tighter rows, a narrow actions column. */
      :host([compact]) {
        grid-template-columns: 2.4rem minmax(0, 1fr) minmax(0, 1fr) 8.5rem;
        padding: 0.2rem 0.5rem;
        gap: 0.4rem;
        font-size: 0.92rem;
      }
      :host([compact][bilingual]) {
        grid-template-columns: 2.4rem repeat(3, minmax(0, 1fr)) 8.5rem;
      }
      :host([compact]) .mt,
      :host([compact]) .grow::after,
      :host([compact]) .grow > textarea,
      :host([compact]) verso-diff-view.inline {
        padding: 0.15rem 0.4rem;
        min-height: 0;
      }
      :host([compact]) textarea {
        min-height: 0;
      }
      /*
       * Compact rows away from the focus show at most four lines (the MT ends with "…"); the focused
       * row shows everything (issue 13 item 3: 8 seed segments in 1280×720).
       */
      :host([compact]:not(:focus-within)) .mt .text {
        display: -webkit-box;
        -webkit-line-clamp: 4;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      :host([compact]:not(:focus-within)) .grow {
        max-height: calc(6em + 0.4rem);
        overflow: hidden;
      }
      :host([compact]) .num {
        padding-top: 0.15rem;
      }
      /* The diff in the editor's place: the textarea lies over it, transparent, until it is focused. */
      verso-diff-view.inline {
        grid-area: 1 / 1 / 2 / 2;
        border: 1px solid var(--verso-border);
        border-left: 3px solid var(--verso-accent);
        border-radius: var(--verso-radius);
        padding: 0.3rem 0.5rem;
        font-size: 1em;
        min-width: 0;
      }
      textarea.over-diff {
        color: transparent;
        background: transparent;
        border-color: transparent;
        z-index: 1;
      }
      /* Row actions show on hover and focus; a comment count always shows. */
      .action {
        opacity: 0;
      }
      :host(:hover) .action,
      :host(:focus-within) .action,
      .action.has,
      .action:focus-visible {
        opacity: 1;
      }
      /*
       * Compact rows put the status and the row actions on one line, the actions as icons named by
       * their text (issue 13: hidden actions on a line of their own made one-line rows two lines
       * high, and "Comments (0)" wrapped in the narrow column).
       */
      :host([compact]) .side {
        grid-template-columns: minmax(0, 1fr) auto auto;
        gap: 0.2rem;
        font-size: 0.8rem;
      }
      :host([compact]) .side select {
        grid-column: auto;
        min-width: 0;
      }
      :host([compact]) .side button {
        padding: 0.05rem 0.2rem;
      }
      :host([compact]) .side button.action {
        display: inline-flex;
        align-items: center;
        gap: 0.1rem;
      }
      :host(:not([compact])) .action :is(svg, .count) {
        display: none;
      }
      :host([compact]) .side select {
        padding: 0.1rem 0.25rem;
      }
      /* Status: a coloured marker by the number, and the status select's label (never colour alone). */
      .num {
        border-right: 4px solid var(--verso-status-new);
        padding-right: 0.35rem;
      }
      :host([data-status='edited']) .num {
        border-right-color: var(--verso-status-edited);
      }
      :host([data-status='reviewed']) .num,
      :host([data-status='approved']) .num {
        border-right-color: var(--verso-ok);
      }
      :host([data-status='rejected']) .num {
        border-right-color: var(--verso-danger);
      }
      :host([data-status='excluded']) .num {
        border-right-style: dotted;
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
      .mt .none {
        color: var(--verso-muted);
        font-style: italic;
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
        min-height: 2.6rem;
        line-height: 1.5;
        width: 100%;
        box-sizing: border-box;
      }
      /*
       * Textareas that grow with their text: a hidden copy of the text in the same grid cell sets the
       * height. (field-sizing: content made every new row's layout so costly that scrolling a
       * 20,000-row document dropped frames; issue 6.)
       */
      .grow {
        display: grid;
        min-width: 0;
      }
      .grow::after {
        content: attr(data-value) ' ';
        visibility: hidden;
        white-space: pre-wrap;
        overflow-wrap: break-word;
        border: 1px solid transparent;
        padding: 0.3rem 0.5rem;
      }
      .grow::after,
      .grow > textarea {
        grid-area: 1 / 1 / 2 / 2;
        min-height: 2.6rem;
        min-width: 0;
        line-height: 1.5;
        box-sizing: border-box;
      }
      .grow > textarea {
        overflow: hidden;
        resize: none;
      }
      /* Spelling and QA marks over the editor's text (issue 13 item 4): the textarea's exact box. */
      .grow > verso-text-marks {
        grid-area: 1 / 1 / 2 / 2;
        z-index: 2;
        min-width: 0;
        line-height: 1.5;
        border: 1px solid transparent;
        padding: 0.3rem 0.5rem;
      }
      :host([compact]) .grow > verso-text-marks {
        padding: 0.15rem 0.4rem;
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
      .side select,
      .side verso-row-presence {
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
  /**
   * Where the diff goes (issue 13 item 3): `inline` in the editor's place while the row is not
   * focused, so a paragraph is not printed three times, and under the editor while it is; `below`
   * always under the editor.
   */
  @property() diffPlacement: 'inline' | 'below' = 'inline';
  /**
   * Compact density: tighter padding and a narrower actions column. Set as the `compact` attribute
   * (the grid binds it before the row is connected); not reflected: Lit reflects a property's
   * initial value once the row is connected, and that write of a host attribute with many
   * `:host([compact])` rules cost every new row a style invalidation while scrolling.
   */
  @property({ type: Boolean }) compact = false;
  /** BCP 47 language of the MT / correction. */
  @property() targetLang = 'en';
  /** BCP 47 language of the source; '' for a project without a source text. */
  @property() sourceLang = '';
  /** Why the segment is ranked where it is, in the review queue (undefined in document order). */
  @property({ attribute: false }) queueReasons: RiskReasons | undefined;
  /** A viewer of a shared project (issue 14): the correction is read-only and the status fixed. */
  @property({ type: Boolean }) readOnly = false;
  /** The project is shared (issue 14): the row shows who else is on its segment. */
  @property({ type: Boolean }) shared = false;

  /**
   * QA findings of this segment, spelling included, to mark in the editor (the grid gives them to
   * the focused row only).
   */
  @property({ attribute: false }) findings: readonly Finding[] = NO_FINDINGS;

  @query('textarea.editor') private editor!: HTMLTextAreaElement;
  @query('verso-text-marks') private marksView!: VersoTextMarks | null;
  private readonly marks = new EditorMarks(this);
  @state() private protectedHint = false;
  /** The focus is inside this row (its diff then goes under the editor). */
  @state() private focused = false;
  /**
   * The status select has all its options (until then only the current status, which is all a
   * closed select shows): from the first idle moment after the row appears, or at once when the
   * pointer or the focus comes into the row. Scrolling a 20,000-segment document makes about 20
   * rows a frame, and five more options each were a good part of their cost.
   */
  @state() private settled = false;
  private idle: number | undefined;

  /** Where the caret last was in the source and in the correction (for "split at cursor"). */
  private readonly carets: { source: number | null; target: number | null } = {
    source: null,
    target: null,
  };

  private diffCache: { mt: string; text: string; ops: readonly DiffOp[] } | undefined;

  /** Moves keyboard focus into the correction editor. */
  focusEditor(): void {
    this.editor?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hostAttribute('role', 'group');
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('pointerenter', this.settle);
    if (!this.settled) this.idle = requestIdleCallback(this.onIdle);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
  }

  private readonly onIdle = (deadline: IdleDeadline): void => {
    // Rows waiting for an idle moment take one each, while the moment lasts.
    if (deadline.timeRemaining() < 1) this.idle = requestIdleCallback(this.onIdle);
    else this.settle();
  };

  private readonly settle = (): void => {
    this.settled = true;
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
    this.removeEventListener('pointerenter', this.settle);
  };

  private readonly onFocusIn = (): void => {
    this.focused = true;
    this.settle();
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    if (!(e.relatedTarget instanceof Node && this.shadowRoot?.contains(e.relatedTarget)))
      this.focused = false;
  };

  /** The caret to put back after a render that replaces the text under it (undo, redo, others). */
  private pendingCaret: number | undefined;

  /**
   * What the reviewer just typed, until the store hands it back as `segment.text`. A render in
   * between (the protected-codes hint going away at the first key after a refused one) must not
   * take the editor back to the older text and put the caret before that key: the next key then
   * landed in front of it ("initiativeCB" for "BC"; issue 11 item 2, found through the UI).
   */
  private typed: string | undefined;

  /** The text the editor shows: the reviewer's latest typing, else the segment's. */
  private get shownText(): string {
    return this.typed ?? this.segment.text;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('segment')) this.typed = undefined;
    const editor = this.editor as HTMLTextAreaElement | null;
    const text = this.shownText;
    this.pendingCaret =
      editor && this.shadowRoot?.activeElement === editor && editor.value !== text
        ? caretAfterChange(editor.value, text, editor.selectionStart ?? 0)
        : undefined;
    this.hostAttribute('aria-label', this.l.t('segment.label', { n: this.number }));
    this.hostAttribute('data-status', this.segment.status);
    this.hostAttribute('data-segment-id', this.segment.id);
    this.hostAttribute('bilingual', this.sourceLang !== '' ? '' : null);
    this.hostAttribute('data-low', isLowConfidence(this.segment) ? '' : null);
    this.marks.sync(this.findings, this.segment.text);
  }

  /**
   * Writes a host attribute only when it changes: rows are new elements while scrolling, and a
   * write on a connected host (even of the same value) invalidates its style.
   */
  private hostAttribute(name: string, value: string | null): void {
    if (this.getAttribute(name) === value) return;
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  protected override updated(): void {
    if (this.pendingCaret === undefined) return;
    this.editor.setSelectionRange(this.pendingCaret, this.pendingCaret);
    this.pendingCaret = undefined;
  }

  override render() {
    const { segment, number: n } = this;
    const t = this.l.t;
    const changed = segment.text !== segment.mt;
    const bilingual = this.sourceLang !== '';
    const comments = segment.comments.length;
    /** Compact rows show the row actions as icons; their text stays as accessible name. */
    const label = this.compact ? 'sr-only' : '';
    const inline = this.showDiff && changed && this.diffPlacement === 'inline' && !this.focused;
    const marks = this.focused ? this.marks.describe(t) : '';
    const drawn = this.focused ? this.marks.drawn : [];
    return html`
      <div class="num" aria-hidden="true">${n}</div>
      ${
        bilingual
          ? html`<div class="grow" lang=${this.sourceLang} data-value=${segment.source ?? ''}>
              <textarea
                rows="1"
                class="source"
                readonly
                lang=${this.sourceLang}
                dir=${textDirection(this.sourceLang)}
                aria-label=${t('segment.sourceLabel', { n })}
                placeholder=${segment.source ? nothing : t('segment.noSource')}
                .value=${live(segment.source ?? '')}
                @select=${this.trackCaret}
                @click=${this.trackCaret}
                @keyup=${this.trackCaret}
                @keydown=${this.onKeydown}
              ></textarea>
            </div>`
          : nothing
      }
      <div
        class="mt status-${segment.status}"
        lang=${this.targetLang}
        dir=${textDirection(this.targetLang)}
      >
        <span class="sr-only">${t('segment.mtLabel', { n })}</span>
        ${
          // A 1-0 row (a source without MT: an empty target, an unmatched source paragraph) says so
          // rather than showing an empty cell (issue 11 item 11).
          segment.mt === ''
            ? html`<span class="text none">${t('segment.noMt')}</span>`
            : html`<span class="text">${withCodes(segment.mt)}</span>`
        }
      </div>
      <div class="correction">
        ${
          this.protectedHint
            ? html`<span class="hint" role="status">${t('segment.codesProtected')}</span>`
            : nothing
        }
        <div class="grow" lang=${this.targetLang} data-value=${this.shownText}>
          ${inline ? this.renderDiff('inline') : nothing}
          <textarea
            rows="1"
            class="editor ${inline ? 'over-diff' : ''}"
            dir=${textDirection(this.targetLang)}
            @select=${this.trackCaret}
            @click=${this.trackCaret}
            @keyup=${this.trackCaret}
            lang=${this.targetLang}
            aria-label=${t('segment.correctionLabel', { n })}
            placeholder=${segment.mt === '' ? t('segment.typeTranslation') : nothing}
            aria-describedby=${marks ? 'marks' : nothing}
            spellcheck=${this.findings.length > 0 ? 'false' : 'true'}
            ?readonly=${this.readOnly}
            .value=${live(this.shownText)}
            @input=${this.onInput}
            @blur=${this.onBlur}
            @keydown=${this.onKeydown}
            @contextmenu=${(e: MouseEvent) => this.marks.onContextMenu(e, this.editor, this.marksView)}
          ></textarea>
          ${
            drawn.length > 0
              ? html`<verso-text-marks .text=${segment.text} .marks=${drawn}></verso-text-marks>`
              : nothing
          }
        </div>
        ${
          marks
            ? html`<span id="marks" class="sr-only"
                >${t('editorMarks.description', { marks })}</span
              >`
            : nothing
        }
        ${this.marks.renderMenu(t, () => this.editor)}
        ${this.showDiff && changed && !inline ? this.renderDiff('below') : nothing}
      </div>
      <div class="side">
        ${
          this.shared
            ? html`<verso-row-presence .segmentId=${segment.id}></verso-row-presence>`
            : nothing
        }
        <select
          aria-label=${t('segment.statusLabel', { n })}
          .value=${live(segment.status)}
          ?disabled=${this.readOnly}
          @change=${this.onStatus}
        >
          ${
            this.settled
              ? SEGMENT_STATUSES.map(
                  (s) =>
                    html`<option value=${s} ?selected=${s === segment.status}>
                      ${t(`status.${s}`)}
                    </option>`,
                )
              : html`<option value=${segment.status} selected>
                  ${t(`status.${segment.status}`)}
                </option>`
          }
        </select>
        <button
          type="button"
          class="action"
          title=${t('segment.history')}
          @click=${() => this.dispatchEvent(new PanelRequestedEvent('history', segment.id))}
        >
          ${icon('history')}<span class=${label}>${t('segment.history')}</span>
        </button>
        <button
          type="button"
          class="action ${comments > 0 ? 'has' : ''}"
          title=${t('segment.comments', { count: comments })}
          @click=${() => this.dispatchEvent(new PanelRequestedEvent('comments', segment.id))}
        >
          ${icon('comments')}<span class=${label}
            >${t('segment.comments', { count: comments })}</span
          >${comments > 0 ? html`<span class="count" aria-hidden="true">${comments}</span>` : nothing}
        </button>
        ${
          bilingual
            ? html`<button
                type="button"
                aria-label=${t('segment.alignLabel', { n })}
                ?disabled=${this.readOnly}
                @click=${() =>
                  this.dispatchEvent(
                    new ShowDialogEvent('align', {
                      segmentId: segment.id,
                      carets: { ...this.carets },
                    }),
                  )}
              >
                ${t('segment.align')}
              </button>`
            : nothing
        }
        ${
          isLowConfidence(segment)
            ? html`<span class="low"
                >${t('segment.lowConfidence', {
                  score: Math.round((segment.alignScore ?? 0) * 100),
                })}</span
              >`
            : nothing
        }
      </div>
      ${
        this.queueReasons
          ? html`<verso-queue-reasons
              .reasons=${this.queueReasons}
              .number=${n}
            ></verso-queue-reasons>`
          : nothing
      }
    `;
  }

  /** The diff against the MT, in the editor's place (`inline`) or under it. */
  private renderDiff(where: 'inline' | 'below') {
    return html`<verso-diff-view
      class=${where}
      aria-label=${this.l.t('segment.diffLabel', { n: this.number })}
      role="note"
      .ops=${this.diff(this.segment.mt, this.segment.text)}
    ></verso-diff-view>`;
  }

  /**
   * The word diff loads with the first project (state/project-code.ts), so it is there when rows render;
   * should its load have failed, the text shows unmarked and the row draws again once it is loaded.
   */
  private diff(mt: string, text: string): readonly DiffOp[] {
    const module = projectCodeLoaded();
    if (!module) {
      loadProjectCode().then(
        () => this.requestUpdate(),
        () => undefined,
      );
      return [{ kind: 'equal', text }];
    }
    if (this.diffCache?.mt !== mt || this.diffCache.text !== text) {
      this.diffCache = { mt, text, ops: module.wordDiff(mt, text) };
    }
    return this.diffCache.ops;
  }

  private onInput(e: InputEvent): void {
    const editor = e.target as HTMLTextAreaElement;
    const value = editor.value;
    // Inline-code placeholders are atomic (issue 11 item 2): an edit that breaks or changes one (a
    // keystroke inside ⟨/12⟩, a digit of ⟨2⟩) is undone on the spot; whole placeholders may still be
    // moved or deleted (QA reports missing ones).
    const before = this.shownText;
    if (!checkPlaceholderEdit(before, value, this.segment).ok) {
      const caret = Math.max(0, (editor.selectionStart ?? 0) - (value.length - before.length));
      editor.value = before;
      editor.setSelectionRange(caret, caret);
      this.protectedHint = true;
      return;
    }
    this.typed = value;
    this.protectedHint = false;
    this.dispatchEvent(new SegmentEditedEvent(this.segment.id, value));
  }

  private trackCaret(e: Event): void {
    const field = e.target as HTMLTextAreaElement;
    const side = field.classList.contains('source') ? 'source' : 'target';
    this.carets[side] = field.selectionStart;
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
    if (e.target === this.editor) this.marks.onKeydown(e, this.editor, this.marksView);
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

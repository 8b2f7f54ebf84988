import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { markRuns, type TextSpan } from '../../core/review/text-marks.ts';

/** A mark over the editor's text: a misspelling (wavy underline) or another QA finding (highlight). */
export interface EditorMark extends TextSpan {
  readonly kind: 'spelling' | 'qa';
}

/**
 * Draws marks over a textarea's text (issue 13 item 4): the same text laid out the same way, in
 * transparent ink, lying over the textarea without catching the pointer, so only the wavy underlines
 * and highlights show. Its opener gives it the textarea's box (grid cell, padding, border, font). It is
 * hidden from assistive technology: the editor describes its marks in words.
 */
@customElement('verso-text-marks')
export class VersoTextMarks extends LitElement {
  static override styles = css`
    :host {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: break-word;
      color: transparent;
      pointer-events: none;
      box-sizing: border-box;
    }
    span.spelling {
      text-decoration: underline wavy var(--verso-danger);
      text-decoration-skip-ink: none;
      text-underline-offset: 0.2em;
    }
    span.qa {
      background: var(--verso-mark-qa-bg);
      border-bottom: 2px dotted var(--verso-warn);
    }
  `;

  @property() text = '';
  @property({ attribute: false }) marks: readonly EditorMark[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
  }

  override render() {
    return html`${markRuns(this.text, this.marks).map((run) => {
      if (run.marks.length === 0) return run.text;
      const kinds = new Set(run.marks.map((i) => this.marks[i]?.kind));
      return html`<span class=${[...kinds].join(' ')} data-marks=${run.marks.join(' ')}
        >${run.text}</span
      >`;
    })} `;
  }

  /** The index of the mark drawn under a viewport point (a right-click), -1 when none is. */
  markAtPoint(x: number, y: number): number {
    for (const span of this.renderRoot.querySelectorAll<HTMLElement>('span[data-marks]')) {
      for (const r of span.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          const marks = (span.dataset['marks'] ?? '').split(' ').map(Number);
          return marks.reduce((best, i) => (shorter(this.marks, i, best) ? i : best), -1);
        }
      }
    }
    return -1;
  }

  /** Where mark `index` is drawn, to place its menu. */
  markRect(index: number): DOMRect | undefined {
    for (const span of this.renderRoot.querySelectorAll<HTMLElement>('span[data-marks]')) {
      if ((span.dataset['marks'] ?? '').split(' ').includes(String(index)))
        return span.getBoundingClientRect();
    }
    return undefined;
  }
}

function shorter(marks: readonly EditorMark[], i: number, best: number): boolean {
  const a = marks[i];
  const b = marks[best];
  return a !== undefined && (b === undefined || a.end - a.start < b.end - b.start);
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-text-marks': VersoTextMarks;
  }
}

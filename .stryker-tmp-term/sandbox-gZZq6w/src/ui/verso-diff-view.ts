// @ts-nocheck
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DiffOp } from '../core/text/diff.ts';
import { Localize } from '../i18n/localize.ts';
import { controlMarkStyles, withControlMarks } from './control-marks.ts';

/**
 * Shows a word diff inline: deletions struck through, insertions underlined, each also coloured, so the
 * cue does not depend on colour alone; screen readers hear "deleted"/"inserted" before each change.
 * Text is rendered through Lit bindings only: markup in a segment stays text.
 */
@customElement('verso-diff-view')
export class VersoDiffView extends LitElement {
  static override styles = css`
    ${controlMarkStyles}
    :host {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      line-height: 1.5;
    }
    del {
      background: var(--verso-del-bg);
      color: var(--verso-del-fg);
      text-decoration: line-through;
      text-decoration-thickness: 2px;
    }
    ins {
      background: var(--verso-ins-bg);
      color: var(--verso-ins-fg);
      text-decoration: underline;
      text-decoration-thickness: 2px;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `;

  private readonly l = new Localize(this);

  /** The diff to show. */
  @property({ attribute: false }) ops: readonly DiffOp[] = [];

  override render() {
    const t = this.l.t;
    return this.ops.map((op) =>
      op.kind === 'equal'
        ? withControlMarks(op.text)
        : op.kind === 'delete'
          ? html`<del
              ><span class="sr-only">${t('diff.deleted')}</span>${withControlMarks(op.text)}</del
            >`
          : html`<ins
              ><span class="sr-only">${t('diff.inserted')}</span>${withControlMarks(op.text)}</ins
            >`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-diff-view': VersoDiffView;
  }
}

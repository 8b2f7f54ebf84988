import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { initialsOf } from '../../state/sync/sync-view.ts';
import { rowChips } from './row-chips.ts';

/**
 * Who else is on a segment of a shared project (issue 14): a badge with each reviewer's initials,
 * named in full for assistive technology ("Ada is on this segment"), and marked when they are typing
 * in it (a soft lock: "Ada is editing this segment"). Renders nothing for a project that is not shared.
 */
@customElement('verso-row-presence')
export class VersoRowPresence extends LitElement {
  static override styles = [
    rowChips,
    css`
      li {
        font-weight: 600;
        border-color: var(--verso-accent);
        color: var(--verso-accent);
      }
      li.editing {
        background: var(--verso-warn-bg);
        border-color: var(--verso-warn);
        color: var(--verso-warn-fg);
      }
      li.editing::before {
        content: '✎ ';
      }
    `,
  ];

  private readonly l = new Localize(this);
  private readonly s = new StoreController(this, (st) => [st.sync?.peers, st.sync?.takenOver]);

  /** The segment of the row. */
  @property() segmentId = '';

  override render() {
    const sync = this.s.value.sync;
    const here = sync?.peers.filter(
      (p) => p.segment === this.segmentId || p.editing === this.segmentId,
    );
    if (!here || here.length === 0) return nothing;
    const t = this.l.t;
    return html`<ul aria-label=${here.map((p) => p.name).join(', ')}>
      ${here.map((p) => {
        const editing = p.editing === this.segmentId;
        const label = t(editing ? 'share.editing' : 'share.here', { name: p.name });
        return html`<li
          class=${editing ? 'editing' : ''}
          role="img"
          aria-label=${label}
          title=${label}
        >
          ${initialsOf(p.name)}
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-row-presence': VersoRowPresence;
  }
}

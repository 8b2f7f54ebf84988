import { LitElement, css, html, type CSSResultGroup, type TemplateResult } from 'lit';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';

/**
 * Base of the side panel's per-segment views (History, Comments; issue 13 item 2): they follow the
 * focused segment (`state.current`) and say so when there is none.
 */
export abstract class SegmentView extends LitElement {
  static override styles: CSSResultGroup = css`
    :host {
      display: block;
      overflow: auto;
      padding: 0.5rem 0.75rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0.25rem 0 0.5rem;
    }
    .empty {
      color: var(--verso-muted);
    }
  `;

  protected readonly l = new Localize(this);
  protected readonly s: StoreController = new StoreController(this, (st): unknown[] => [
    st.current,
    st.segments,
    this.s.store.view.numbers,
  ]);

  override render() {
    const { current } = this.s.value;
    const index = current ? this.s.store.view.indexOf(current) : -1;
    if (!current || index < 0) return html`<p class="empty">${this.l.t('sidePanel.noSegment')}</p>`;
    return this.renderSegment(current, index);
  }

  /** The view of segment `id`, at `index` (0-based) in the document. */
  protected abstract renderSegment(id: string, index: number): TemplateResult;
}

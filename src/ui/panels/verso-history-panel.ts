import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { SegmentView } from './segment-view.ts';
import '../history/verso-history-list.ts';

/**
 * The side panel's History view (issue 13 item 2): the revisions of the focused segment, as a region
 * named "History of segment N". It follows `state.current`; the list itself is
 * <verso-history-list>.
 */
@customElement('verso-history-panel')
export class VersoHistoryPanel extends SegmentView {
  protected override renderSegment(id: string, index: number) {
    return html`<section aria-labelledby="title">
      <h2 id="title">${this.l.t('history.title', { n: index + 1 })}</h2>
      <verso-history-list .segmentId=${id}></verso-history-list>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-history-panel': VersoHistoryPanel;
  }
}

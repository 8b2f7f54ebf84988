import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EDIT_KINDS } from '../../core/metrics/classify.ts';
import type { ProjectMetrics } from '../../core/metrics/project-metrics.ts';
import { DialogElement } from './dialog-element.ts';
import { histogramChart, perSegmentChart } from './metrics-charts.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import '../lqa/verso-lqa-quality.ts';
import { SegmentRequestedEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';

/** Per-segment bars are drawn up to this many segments; beyond, the histogram says it better. */
const MAX_BARS = 3000;

/**
 * Post-editing metrics of the open project: document HTER, edit distances, active editing time, the
 * HTER distribution and per-segment chart (SVG, with text equivalents), the most edited segments and
 * the kinds of edits. Computed (with the code that computes them) each time the dialog opens.
 *
 * @fires verso-segment-requested
 */
@customElement('verso-metrics')
export class VersoMetrics extends DialogElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(56rem, 94vw);
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 0.75rem;
        margin: 0 0 1rem;
      }
      dl div {
        background: var(--verso-surface);
        border-radius: var(--verso-radius);
        padding: 0.5rem 0.75rem;
      }
      dt {
        color: var(--verso-muted);
        font-size: 0.85rem;
      }
      dd {
        margin: 0;
        font-size: 1.3rem;
        font-variant-numeric: tabular-nums;
      }
      h3 {
        font-size: 0.95rem;
        margin: 1rem 0 0.35rem;
      }
      .chart {
        width: 100%;
        height: auto;
        display: block;
        font-size: 11px;
      }
      .bar {
        fill: var(--verso-chart-bar);
      }
      .axis {
        stroke: var(--verso-chart-axis);
      }
      .grid {
        stroke: var(--verso-chart-grid);
      }
      .tick,
      .title {
        fill: var(--verso-muted);
      }
      .value {
        fill: var(--verso-fg);
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9rem;
      }
      th,
      td {
        text-align: left;
        padding: 0.2rem 0.5rem;
        border-bottom: 1px solid var(--verso-border);
      }
      .columns {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 1.5rem;
      }
    `,
  ];

  private readonly s = new StoreController(this, () => []);

  private readonly metrics = new Task(this, {
    task: () => this.s.store.metrics(),
    args: () => [],
    autoRun: false,
  });

  override async open(params: Record<string, never>): Promise<void> {
    const computed = this.metrics.run();
    await super.open(params);
    await computed;
  }

  override render() {
    const t = this.l.t;
    const m = this.metrics.status === TaskStatus.COMPLETE ? this.metrics.value : null;
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('metrics.title')}</h2>
        ${m ? this.renderMetrics(m) : html`<p role="status">${t('metrics.computing')}</p>`}
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }

  private renderMetrics(m: ProjectMetrics) {
    const t = this.l.t;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const minutes = Math.floor(m.editingMs / 60000);
    const seconds = Math.round((m.editingMs % 60000) / 1000);
    const top = [...m.segments]
      .filter((s) => s.changed)
      .sort((a, b) => b.hter - a.hter)
      .slice(0, 10);
    return html`
      <dl>
        <div>
          <dt title=${t('metrics.hterHint')}>${t('metrics.hter')}</dt>
          <dd>${pct(m.document.hter)}</dd>
        </div>
        <div>
          <dt>${t('metrics.changed')}</dt>
          <dd>
            ${t('metrics.changedValue', { changed: m.changedCount, total: m.segments.length })}
          </dd>
        </div>
        <div>
          <dt>${t('metrics.wordDistance')}</dt>
          <dd>${m.document.wordDistance}</dd>
        </div>
        <div>
          <dt>${t('metrics.charDistance')}</dt>
          <dd>${m.document.charDistance}</dd>
        </div>
        <div>
          <dt>${t('metrics.editingTime')}</dt>
          <dd>${t('metrics.minutes', { minutes, seconds })}</dd>
        </div>
      </dl>
      <verso-lqa-quality></verso-lqa-quality>
      <div class="columns">
        <section>
          <h3 id="dist">${t('metrics.distribution')}</h3>
          ${histogramChart(m.histogram, t)}
        </section>
        <section>
          <h3 id="per">${t('metrics.perSegment')}</h3>
          ${m.segments.length <= MAX_BARS ? perSegmentChart(m, t) : nothing}
        </section>
      </div>
      <div class="columns">
        <section>
          <h3>${t('metrics.top')}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">${t('metrics.segment')}</th>
                <th scope="col">${t('metrics.hter')}</th>
              </tr>
            </thead>
            <tbody>
              ${top.map(
                (s) =>
                  html`<tr>
                    <td>
                      <button
                        type="button"
                        aria-label=${t('find.goToSegment', { n: s.number })}
                        @click=${() => {
                          this.close();
                          this.dispatchEvent(new SegmentRequestedEvent(s.segmentId));
                        }}
                      >
                        ${s.number}
                      </button>
                    </td>
                    <td>${pct(s.hter)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>
        <section>
          <h3>${t('metrics.kinds')}</h3>
          <table>
            <tbody>
              ${EDIT_KINDS.map(
                (k) =>
                  html`<tr>
                    <th scope="row">${t(`metrics.kind.${k}`)}</th>
                    <td>${m.kinds[k]}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-metrics': VersoMetrics;
  }
}

// @ts-nocheck
import { css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { EDIT_KINDS } from '../core/metrics/classify.ts';
import type { ProjectMetrics } from '../core/metrics/project-metrics.ts';
import { DialogElement } from './dialog-element.ts';
import { HitActivatedEvent } from './events.ts';
import { controls } from './styles/shared.ts';

/** Per-segment bars are drawn up to this many segments; beyond, the histogram says it better. */
const MAX_BARS = 3000;

/**
 * Post-editing metrics of the open project: document HTER, edit distances, active editing time, the
 * HTER distribution and per-segment chart (SVG, with text equivalents), the most edited segments and
 * the kinds of edits.
 *
 * @fires verso-hit-activated
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
      svg {
        width: 100%;
        height: 9rem;
        display: block;
      }
      .bar {
        fill: var(--verso-accent);
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

  @property({ attribute: false }) metrics: ProjectMetrics | null = null;

  override render() {
    const t = this.l.t;
    const m = this.metrics;
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
      <div class="columns">
        <section>
          <h3 id="dist">${t('metrics.distribution')}</h3>
          ${this.histogram(m.histogram)}
        </section>
        <section>
          <h3 id="per">${t('metrics.perSegment')}</h3>
          ${m.segments.length <= MAX_BARS ? this.bars(m) : nothing}
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
                          this.dispatchEvent(new HitActivatedEvent(s.segmentId));
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

  /** Ten bins; the SVG is labelled as a whole and each bar carries its own text for assistive tech. */
  private histogram(bins: readonly number[]) {
    const t = this.l.t;
    const max = Math.max(1, ...bins);
    return svg`<svg viewBox="0 0 100 50" preserveAspectRatio="none" role="img"
      aria-label=${t('metrics.distributionLabel')}>
      ${bins.map((count, i) => {
        const h = (count / max) * 48;
        return svg`<rect class="bar" x=${i * 10 + 1} y=${50 - h} width="8" height=${h}>
          <title>${t('metrics.bin', { from: (i / 10).toFixed(1), to: ((i + 1) / 10).toFixed(1), count })}</title>
        </rect>`;
      })}
    </svg>`;
  }

  private bars(m: ProjectMetrics) {
    const t = this.l.t;
    const n = Math.max(1, m.segments.length);
    const w = 100 / n;
    return svg`<svg viewBox="0 0 100 50" preserveAspectRatio="none" role="img"
      aria-label=${t('metrics.perSegmentLabel')}>
      ${m.segments.map(
        (s, i) =>
          svg`<rect class="bar" x=${i * w} y=${50 - s.hter * 50} width=${Math.max(w * 0.8, 0.05)}
            height=${s.hter * 50}><title>${s.number}: ${(s.hter * 100).toFixed(1)}%</title></rect>`,
      )}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-metrics': VersoMetrics;
  }
}

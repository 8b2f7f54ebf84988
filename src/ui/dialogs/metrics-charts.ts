/**
 * The Metrics dialog's two charts (issue 13 item 7), drawn as the change report's chart is
 * (src/core/export/report/chart.ts): bars with their values, a labelled x axis with ticks, a y axis
 * with its unit, colours from the theme tokens, so both read in light and dark. Each chart is one
 * `role="img"` for assistive technology, with the same figures in a visually hidden table after it.
 */
import type { TFunction } from 'i18next';
import { html, svg, type TemplateResult } from 'lit';
import type { ProjectMetrics } from '../../core/metrics/project-metrics.ts';

const W = 360;
const H = 180;
const LEFT = 34;
const RIGHT = 8;
const TOP = 26;
const BOTTOM = 34;
const PLOT_W = W - LEFT - RIGHT;
const PLOT_H = H - TOP - BOTTOM;

/** Axis lines, the y axis's ticks and grid lines at `ticks` (value, label), and the two axis titles. */
function frame(ticks: readonly (readonly [number, string])[], xTitle: string, yTitle: string) {
  return svg`
    ${ticks.map(([v, label]) => {
      const y = TOP + PLOT_H - v * PLOT_H;
      return svg`<line class="grid" x1=${LEFT} x2=${W - RIGHT} y1=${y} y2=${y}></line>
        <text class="tick" x=${LEFT - 4} y=${y + 3} text-anchor="end">${label}</text>`;
    })}
    <line class="axis" x1=${LEFT} x2=${W - RIGHT} y1=${TOP + PLOT_H} y2=${TOP + PLOT_H}></line>
    <line class="axis" x1=${LEFT} x2=${LEFT} y1=${TOP} y2=${TOP + PLOT_H}></line>
    <text class="title" x=${LEFT + PLOT_W / 2} y=${H - 2} text-anchor="middle">${xTitle}</text>
    <text class="title" x=${2} y=${11}>${yTitle}</text>`;
}

/** The HTER distribution: segments per tenth of HTER, each bar with its count above it. */
export function histogramChart(bins: readonly number[], t: TFunction): TemplateResult {
  const max = Math.max(1, ...bins);
  const step = PLOT_W / Math.max(1, bins.length);
  const edge = (i: number) => (i / bins.length).toFixed(1);
  const label = (count: number, i: number) =>
    t('metrics.bin', { from: edge(i), to: edge(i + 1), count });
  return html`
    <svg
      class="chart"
      viewBox="0 0 ${W} ${H}"
      role="img"
      aria-label=${t('metrics.distributionLabel')}
    >
      ${frame(
        [
          [0, '0'],
          [1, String(max)],
        ],
        t('metrics.axisHter'),
        t('metrics.axisCount'),
      )}
      ${bins.map((count, i) => {
        const h = (count / max) * PLOT_H;
        const x = LEFT + i * step;
        return svg`<g><title>${label(count, i)}</title>
          <rect class="bar" x=${x + 2} y=${TOP + PLOT_H - h} width=${Math.max(step - 4, 1)} height=${h}></rect>
          <text class="value" x=${x + step / 2} y=${TOP + PLOT_H - h - 3} text-anchor="middle">${count}</text></g>`;
      })}
      ${[...bins.keys(), bins.length].map(
        (i) =>
          svg`<text class="tick" x=${LEFT + i * step} y=${TOP + PLOT_H + 12} text-anchor="middle">${edge(i)}</text>`,
      )}
    </svg>
    <table class="sr-only">
      <caption>
        ${t('metrics.distributionLabel')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('metrics.range')}</th>
          <th scope="col">${t('metrics.axisCount')}</th>
        </tr>
      </thead>
      <tbody>
        ${bins.map(
          (count, i) =>
            html`<tr>
              <th scope="row">${edge(i)}–${edge(i + 1)}</th>
              <td>${count}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}

/** HTER of each segment in document order, on a 0–100 % axis; the x axis names the first and last. */
export function perSegmentChart(m: ProjectMetrics, t: TFunction): TemplateResult {
  const n = Math.max(1, m.segments.length);
  const step = PLOT_W / n;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const first = m.segments[0]?.number ?? 1;
  const last = m.segments.at(-1)?.number ?? 1;
  return html`
    <svg
      class="chart"
      viewBox="0 0 ${W} ${H}"
      role="img"
      aria-label=${t('metrics.perSegmentLabel')}
    >
      ${frame(
        [
          [0, '0%'],
          [0.5, '50%'],
          [1, '100%'],
        ],
        t('metrics.axisOrder'),
        t('metrics.hter'),
      )}
      ${m.segments.map(
        (s, i) =>
          svg`<rect class="bar" x=${LEFT + i * step} y=${TOP + PLOT_H - s.hter * PLOT_H}
            width=${Math.max(step * 0.8, 0.3)} height=${s.hter * PLOT_H}><title>${s.number}: ${pct(s.hter)}</title></rect>`,
      )}
      <text class="tick" x=${LEFT} y=${TOP + PLOT_H + 12} text-anchor="start">${first}</text>
      <text class="tick" x=${W - RIGHT} y=${TOP + PLOT_H + 12} text-anchor="end">${last}</text>
    </svg>
    <table class="sr-only">
      <caption>
        ${t('metrics.perSegmentLabel')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('metrics.segment')}</th>
          <th scope="col">${t('metrics.hter')}</th>
        </tr>
      </thead>
      <tbody>
        ${m.segments.map(
          (s) =>
            html`<tr>
              <th scope="row">${s.number}</th>
              <td>${pct(s.hter)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}

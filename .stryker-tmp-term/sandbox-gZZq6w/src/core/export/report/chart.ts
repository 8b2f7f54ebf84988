/**
 * The HTER distribution of the change report as an inline SVG bar chart: no script, no external
 * resource, readable in print (dark bars, labels as text). Its title and description, and one `<title>`
 * per bar, say the same in words for screen readers.
 */
// @ts-nocheck

import { escapeHtml } from '../html-text.ts';
import { fill, type ReportLabels } from './labels.ts';

const WIDTH = 520;
const HEIGHT = 200;
const LEFT = 8;
const BOTTOM = 28;
const TOP = 18;

/** The histogram (counts per bin, bins equal over 0…1) as an `<svg>` element. */
export function histogramSvg(bins: readonly number[], labels: ReportLabels): string {
  const max = Math.max(1, ...bins);
  const step = (WIDTH - 2 * LEFT) / bins.length;
  const plot = HEIGHT - BOTTOM - TOP;
  const edge = (i: number) => (i / bins.length).toFixed(1);
  const bars = bins.map((count, i) => {
    const h = Math.round((count / max) * plot);
    const x = LEFT + i * step;
    const y = HEIGHT - BOTTOM - h;
    const title = escapeHtml(fill(labels.bar, { count, from: edge(i), to: edge(i + 1) }));
    return [
      `<g><title>${title}</title>`,
      `<rect x="${(x + 2).toFixed(1)}" y="${y}" width="${(step - 4).toFixed(1)}" height="${h}" class="bar"/>`,
      `<text x="${(x + step / 2).toFixed(1)}" y="${y - 4}" text-anchor="middle">${count}</text></g>`,
    ].join('');
  });
  const ticks = bins
    .map((_, i) => i)
    .concat(bins.length)
    .map(
      (i) =>
        `<text x="${(LEFT + i * step).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle">${edge(i)}</text>`,
    );
  const description = bins
    .map((count, i) => fill(labels.bar, { count, from: edge(i), to: edge(i + 1) }))
    .join('; ');
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="chart-title">${escapeHtml(labels.distribution)}</title>`,
    `<desc id="chart-desc">${escapeHtml(description)}</desc>`,
    `<line x1="${LEFT}" y1="${HEIGHT - BOTTOM}" x2="${WIDTH - LEFT}" y2="${HEIGHT - BOTTOM}" class="axis"/>`,
    ...bars,
    ...ticks,
    '</svg>',
  ].join('\n');
}

/**
 * The change report (issue 5, deliverable 4): one self-contained HTML file — no script, nothing loaded —
 * with a summary (segments, words, reviewed share, HTER and its distribution as an inline SVG chart,
 * kinds of edits, most frequent corrections, QA findings left, active editing time), the quality
 * assessment when one was made (lqa-section.ts: score, errors, segments to rework), and then every
 * changed segment with its MT, final text, word diff, status, HTER, kinds of edits and comments.
 * Deletions are struck through and insertions underlined as well as coloured (a cue that survives
 * colour blindness and black-and-white printing); a print style sheet keeps segments whole on a page.
 * All text is escaped (html-text.ts).
 */
import { EDIT_KINDS } from '../../metrics/classify.ts';
import { textDirection } from '../../text/direction.ts';
import { isoSeconds, languagesOf, type ExportInput } from '../export-input.ts';
import { escapeHtml, escapeHtmlText, htmlHead } from '../html-text.ts';
import { histogramSvg } from './chart.ts';
import { changesSection, commentedSection, diffText } from './changes.ts';
import { reportData, type ReportSummary } from './data.ts';
import { fill, REPORT_LABELS_EN, type ReportLabels } from './labels.ts';
import { REPORT_STYLE } from './style.ts';
import { lqaSection } from './lqa-section.ts';
import type { Severity } from '../../qa/types.ts';

/** The change report as an HTML document, in the language of `input.report` (English by default). */
export function toChangeReport(input: ExportInput): string {
  const options = input.report ?? {};
  const labels = options.labels ?? REPORT_LABELS_EN;
  const lang = options.lang ?? 'en';
  const target = languagesOf(input.meta).target;
  const { summary, changed, commented } = reportData(input);
  const subtitle = fill(labels.subtitle, {
    name: input.meta.name,
    date: isoSeconds(input.now).replace('T', ' ').replace('Z', ' UTC'),
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtmlText(lang)}" dir="${textDirection(lang)}">`,
    '<head>',
    htmlHead(`${labels.title} — ${input.meta.name}`, REPORT_STYLE),
    '</head>',
    '<body>',
    '<main>',
    `<header><h1>${escapeHtml(labels.title)}</h1><p class="subtitle">${escapeHtml(subtitle)}</p></header>`,
    summarySection(summary, labels),
    ...lqaSection(input, labels),
    ...changesSection(changed, labels, target),
    ...commentedSection(commented, labels, target),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summarySection(s: ReportSummary, labels: ReportLabels): string {
  const figure = (label: string, value: string) =>
    `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
  const figures = [
    figure(labels.segments, String(s.segments)),
    figure(labels.excluded, String(s.excluded)),
    figure(labels.changed, String(s.changed)),
    figure(labels.mtWords, String(s.mtWords)),
    figure(labels.finalWords, String(s.finalWords)),
    figure(labels.reviewedShare, percent(s.reviewedShare)),
    figure(labels.hter, s.hter.hter.toFixed(3)),
    ...(s.editingMs === undefined ? [] : [figure(labels.editingTime, duration(s.editingMs))]),
  ];
  const kinds = EDIT_KINDS.map((k) => [labels.kinds[k], s.kinds[k]] as const);
  const corrections = s.corrections.map(
    (c) =>
      `<tr><td dir="auto">${diffText(c.from, 'delete')}</td><td dir="auto">${diffText(c.to, 'insert')}</td><td>${escapeHtml(labels.kinds[c.kind])}</td><td class="num">${c.count}</td></tr>`,
  );
  return [
    '<section aria-labelledby="summary">',
    `<h2 id="summary">${escapeHtml(labels.summary)}</h2>`,
    `<dl class="figures">${figures.join('')}</dl>`,
    `<p class="note">${escapeHtml(labels.hterNote)}</p>`,
    `<figure>${histogramSvg(s.histogram, labels)}<figcaption>${escapeHtml(labels.distribution)}</figcaption></figure>`,
    `<h3>${escapeHtml(labels.editKinds)}</h3>`,
    table(
      [labels.editKinds, labels.count],
      kinds.map(([k, n]) => [escapeHtml(k), String(n)]),
    ),
    `<h3>${escapeHtml(labels.corrections)}</h3>`,
    corrections.length === 0
      ? `<p>${escapeHtml(labels.noCorrections)}</p>`
      : `<table><thead><tr><th>${escapeHtml(labels.mt)}</th><th>${escapeHtml(labels.final)}</th><th>${escapeHtml(labels.editKinds)}</th><th>${escapeHtml(labels.count)}</th></tr></thead><tbody>${corrections.join('')}</tbody></table>`,
    `<h3>${escapeHtml(labels.findings)}</h3>`,
    s.findings.total === 0
      ? `<p>${escapeHtml(labels.noFindings)}</p>`
      : [
          table(
            [labels.severity, labels.count],
            s.findings.bySeverity.map(([k, n]) => [
              escapeHtml(labels.severities[k as Severity] ?? k),
              String(n),
            ]),
          ),
          table(
            [labels.rule, labels.count],
            s.findings.byRule.map(([k, n]) => [escapeHtml(labels.rules[k] ?? k), String(n)]),
          ),
        ].join('\n'),
    '</section>',
  ].join('\n');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => `<td${i > 0 ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A duration as h:mm:ss (language-neutral). */
function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/**
 * The change report's quality-assessment section (issue 15, deliverable 4): the score and whether it
 * passes, how it was computed, a table of errors by category × severity, every error with its
 * segment, the text it is on, the segment's MT and final text and the comment, then the segments sent
 * back for rework, grouped so a translator knows what to fix. Returned as lines, like the other
 * sections; nothing when the export has no assessment.
 */
import { errorText, sortErrors, type LqaError } from '../../lqa/error.ts';
import {
  categoryPathName,
  errorLabel,
  LQA_NAMES_EN,
  scorecardName,
  severityName,
  type LqaNames,
} from '../../lqa/names.ts';
import { reworkItems } from '../../lqa/rework.ts';
import { lqaScore, type LqaScore } from '../../lqa/score.ts';
import type { Scorecard } from '../../lqa/scorecard.ts';
import type { Segment } from '../../model/model.ts';
import { languagesOf, type ExportInput } from '../export-input.ts';
import { escapeHtml, escapeHtmlText, htmlLines } from '../html-text.ts';
import { fill, type ReportLabels, type ReportLqaLabels } from './labels.ts';

/** The section's lines (to be joined with `\n`), or none without an assessment. */
export function lqaSection(input: ExportInput, labels: ReportLabels): string[] {
  const lqa = input.lqa;
  if (!lqa) return [];
  const words = labels.lqa;
  const names = lqa.names ?? LQA_NAMES_EN;
  const { scorecard } = lqa;
  const lang = languagesOf(input.meta).target;
  const score = lqaScore({
    segments: input.segments,
    errors: lqa.errors,
    scorecard,
    targetLang: lang,
  });
  const positions = new Map(input.segments.map((s, i) => [s.id, i]));
  const uncounted = new Set(score.uncounted.map((u) => u.errorId));
  const errors = sortErrors(
    lqa.errors.filter((e) => !uncounted.has(e.id)),
    input.segments.map((s) => s.id),
  );
  const lines = [
    '<section aria-labelledby="lqa">',
    `<h2 id="lqa">${escapeHtml(words.title)}</h2>`,
    `<dl class="figures">${figures(score, scorecard, names, words)}</dl>`,
  ];
  if (score.score !== null) {
    const formula = fill(words.formula, {
      penalty: formatNumber(score.penaltyTotal),
      reference: String(score.referenceWords),
      words: formatNumber(score.evaluatedWords),
      score: score.score.toFixed(2),
    });
    lines.push(`<p class="note">${escapeHtml(formula)}</p>`);
  } else lines.push(`<p class="note">${escapeHtml(words.notScored)}</p>`);
  if (score.uncounted.length > 0) {
    const note = fill(words.uncounted, { count: score.uncounted.length });
    lines.push(`<p class="note">${escapeHtml(note)}</p>`);
  }
  lines.push(`<h3>${escapeHtml(words.byCategory)}</h3>`);
  if (score.rows.length === 0) lines.push(`<p>${escapeHtml(words.noErrors)}</p>`);
  else lines.push(categoryTable(score, scorecard, names, words));
  const context: Context = { scorecard, names, words, lang, segmentLabel: labels.segment };
  lines.push(`<h3>${escapeHtml(words.errors)}</h3>`);
  if (errors.length > 0) lines.push(errorTable(errors, input.segments, positions, context));
  else lines.push(`<p>${escapeHtml(words.noErrors)}</p>`);
  lines.push(...reworkSection(input, context), '</section>');
  return lines;
}

function figures(score: LqaScore, scorecard: Scorecard, names: LqaNames, words: ReportLqaLabels) {
  const figure = (label: string, value: string, extra = '') =>
    `<div><dt>${escapeHtml(label)}</dt><dd${extra}>${escapeHtml(value)}</dd></div>`;
  const result = score.passed === null ? '—' : score.passed ? words.pass : words.fail;
  const evaluated =
    score.wordBasis.unit === 'characters'
      ? `${formatNumber(score.evaluatedWords)} (${fill(words.characters, {
          characters: score.characters,
          ratio: score.wordBasis.charactersPerWord,
        })})`
      : formatNumber(score.evaluatedWords);
  return [
    figure(words.scorecard, scorecardName(scorecard, names)),
    figure(words.score, score.score === null ? '—' : score.score.toFixed(2)),
    figure(
      `${words.result} (${fill(words.threshold, { threshold: score.passThreshold })})`,
      result,
      score.passed === null ? '' : ` class="${score.passed ? 'pass' : 'fail'}"`,
    ),
    figure(words.penalty, formatNumber(score.penaltyTotal)),
    figure(words.evaluatedWords, evaluated),
    figure(words.errorCount, String(score.errorCount)),
  ].join('');
}

function categoryTable(
  score: LqaScore,
  scorecard: Scorecard,
  names: LqaNames,
  words: ReportLqaLabels,
): string {
  const severities = scorecard.severities;
  const head = [
    words.category,
    ...severities.map((s) => severityName(scorecard, s.id, names)),
    words.total,
    words.penalty,
  ]
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  const row = (label: string, counts: readonly number[], count: number, penalty: number) =>
    `<tr><td>${escapeHtml(label)}</td>${counts.map((n) => `<td class="num">${n}</td>`).join('')}<td class="num">${count}</td><td class="num">${escapeHtml(formatNumber(penalty))}</td></tr>`;
  const body = score.rows.map((r) =>
    row(
      categoryPathName(scorecard, r.categoryId, names),
      severities.map((s) => r.counts[s.id] ?? 0),
      r.count,
      r.penalty,
    ),
  );
  const totals = row(
    words.total,
    severities.map((s) => score.bySeverity[s.id] ?? 0),
    score.errorCount,
    score.penaltyTotal,
  ).replace(/<tr>/, '<tr class="total">');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join('')}${totals}</tbody></table>`;
}

interface Context {
  readonly scorecard: Scorecard;
  readonly names: LqaNames;
  readonly words: ReportLqaLabels;
  readonly lang: string;
  /** The report's "Segment {{number}}". */
  readonly segmentLabel: string;
}

function errorTable(
  errors: readonly LqaError[],
  segments: readonly Segment[],
  positions: ReadonlyMap<string, number>,
  { scorecard, names, words, lang }: Context,
): string {
  const head = [words.segment, words.category, words.text, words.mt, words.final, words.comment]
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  const inLang = `lang="${escapeHtmlText(lang)}" dir="auto"`;
  const rows = errors.map((e) => {
    const at = positions.get(e.segmentId) ?? 0;
    const segment = segments[at]!;
    const detached = e.detached ? `<br><small>${escapeHtml(words.detached)}</small>` : '';
    return [
      `<tr id="lqa-${escapeHtmlText(e.id)}">`,
      `<td class="num">${at + 1}</td>`,
      `<td>${escapeHtml(errorLabel(e, scorecard, names))}</td>`,
      `<td ${inLang}>${quoted(e, segment, words)}${detached}</td>`,
      `<td ${inLang}>${htmlLines(segment.mt)}</td>`,
      `<td ${inLang}>${htmlLines(segment.text)}</td>`,
      `<td dir="auto">${e.comment === undefined ? '' : htmlLines(e.comment)}<br><small>${escapeHtml(e.author)}</small></td>`,
      '</tr>',
    ].join('');
  });
  return `<table class="errors"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The text an error is on, marked; "(whole segment)" for a whole-segment error. */
function quoted(error: LqaError, segment: Segment, words: ReportLqaLabels): string {
  if (!error.span) return `<em>${escapeHtml(words.wholeSegment)}</em>`;
  return `<mark>${htmlLines(errorText(error, segment.text))}</mark>`;
}

function reworkSection(input: ExportInput, context: Context): string[] {
  const lqa = input.lqa!;
  const items = reworkItems(input.segments, lqa.rework, lqa.errors);
  if (items.length === 0) return [];
  const { words, scorecard, names, lang, segmentLabel } = context;
  const lines = [
    `<h3 id="rework">${escapeHtml(words.rework)}</h3>`,
    `<p class="note">${escapeHtml(words.reworkNote)}</p>`,
  ];
  for (const item of items) {
    const reasons = item.reasons.map(
      ({ error, text }) =>
        `<li><strong>${escapeHtml(errorLabel(error, scorecard, names))}</strong>${error.span ? ` — <mark lang="${escapeHtmlText(lang)}">${htmlLines(text)}</mark>` : ''}${error.comment ? `: <span dir="auto">${htmlLines(error.comment)}</span>` : ''}</li>`,
    );
    lines.push(
      `<article class="segment rework">`,
      `<h4>${escapeHtml(fill(segmentLabel, { number: item.number }))}</h4>`,
      `<dl class="texts"><dt>${escapeHtml(words.final)}</dt><dd lang="${escapeHtmlText(lang)}" dir="auto">${htmlLines(item.segment.text)}</dd>`,
      ...(item.flag.note
        ? [`<dt>${escapeHtml(words.note)}</dt><dd dir="auto">${htmlLines(item.flag.note)}</dd>`]
        : []),
      '</dl>',
      reasons.length > 0 ? `<p>${escapeHtml(words.reasons)}</p><ul>${reasons.join('')}</ul>` : '',
      '</article>',
    );
  }
  return lines;
}

/** A number as the report shows it: whole numbers as they are, others to two decimals. */
function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

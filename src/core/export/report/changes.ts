/**
 * The change report's list of changed segments (change-report.ts): for each, its number, status, HTER
 * and kinds of edits, its MT, final text and word diff (deletions struck through, insertions
 * underlined), and its comments.
 *
 * The section is a list of lines of the document, joined once with the rest: a 20,000-segment
 * project has some 100,000 of them, and joining each segment's lines first copied the whole text once
 * more. Everything but the segments' own text is escaped once, not once per segment.
 */
import type { DiffOp } from '../../text/diff.ts';
import { isoSeconds } from '../export-input.ts';
import { escapeHtml, escapeHtmlText, htmlLines } from '../html-text.ts';
import type { ChangedSegment, CommentedSegment } from './data.ts';
import type { Segment } from '../../model/model.ts';
import { fill, type ReportLabels } from './labels.ts';

/** The changed segments' section as lines (to be joined with `\n`); `lang`: the segments' language. */
export function changesSection(
  changed: readonly ChangedSegment[],
  labels: ReportLabels,
  lang: string,
): string[] {
  const dd = `<dd lang="${escapeHtmlText(lang)}" dir="auto">`;
  const mt = `<dt>${escapeHtml(labels.mt)}</dt>${dd}`;
  const final = `<dt>${escapeHtml(labels.final)}</dt>${dd}`;
  const diff = `<dt>${escapeHtml(labels.diff)}</dt><dd class="diff" lang="${escapeHtmlText(lang)}" dir="auto">`;
  const comments = `<h4>${escapeHtml(labels.comments)}</h4>`;
  const lines = [
    '<section aria-labelledby="changes">',
    `<h2 id="changes">${escapeHtml(labels.changedSegments)}</h2>`,
    changed.length === 0
      ? `<p>${escapeHtml(labels.noChanges)}</p>`
      : `<p class="legend">${escapeHtml(labels.legend)}</p>`,
  ];
  for (const c of changed) {
    const meta = [
      `${labels.status}: ${labels.statuses[c.segment.status]}`,
      `${labels.hter} ${c.hter.hter.toFixed(3)}`,
      ...kindsOf(c, labels),
    ].join(' · ');
    lines.push(
      `<article class="segment" id="segment-${c.number}">`,
      `<h3>${escapeHtml(fill(labels.segment, { number: c.number }))}</h3>`,
      `<p class="meta">${escapeHtml(meta)}</p>`,
      '<dl class="texts">',
      `${mt}${htmlLines(c.segment.mt)}</dd>`,
      `${final}${htmlLines(c.segment.text)}</dd>`,
      `${diff}${diffHtml(c.diff)}</dd>`,
      '</dl>',
    );
    if (c.segment.comments.length > 0) lines.push(comments, commentList(c.segment));
    lines.push('</article>');
  }
  lines.push('</section>');
  return lines;
}

/**
 * The unchanged segments that have comments, as lines (issue 11 item 11): each with its number,
 * status, text and comments. Nothing when there are none.
 */
export function commentedSection(
  commented: readonly CommentedSegment[],
  labels: ReportLabels,
  lang: string,
): string[] {
  if (commented.length === 0) return [];
  const final = `<dt>${escapeHtml(labels.final)}</dt><dd lang="${escapeHtml(lang)}" dir="auto">`;
  const comments = `<h4>${escapeHtml(labels.comments)}</h4>`;
  const lines = [
    '<section aria-labelledby="commented">',
    `<h2 id="commented">${escapeHtml(labels.commentedSegments)}</h2>`,
  ];
  for (const { number, segment } of commented) {
    lines.push(
      `<article class="segment" id="segment-${number}">`,
      `<h3>${escapeHtml(fill(labels.segment, { number }))}</h3>`,
      `<p class="meta">${escapeHtml(`${labels.status}: ${labels.statuses[segment.status]}`)}</p>`,
      `<dl class="texts">${final}${htmlLines(segment.text)}</dd></dl>`,
      comments,
      commentList(segment),
      '</article>',
    );
  }
  lines.push('</section>');
  return lines;
}

/** A segment's comments as a list: author, date, text. */
function commentList(segment: Segment): string {
  let items = '';
  for (const m of segment.comments) {
    items += `<li><span class="who">${escapeHtml(m.author)}</span> <time>${isoSeconds(m.createdAt).slice(0, 10)}</time> <span dir="auto">${htmlLines(m.text)}</span></li>`;
  }
  return `<ul class="comments">${items}</ul>`;
}

/** The kinds of a segment's edits, in the order first met, as one part of its meta line (or none). */
function kindsOf(c: ChangedSegment, labels: ReportLabels): string[] {
  const kinds: string[] = [];
  for (const e of c.edits) {
    const kind = labels.kinds[e.kind];
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  const joined = kinds.join(', ');
  return joined === '' ? [] : [joined];
}

/** A word diff: deletions in `<del>`, insertions in `<ins>`. */
export function diffHtml(ops: readonly DiffOp[]): string {
  let html = '';
  for (const op of ops) html += diffText(op.text, op.kind);
  return html;
}

/** One run of a diff as HTML. */
export function diffText(text: string, kind: DiffOp['kind']): string {
  if (kind === 'equal') return htmlLines(text);
  const tag = kind === 'insert' ? 'ins' : 'del';
  return `<${tag}>${htmlLines(text)}</${tag}>`;
}

/**
 * Paragraph ↔ sentence mode (issue 3, deliverable 4). In sentence mode each paragraph row is split into
 * sentence rows aligned inside the paragraph (source and MT split by CJK-aware rules, then aligned);
 * the correction is cut at the places that match the MT's sentence boundaries, so every correction is
 * kept. Each sentence row remembers its paragraph and the whitespace that followed it, so switching
 * back rejoins the paragraph exactly. The first sentence keeps the paragraph's id (its history goes on).
 */
import { alignSentences } from './index.ts';
import {
  statusOfPiece,
  type Segment,
  type SegmentChange,
  type SegmentStatus,
  type SentenceOf,
} from '../model/model.ts';
import { mapOffset, type NewId, type Realigned } from './realign.ts';

interface Part {
  readonly text: string;
  readonly sep: string;
}

/** Text and trailing whitespace of the parts `indexes` of a split paragraph, as one piece. */
function piece(parts: readonly Part[], indexes: readonly number[]): Part {
  let text = '';
  let sep = '';
  indexes.forEach((i, k) => {
    const part = parts[i];
    if (!part) return;
    text += part.text;
    sep = part.sep;
    if (k < indexes.length - 1) text += part.sep;
  });
  return { text, sep };
}

/** Splits `text` at `cuts` (offsets, increasing) into pieces with their trailing whitespace apart. */
function cutAt(text: string, cuts: readonly number[]): Part[] {
  const bounds = [0, ...cuts, text.length];
  const out: Part[] = [];
  for (let k = 0; k + 1 < bounds.length; k += 1) {
    const slice = text.slice(bounds[k], bounds[k + 1]);
    const body = slice.trimEnd();
    out.push({ text: body, sep: slice.slice(body.length) });
  }
  return out;
}

/** Start offsets (in the joined text) of every piece but the first. */
function startsOf(pieces: readonly Part[]): number[] {
  const starts: number[] = [];
  let at = 0;
  pieces.forEach((p, k) => {
    if (k > 0) starts.push(at);
    at += p.text.length + p.sep.length;
  });
  return starts;
}

/** Splits every paragraph row into aligned sentence rows. */
export function toSentenceMode(
  segments: readonly Segment[],
  languages: { sourceLang?: string; targetLang?: string },
  newId: NewId,
  now: number,
): Realigned {
  const out: Segment[] = [];
  const changes: SegmentChange[] = [];
  for (const p of segments) {
    if (p.sentenceOf) {
      out.push(p);
      continue;
    }
    const aligned = alignSentences(p.source ?? '', p.mt, languages);
    if (aligned.links.length <= 1) {
      out.push(p);
      continue;
    }
    const mtPieces = aligned.links.map((link) => piece(aligned.target, link.target));
    const sourcePieces = aligned.links.map((link) => piece(aligned.source, link.source));
    // The correction is cut where the MT's sentence boundaries land in it.
    const textPieces =
      p.text === p.mt
        ? mtPieces
        : cutAt(
            p.text,
            startsOf(mtPieces).map((b) => mapOffset(p.text, p.mt, b)),
          );
    aligned.links.forEach((link, k) => {
      const mt = mtPieces[k] ?? { text: '', sep: '' };
      const text = textPieces[k] ?? { text: '', sep: '' };
      const source = sourcePieces[k] ?? { text: '', sep: '' };
      const sentenceOf: SentenceOf = {
        paragraphId: p.id,
        sep: text.sep,
        mtSep: mt.sep,
        sourceSep: source.sep,
      };
      const row: Segment =
        k === 0
          ? {
              ...p,
              mt: mt.text,
              text: text.text,
              source: source.text,
              status: statusOfPiece(p.status, text.text, mt.text),
              alignScore: link.score,
              sentenceOf,
            }
          : {
              id: newId(),
              mt: mt.text,
              text: text.text,
              source: source.text,
              status: statusOfPiece(p.status, text.text, mt.text),
              // The pieces share the paragraph's codes: its placeholders may fall in any sentence.
              ...(p.codes ? { codes: p.codes } : {}),
              comments: [],
              revisionCount: 1,
              updatedAt: now,
              alignScore: link.score,
              ancestors: [p.id],
              sentenceOf,
            };
      out.push(row);
      changes.push({ segmentId: row.id, text: row.text, status: row.status, origin: 'split' });
    });
  }
  return { segments: out, changes };
}

/** The status of a paragraph rejoined from its sentences. */
function joinedStatus(rows: readonly Segment[], text: string, mt: string): SegmentStatus {
  const first = rows[0]?.status ?? 'new';
  if (rows.every((r) => r.status === first))
    return first === 'new' && text !== mt ? 'edited' : first;
  if (rows.every((r) => r.status === 'reviewed' || r.status === 'approved')) return 'reviewed';
  return text === mt ? 'new' : 'edited';
}

/** Rejoins sentence rows into their paragraphs, corrections and all. */
export function toParagraphMode(segments: readonly Segment[]): Realigned {
  const out: Segment[] = [];
  const changes: SegmentChange[] = [];
  let i = 0;
  while (i < segments.length) {
    const first = segments[i];
    if (!first) break;
    if (!first.sentenceOf) {
      out.push(first);
      i += 1;
      continue;
    }
    const paragraphId = first.sentenceOf.paragraphId;
    const rows: Segment[] = [];
    while (segments[i]?.sentenceOf?.paragraphId === paragraphId) {
      rows.push(segments[i] as Segment);
      i += 1;
    }
    const join = (get: (r: Segment) => string, sep: (s: SentenceOf) => string) =>
      rows
        .map((r, k) => get(r) + (k < rows.length - 1 && r.sentenceOf ? sep(r.sentenceOf) : ''))
        .join('');
    const text = join(
      (r) => r.text,
      (s) => s.sep,
    );
    const mt = join(
      (r) => r.mt,
      (s) => s.mtSep,
    );
    const source = join(
      (r) => r.source ?? '',
      (s) => s.sourceSep,
    );
    const keeper = rows.find((r) => r.id === paragraphId) ?? first;
    const { sentenceOf: _s, alignScore: _a, ...base } = keeper;
    const scores = rows.flatMap((r) => (r.alignScore === undefined ? [] : [r.alignScore]));
    const others = rows.filter((r) => r !== keeper);
    const paragraph: Segment = {
      ...base,
      id: paragraphId,
      mt,
      text,
      source,
      status: joinedStatus(rows, text, mt),
      comments: rows.flatMap((r) => r.comments),
      ...(scores.length > 0 ? { alignScore: Math.min(...scores) } : {}),
      ...(others.length > 0 || keeper.ancestors
        ? {
            ancestors: [
              ...new Set([
                ...(keeper.ancestors ?? []),
                ...others.flatMap((r) => [r.id, ...(r.ancestors ?? [])]),
              ]),
            ].filter((id) => id !== paragraphId),
          }
        : {}),
    };
    out.push(paragraph);
    changes.push({ segmentId: paragraph.id, text, status: paragraph.status, origin: 'merge' });
  }
  return { segments: out, changes };
}

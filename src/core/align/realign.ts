/**
 * Alignment repair in the grid (issue 3): merge, split, shift and insert, on the source side or the
 * target side (MT + correction travel together). Rows are segments; the source is a column of strings
 * laid beside the column of target cells, so every operation is: take the two columns apart, change
 * one, zip them back. Pure functions: the store persists the result as one restructure (one undo step).
 */
import { wordDiff } from '../text/diff.ts';
import { statusOfPiece, type Segment, type SegmentChange } from '../model/model.ts';

export type Side = 'source' | 'target';

/** The new segment list and the revisions to record for target cells whose text changed. */
export interface Realigned {
  readonly segments: Segment[];
  readonly changes: SegmentChange[];
}

/** Supplies ids for new target cells: never an id the project used before (revisions keep old ones). */
export type NewId = () => string;

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Joins two pieces of text as one paragraph: a space between words, nothing between CJK characters. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const glue = CJK.test(a.slice(-1)) || CJK.test(b.slice(0, 1)) ? '' : ' ';
  return `${a.trimEnd()}${glue}${b.trimStart()}`;
}

/**
 * The offset in `mt` that corresponds to `offset` in `text` (a correction of that MT), through their
 * word diff, moved to the nearest word boundary so the MT is never cut inside a word.
 */
export function mapOffset(mt: string, text: string, offset: number): number {
  let a = 0;
  let b = 0;
  let mapped = mt.length;
  for (const op of wordDiff(mt, text)) {
    const len = op.text.length;
    if (op.kind === 'equal') {
      if (offset <= b + len) {
        mapped = a + (offset - b);
        break;
      }
      a += len;
      b += len;
    } else if (op.kind === 'delete') {
      a += len;
    } else {
      if (offset <= b + len) {
        mapped = a;
        break;
      }
      b += len;
    }
  }
  return snapToBoundary(mt, mapped);
}

function snapToBoundary(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  if (/\s/.test(text[at - 1] ?? '') || /\s/.test(text[at] ?? '') || CJK.test(text[at - 1] ?? '')) {
    return at;
  }
  for (let d = 1; d < text.length; d += 1) {
    if (at + d < text.length && /\s/.test(text[at + d] ?? '')) return at + d;
    if (at - d > 0 && /\s/.test(text[at - d - 1] ?? '')) return at - d;
  }
  return at;
}

interface Columns {
  readonly sources: string[];
  readonly targets: Segment[];
}

function columns(segments: readonly Segment[]): Columns {
  return { sources: segments.map((s) => s.source ?? ''), targets: [...segments] };
}

/** A target cell with nothing in it: the empty counterpart of a source paragraph (a 1-0 link). */
function emptyTarget(id: string, now: number): Segment {
  return { id, mt: '', text: '', status: 'new', comments: [], revisionCount: 1, updatedAt: now };
}

function isBlankTarget(s: Segment): boolean {
  return s.mt === '' && s.text === '' && s.comments.length === 0;
}

/**
 * Zips the columns back into rows; drops trailing rows that are empty on both sides. Rows above `from`
 * keep their automatic link score; from there on the pairing is the reviewer's, so the score goes.
 */
function zip({ sources, targets }: Columns, from: number, newId: NewId, now: number): Segment[] {
  const rows: Segment[] = [];
  const count = Math.max(sources.length, targets.length);
  for (let i = 0; i < count; i += 1) {
    const target = targets[i] ?? emptyTarget(newId(), now);
    const { source: _old, alignScore, ...rest } = target;
    const keep = i < from && alignScore !== undefined ? { alignScore } : {};
    rows.push({ ...rest, ...keep, source: sources[i] ?? '' });
  }
  while (rows.length > 1) {
    const last = rows[rows.length - 1];
    if (!last || last.source !== '' || !isBlankTarget(last)) break;
    rows.pop();
  }
  return rows;
}

function mergeTargets(a: Segment, b: Segment): Segment {
  const mt = joinText(a.mt, b.mt);
  const text = joinText(a.text, b.text);
  // A merged cell is a new piece of text to review, unless neither half had been touched.
  const untouched = a.status === 'new' && b.status === 'new';
  return {
    ...a,
    mt,
    text,
    status: untouched ? 'new' : 'edited',
    comments: [...a.comments, ...b.comments],
    ancestors: [...(a.ancestors ?? []), b.id, ...(b.ancestors ?? [])],
    ...mergedCodes(a, b),
  };
}

function mergedCodes(a: Segment, b: Segment): Pick<Segment, 'codes'> {
  const codes = [...(a.codes ?? []), ...(b.codes ?? [])];
  return codes.length > 0 ? { codes } : {};
}

function changeOf(s: Segment, origin: SegmentChange['origin']): SegmentChange {
  return { segmentId: s.id, text: s.text, status: s.status, origin };
}

/** Merges cell `i` with cell `i + 1` on one side; the cells below on that side move up one row. */
export function mergeNext(
  segments: readonly Segment[],
  i: number,
  side: Side,
  newId: NewId,
  now: number,
): Realigned {
  const cols = columns(segments);
  const changes: SegmentChange[] = [];
  if (side === 'source') {
    if (i + 1 >= cols.sources.length) return { segments: [...segments], changes };
    cols.sources.splice(i, 2, joinText(cols.sources[i] ?? '', cols.sources[i + 1] ?? ''));
  } else {
    const a = cols.targets[i];
    const b = cols.targets[i + 1];
    if (!a || !b) return { segments: [...segments], changes };
    const merged = mergeTargets(a, b);
    cols.targets.splice(i, 2, merged);
    changes.push(changeOf(merged, 'merge'));
  }
  return { segments: zip(cols, i, newId, now), changes };
}

/** Merges row `i` with row `i + 1` on both sides. */
export function mergeRows(
  segments: readonly Segment[],
  i: number,
  newId: NewId,
  now: number,
): Realigned {
  const step = mergeNext(segments, i, 'target', newId, now);
  const both = mergeNext(step.segments, i, 'source', newId, now);
  return { segments: both.segments, changes: step.changes };
}

/**
 * Splits cell `i` of one side at `offset`. On the source side, `offset` is in the source text; on the
 * target side it is in the correction, and the MT is split at the matching place. The cells below on
 * that side move down one row.
 */
export function splitAt(
  segments: readonly Segment[],
  i: number,
  side: Side,
  offset: number,
  newId: NewId,
  now: number,
): Realigned {
  const cols = columns(segments);
  const changes: SegmentChange[] = [];
  if (side === 'source') {
    const text = cols.sources[i] ?? '';
    if (offset <= 0 || offset >= text.length) return { segments: [...segments], changes };
    cols.sources.splice(i, 1, text.slice(0, offset).trimEnd(), text.slice(offset).trimStart());
    return { segments: zip(cols, i, newId, now), changes };
  }
  const cell = cols.targets[i];
  if (!cell || offset <= 0 || offset >= cell.text.length)
    return { segments: [...segments], changes };
  const at = mapOffset(cell.mt, cell.text, offset);
  const leftText = cell.text.slice(0, offset).trimEnd();
  const rightText = cell.text.slice(offset).trimStart();
  const leftMt = cell.mt.slice(0, at).trimEnd();
  const rightMt = cell.mt.slice(at).trimStart();
  const left: Segment = {
    ...cell,
    mt: leftMt,
    text: leftText,
    status: statusOfPiece(cell.status, leftText, leftMt),
  };
  const right: Segment = {
    id: newId(),
    mt: rightMt,
    text: rightText,
    status: statusOfPiece(cell.status === 'new' ? 'new' : 'edited', rightText, rightMt),
    comments: [],
    revisionCount: 1,
    updatedAt: now,
    ancestors: [cell.id, ...(cell.ancestors ?? [])],
    ...(cell.codes ? { codes: cell.codes } : {}),
  };
  cols.targets.splice(i, 1, left, right);
  changes.push(changeOf(left, 'split'), changeOf(right, 'split'));
  return { segments: zip(cols, i, newId, now), changes };
}

/** Inserts an empty cell at row `i` on one side: that side from row `i` on moves down one row. */
export function shiftDown(
  segments: readonly Segment[],
  i: number,
  side: Side,
  newId: NewId,
  now: number,
): Realigned {
  const cols = columns(segments);
  if (side === 'source') cols.sources.splice(i, 0, '');
  else cols.targets.splice(i, 0, emptyTarget(newId(), now));
  return { segments: zip(cols, i, newId, now), changes: [] };
}

/**
 * Moves one side up one row from row `i`: an empty cell above is removed; a filled one takes this
 * cell's content (they merge), as a 2-1 link would.
 */
export function shiftUp(
  segments: readonly Segment[],
  i: number,
  side: Side,
  newId: NewId,
  now: number,
): Realigned {
  if (i <= 0) return { segments: [...segments], changes: [] };
  const cols = columns(segments);
  const above = i - 1;
  const emptyAbove =
    side === 'source'
      ? (cols.sources[above] ?? '') === ''
      : cols.targets[above] !== undefined && isBlankTarget(cols.targets[above]);
  if (!emptyAbove) return mergeNext(segments, above, side, newId, now);
  if (side === 'source') cols.sources.splice(above, 1);
  else cols.targets.splice(above, 1);
  return { segments: zip(cols, above, newId, now), changes: [] };
}

/** A repair chosen in the grid's alignment dialog. */
export type AlignAction = 'merge-rows' | 'merge-next' | 'split' | 'shift-down' | 'shift-up';

/** Applies one alignment-dialog action to row `index` (see the functions above). */
export function applyAlignAction(
  segments: readonly Segment[],
  index: number,
  action: AlignAction,
  side: Side,
  offset: number,
  newId: NewId,
  now: number,
): Realigned {
  switch (action) {
    case 'merge-rows':
      return mergeRows(segments, index, newId, now);
    case 'merge-next':
      return mergeNext(segments, index, side, newId, now);
    case 'split':
      return splitAt(segments, index, side, offset, newId, now);
    case 'shift-down':
      return shiftDown(segments, index, side, newId, now);
    case 'shift-up':
      return shiftUp(segments, index, side, newId, now);
  }
}

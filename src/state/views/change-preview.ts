/**
 * Before/after of one change inside a text, in context, as diff ops: what the find-and-replace dialog
 * shows for a hit and the fix preview for a QA suggestion.
 */
import type { DiffOp } from '../../core/text/diff.ts';

/** Characters of context shown on each side of the change. */
const CONTEXT = 48;

/** `text` with [start, end) replaced by `replacement`, around the change, as diff ops. */
export function changePreview(
  text: string,
  start: number,
  end: number,
  replacement: string,
): DiffOp[] {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const ops: DiffOp[] = [
    { kind: 'equal', text: (from > 0 ? '…' : '') + text.slice(from, start) },
    { kind: 'delete', text: text.slice(start, end) },
    { kind: 'insert', text: replacement },
    { kind: 'equal', text: text.slice(end, to) + (to < text.length ? '…' : '') },
  ];
  return ops.filter((op) => op.text.length > 0);
}

/**
 * Writes a new text into a Y.Text as the smallest word-level edit (issue 14 pitfall): replacing a
 * whole text merges with another reviewer's concurrent replacement into both texts one after the
 * other ("Alice full rewrite.Carol full rewrite."); inserting and deleting only what changed lets Yjs
 * merge edits to different words of one segment.
 */
import type * as Y from 'yjs';
import { wordDiff } from '../../core/text/diff.ts';

/** Edits `ytext` (inside the caller's transaction) from its current text to `next`. */
export function applyTextDiff(ytext: Y.Text, next: string): void {
  const current = ytext.toJSON();
  if (current === next) return;
  let at = 0;
  for (const op of wordDiff(current, next)) {
    if (op.kind === 'equal') at += op.text.length;
    else if (op.kind === 'delete') ytext.delete(at, op.text.length);
    else {
      ytext.insert(at, op.text);
      at += op.text.length;
    }
  }
}

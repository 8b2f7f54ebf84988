/**
 * Texts go into a Y.Text as word-level diffs (issue 14 pitfall): two reviewers' concurrent edits of
 * different words of one segment both survive the merge, and no whole-text replacement doubles it.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextDiff } from '../../../../src/state/sync/y-text.ts';

function pair(text: string): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  a.getText('t').insert(0, text);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe('applyTextDiff', () => {
  it('turns the Y.Text into the new text', () => {
    const [a] = pair('The quick brown fox.');
    applyTextDiff(a.getText('t'), 'The slow brown dog!');
    expect(a.getText('t').toJSON()).toBe('The slow brown dog!');
  });

  it('keeps both of two concurrent edits of different words', () => {
    const [a, b] = pair('The quick brown fox jumps.');
    applyTextDiff(a.getText('t'), 'The slow brown fox jumps.');
    applyTextDiff(b.getText('t'), 'The quick brown fox leaps.');
    exchange(a, b);
    expect(a.getText('t').toJSON()).toBe('The slow brown fox leaps.');
    expect(b.getText('t').toJSON()).toBe(a.getText('t').toJSON());
  });
});

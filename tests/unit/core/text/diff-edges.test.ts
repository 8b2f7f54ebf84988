/**
 * Edge cases of the word diff (issue 11, test strength): what a reviewer sees in the live diff of a
 * correction against its MT, and what the edit counts (`diffStats`) report for it.
 */
import { describe, expect, it } from 'vitest';
import { diffStats, wordDiff, type DiffOp } from '../../../../src/core/text/diff.ts';

const textOf = (ops: readonly DiffOp[], skip: DiffOp['kind']): string =>
  ops
    .filter((op) => op.kind !== skip)
    .map((op) => op.text)
    .join('');

/** The ops that change something, with the spaces around them trimmed (where a space goes is free). */
const changes = (ops: readonly DiffOp[]) =>
  ops.filter((op) => op.kind !== 'equal').map((op) => ({ kind: op.kind, text: op.text.trim() }));

/** Both texts rebuilt from the ops, and the ops' own invariants. */
function expectLossless(before: string, after: string, ops: readonly DiffOp[]): void {
  expect(textOf(ops, 'insert')).toBe(before);
  expect(textOf(ops, 'delete')).toBe(after);
  ops.forEach((op, i) => {
    expect(op.text).not.toBe('');
    expect(op.kind).not.toBe(ops[i + 1]?.kind);
  });
}

describe('wordDiff on a long paragraph', () => {
  const funding = 'Funding for the road project was cut by half.';
  const members = 'Members of the board raised concerns about the cost.';
  const approved = 'The committee approved the new budget on Monday.';

  /**
   * The least the correction did: "the" → "a", and the 8 words of the sentence `approved` moved (deleted
   * at their old place, inserted at the new one); every other sentence stays as it was. Lossless.
   */
  function expectOneWordAndOneMovedSentence(before: string, after: string): void {
    const ops = wordDiff(before, after);
    expectLossless(before, after, ops);
    expect(changes(ops)).toEqual([
      { kind: 'delete', text: 'the' },
      { kind: 'insert', text: 'a' },
      { kind: 'insert', text: approved },
      { kind: 'delete', text: approved },
    ]);
    expect(diffStats(ops)).toEqual({ inserted: 9, deleted: 9 });
  }

  it('shows a moved sentence and a replaced word as such, not as rewritten sentences', () => {
    // Over 100 tokens, where diff-match-patch's line-mode speed-up would start if it were on: it would
    // diff sentence by sentence (the 11th distinct token, code unit "\n", is the full stop) and pair
    // the moved sentence with a repeated one, reporting two sentences rewritten instead of one moved.
    const before = [funding, members, members, members, members, approved].join(' ');
    const after = [funding.replace('the', 'a'), members, approved, members, members, members].join(
      ' ',
    );
    expectOneWordAndOneMovedSentence(before, after);
  });

  it('does the same beyond the tokenizer capacity, on lines, in the character-diff fallback', () => {
    // 70,000 distinct words ahead: more distinct tokens than code units (63,488), so the fallback diffs
    // characters. Line-mode would diff the newline-separated sentences as whole lines there.
    const ahead = Array.from({ length: 70000 }, (_, i) => `w${i}`).join(' ');
    const before = [ahead, funding, members, members, members, members, approved].join('\n');
    const after = [
      ahead,
      funding.replace('the', 'a'),
      members,
      approved,
      members,
      members,
      members,
    ].join('\n');
    expectOneWordAndOneMovedSentence(before, after);
  }, 30_000);
});

describe('wordDiff beyond the tokenizer capacity', () => {
  it('shows a deleted word when the new text only has tokens of the old one', () => {
    // The old text alone overflows the code units; the new one adds no token, so only the old text
    // tells the word diff it cannot encode them.
    const words = Array.from({ length: 64000 }, (_, i) => `w${i}`);
    const before = words.join(' ');
    const after = words.filter((_, i) => i !== 32000).join(' ');
    const ops = wordDiff(before, after);
    expectLossless(before, after, ops);
    expect(changes(ops)).toEqual([{ kind: 'delete', text: 'w32000' }]);
  }, 30_000);

  it('shows the cut tail when the new text keeps only the start of the old one', () => {
    // The new text's tokens are all among the first the old text had coded before it overflowed.
    const words = Array.from({ length: 64000 }, (_, i) => `w${i}`);
    const before = words.join(' ');
    const after = words.slice(0, 100).join(' ');
    const ops = wordDiff(before, after);
    expectLossless(before, after, ops);
    expect(ops).toEqual([
      { kind: 'equal', text: after },
      { kind: 'delete', text: ` ${words.slice(100).join(' ')}` },
    ]);
  }, 30_000);
});

describe('wordDiff joins the runs diff-match-patch leaves side by side', () => {
  it('shows one deleted run where the semantic shift puts two deletions together', () => {
    // Least edit: "y" inserted, "!!.." kept, one "." and "x" deleted. Which "." goes is free;
    // diff-match-patch's shift to the edge of the equality puts it right before the deleted "x", as a
    // second delete run: the reviewer must see one.
    const ops = wordDiff('!!...x', 'y!!..');
    expectLossless('!!...x', 'y!!..', ops);
    expect(ops).toEqual([
      { kind: 'insert', text: 'y' },
      { kind: 'equal', text: '!!..' },
      { kind: 'delete', text: '.x' },
    ]);
    expect(diffStats(ops)).toEqual({ inserted: 1, deleted: 1 });
  });
});

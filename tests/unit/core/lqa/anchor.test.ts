/**
 * Errors stay on their text under later edits (issue 15, deliverable 2): worked examples of each rule
 * of anchor.ts, and properties that hold for any edit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorErrors, anchorSpan } from '../../../../src/core/lqa/anchor.ts';
import type { LqaSpan } from '../../../../src/core/lqa/error.ts';
import { tokenize } from '../../../../src/core/text/diff.ts';
import { lqaError } from '../../../support/lqa.ts';

/** The span of the first `needle` in `text`. */
function spanOf(text: string, needle: string): LqaSpan {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in "${text}"`);
  return { start, end: start + needle.length };
}

/** Where the span of `needle` in `before` is in `after`, as text (or "detached at N"). */
function moved(before: string, after: string, needle: string): string {
  const { span, detached } = anchorSpan(before, after, spanOf(before, needle));
  return detached ? `detached at ${span.start}` : after.slice(span.start, span.end);
}

describe('anchorSpan', () => {
  const text = 'Fourty open policies and eight golden policies';

  it('moves a span with its text when words are typed before it', () => {
    const after = `Since 2013, ${text}`;
    const { span } = anchorSpan(text, after, spanOf(text, 'open policies'));
    expect(span).toEqual(spanOf(after, 'open policies'));
  });

  it('keeps a span where it is when words change after it', () => {
    const after = 'Fourty open policies and eight gold-standard measures';
    expect(anchorSpan(text, after, spanOf(text, 'Fourty'))).toEqual({
      span: { start: 0, end: 6 },
      detached: false,
    });
  });

  it('follows the correction of the very word it is on ("Fourty" → "Forty")', () => {
    expect(moved(text, text.replace('Fourty', 'Forty'), 'Fourty')).toBe('Forty');
  });

  it('takes in a word changed inside it', () => {
    const before = 'the one belt and one road initiative';
    expect(moved(before, 'the one Belt and one road initiative', 'one belt and one road')).toBe(
      'one Belt and one road',
    );
  });

  it('maps a phrase replaced as a whole onto its replacement', () => {
    const before = 'building the "one belt and one road" zone';
    const after = 'building the "Belt and Road" zone';
    expect(moved(before, after, 'one belt and one road')).toBe('Belt and Road');
  });

  it('takes in the new text of an edit that overlaps its start', () => {
    const before = 'the one belt and one road initiative';
    const after = 'the Belt and Road initiative';
    expect(moved(before, after, 'road initiative')).toBe('Belt and Road initiative');
  });

  it('moves onto the words that replaced its own when a longer phrase was rewritten', () => {
    const before = 'eight double-attraction and double-attraction golden policies';
    const after = 'eight investment and talent attraction golden policies';
    expect(moved(before, after, 'double-attraction golden')).toBe('talent attraction golden');
  });

  it('leaves out a word typed right after it', () => {
    expect(moved(text, text.replace('Fourty ', 'Fourty new '), 'Fourty')).toBe('Fourty');
  });

  it('leaves out a word typed right before it', () => {
    expect(moved(text, text.replace('open', 'newly open'), 'open policies')).toBe('open policies');
  });

  it('detaches the error when its words are deleted, keeping a point where they were', () => {
    const before = 'eight double-attraction and double-attraction golden policies';
    const after = 'eight golden policies';
    expect(moved(before, after, 'double-attraction and double-attraction')).toBe('detached at 6');
  });

  it('detaches the error when only white space is left of it', () => {
    expect(moved('a b c', 'a  c', 'b')).toBe('detached at 1');
  });

  it('keeps a point (an error on a deleted change) before text typed at it', () => {
    const before = 'eight golden policies';
    const point = { start: 5, end: 5 };
    expect(anchorSpan(before, 'eight new golden policies', point).span).toEqual(point);
    expect(anchorSpan(before, 'Now eight golden policies', point).span).toEqual({
      start: 9,
      end: 9,
    });
  });

  it('does not detach a span of white space that stays white space', () => {
    expect(anchorSpan('a b', 'x a b', { start: 1, end: 2 })).toEqual({
      span: { start: 3, end: 4 },
      detached: false,
    });
  });

  it('moves CJK spans character by character', () => {
    const before = '推进“一带一路”建设';
    const after = '积极推进“一带一路”建设';
    expect(moved(before, after, '一带一路')).toBe('一带一路');
  });
});

describe('anchorErrors', () => {
  const before = 'Fourty open policies and double-attraction and double-attraction policies';
  const after = 'Forty open policies and policies';
  const errors = [
    lqaError('e1', 's1', { span: spanOf(before, 'Fourty') }),
    lqaError('e2', 's1', { span: spanOf(before, 'double-attraction and double-attraction') }),
    lqaError('e3', 's1'),
    lqaError('e4', 's2', { span: { start: 0, end: 4 } }),
  ];

  it('moves the segment’s spans, detaches the deleted one and keeps every error', () => {
    const result = anchorErrors(errors, 's1', before, after);
    expect(result.map((e) => [e.id, e.span, e.detached ?? false])).toEqual([
      ['e1', { start: 0, end: 5 }, false],
      ['e2', { start: 24, end: 24 }, true],
      ['e3', undefined, false],
      ['e4', { start: 0, end: 4 }, false],
    ]);
  });

  it('returns the same objects for errors it did not move (whole-segment, other segments)', () => {
    const result = anchorErrors(errors, 's1', before, after);
    expect([result[2] === errors[2], result[3] === errors[3], result[0] === errors[0]]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('keeps a detached error detached when text is typed where it was', () => {
    const detached = anchorErrors(errors, 's1', before, after)[1]!;
    const again = anchorErrors(
      [detached],
      's1',
      after,
      after.replace('and policies', 'and new policies'),
    );
    expect([again[0]!.detached, again[0]!.span]).toEqual([true, { start: 24, end: 24 }]);
  });
});

/** Text of whole diff tokens: words, spaces, punctuation and CJK characters. */
const tokenText = fc
  .array(
    fc.constantFrom('belt', 'road', 'one', 'and', 'Forty', ' ', ' ', ', ', '.', '一', '路', '“'),
    {
      maxLength: 20,
    },
  )
  .map((t) => t.join(''));

/** Text of tokens {@link tokenText} never has (so a diff cannot match them with the old text's). */
const otherText = fc
  .array(fc.constantFrom('Zeta', 'Omega', ' ', '#'), { maxLength: 8 })
  .map((t) => t.join(''));

/** A text and a span on token boundaries of it. */
const textAndSpan = tokenText.chain((text) => {
  const bounds = [0];
  for (const t of tokenize(text)) bounds.push(bounds[bounds.length - 1]! + t.length);
  return fc
    .tuple(fc.constantFrom(...bounds), fc.constantFrom(...bounds))
    .map(([a, b]) => ({ text, span: { start: Math.min(a, b), end: Math.max(a, b) } }));
});

describe('anchorSpan properties', () => {
  it('always gives an ordered span inside the new text', () => {
    fc.assert(
      fc.property(textAndSpan, tokenText, ({ text, span }, after) => {
        const { span: moved } = anchorSpan(text, after, span);
        return 0 <= moved.start && moved.start <= moved.end && moved.end <= after.length;
      }),
    );
  });

  it('keeps the span’s text when only text before it changes', () => {
    fc.assert(
      fc.property(textAndSpan, otherText, ({ text, span }, prefix) => {
        // The new prefix ends with "#" (a token of its own), so the tokens after it stay the same.
        const after = `${prefix}#${text.slice(span.start)}`;
        const result = anchorSpan(text, after, span);
        if (span.start === span.end) return !result.detached;
        return after.slice(result.span.start, result.span.end) === text.slice(span.start, span.end);
      }),
    );
  });

  it('keeps the span’s offsets when only text after it changes', () => {
    fc.assert(
      fc.property(textAndSpan, otherText, ({ text, span }, suffix) => {
        const after = `${text.slice(0, span.end)}#${suffix}`;
        const result = anchorSpan(text, after, span);
        return (
          result.span.start === span.start &&
          (span.start === span.end || result.span.end === span.end)
        );
      }),
    );
  });

  it('detaches a span with words when exactly its text is deleted', () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, span }) => {
        const removed = text.slice(span.start, span.end);
        fc.pre(/[\p{L}\p{N}]/u.test(removed));
        const after = text.slice(0, span.start) + text.slice(span.end);
        // The text around it must not join into other tokens ("one" + "Forty" is one word)…
        const tokens = (t: string) => tokenize(t).length;
        fc.pre(tokens(after) === tokens(text.slice(0, span.start)) + tokens(text.slice(span.end)));
        // …and deleting the same text elsewhere must not give the same result ("一一" less one "一").
        const length = removed.length;
        for (let i = 0; i + length <= text.length; i++) {
          if (i !== span.start) fc.pre(text.slice(0, i) + text.slice(i + length) !== after);
        }
        return anchorSpan(text, after, span).detached;
      }),
    );
  });
});

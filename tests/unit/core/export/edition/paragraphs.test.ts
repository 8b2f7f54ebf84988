import { describe, expect, it } from 'vitest';
import {
  editionParagraphs,
  offsetInParagraph,
  plainText,
} from '../../../../../src/core/export/edition/paragraphs.ts';
import { headingLevel } from '../../../../../src/core/export/heading.ts';
import type { InlineCode } from '../../../../../src/core/model/inline-codes.ts';
import { CODES, segment } from '../../../../support/export.ts';

describe('plainText', () => {
  it('drops paired codes and turns a line-break code into a line break', () => {
    expect(plainText('One ⟨1⟩bold⟨/1⟩ word.⟨2/⟩Next', CODES)).toBe('One bold word.\nNext');
  });

  it('keeps a plain-text variable and drops markup, without leaving two spaces', () => {
    const codes: InlineCode[] = [
      { n: 1, kind: 'standalone', element: 'ph', data: '', original: '{0}' },
      { n: 2, kind: 'standalone', element: 'ph', data: '', original: '<img src=x>' },
    ];
    expect(plainText('Hello ⟨1/⟩, see ⟨2/⟩ here', codes)).toBe('Hello {0}, see here');
  });

  it('leaves a placeholder the segment has no code for as the text it is', () => {
    expect(plainText('keep ⟨9/⟩ as typed', CODES)).toBe('keep ⟨9/⟩ as typed');
  });
});

describe('editionParagraphs', () => {
  it('leaves excluded segments out and keeps emptied ones for the review copy', () => {
    const paragraphs = editionParagraphs([
      segment('s1', 'Kept'),
      segment('s2', 'Boilerplate', { status: 'excluded' }),
      segment('s3', 'Deleted', { text: '' }),
    ]);
    expect(paragraphs.map((p) => [p.mt, p.text])).toEqual([
      ['Kept', 'Kept'],
      ['Deleted', ''],
    ]);
  });

  it('joins sentence rows back into their paragraph with their own spacing', () => {
    const of = (sep: string) => ({ paragraphId: 'p1', sep, mtSep: ' ', sourceSep: '' });
    const paragraphs = editionParagraphs([
      segment('s1', 'One.', { text: 'First.', sentenceOf: of('  '), comments: [] }),
      segment('s2', 'Two.', { text: 'Second.', sentenceOf: of('') }),
      segment('s3', 'Other paragraph.'),
    ]);
    expect(paragraphs.map((p) => [p.mt, p.text])).toEqual([
      ['One. Two.', 'First.  Second.'],
      ['Other paragraph.', 'Other paragraph.'],
    ]);
  });
});

describe('offsetInParagraph', () => {
  it('finds an offset of a segment’s text in its paragraph: codes resolved, leading space trimmed', () => {
    const text = '  Paragraph one: ⟨1⟩win-win⟨/1⟩ cooperation.⟨2/⟩';
    const [p] = editionParagraphs([segment('s1', text, { codes: CODES })]);
    const at = (offset: number) => offsetInParagraph(p!, 0, offset);
    expect(p!.text.slice(at(text.indexOf('win')), at(text.indexOf('⟨/1⟩')))).toBe('win-win');
    expect(at(text.indexOf('cooperation'))).toBe(p!.text.indexOf('cooperation'));
    expect(at(0)).toBe(0);
  });

  it('counts an offset inside a placeholder as after it', () => {
    const text = 'a ⟨1⟩b⟨/1⟩';
    const [p] = editionParagraphs([segment('s1', text, { codes: CODES })]);
    expect(offsetInParagraph(p!, 0, 3)).toBe(2);
  });

  it('finds a later sentence after the ones before it and their separators', () => {
    const of = { paragraphId: 'p', sep: '  ', mtSep: ' ', sourceSep: '' };
    const [p] = editionParagraphs([
      segment('a', 'One.', { sentenceOf: of }),
      segment('b', 'Two.', { sentenceOf: of }),
    ]);
    expect(offsetInParagraph(p!, 1, 0)).toBe(p!.text.indexOf('Two'));
  });
});

describe('headingLevel', () => {
  it.each([
    ['First, open a new chapter in the new era: the plan will lead Liaoning to be fully open.', 1],
    ['(1) Opening Advantage', 2],
    ['一、总体要求', 1],
    ['（二）重点任务', 2],
    ['1.2 Scope of the plan', 3],
    ['Chapter 3 Implementation', 1],
    ['Opening Advantage', 2],
  ])('reads "%s" as a heading of level %i', (text, level) => {
    expect(headingLevel(text)).toBe(level);
  });

  it('takes a first short paragraph without final punctuation as the title (level 1)', () => {
    expect(headingLevel('General plan for the zone', true)).toBe(1);
  });

  it.each([
    'Promoting the construction is the great initiative of the Central Committee.',
    'Tel: 86-24-22562480 Fax: 86-24-22562333',
    '1. We will deepen cooperation with the countries along the route.',
    'First, we open. Then we build the zone and its institutions.',
    'and so on without a capital',
    'Line one\nLine two',
  ])('reads "%s" as body text', (text) => {
    expect(headingLevel(text)).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toHtmlEdition } from '../../../../../src/core/export/edition/html.ts';
import { splitParagraphs } from '../../../../../src/core/text/paragraphs.ts';
import { input, segment } from '../../../../support/export.ts';
import {
  neutraliseMarkdown,
  toMarkdown,
  toPlainText,
  type EditionSegment,
} from '../../../../../src/core/export/edition/text.ts';

const seg = (text: string, status: EditionSegment['status'] = 'new'): EditionSegment => ({
  text,
  status,
});
const plain = { sourceIsMarkdown: false };

describe('toPlainText', () => {
  it('separates paragraphs by one blank line and ends with a newline', () => {
    expect(toPlainText([seg('One.'), seg('Two.')])).toBe('One.\n\nTwo.\n');
  });

  it('writes headings as # headings, found as the HTML edition finds them (issue 11 item 11)', () => {
    const segments = [
      seg('General plan for Liaoning'),
      seg('(1) Opening Advantage'),
      seg('The plan opens Liaoning to the world.'),
    ];
    expect(toMarkdown(segments, plain)).toBe(
      '# General plan for Liaoning\n\n## (1) Opening Advantage\n\nThe plan opens Liaoning to the world.\n',
    );
    const html = toHtmlEdition(input(segments.map((s, i) => segment(`s${i}`, s.text))));
    expect(html).toContain('<h1 dir="auto">General plan for Liaoning</h1>');
    expect(html).toContain('<h2 dir="auto">(1) Opening Advantage</h2>');
  });

  it('escapes the text of a heading, # included', () => {
    expect(toMarkdown([seg('Notes on C# <b>')], plain)).toBe('# Notes on C\\# &lt;b>\n');
  });

  it('differs from the text edition on the seed, which has headings', () => {
    const paragraphs = splitParagraphs(readFileSync('corpus/000_bf2c9c8ccc29718b.txt', 'utf8'));
    const segments = paragraphs.map((p) => seg(p));
    const markdown = toMarkdown(segments, plain);
    expect(markdown).not.toBe(toPlainText(segments));
    expect(markdown).toContain('\n## (1) Opening Advantage\n');
  });

  it('leaves out excluded segments', () => {
    expect(toPlainText([seg('Tel: 123', 'excluded'), seg('Body', 'approved')])).toBe('Body\n');
  });

  it('keeps line breaks inside a paragraph and writes LF only', () => {
    expect(toPlainText([seg('a\r\nb'), seg('c')])).toBe('a\nb\n\nc\n');
  });

  it('leaves out paragraphs the reviewer emptied', () => {
    expect(toPlainText([seg('a'), seg('  '), seg('b')])).toBe('a\n\nb\n');
  });

  it('is empty when every segment is excluded', () => {
    expect(toPlainText([seg('x', 'excluded')])).toBe('');
  });
});

describe('toMarkdown', () => {
  it('writes Markdown paragraphs as they are when the source was Markdown', () => {
    expect(toMarkdown([seg('# Title'), seg('*bold* [link](x)')], { sourceIsMarkdown: true })).toBe(
      '# Title\n\n*bold* [link](x)\n',
    );
  });

  it('puts the title first as a level-1 heading', () => {
    expect(
      toMarkdown([seg('Body text.')], { title: 'Liaoning plan', sourceIsMarkdown: false }),
    ).toBe('# Liaoning plan\n\nBody text.\n');
  });

  it('escapes emphasis, code, link and backslash characters in plain text', () => {
    expect(toMarkdown([seg('a*b_c`d[e]f\\g~h|i')], plain)).toBe(
      'a\\*b\\_c\\`d\\[e\\]f\\\\g\\~h\\|i\n',
    );
  });

  it('never lets HTML through', () => {
    expect(toMarkdown([seg('<script>alert(1)</script> & &amp;')], plain)).toBe(
      '&lt;script>alert(1)&lt;/script> &amp; &amp;amp;\n',
    );
  });

  it.each([
    ['# not a heading.', '\\# not a heading.'],
    ['> not a quote.', '\\> not a quote.'],
    ['- not a bullet.', '\\- not a bullet.'],
    ['+ not a bullet.', '\\+ not a bullet.'],
    ['1. not a list.', '1\\. not a list.'],
    ['2018) not a list.', '2018\\) not a list.'],
    ['=====', '\\====='],
  ])('escapes the line-start marker in "%s"', (text, expected) => {
    expect(toMarkdown([seg(text)], plain)).toBe(`${expected}\n`);
  });

  it('leaves markers alone in the middle of a line', () => {
    expect(toMarkdown([seg('Item 1. and #2 - ok > fine.')], plain)).toBe(
      'Item 1. and #2 - ok > fine.\n',
    );
  });

  it('leaves numbers with decimals alone at the start of a line', () => {
    expect(toMarkdown([seg('3.14 is pi. Everyone knows it.')], plain)).toBe(
      '3.14 is pi. Everyone knows it.\n',
    );
  });

  it('turns line breaks inside a paragraph into hard breaks and escapes each line', () => {
    expect(toMarkdown([seg('Address:\n- 124 Huigong Street')], plain)).toBe(
      'Address:\\\n\\- 124 Huigong Street\n',
    );
  });

  it('escapes Markdown in the title', () => {
    expect(toMarkdown([seg('x')], { title: '*C#* <b>', sourceIsMarkdown: false })).toBe(
      '# \\*C\\#\\* &lt;b>\n\nx\n',
    );
  });

  it('leaves out excluded segments', () => {
    expect(toMarkdown([seg('keep'), seg('drop', 'excluded')], plain)).toBe('keep\n');
  });
});

describe('neutraliseMarkdown', () => {
  it('turns raw HTML tags in a Markdown source into text', () => {
    expect(neutraliseMarkdown('<script>alert(1)</script> and <img src=x onerror=y>')).toBe(
      '&lt;script>alert(1)&lt;/script> and &lt;img src=x onerror=y>',
    );
  });

  it('breaks inline links and images whose destination is a script scheme', () => {
    expect(
      neutraliseMarkdown('[a](javascript:alert(1)) ![b]( JavaScript:x) [c](<data:text/html,x>)'),
    ).toBe('[a]\\(javascript:alert(1)) ![b]\\( JavaScript:x) [c]\\(&lt;data:text/html,x>)');
  });

  it('leaves ordinary Markdown, links and comparisons alone', () => {
    const md = '## Title with **bold**, [a link](https://example.org) and 3 < 4';
    expect(neutraliseMarkdown(md)).toBe(md);
  });
});

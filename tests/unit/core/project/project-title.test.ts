import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TITLE_MAX_LENGTH, projectTitle } from '../../../../src/core/project/project-title.ts';

const SEED = readFileSync(
  new URL('../../../../corpus/000_bf2c9c8ccc29718b.txt', import.meta.url),
  'utf8',
);

describe('projectTitle', () => {
  it('names the seed after its title, not its letterhead or hashed file name', () => {
    expect(projectTitle(SEED, '000_bf2c9c8ccc29718b.txt')).toMatch(
      /^General plan for the construction of Liaoning/,
    );
  });

  it('prefers a Markdown heading to the paragraphs before it', () => {
    expect(
      projectTitle('Draft — do not circulate\n\n## Annual report 2025 ##\n\nBody.', 'r.md'),
    ).toBe('Annual report 2025');
  });

  it('takes the first paragraph of a plain document, without its closing full stop', () => {
    expect(projectTitle(['The harbour plan.', 'Second paragraph.'], 'x.txt')).toBe(
      'The harbour plan',
    );
  });

  it('skips copyright, contact and link lines', () => {
    const text = [
      'Tel: 86-24-22562480',
      '© 2024 Example Ltd. All rights reserved',
      'See https://example.com',
      '地址：沈阳市',
      'Belt and road cooperation',
    ];
    expect(projectTitle(text, 'x.txt')).toBe('Belt and road cooperation');
  });

  it('cuts a long first paragraph at a word boundary and marks the cut', () => {
    const title = projectTitle(['word '.repeat(40).trim()], 'x.txt');
    expect([...title].length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(title).toMatch(/word…$/);
  });

  it('does not take a one-word paragraph for a title', () => {
    expect(projectTitle(['One.', 'Two.'], 'memo.txt')).toBe('memo');
  });

  it('falls back to the file name without hash-like parts', () => {
    expect(projectTitle(['12345', '—'], 'uploads/000_bf2c9c8ccc29718b_annual-report.txt')).toBe(
      'annual report',
    );
  });

  it('keeps a file name made only of hash-like parts rather than returning nothing', () => {
    expect(projectTitle([], '000_bf2c9c8ccc29718b.txt')).toBe('000_bf2c9c8ccc29718b');
  });

  it('reads a Chinese title', () => {
    expect(
      projectTitle(['版权所有 © 辽宁', '辽宁“一带一路”综合试验区建设总体方案。'], 'a.txt'),
    ).toBe('辽宁“一带一路”综合试验区建设总体方案');
  });
});

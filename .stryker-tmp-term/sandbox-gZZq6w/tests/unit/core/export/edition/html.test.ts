// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { toHtmlEdition } from '../../../../../src/core/export/edition/html.ts';
import { input, segment } from '../../../../support/export.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  'bidi \u202Eevil\u202C text',
  'control \u0007 bell',
];

describe('toHtmlEdition', () => {
  const html = toHtmlEdition(
    input(
      [
        segment('s1', 'Liaoning plan'),
        segment('s2', 'Boilerplate', { status: 'excluded' }),
        segment('s3', 'First line\nsecond line.'),
        ...HOSTILE.map((t, i) => segment(`h${i}`, t)),
      ],
      { name: 'Plan <2024> & "more"', targetLang: 'ar' },
    ),
  );

  it('is one page with charset, language, direction and the project name as title', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Plan &lt;2024&gt; &amp; &quot;more&quot;</title>');
  });

  it('loads nothing and runs nothing: inline style only, a policy that forbids the rest', () => {
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<(script|link|img|a|iframe|object)[\s>]/i);
    expect(html).not.toMatch(/<[^>]*\s(on\w+|src|href)=/i);
    expect(html).toContain('@media print');
  });

  it('shows hostile text as text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;');
    expect(html).not.toContain('<img');
  });

  it('makes bidi controls visible and inert, and leaves control characters out', () => {
    expect(html).toContain('bidi <span class="ctl" title="U+202E">[U+202E]</span>evil');
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0007]/);
    expect(html).toContain('control  bell');
  });

  it('keeps headings, paragraphs and line breaks, and leaves excluded segments out', () => {
    expect(html).toContain('<h1 dir="auto">Liaoning plan</h1>');
    expect(html).toContain('<p dir="auto">First line<br>\nsecond line.</p>');
    expect(html).not.toContain('Boilerplate');
  });
});

import { describe, expect, it } from 'vitest';
import { toChangeReport } from '../../../../../src/core/export/report/change-report.ts';
import { reportData } from '../../../../../src/core/export/report/data.ts';
import { REPORT_LABELS_EN } from '../../../../../src/core/export/report/labels.ts';
import type { Revision } from '../../../../../src/core/model/model.ts';
import { input, segment } from '../../../../support/export.ts';
import { findingsLeft, QA_RULES } from '../../../../../src/core/qa/index.ts';
import en from '../../../../../src/i18n/locales/en.json';

const segments = [
  segment('s1', 'the plan was publish in 2019 .', {
    text: 'The plan was published in 2020.',
    status: 'approved',
    comments: [{ id: 'c', text: 'Date <checked>', author: 'Ann', createdAt: 0 }],
  }),
  segment('s2', 'one belt one road', { text: 'Belt and Road', status: 'reviewed' }),
  segment('s3', 'one belt one road again', { text: 'Belt and Road again' }),
  segment('s4', 'Unchanged <script>alert(1)</script>'),
  segment('s5', 'Boilerplate', { status: 'excluded', text: 'Changed boilerplate' }),
];
const revisions: Revision[] = [
  { id: 1, segmentId: 's1', text: 'a', status: 'edited', origin: 'typing', createdAt: 0 },
  { id: 2, segmentId: 's1', text: 'b', status: 'edited', origin: 'typing', createdAt: 20_000 },
  { id: 3, segmentId: 's2', text: 'c', status: 'edited', origin: 'typing', createdAt: 500_000 },
];
const report = {
  ...input(segments),
  revisions,
  findings: [
    { segmentId: 's1', rule: 'terms', severity: 'error' },
    { segmentId: 's2', rule: 'terms', severity: 'warning' },
    { segmentId: 's2', rule: 'numbers', severity: 'warning' },
  ],
};

describe('reportData', () => {
  const { summary, changed } = reportData(report);

  it('counts segments, changes, words and the reviewed share without excluded segments', () => {
    expect(summary).toMatchObject({ segments: 4, excluded: 1, changed: 3, reviewedShare: 0.5 });
    expect(summary.finalWords).toBe(6 + 3 + 4 + 5);
  });

  it('gives the document HTER from total edits and its distribution over all included segments', () => {
    const edits = changed.reduce((n, c) => n + c.hter.edits, 0);
    expect(summary.hter.edits).toBe(edits);
    expect(summary.histogram.reduce((a, b) => a + b, 0)).toBe(4);
    expect(summary.histogram[0]).toBe(1);
  });

  it('lists corrections made more than once, and edit kinds', () => {
    expect(summary.corrections).toEqual([
      { from: 'one belt one road', to: 'Belt and Road', kind: 'other', count: 2 },
    ]);
    expect(summary.kinds.number).toBeGreaterThan(0);
  });

  it('counts the QA findings left by severity and by rule', () => {
    expect(summary.findings).toEqual({
      total: 3,
      bySeverity: [
        ['warning', 2],
        ['error', 1],
      ],
      byRule: [
        ['terms', 2],
        ['numbers', 1],
      ],
    });
  });

  it('sums the active editing time of typing revisions, idle gaps left out', () => {
    expect(summary.editingMs).toBe(20_000);
  });

  it('labels a term pair applied as terminology when the project has term rules', () => {
    const { summary: withTerms } = reportData({
      ...report,
      terms: [{ from: '一带一路', to: 'Belt and Road' }],
    });
    expect(withTerms.corrections[0]?.kind).toBe('terminology');
  });
});

describe('reportData without findings (issue 11 item 3)', () => {
  const qa = { terms: [], projectWords: [], targetLang: 'en' };
  const withTypo = [segment('s1', 'The plan  was made.'), segment('s2', 'Fine text.')];

  it('runs the checks on the final text when given a QA context', () => {
    const { summary } = reportData({ ...input(withTypo), qa });
    expect(summary.findings.byRule).toContainEqual(['spacing', 1]);
  });

  it('leaves out the findings the reviewer ignored', () => {
    const all = reportData({ ...input(withTypo), qa }).summary.findings.total;
    const ignoredId = findingsLeft(withTypo, qa).find((f) => f.rule === 'spacing')!.id;
    const ignored = {
      termRules: [],
      packs: [],
      words: [],
      ignored: [{ findingId: ignoredId, by: 'me', at: 0 }],
    };
    const { summary } = reportData({ ...input(withTypo, { qa: ignored }), qa });
    expect(summary.findings.total).toBe(all - 1);
  });

  it('counts the findings given rather than running the checks', () => {
    const { summary } = reportData({ ...input(withTypo), qa, findings: [] });
    expect(summary.findings.total).toBe(0);
  });

  it('counts none without findings or context', () => {
    expect(reportData(input(withTypo)).summary.findings.total).toBe(0);
  });
});

describe('comments on unchanged segments (issue 11 item 11)', () => {
  const commented = segment('s1', 'Kept as <it> was.', {
    comments: [{ id: 'c', text: 'Checked <ok>', author: 'Ann', createdAt: 0 }],
  });

  it('are in the report, with the segment they belong to, escaped', () => {
    const html = toChangeReport(input([commented, segment('s2', 'No comment.')]));
    expect(html).toContain('<h2 id="commented">Comments on unchanged segments</h2>');
    expect(html).toContain('<h3>Segment 1</h3>');
    expect(html).toContain('Checked &lt;ok&gt;');
    expect(html).not.toContain('<h3>Segment 2</h3>');
  });

  it('are listed by reportData apart from the changed segments', () => {
    const { changed, commented: list } = reportData(input([commented]));
    expect(changed).toEqual([]);
    expect(list.map((c) => c.number)).toEqual([1]);
  });

  it('leave out excluded segments', () => {
    const excluded = { ...commented, status: 'excluded' as const };
    expect(reportData(input([excluded])).commented).toEqual([]);
  });
});

describe('the change report QA table (issue 11 item 10)', () => {
  it('names severities and checks in words, not by their ids', () => {
    const html = toChangeReport(report);
    expect(html).toContain('<td>Warning</td>');
    expect(html).not.toContain('<td>warning</td>');
  });

  it('takes the names from the labels of the UI language', () => {
    const labels = {
      ...REPORT_LABELS_EN,
      severities: { error: '错误', warning: '警告', info: '提示' },
      rules: { ...REPORT_LABELS_EN.rules, spacing: '空格' },
    };
    const qa = { terms: [], projectWords: [], targetLang: 'en' };
    const html = toChangeReport({
      ...input([segment('s1', 'The plan  was made.')]),
      qa,
      report: { labels, lang: 'zh-CN' },
    });
    expect(html).toContain('<td>空格</td>');
    expect(html).toContain('<td>提示</td>');
  });

  it('has an English name for every QA check and severity, as the app says them', () => {
    expect(REPORT_LABELS_EN.rules).toEqual(en.qa.rule);
    expect(REPORT_LABELS_EN.severities).toEqual(en.qa.severity);
    expect(Object.keys(REPORT_LABELS_EN.rules).sort()).toEqual([...QA_RULES].sort());
  });
});

describe('toChangeReport', () => {
  const html = toChangeReport(report);

  it('is one self-contained page with a print style sheet and no script', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(script|link|img|iframe)[\s>]/i);
  });

  it('draws the HTER distribution as an inline SVG chart with a text description', () => {
    expect(html).toMatch(/<svg class="chart"[^>]*role="img"/);
    expect(html).toContain('<desc id="chart-desc">1 segments with HTER 0.0–0.1;');
  });

  it('shows each changed segment with MT, final text, diff, status and comments, all escaped', () => {
    expect(html).toContain('<h3>Segment 1</h3>');
    expect(html).toContain('<del>publish</del><ins>published</ins>');
    expect(html).toContain('Status: Approved');
    expect(html).toContain('Date &lt;checked&gt;');
    expect(html).not.toContain('Segment 4</h3>');
    expect(html).not.toContain('Segment 5</h3>');
  });

  it('strikes deletions and underlines insertions, not by colour alone', () => {
    expect(html).toMatch(/del \{ text-decoration: line-through/);
    expect(html).toMatch(/ins \{ text-decoration: underline/);
  });

  it('takes its labels and language from the options', () => {
    const zh = toChangeReport({
      ...report,
      report: { lang: 'zh-CN', labels: { ...REPORT_LABELS_EN, title: '修改报告' } },
    });
    expect(zh).toContain('<html lang="zh-CN"');
    expect(zh).toContain('<h1>修改报告</h1>');
  });

  it('says so when nothing changed', () => {
    expect(toChangeReport(input([segment('s1', 'same')]))).toContain('No segment was changed.');
  });
});

/**
 * The change report's quality-assessment section (issue 15, deliverable 4): score and verdict, the
 * table by category × severity, every error with its segment, text, MT, final text and comment, and
 * the segments to rework, in the labels it is given.
 */
import { describe, expect, it } from 'vitest';
import { toChangeReport } from '../../../../../src/core/export/report/change-report.ts';
import { REPORT_LABELS_EN } from '../../../../../src/core/export/report/labels.ts';
import { LQA_NAMES_EN } from '../../../../../src/core/lqa/names.ts';
import { MQM_CORE_SCORECARD } from '../../../../../src/core/lqa/presets.ts';
import { flagRework } from '../../../../../src/core/lqa/rework.ts';
import { input } from '../../../../support/export.ts';
import { assessedSegments } from '../../../../support/lqa.ts';

const { segments, errors } = assessedSegments();
const rework = flagRework([], 's4', errors, { by: 'Ann', at: 1, note: 'Use the official term' });
const project = { ...input(segments), lqa: { scorecard: MQM_CORE_SCORECARD, errors, rework } };

/** The section's HTML. */
function section(html: string): string {
  return html.slice(
    html.indexOf('<section aria-labelledby="lqa">'),
    html.indexOf('</section>', html.indexOf('id="lqa"')),
  );
}

describe('the LQA section of the change report', () => {
  const html = section(toChangeReport(project));

  it('gives the score, the verdict against the threshold and how it was computed', () => {
    // 1 + 5 + 5 = 11 points over 2 + 6 + 8 = 16 words: 100 − 11 × 1000 ÷ 16 = −587.5.
    expect(html).toContain('<dt>Quality score</dt><dd>-587.50</dd>');
    expect(html).toContain('<dt>Result (Pass threshold 90)</dt><dd class="fail">Fail</dd>');
    expect(html).toContain(
      'MQM score = 100 − penalty points × reference words ÷ evaluated words = 100 − 11 × 1000 ÷ 16 = -587.50.',
    );
  });

  it('tables the errors by category and severity, with totals', () => {
    expect(html).toContain(
      '<tr><td>Linguistic conventions/Spelling</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">1</td></tr>',
    );
    expect(html).toMatch(
      /<tr class="total"><td>Total<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">2<\/td><td class="num">0<\/td><td class="num">4<\/td><td class="num">11<\/td><\/tr>/,
    );
  });

  it('lists every error counted with its segment number, text, MT, final text and comment', () => {
    expect(html).toContain('<td class="num">4</td><td>Major · Accuracy/Mistranslation</td>');
    expect(html).toContain('<mark>with a shared future for mankind</mark>');
    expect(html).toContain('The community of human destiny.');
    expect(html).toContain('Calque of 人类命运共同体');
    expect(html).toMatch(
      /<mark>double-attraction<\/mark><br><small>Detached \(its text was deleted\)<\/small>/,
    );
    expect(html).toContain('<em>(whole segment)</em>');
  });

  it('leaves out errors on excluded segments, and says how many', () => {
    expect(html).not.toContain('Critical · Style');
    expect(html).toContain('Errors on excluded or removed segments, not counted: 1.');
  });

  it('groups the segments to rework with their reasons and the reviewer’s note', () => {
    expect(html).toMatch(/<h3 id="rework">Segments to rework<\/h3>.*<h4>Segment 4<\/h4>/s);
    expect(html).toContain('Use the official term');
    expect(html).toMatch(
      /<li><strong>Major · Accuracy\/Mistranslation<\/strong> — <mark lang="en">with a shared future for mankind<\/mark>: <span dir="auto">Calque/,
    );
  });

  it('is in the language of the labels and names it is given', () => {
    const labels = {
      ...REPORT_LABELS_EN,
      lqa: { ...REPORT_LABELS_EN.lqa, title: '质量评估', fail: '未通过' },
    };
    const names = {
      ...LQA_NAMES_EN,
      categories: { ...LQA_NAMES_EN.categories, accuracy: '准确性' },
    };
    const zh = section(
      toChangeReport({
        ...project,
        report: { labels, lang: 'zh-CN' },
        lqa: { ...project.lqa, names },
      }),
    );
    expect(zh).toContain('<h2 id="lqa">质量评估</h2>');
    expect(zh).toContain('未通过');
    expect(zh).toContain('Major · 准确性/Mistranslation');
  });

  it('is not there when no assessment was made', () => {
    expect(toChangeReport(input(segments))).not.toContain('id="lqa"');
  });

  it('says there is nothing to score when every segment is excluded', () => {
    const none = toChangeReport({
      ...input(segments.map((s) => ({ ...s, status: 'excluded' as const }))),
      lqa: { scorecard: MQM_CORE_SCORECARD, errors: [], rework: [] },
    });
    expect(section(none)).toContain('Not scored: no words to evaluate.');
  });
});

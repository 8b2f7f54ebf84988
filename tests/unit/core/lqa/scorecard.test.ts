/**
 * The shipped scorecards (issue 15, deliverable 1): MQM Core's seven dimensions and their subtypes, a
 * compact card, MQM's default severities, stable language-neutral ids with a name in both UI
 * languages, and the tree helpers the UI and the exports use.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../../src/i18n/locales/en.json';
import zhCN from '../../../../src/i18n/locales/zh-CN.json';
import {
  COMPACT_SCORECARD,
  MQM_CORE_SCORECARD,
  SCORECARD_PRESETS,
  scorecardPreset,
} from '../../../../src/core/lqa/presets.ts';
import {
  categoryPath,
  findCategory,
  flattenCategories,
} from '../../../../src/core/lqa/scorecard.ts';
import {
  categoryPathName,
  errorLabel,
  LQA_NAMES_EN,
  SHIPPED_CATEGORY_IDS,
  SHIPPED_PRESET_IDS,
  SHIPPED_SEVERITY_IDS,
} from '../../../../src/core/lqa/names.ts';
import { REPORT_LABELS_EN } from '../../../../src/core/export/report/labels.ts';

describe('the MQM Core scorecard', () => {
  it('has the seven MQM Core dimensions in order', () => {
    expect(MQM_CORE_SCORECARD.categories.map((c) => c.id)).toEqual([
      'terminology',
      'accuracy',
      'linguistic-conventions',
      'style',
      'locale-conventions',
      'audience-appropriateness',
      'design-markup',
    ]);
  });

  it('has the common subtypes under their dimension', () => {
    expect(categoryPath(MQM_CORE_SCORECARD, 'mistranslation')).toEqual([
      'accuracy',
      'mistranslation',
    ]);
    expect(
      ['omission', 'addition', 'untranslated'].map((id) => categoryPath(MQM_CORE_SCORECARD, id)[0]),
    ).toEqual(['accuracy', 'accuracy', 'accuracy']);
    expect(
      ['grammar', 'spelling', 'punctuation'].map(
        (id) => findCategory(MQM_CORE_SCORECARD, id)?.ancestors[0]?.id,
      ),
    ).toEqual(['linguistic-conventions', 'linguistic-conventions', 'linguistic-conventions']);
  });

  it('uses MQM’s default severities, 1,000 reference words and a pass threshold', () => {
    expect(MQM_CORE_SCORECARD.severities).toEqual([
      { id: 'neutral', weight: 0 },
      { id: 'minor', weight: 1 },
      { id: 'major', weight: 5 },
      { id: 'critical', weight: 25 },
    ]);
    expect([MQM_CORE_SCORECARD.referenceWords, MQM_CORE_SCORECARD.passThreshold]).toEqual([
      1000, 90,
    ]);
  });
});

describe('the presets', () => {
  it('are MQM Core and a compact card, found by id', () => {
    expect(SCORECARD_PRESETS.map((s) => s.id)).toEqual(['mqm-core', 'compact']);
    expect(scorecardPreset('compact')).toBe(COMPACT_SCORECARD);
    expect(scorecardPreset('nope')).toBeUndefined();
  });

  it('keep the compact card small (about a dozen error types)', () => {
    expect(flattenCategories(COMPACT_SCORECARD).length).toBeLessThanOrEqual(15);
  });

  it('give every category an id unique in its scorecard, lower-case letters, digits and hyphens', () => {
    for (const card of SCORECARD_PRESETS) {
      const ids = flattenCategories(card).map((p) => p.category.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }
  });
});

type Tree = { readonly [key: string]: string | Tree };
const lookup = (tree: Tree, path: string[]): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

describe('names', () => {
  it('exist in English and Chinese for every shipped category, severity and preset (lqa.*)', () => {
    for (const locale of [en, zhCN] as Tree[]) {
      const missing = [
        ...SHIPPED_CATEGORY_IDS.map((id) => ['lqa', 'category', id]),
        ...SHIPPED_SEVERITY_IDS.map((id) => ['lqa', 'severity', id]),
        ...SHIPPED_PRESET_IDS.map((id) => ['lqa', 'preset', id]),
      ].filter((path) => !lookup(locale, path));
      expect(missing).toEqual([]);
    }
  });

  it('are the same in the exports’ English defaults as in the UI’s English', () => {
    const lqa = (en as unknown as { lqa: Record<string, Record<string, string>> }).lqa;
    expect(LQA_NAMES_EN.categories).toEqual(lqa['category']);
    expect(LQA_NAMES_EN.severities).toEqual(lqa['severity']);
    expect(LQA_NAMES_EN.presets).toEqual(lqa['preset']);
  });

  it('give the report’s LQA words in English as the UI has them (report.lqa.*)', () => {
    expect((en as unknown as { report: { lqa: unknown } }).report.lqa).toEqual(
      REPORT_LABELS_EN.lqa,
    );
  });

  it('label an error as the Word comment shows it: "Major · Accuracy/Mistranslation"', () => {
    expect(
      errorLabel({ categoryId: 'mistranslation', severityId: 'major' }, MQM_CORE_SCORECARD),
    ).toBe('Major · Accuracy/Mistranslation');
    expect(categoryPathName(MQM_CORE_SCORECARD, 'style')).toBe('Style');
  });

  it('show a category of an imported scorecard by its own name, else its id', () => {
    const card = {
      ...MQM_CORE_SCORECARD,
      categories: [{ id: 'house', name: 'House rules', children: [{ id: 'tone' }] }],
    };
    expect(categoryPathName(card, 'tone')).toBe('House rules/tone');
  });
});

import { describe, expect, it } from 'vitest';
import { termRuleFromConcordance } from '../../../../src/core/tm/term-rule.ts';
import { recognizeTerms } from '../../../../src/core/tm/recognize-terms.ts';

describe('termRuleFromConcordance', () => {
  it('makes a whole-word, any-case rule of the chosen rendering, source and refused renderings', () => {
    const rule = termRuleFromConcordance({
      preferred: ' pilot zone ',
      sourceTerm: '试验区',
      forbidden: ['test area', 'experimental zone', 'test area', '', 'Pilot Zone'],
    });
    expect(rule).toMatchObject({
      preferred: 'pilot zone',
      sourceTerm: '试验区',
      forbidden: [
        { pattern: 'test area', regex: false },
        { pattern: 'experimental zone', regex: false },
      ],
      wholeWord: true,
      matchCase: false,
      note: 'From the translation memory (concordance of “试验区”).',
    });
    expect(rule.id).toMatch(/^tm-[0-9a-f]{16}$/);
  });

  it('gives the same choice the same id', () => {
    const choice = { preferred: 'Belt and Road', forbidden: ['one belt and one road'] };
    expect(termRuleFromConcordance(choice).id).toBe(termRuleFromConcordance(choice).id);
  });

  it('does not ask for word boundaries around a CJK term', () => {
    const rule = termRuleFromConcordance({ preferred: '一带一路', forbidden: ['一路一带'] });
    expect(rule.wholeWord).toBe(false);
    expect(recognizeTerms({ mt: '推进一路一带建设' }, [rule]).map((t) => t.text)).toEqual([
      '一路一带',
    ]);
  });
});

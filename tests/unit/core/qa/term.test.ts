import { describe, expect, it } from 'vitest';
import type { TermRule } from '../../../../src/core/terms/model.ts';
import { CTX, findingsOf, seg } from '../../../support/qa.ts';

const rule = (overrides: Partial<TermRule>): TermRule => ({
  id: 'r1',
  preferred: 'Belt and Road',
  forbidden: [{ pattern: 'one belt and one road', regex: false }],
  wholeWord: true,
  matchCase: false,
  ...overrides,
});

const terms = (...rules: TermRule[]) => ({ ...CTX, terms: rules });

describe('term', () => {
  it('flags a forbidden variant as an error with the preferred term, cased like it', () => {
    const found = findingsOf('term', seg('the One belt and one road plan'), terms(rule({})));
    expect(found).toMatchObject([
      {
        severity: 'error',
        text: 'One belt and one road',
        suggestion: 'Belt and Road',
        message: {
          key: 'qa.term.forbidden',
          params: { found: 'One belt and one road', preferred: 'Belt and Road' },
        },
      },
    ]);
  });

  it('gives the rule’s note with the finding when it has one', () => {
    const noted = terms(rule({ note: 'Official name.' }));
    expect(findingsOf('term', seg('one belt and one road'), noted)[0]?.message.params).toEqual({
      found: 'one belt and one road',
      preferred: 'Belt and Road',
      note: 'Official name.',
    });
  });

  it('finds a variant that is a regular expression, without a source', () => {
    const regex = rule({ forbidden: [{ pattern: 'one belt,? one (?:road|way)', regex: true }] });
    expect(findingsOf('term', seg('the one belt, one way plan'), terms(regex))).toMatchObject([
      { text: 'one belt, one way' },
    ]);
  });

  it('warns when the source has the source term and the correction lacks the preferred term', () => {
    const withSource = rule({ forbidden: [], sourceTerm: '一带一路' });
    const found = findingsOf(
      'term',
      seg('the plan', { source: '一带一路计划' }),
      terms(withSource),
    );
    expect(found).toMatchObject([
      {
        severity: 'warning',
        start: 0,
        end: 0,
        message: {
          key: 'qa.term.missing',
          params: { source: '一带一路', preferred: 'Belt and Road' },
        },
      },
    ]);
  });

  it('matches the source term in any case', () => {
    const latin = rule({ forbidden: [], sourceTerm: 'OBOR' });
    const found = findingsOf('term', seg('the plan', { source: 'The Obor plan' }), terms(latin));
    expect(found).toHaveLength(1);
  });

  it('says nothing when the correction has the preferred term, in any case', () => {
    const withSource = rule({ forbidden: [], sourceTerm: '一带一路' });
    const segment = seg('the belt and road plan', { source: '一带一路计划' });
    expect(findingsOf('term', segment, terms(withSource))).toEqual([]);
  });

  it('says nothing for a rule without a source term, or a source without it', () => {
    const noSourceTerm = rule({ id: 'a' });
    const otherTerm = rule({ id: 'b', forbidden: [], sourceTerm: '五通' });
    const segment = seg('the plan', { source: '一带一路计划' });
    expect(findingsOf('term', segment, terms(noSourceTerm, otherTerm))).toEqual([]);
  });

  it('does not also warn about a missing term it already flags as a forbidden variant', () => {
    const both = rule({ sourceTerm: '一带一路' });
    const segment = seg('the one belt and one road plan', { source: '一带一路计划' });
    expect(findingsOf('term', segment, terms(both)).map((f) => f.message.key)).toEqual([
      'qa.term.forbidden',
    ]);
  });

  it('warns once per rule whose term is missing', () => {
    const a = rule({ id: 'a', forbidden: [], sourceTerm: '一带一路' });
    const b = rule({
      id: 'b',
      preferred: 'Five-Pronged Approach',
      forbidden: [],
      sourceTerm: '五通',
    });
    const segment = seg('the plan', { source: '一带一路和五通' });
    expect(
      findingsOf('term', segment, terms(a, b)).map((f) => f.message.params['preferred']),
    ).toEqual(['Belt and Road', 'Five-Pronged Approach']);
  });
});

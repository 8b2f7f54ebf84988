/**
 * Filters of logged errors (issue 15, deliverable 2): the Errors panel lists errors by category (a
 * dimension with its subtypes), severity, detached or not, and author.
 */
import { describe, expect, it } from 'vitest';
import {
  errorAuthors,
  errorSegmentIds,
  filterErrorList,
} from '../../../../src/core/lqa/error-filter.ts';
import { MQM_CORE_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import { lqaError } from '../../../support/lqa.ts';

const errors = [
  lqaError('e1', 's1', { categoryId: 'mistranslation', severityId: 'major', author: 'Ann' }),
  lqaError('e2', 's1', {
    categoryId: 'spelling',
    severityId: 'minor',
    author: 'Bo',
    detached: true,
  }),
  lqaError('e3', 's2', { categoryId: 'omission', severityId: 'minor', author: 'Ann' }),
  lqaError('e4', 's3', { categoryId: 'accuracy', severityId: 'critical', author: 'Cy' }),
];
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('filterErrorList', () => {
  it('lets every error through without a filter', () => {
    expect(ids(filterErrorList(errors, {}, MQM_CORE_SCORECARD))).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('lists a dimension with its subtypes, and a subtype alone', () => {
    expect(ids(filterErrorList(errors, { categoryId: 'accuracy' }, MQM_CORE_SCORECARD))).toEqual([
      'e1',
      'e3',
      'e4',
    ]);
    expect(ids(filterErrorList(errors, { categoryId: 'omission' }, MQM_CORE_SCORECARD))).toEqual([
      'e3',
    ]);
  });

  it('finds errors of a category the scorecard does not have by its id', () => {
    const odd = [lqaError('x', 's1', { categoryId: 'legacy' })];
    expect(ids(filterErrorList(odd, { categoryId: 'legacy' }, MQM_CORE_SCORECARD))).toEqual(['x']);
  });

  it('filters by severity, by detached or not, and by author, all together', () => {
    const card = MQM_CORE_SCORECARD;
    expect(ids(filterErrorList(errors, { severityId: 'minor' }, card))).toEqual(['e2', 'e3']);
    expect(ids(filterErrorList(errors, { detached: true }, card))).toEqual(['e2']);
    expect(ids(filterErrorList(errors, { detached: false }, card))).toEqual(['e1', 'e3', 'e4']);
    expect(ids(filterErrorList(errors, { author: 'Ann' }, card))).toEqual(['e1', 'e3']);
    expect(
      ids(
        filterErrorList(
          errors,
          { author: 'Ann', severityId: 'minor', categoryId: 'accuracy' },
          card,
        ),
      ),
    ).toEqual(['e3']);
  });
});

describe('errorAuthors', () => {
  it('lists each author once, alphabetically', () => {
    expect(errorAuthors(errors)).toEqual(['Ann', 'Bo', 'Cy']);
  });
});

describe('errorSegmentIds', () => {
  it('gives the segments with errors of a severity, or of any', () => {
    expect([...errorSegmentIds(errors, 'minor')]).toEqual(['s1', 's2']);
    expect([...errorSegmentIds(errors, 'any')]).toEqual(['s1', 's2', 's3']);
  });
});

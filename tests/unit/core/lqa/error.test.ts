/** Logged errors: made from the form, edited, quoted, ordered. */
import { describe, expect, it } from 'vitest';
import {
  editLqaError,
  errorText,
  newLqaError,
  sortErrors,
} from '../../../../src/core/lqa/error.ts';
import { lqaError } from '../../../support/lqa.ts';

const segment = { id: 's1', text: 'Fourty open policies' };
const made = { id: 'e1', author: 'Ann', now: 10 };

describe('newLqaError', () => {
  it('quotes the span’s text, stamps author and times, drops an empty comment', () => {
    expect(
      newLqaError(
        {
          segmentId: 's1',
          span: { start: 0, end: 6 },
          categoryId: 'spelling',
          severityId: 'minor',
          comment: '  ',
        },
        segment,
        made,
      ),
    ).toEqual({
      id: 'e1',
      segmentId: 's1',
      span: { start: 0, end: 6 },
      quote: 'Fourty',
      categoryId: 'spelling',
      severityId: 'minor',
      author: 'Ann',
      createdAt: 10,
      changedAt: 10,
    });
  });

  it('clamps a span past the text and puts its ends in order', () => {
    const error = newLqaError(
      { segmentId: 's1', span: { start: 99, end: 12 }, categoryId: 'x', severityId: 'minor' },
      segment,
      made,
    );
    expect(error.span).toEqual({ start: 12, end: 20 });
  });

  it('logs an error on the whole segment without a span', () => {
    const error = newLqaError(
      { segmentId: 's1', categoryId: 'style', severityId: 'minor' },
      segment,
      made,
    );
    expect(['span' in error, errorText(error, segment.text)]).toEqual([false, segment.text]);
  });
});

describe('editLqaError', () => {
  it('changes category, severity and comment and stamps the change', () => {
    const edited = editLqaError(
      lqaError('e1', 's1', { comment: 'old' }),
      { severityId: 'minor', comment: '' },
      99,
    );
    expect([edited.severityId, 'comment' in edited, edited.changedAt, edited.createdAt]).toEqual([
      'minor',
      false,
      99,
      Date.UTC(2024, 0, 2),
    ]);
  });
});

describe('errorText', () => {
  it('quotes a detached error’s deleted text', () => {
    const error = lqaError('e1', 's1', {
      span: { start: 5, end: 5 },
      detached: true,
      quote: 'double',
    });
    expect(errorText(error, 'eight policies')).toBe('double');
  });
});

describe('sortErrors', () => {
  it('orders by segment, whole-segment errors first, then by place', () => {
    const errors = [
      lqaError('a', 's2', { span: { start: 5, end: 6 } }),
      lqaError('b', 's1', { span: { start: 3, end: 4 } }),
      lqaError('c', 's2'),
      lqaError('d', 's1', { span: { start: 0, end: 1 } }),
    ];
    expect(sortErrors(errors, ['s1', 's2']).map((e) => e.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

/**
 * Undo and redo of an assessment step move only the step's own items (issue 15: LQA is synced item by
 * item, so a whole-assessment undo would also take back what another reviewer did meanwhile).
 */
import { describe, expect, it } from 'vitest';
import type { LqaError } from '../../../../src/core/lqa/error.ts';
import { COMPACT_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import { EMPTY_LQA, type ProjectLqa } from '../../../../src/core/lqa/project-lqa.ts';
import { replayLqa } from '../../../../src/core/lqa/replay.ts';

const error = (id: string, o: Partial<LqaError> = {}): LqaError => ({
  id,
  segmentId: 's1',
  span: { start: 0, end: 4 },
  quote: 'Four',
  categoryId: 'spelling',
  severityId: 'minor',
  author: 'Ada',
  createdAt: 1,
  changedAt: 1,
  ...o,
});
const lqa = (errors: LqaError[], o: Partial<ProjectLqa> = {}): ProjectLqa => ({
  ...EMPTY_LQA,
  errors,
  ...o,
});
const ids = (l: ProjectLqa) => l.errors.map((e) => e.id);

describe('replayLqa', () => {
  const a = error('a');
  const b = error('b', { author: 'Bob', segmentId: 's2' });

  it('undoes a logged error and nothing else: another reviewer’s later error stays', () => {
    const before = lqa([]);
    const after = lqa([a]);
    const current = lqa([a, b]);
    const undone = replayLqa(current, after, before);
    expect(ids(undone.lqa)).toEqual(['b']);
    expect(undone.kept).toBe(0);
  });

  it('brings a deleted error back at its place in the list', () => {
    const c = error('c');
    const before = lqa([a, c]);
    const after = lqa([c]);
    expect(ids(replayLqa(lqa([c, b]), after, before).lqa)).toEqual(['a', 'c', 'b']);
  });

  it('keeps an error another reviewer edited after the step, and counts it', () => {
    const edited = { ...a, severityId: 'major', changedAt: 5, author: 'Bob' };
    const undone = replayLqa(lqa([edited]), lqa([a]), lqa([]));
    expect(undone.lqa.errors).toEqual([edited]);
    expect(undone.kept).toBe(1);
  });

  it('does not count an error someone else already deleted', () => {
    const undone = replayLqa(lqa([b]), lqa([a, b]), lqa([b]));
    expect(undone).toEqual({ lqa: lqa([b]), kept: 0 });
  });

  it('undoes a severity edit at the place the error’s text moved to since', () => {
    const major = { ...a, severityId: 'major', changedAt: 2 };
    const moved = { ...major, span: { start: 10, end: 14 } };
    const undone = replayLqa(lqa([moved]), lqa([major]), lqa([a]));
    expect(undone.lqa.errors).toEqual([{ ...a, span: { start: 10, end: 14 } }]);
  });

  it('puts back the place of an error a merge moved to another segment', () => {
    const merged = { ...a, segmentId: 's0', span: { start: 20, end: 24 } };
    const undone = replayLqa(lqa([merged]), lqa([merged]), lqa([a]));
    expect(undone.lqa.errors).toEqual([a]);
  });

  it('redoes a scorecard change unless another reviewer chose a scorecard since', () => {
    const before = lqa([]);
    const after = lqa([], { scorecard: COMPACT_SCORECARD });
    expect(replayLqa(before, before, after).lqa.scorecard).toEqual(COMPACT_SCORECARD);
    const theirs = { ...COMPACT_SCORECARD, passThreshold: 50 };
    const kept = replayLqa(lqa([], { scorecard: theirs }), before, after);
    expect(kept.lqa.scorecard).toEqual(theirs);
    expect(kept.kept).toBe(1);
  });

  it('returns the current assessment itself when the step has nothing left to move', () => {
    const current = lqa([b]);
    expect(replayLqa(current, lqa([a]), lqa([a])).lqa).toBe(current);
  });
});

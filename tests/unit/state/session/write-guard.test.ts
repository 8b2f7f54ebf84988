import { describe, expect, it } from 'vitest';
import { WriteGuard } from '../../../../src/state/session/write-guard.ts';

const MT = { text: 'MT', status: 'new' as const };
const A = { text: 'A', status: 'edited' as const };
const B = { text: 'B', status: 'edited' as const };

describe('WriteGuard', () => {
  it('expects the stored state a segment had when its first write was queued', () => {
    const guard = new WriteGuard();
    guard.queued(['s1'], () => MT);
    expect(guard.expected(['s1']).get('s1')).toEqual(MT);
  });

  it('expects what the previous write stored, once it succeeded', () => {
    const guard = new WriteGuard();
    guard.queued(['s1'], () => MT);
    guard.queued(['s1'], () => A); // queued behind the first: not read again
    guard.settled(['s1'], new Map([['s1', A]]));
    expect(guard.expected(['s1']).get('s1')).toEqual(A);
  });

  it('keeps the old expectation after a failed write, so the retry still matches storage', () => {
    const guard = new WriteGuard();
    guard.queued(['s1'], () => MT);
    guard.settled(['s1']);
    expect(guard.expected(['s1']).get('s1')).toEqual(MT);
    expect(guard.inflight('s1')).toBe(false);
  });

  it('shows another tab’s change only in segments without unsaved text here', () => {
    const guard = new WriteGuard();
    const shown = guard.heard(
      [
        { segmentId: 's1', ...A },
        { segmentId: 's2', ...A },
      ],
      (id) => id === 's2',
    );
    expect(shown.map((s) => s.segmentId)).toEqual(['s1']);
    expect(guard.expected(['s1', 's2'])).toEqual(new Map([['s1', A]]));
  });

  it('does not accept another tab’s change while a write of the segment is queued here', () => {
    const guard = new WriteGuard();
    guard.queued(['s1'], () => MT);
    expect(guard.heard([{ segmentId: 's1', ...B }], () => false)).toEqual([]);
    expect(guard.expected(['s1']).get('s1')).toEqual(MT);
  });

  it('expects what another tab stored once a write was refused', () => {
    const guard = new WriteGuard();
    guard.queued(['s1'], () => MT);
    guard.settled(['s1']);
    guard.refused([{ segmentId: 's1', ...B }]);
    expect(guard.expected(['s1']).get('s1')).toEqual(B);
  });

  it('trusts the shown list after a restructure, and expects each segment as shown', () => {
    const guard = new WriteGuard();
    guard.refused([{ segmentId: 's1', ...B }]);
    guard.restructured();
    expect(guard.expectedAll([{ id: 's1', ...A }]).get('s1')).toEqual(A);
  });

  it('holds a segment as its own write left it until another tab’s change is heard', () => {
    const guard = new WriteGuard();
    guard.queued(['s1'], () => MT);
    guard.settled(['s1'], new Map([['s1', A]]));
    expect(guard.holds('s1', A, A)).toBe(true);
    guard.heard([{ segmentId: 's1', ...B }], () => false);
    expect(guard.holds('s1', A, A)).toBe(false);
  });

  it('does not hold a segment whose shown state differs from the step’s', () => {
    expect(new WriteGuard().holds('s1', A, B)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { statusAfterEdit } from '../../src/core/model.ts';
describe('statusAfterEdit', () => {
  it('moves a new segment to edited when its text differs from the MT', () => {
    expect(statusAfterEdit('new', 'b', 'a')).toBe('edited');
  });
});

import { describe, expect, it } from 'vitest';
import { caretAfterChange } from '../../../../src/ui/shared/caret.ts';

describe('caretAfterChange', () => {
  it('keeps a caret that is before the change', () => {
    expect(caretAfterChange('Belt and Road plan', 'Belt and Road Plan', 3)).toBe(3);
  });

  it('keeps its distance from the end for a caret after the change', () => {
    // "one belt" → "the Belt": the caret after "plan" (end) stays at the end
    expect(caretAfterChange('one belt plan', 'the Belt and Road plan', 13)).toBe(22);
  });

  it('puts a caret inside the change at the end of the new text of the change', () => {
    expect(caretAfterChange('a one belt b', 'a Belt and Road b', 5)).toBe(15);
  });

  it('does not jump to the end when a redo re-inserts a word before the caret', () => {
    // "Opening ad|vantages" → "Opening (1) ad|vantages"
    expect(caretAfterChange('Opening advantages', 'Opening (1) advantages', 10)).toBe(14);
  });
});

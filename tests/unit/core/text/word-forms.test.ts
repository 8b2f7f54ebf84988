import { describe, expect, it } from 'vitest';
import { isFormVariant } from '../../../../src/core/text/word-forms.ts';

describe('isFormVariant', () => {
  it.each([
    ['zone', 'zones'],
    ['pilot', 'piloted'],
    ['make', 'making'],
    ['policy', 'policies'],
    ['organisation', 'organization'],
    ['centre', 'center'],
    ['colour', 'color'],
    ['travelled', 'traveled'],
    ['e-commerce', 'ecommerce'],
    ['Zone', 'zones'],
    ["province's", 'province'],
  ])('takes %s and %s for forms of one word', (a, b) => {
    expect(isFormVariant(a, b)).toBe(true);
  });

  it.each([
    ['trade', 'comprehensive'],
    ['way', 'road'],
    ['area', 'zone'],
    ['policy', 'police'],
    ['zone', 'zone'],
  ])('does not take %s and %s for forms of one word', (a, b) => {
    expect(isFormVariant(a, b)).toBe(false);
  });
});

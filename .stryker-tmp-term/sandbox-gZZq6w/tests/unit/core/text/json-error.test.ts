// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../../../src/core/text/json-error.ts';

const backup = readFileSync('corpus/fixtures/backup.verso.json', 'utf8');

describe('jsonErrorPosition', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(jsonErrorPosition(backup)).toBeNull();
  });

  it.each([
    ['a missing value', '{\n "a": 1,\n "b": }', 3, 7],
    ['a trailing comma', '[1, 2, ]', 1, 8],
    ['the end of truncated JSON', '{"a": "b', 1, 9],
    ['an invalid escape', '"a\\x"', 1, 4],
    ['text after the value', '{} {}', 1, 4],
    ['a number with a leading zero', '[01]', 1, 3],
  ])('points at %s', (_name, text, line, column) => {
    expect(jsonErrorPosition(text)).toEqual({ line, column });
  });

  it('agrees with JSON.parse on 1,000 corruptions of a backup', () => {
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 16807) % 2147483647) % n;
    const alphabet = '{}[]:,"\\ \n0-1.eE+truefalsenullx';
    for (let k = 0; k < 1000; k++) {
      const at = next(backup.length);
      const corrupt =
        backup.slice(0, at) + alphabet[next(alphabet.length)] + backup.slice(at + next(2));
      let valid = true;
      try {
        JSON.parse(corrupt);
      } catch {
        valid = false;
      }
      expect(jsonErrorPosition(corrupt) === null).toBe(valid);
    }
  });
});

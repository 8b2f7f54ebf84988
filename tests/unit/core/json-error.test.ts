import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../../src/core/json-error.ts';

const backup = readFileSync('corpus/fixtures/backup.verso.json', 'utf8');

describe('jsonErrorPosition', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(jsonErrorPosition(backup)).toBeNull();
  });

  it('points at a missing value', () => {
    expect(jsonErrorPosition('{\n "a": 1,\n "b": }')).toEqual({ line: 3, column: 7 });
  });

  it('points at a trailing comma', () => {
    expect(jsonErrorPosition('[1, 2, ]')).toEqual({ line: 1, column: 8 });
  });

  it('points just past the end of truncated JSON', () => {
    expect(jsonErrorPosition('{"a": "b')).toEqual({ line: 1, column: 9 });
  });

  it('points at an invalid escape', () => {
    expect(jsonErrorPosition('"a\\x"')).toEqual({ line: 1, column: 4 });
  });

  it('points at text after the value', () => {
    expect(jsonErrorPosition('{} {}')).toEqual({ line: 1, column: 4 });
  });

  it('points at a number with a leading zero', () => {
    expect(jsonErrorPosition('[01]')).toEqual({ line: 1, column: 3 });
  });

  it('agrees with JSON.parse on 1,000 corruptions of a backup', () => {
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 16807) % 2147483647) % n;
    const alphabet = '{}[]:,"\\ \n0-1.eE+truefalsenullx';
    for (let k = 0; k < 1000; k++) {
      const at = next(backup.length);
      const corrupt = backup.slice(0, at) + alphabet[next(alphabet.length)] + backup.slice(at + next(2));
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

import { describe, expect, it } from 'vitest';
import {
  MEMORY_FORMAT_VERSION,
  manifestJson,
  parseManifest,
  parseUnitsJsonl,
  unitsJsonl,
} from '../../../../src/core/tm/memory-file.ts';
import { inputErrorOf } from '../../../support/input-error.ts';
import { EN_ZH, memoryOf, unit } from '../../../support/tm.ts';

const UNITS = [
  ...memoryOf([
    unit('Open ⟨1/⟩ now.', '现在打开⟨1/⟩。', {
      mt: '打开',
      codes: [{ n: 1, kind: 'standalone', element: 'ph', data: '<ph x="1"/>', original: '<br/>' }],
      context: { before: '', after: 'Next.' },
      notes: ['n'],
      props: [['x-domain', 'law']],
      author: 'ann',
    }),
    { ...unit('', 'B。'), source: undefined, mt: 'b' },
  ]).units(),
];

describe('memory files', () => {
  it('read back the units they write, one JSON object per line', () => {
    const text = unitsJsonl(UNITS);
    expect(text.split('\n')).toHaveLength(3);
    expect(parseUnitsJsonl(text, 'units.jsonl')).toEqual(UNITS);
  });

  it('read back the manifest they write', () => {
    expect(parseManifest(manifestJson(EN_ZH, 2, 99), 'manifest.json')).toEqual({
      format: 'verso-translation-memory',
      version: MEMORY_FORMAT_VERSION,
      memory: EN_ZH,
      units: 'units.jsonl',
      unitCount: 2,
      savedAt: 99,
    });
  });

  it('skip blank lines', () => {
    expect(parseUnitsJsonl(`\n${unitsJsonl(UNITS)}\n\n`, 'u.jsonl')).toHaveLength(2);
  });

  it('name the line of a unit that is not JSON', () => {
    const text = `${unitsJsonl(UNITS)}{"id": oops}\n`;
    const error = inputErrorOf(() => parseUnitsJsonl(text, 'units.jsonl'));
    expect(error.code).toBe('errors.tmFile');
    expect(error.message).toMatch(/^units\.jsonl:3: not valid JSON: .*column 8/);
  });

  it('name the line and field of a unit with a bad field', () => {
    const bad = JSON.stringify({ ...UNITS[0], uses: 0 });
    const error = inputErrorOf(() => parseUnitsJsonl(`${bad}\n`, 'units.jsonl'));
    expect(error.message).toBe(
      'units.jsonl:1: uses should be a whole number from 1 up, but it is the number 0.',
    );
    const codes = JSON.stringify({ ...UNITS[0], codes: [{ n: 1 }] });
    expect(inputErrorOf(() => parseUnitsJsonl(codes, 'u.jsonl')).message).toMatch(
      /^u\.jsonl:1: codes\[0\]\.kind should be one of open, close, standalone/,
    );
  });

  it('refuse a manifest of another format, naming the file', () => {
    const error = inputErrorOf(() => parseManifest('{"format": "x"}', 'manifest.json'));
    expect(error.message).toMatch(/^manifest\.json: not a Verso translation memory manifest/);
  });

  it('refuse a manifest written by a newer Verso', () => {
    const newer = manifestJson(EN_ZH, 0, 0).replace('"version": 1', '"version": 2');
    expect(inputErrorOf(() => parseManifest(newer, 'manifest.json')).code).toBe(
      'errors.tmFileNewer',
    );
  });
});

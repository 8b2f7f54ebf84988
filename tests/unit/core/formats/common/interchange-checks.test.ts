import { describe, expect, it } from 'vitest';
import { toTmx } from '../../../../../src/core/formats/tmx/write.ts';
import { toXliff12 } from '../../../../../src/core/formats/xliff12/write.ts';
import { toXliff2 } from '../../../../../src/core/formats/xliff2/write.ts';
import { isUndetermined } from '../../../../../src/core/formats/common/interchange-checks.ts';
import type { ExportInput } from '../../../../../src/core/export/export-input.ts';
import { CODES, input, segment } from '../../../../support/export.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';

const WRITERS: [string, (input: ExportInput) => string][] = [
  ['XLIFF 2.1', toXliff2],
  ['XLIFF 1.2', toXliff12],
  ['TMX 1.4b', toTmx],
];

describe('interchange writers (issue 11 item 13)', () => {
  it.each(WRITERS)(
    '%s refuses an undetermined target language, naming the fix',
    (format, write) => {
      const error = inputErrorOf(() => write(input([segment('s1', 'MT')], { targetLang: 'und' })));
      expect(error.code).toBe('errors.undeterminedTargetLanguage');
      expect(error.params).toEqual({ format });
      expect(error.message).toContain('--target-lang');
    },
  );

  it.each(WRITERS)('%s refuses an undetermined source language', (_format, write) => {
    const error = inputErrorOf(() => write(input([segment('s1', 'MT')], { sourceLang: 'und' })));
    expect(error.code).toBe('errors.undeterminedSourceLanguage');
    expect(error.message).toContain('--source-lang');
  });

  it.each(WRITERS)('%s refuses a target language that is missing', (_format, write) => {
    const error = inputErrorOf(() => write(input([segment('s1', 'MT')], { targetLang: ' ' })));
    expect(error.code).toBe('errors.undeterminedTargetLanguage');
  });

  it.each(WRITERS)(
    '%s writes a project without a source language (the MT is its source)',
    (_f, write) => {
      const { sourceLang: _none, ...meta } = input([segment('s1', 'MT')]).meta;
      expect(() => write({ ...input([segment('s1', 'MT')]), meta })).not.toThrow();
    },
  );

  it.each(WRITERS)(
    '%s refuses a placeholder that is none of the segment codes',
    (format, write) => {
      const broken = segment('s1', '⟨1⟩win⟨/1⟩⟨2/⟩', { codes: CODES, text: '⟨5⟩win⟨/1⟩⟨2/⟩' });
      const error = inputErrorOf(() => write(input([segment('s0', 'ok'), broken])));
      expect(error.code).toBe('errors.placeholderUnknown');
      expect(error.params).toEqual({ format, segment: 2, placeholder: '⟨5⟩' });
    },
  );
});

describe('isUndetermined', () => {
  it('is true for und, und-x-mt, an empty tag, and false for a language', () => {
    expect(['und', 'UND', 'und-x-mt', '', '  '].map(isUndetermined)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['en', 'zh-CN', 'de'].map(isUndetermined)).toEqual([false, false, false]);
  });
});

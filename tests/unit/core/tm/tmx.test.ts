import { describe, expect, it } from 'vitest';
import { toTmx } from '../../../../src/core/formats/tmx/write.ts';
import { TranslationMemory } from '../../../../src/core/tm/memory.ts';
import type { MemoryUnit } from '../../../../src/core/tm/model.ts';
import {
  importTmxMemory,
  parseTmxDate,
  type TmxMemoryImport,
} from '../../../../src/core/tm/tmx-read.ts';
import { memoryToTmx } from '../../../../src/core/tm/tmx-write.ts';
import { newMemory } from '../../../../src/core/tm/units.ts';
import { canValidate, input, sampleSegments, validate } from '../../../support/export.ts';
import { utf8 } from '../../../support/formats.ts';
import { inputErrorOf } from '../../../support/input-error.ts';
import { EN_ZH, memoryOf, unit } from '../../../support/tm.ts';

const HEADER =
  '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>';

const read = (
  xml: string,
  options: { sourceLang?: string; targetLang?: string } = {},
): TmxMemoryImport => importTmxMemory(utf8(xml), 'memory.tmx', { now: 42, ...options });

const tmx = (body: string) =>
  `<?xml version="1.0"?>\n<tmx version="1.4">${HEADER}<body>\n${body}</body></tmx>`;

/** A memory with every kind of unit: keyed by source and by MT, codes, context, props, odd text. */
function fullMemory(): TranslationMemory {
  return memoryOf([
    unit('Open ⟨1⟩the file⟨/1⟩ & save <now>.', '⟨1⟩打开文件⟨/1⟩并保存。', {
      mt: '打开 文件 和 保存',
      codes: [
        {
          n: 1,
          kind: 'open',
          element: 'bpt',
          id: '1',
          data: '<bpt i="1" x="1">&lt;b&gt;</bpt>',
          original: '<b>',
        },
        {
          n: 1,
          kind: 'close',
          element: 'ept',
          data: '<ept i="1">&lt;/b&gt;</ept>',
          original: '</b>',
        },
      ],
      author: 'ann',
      changedBy: 'bo',
      projectId: 'p1',
      projectName: 'Plan "A"',
      createdAt: Date.UTC(2024, 0, 2, 3, 4, 5),
      changedAt: Date.UTC(2024, 5, 6, 7, 8, 9),
      context: { before: '', after: 'Next line.\nSecond line' },
      notes: ['checked'],
      props: [['x-domain', 'law']],
    }),
    unit('Open the file.', '打开文件。', { uses: 3, createdAt: 0, changedAt: 0 }),
    {
      ...unit('', '已修正的译文。', { createdAt: 0, changedAt: 1000 }),
      source: undefined,
      mt: '修正 译文',
    },
  ]);
}

describe('importTmxMemory', () => {
  it('keeps creation and change dates and users, use counts, notes and other properties', () => {
    const { units } = read(
      tmx(`<tu tuid="a" creationdate="20240102T030405Z" creationid="ann" changedate="20240606T000000Z" changeid="bo" usagecount="4">
<prop type="x-domain">law</prop><note>checked</note>
<tuv xml:lang="en"><seg>Open the file.</seg></tuv><tuv xml:lang="zh-CN"><seg>打开文件。</seg></tuv></tu>`),
    );
    expect(units).toEqual([
      {
        sourceLang: 'en',
        targetLang: 'zh-CN',
        source: 'Open the file.',
        target: '打开文件。',
        notes: ['checked'],
        createdAt: Date.UTC(2024, 0, 2, 3, 4, 5),
        changedAt: Date.UTC(2024, 5, 6),
        uses: 4,
        author: 'ann',
        changedBy: 'bo',
        props: [['x-domain', 'law']],
      },
    ]);
  });

  it('dates a unit without dates at the import time, and one date stands for the other', () => {
    const { units } = read(
      tmx(`<tu creationdate="20240102T000000Z"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="zh-CN"><seg>甲</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>b</seg></tuv><tuv xml:lang="zh-CN"><seg>乙</seg></tuv></tu>`),
    );
    expect(units.map((u) => [u.createdAt, u.changedAt])).toEqual([
      [Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 2)],
      [42, 42],
    ]);
  });

  it('reads the MT, project and context properties into the unit (OmegaT’s prev/next too)', () => {
    const { units } = read(
      tmx(`<tu><prop type="x-verso-mt">打开 文件</prop><prop type="x-verso-project">Plan</prop><prop type="prev">Before.</prop><prop type="next"></prop>
<tuv xml:lang="en"><seg>Open the file.</seg></tuv><tuv xml:lang="zh-CN"><seg>打开文件。</seg></tuv></tu>`),
    );
    expect(units[0]).toMatchObject({
      mt: '打开 文件',
      projectName: 'Plan',
      context: { before: 'Before.', after: '' },
    });
    expect(units[0]).not.toHaveProperty('props');
  });

  it('keys a unit whose source variant is tagged <target>-x-mt by its MT', () => {
    const result = read(
      tmx(`<tu srclang="zh-CN-x-mt"><tuv xml:lang="zh-CN-x-mt"><seg>修正 译文</seg></tuv><tuv xml:lang="zh-CN"><seg>已修正的译文。</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Open.</seg></tuv><tuv xml:lang="zh-CN"><seg>打开。</seg></tuv></tu>`),
    );
    expect(result.units.map((u) => [u.source ?? null, u.mt ?? null, u.target])).toEqual([
      [null, '修正 译文', '已修正的译文。'],
      ['Open.', null, '打开。'],
    ]);
  });

  it('reads a project exported by Verso: the MT from its property, the status kept as a property', () => {
    const segments = sampleSegments().filter((s) => s.source !== undefined);
    const { units } = importTmxMemory(utf8(toTmx(input(segments))), 'project.tmx', { now: 0 });
    expect(units.length).toBe(segments.length);
    expect(units[0]).toMatchObject({
      source: segments[0]!.source,
      mt: segments[0]!.mt,
      target: segments[0]!.text,
    });
    expect(units[0]!.props).toEqual([['x-verso-status', segments[0]!.status]]);
  });

  it('counts the units that lack the language pair', () => {
    const result = read(
      tmx(`<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>c</seg></tuv><tuv xml:lang="zh-CN"><seg>丙</seg></tuv></tu>`),
      { targetLang: 'zh-CN' },
    );
    expect([result.units.length, result.skipped]).toEqual([1, 1]);
  });

  it('refuses an invalid file with the rule and the line:column', () => {
    const error = inputErrorOf(() =>
      read(tmx('<tu><tuv xml:lang="en"><seg>a</seg><seg>b</seg></tuv></tu>')),
    );
    expect(error.code).toBe('errors.tmxInvalid');
    expect(error.message).toMatch(/^memory\.tmx:3:\d+: .*<tuv> must contain exactly one <seg>/);
  });
});

describe('memoryToTmx', () => {
  it('writes TMX 1.4b that reads back as the same units', () => {
    const memory = fullMemory();
    const back = read(memoryToTmx(memory.info, memory.units(), 0));
    const again = TranslationMemory.fromUnits(memory.info, back.units);
    expect([...again.units()]).toEqual([...memory.units()]);
  });

  it('writes the header’s srclang as <target>-x-mt when every unit is keyed by its MT', () => {
    const info = newMemory({ sourceLang: 'und', targetLang: 'en', scope: 'shared', createdAt: 0 });
    const memory = TranslationMemory.fromUnits(info, [
      {
        sourceLang: 'und',
        targetLang: 'en',
        mt: 'Fixd.',
        target: 'Fixed.',
        createdAt: 0,
        changedAt: 0,
      },
    ]);
    const text = memoryToTmx(info, memory.units(), 0);
    expect(text).toContain('srclang="en-x-mt"');
    const back = read(text);
    expect([back.sourceLang, back.units[0]!.mt, back.units[0]!.source]).toEqual([
      'und',
      'Fixd.',
      undefined,
    ]);
  });

  it.skipIf(!canValidate)('is valid against the TMX 1.4b DTD (xmllint)', () => {
    const memory = fullMemory();
    expect(validate('tmx', [memoryToTmx(memory.info, memory.units(), 0)])).toBe('');
  });

  it('writes dates and users as TMX attributes and the MT as a property', () => {
    const [first] = fullMemory().units();
    const text = memoryToTmx(EN_ZH, [first as MemoryUnit], 0);
    expect(text).toContain(
      'creationdate="20240102T030405Z" creationid="ann" changedate="20240606T070809Z" changeid="bo" usagecount="1"',
    );
    expect(text).toContain('<prop type="x-verso-mt">打开 文件 和 保存</prop>');
    expect(text).toContain('<prop type="x-context-post">Next line.\nSecond line</prop>');
  });
});

describe('parseTmxDate', () => {
  it('reads the ISO 8601 basic UTC form and nothing else', () => {
    expect(parseTmxDate('20240102T030405Z')).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(parseTmxDate('2024-01-02')).toBeUndefined();
    expect(parseTmxDate(undefined)).toBeUndefined();
  });
});

describe('importTmxMemory limits', () => {
  it('refuses a file over 256 MiB before reading it, naming the file', () => {
    const error = inputErrorOf(() =>
      importTmxMemory(new Uint8Array(256 * 1024 * 1024 + 1), 'huge.tmx', { now: 0 }),
    );
    expect([error.code, error.params['file']]).toEqual(['errors.tmTooLarge', 'huge.tmx']);
  });
});

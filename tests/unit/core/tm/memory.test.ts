import { describe, expect, it } from 'vitest';
import { VersoInputError } from '../../../../src/core/model/errors.ts';
import { TranslationMemory } from '../../../../src/core/tm/memory.ts';
import { hash64, memoryId, sameLanguage, unitId } from '../../../../src/core/tm/units.ts';
import { EN_ZH, memoryOf, unit } from '../../../support/tm.ts';

describe('unit ids', () => {
  it('are the same for the same languages, key and target, whatever else differs', () => {
    const a = unit('Open the file.', '打开文件。', { projectId: 'p1', author: 'ann' });
    const b = unit('Open the file.', '打开文件。', { projectId: 'p2', changedAt: 5, mt: 'x' });
    expect(unitId(a)).toBe(unitId(b));
    expect(unitId(a)).toMatch(/^tu-[0-9a-f]{16}$/);
  });

  it('differ for another target, key or key field', () => {
    const base = unitId(unit('Open the file.', '打开文件。'));
    expect(unitId(unit('Open the file.', '打开该文件。'))).not.toBe(base);
    expect(unitId(unit('Open a file.', '打开文件。'))).not.toBe(base);
    const mtKeyed = { ...unit('', '打开文件。'), source: undefined, mt: 'Open the file.' };
    expect(unitId(mtKeyed)).not.toBe(base);
  });

  it('hash 100,000 distinct texts without a collision', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(hash64(`segment ${i}`));
    expect(seen.size).toBe(100_000);
  });
});

describe('memory ids and languages', () => {
  it('name a shared memory by its pair and a project memory by its project too', () => {
    expect(memoryId('shared', 'en', 'zh-CN')).toBe('tm:shared:en>zh-cn');
    expect(memoryId('project', 'EN', 'zh-CN', 'p7')).toBe('tm:project:p7:en>zh-cn');
  });

  it('treat a primary language and its regional tag as the same language', () => {
    expect(sameLanguage('zh', 'zh-CN')).toBe(true);
    expect(sameLanguage('zh-CN', 'zh-TW')).toBe(false);
    expect(sameLanguage('und', 'fr')).toBe(true);
  });
});

describe('TranslationMemory.add', () => {
  it('stores a unit once when the same source and target come twice, counting both uses', () => {
    const memory = memoryOf([]);
    const first = memory.add([
      unit('Open the file.', '打开文件。', { author: 'ann', changedAt: 10 }),
    ]);
    const second = memory.add([
      unit('Open the file.', '打开文件。', { author: 'bo', changedAt: 20 }),
    ]);
    expect(first.added).toHaveLength(1);
    expect(second).toMatchObject({
      added: [],
      updated: [{ author: 'bo', uses: 2, createdAt: 10 }],
    });
    expect(memory.size).toBe(1);
  });

  it('keeps the newer metadata when an older duplicate arrives later', () => {
    const memory = memoryOf([
      unit('Open the file.', '打开文件。', { author: 'new', changedAt: 20 }),
    ]);
    memory.add([unit('Open the file.', '打开文件。', { author: 'old', changedAt: 5 })]);
    expect([...memory.units()]).toMatchObject([
      { author: 'new', uses: 2, createdAt: 5, changedAt: 20 },
    ]);
  });

  it('merges duplicates within one batch', () => {
    const memory = memoryOf([]);
    const result = memory.add([unit('A b c.', '甲乙丙。'), unit('A b c.', '甲乙丙。')]);
    expect(result.added).toMatchObject([{ uses: 2 }]);
    expect(result.updated).toEqual([]);
  });

  it('keeps two targets of one source as two units', () => {
    const memory = memoryOf([
      unit('Open the file.', '打开文件。'),
      unit('Open the file.', '打开该文件。'),
    ]);
    expect(memory.size).toBe(2);
  });

  it('finds a merged unit by its new MT', () => {
    const memory = memoryOf([
      { ...unit('', '打开文件。', { changedAt: 1 }), source: undefined, mt: 'Open file.' },
    ]);
    expect(memory.lookup({ mt: 'Open file.' })).toHaveLength(1);
  });

  it('refuses a unit of another language pair and adds nothing', () => {
    const memory = memoryOf([]);
    const french = { ...unit('Open the file.', 'Ouvrir le fichier.'), targetLang: 'fr' };
    expect(() => memory.add([unit('A.', '甲。'), french])).toThrow(VersoInputError);
    expect(memory.size).toBe(0);
  });

  it('accepts an MT-keyed unit whatever its source language', () => {
    const memory = memoryOf([]);
    const mtOnly = {
      ...unit('', '打开文件。'),
      source: undefined,
      sourceLang: 'und',
      mt: '开文件',
    };
    expect(memory.add([mtOnly]).added).toHaveLength(1);
  });
});

describe('TranslationMemory.remove', () => {
  it('removes units, which lookups and searches then skip', () => {
    const memory = memoryOf([
      unit('Open the file.', '打开文件。'),
      unit('Close the file.', '关闭文件。'),
    ]);
    const [open] = [...memory.units()];
    expect(memory.remove([open!.id, 'tu-unknown'])).toEqual([open]);
    expect(memory.lookup({ source: 'Open the file.' }).map((m) => m.unit.target)).toEqual([]);
    expect(memory.concordance({ text: 'file' }).hits.map((h) => h.unit.target)).toEqual([
      '关闭文件。',
    ]);
  });

  it('still finds what is left after most units are removed (the index is compacted)', () => {
    const units = Array.from({ length: 200 }, (_, i) =>
      unit(`Item number ${i} is here.`, `第${i}项在此。`),
    );
    const memory = memoryOf(units);
    const ids = [...memory.units()].map((u) => u.id);
    memory.remove(ids.slice(0, 150));
    expect(memory.size).toBe(50);
    expect(memory.lookup({ source: 'Item number 180 is here.' })[0]).toMatchObject({ score: 100 });
  });
});

describe('TranslationMemory.fromUnits', () => {
  it('rebuilds a memory from its stored units with the same ids', () => {
    const memory = memoryOf([
      unit('Open the file.', '打开文件。'),
      unit('Open the file.', '打开文件。'),
    ]);
    const rebuilt = TranslationMemory.fromUnits(EN_ZH, memory.units());
    expect([...rebuilt.units()]).toEqual([...memory.units()]);
  });
});

describe('TranslationMemory indexes', () => {
  it('find units loaded in bulk (merged postings) and units added one by one afterwards (logged)', () => {
    const units = Array.from({ length: 3000 }, (_, i) =>
      unit(`Clause ${i} of the agreement covers item alpha${i} and item beta${i}.`, `第${i}条。`),
    );
    const memory = memoryOf(units);
    memory.add([unit('A late clause about gamma covers more.', '迟到的条款。')]);
    expect(
      memory.lookup({
        source: 'Clause 17 of the agreement covers item alpha17 and item beta17.',
      })[0],
    ).toMatchObject({ score: 100, target: '第17条。' });
    expect(memory.lookup({ source: 'A late clause about gamma covers more.' })[0]).toMatchObject({
      score: 100,
    });
    expect(memory.concordance({ text: 'alpha2999' }).hits).toHaveLength(1);
    expect(memory.concordance({ text: 'gamma covers' }).hits).toHaveLength(1);
  });

  it('give a token and its full-width, upper-case or compatibility form one term', () => {
    const memory = memoryOf([unit('ＲＯＡＤ ２０１９ Café', '路')]);
    expect(memory.concordance({ text: 'road 2019 CAFÉ' }).hits).toHaveLength(1);
  });
});

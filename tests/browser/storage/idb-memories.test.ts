import { afterEach, describe, expect, it } from 'vitest';
import { newMemory } from '../../../src/core/tm/units.ts';
import type { UnitInput } from '../../../src/core/tm/model.ts';
import type { MemoryChange } from '../../../src/core/tm/memory-repository.ts';
import { openRepository, type IdbRepository } from '../../../src/storage/idb-repository.ts';
import { MAX_UNITS_SENT } from '../../../src/storage/memory-channel.ts';
import { deleteVersoDb } from '../../../src/storage/open-db.ts';
import { uniqueDbName } from '../../support/raw-idb.ts';

const INFO = newMemory({ sourceLang: 'en', targetLang: 'zh-CN', scope: 'shared', createdAt: 1 });

function unit(source: string, target: string, changedAt = 10): UnitInput {
  return { sourceLang: 'en', targetLang: 'zh-CN', source, target, createdAt: changedAt, changedAt };
}

const open: { repo: IdbRepository; name: string }[] = [];

async function repository(): Promise<IdbRepository> {
  const name = uniqueDbName();
  const repo = await openRepository(name);
  open.push({ repo, name });
  return repo;
}

afterEach(async () => {
  for (const { repo, name } of open.splice(0)) {
    repo.close();
    await deleteVersoDb(name);
  }
});

describe('IdbMemories', () => {
  it('reads back the units stored in a memory, with the memory', async () => {
    const repo = await repository();
    await repo.memories.addUnits(INFO, [unit('Belt and Road', '一带一路')]);
    const stored = await repo.memories.loadMemory(INFO.id);
    expect(stored?.info).toEqual(INFO);
    expect(stored?.units.map((u) => u.target)).toEqual(['一带一路']);
  });

  it('merges a unit stored again into one record whose uses add up', async () => {
    const repo = await repository();
    await repo.memories.addUnits(INFO, [unit('Belt and Road', '一带一路', 10)]);
    await repo.memories.addUnits(INFO, [unit('Belt and Road', '一带一路', 20)]);
    const stored = await repo.memories.loadMemory(INFO.id);
    expect(stored?.units.map((u) => [u.uses, u.changedAt])).toEqual([[2, 20]]);
  });

  it('keeps the units of two memories apart', async () => {
    const repo = await repository();
    const other = newMemory({ ...INFO, scope: 'project', projectId: 'p1' });
    await repo.memories.addUnits(INFO, [unit('one', '一')]);
    await repo.memories.addUnits(other, [unit('two', '二')]);
    expect((await repo.memories.loadMemory(other.id))?.units.map((u) => u.source)).toEqual(['two']);
    expect((await repo.memories.listMemories()).map((m) => m.id).sort()).toEqual(
      [INFO.id, other.id].sort(),
    );
  });

  it('stores 2,000 units in one call', async () => {
    const repo = await repository();
    const units = Array.from({ length: 2000 }, (_, i) => unit(`Sentence ${i} here.`, `句子${i}。`));
    expect(await repo.memories.addUnits(INFO, units)).toHaveLength(2000);
    expect((await repo.memories.loadMemory(INFO.id))?.units).toHaveLength(2000);
  });

  it('tells the other tabs what it stored: the records of a confirmation, the id of a big batch', async () => {
    const here = await repository();
    const name = open[0]!.name;
    const there = await openRepository(name);
    open.push({ repo: there, name });
    const heard: MemoryChange[] = [];
    there.memories.onExternalChange((change) => heard.push(change));
    await here.memories.addUnits(INFO, [unit('Belt and Road', '一带一路')]);
    const many = Array.from({ length: MAX_UNITS_SENT + 1 }, (_, i) => unit(`s${i}`, `t${i}`));
    await here.memories.addUnits(INFO, many);
    await expect.poll(() => heard.length).toBe(2);
    expect(heard[0]!.memoryId).toBe(INFO.id);
    expect(heard[0]!.units?.map((u) => u.target)).toEqual(['一带一路']);
    expect(heard[1]).toEqual({ memoryId: INFO.id });
  });
});

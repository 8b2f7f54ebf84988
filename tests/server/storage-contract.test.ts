/**
 * The storage contract (issue 14): SQLite (embedded) and PostgreSQL (scaled) behave the same. Runs
 * against a real PostgreSQL started by global-setup.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { segmentTexts, textsOf } from '../../src/core/sync/project-doc.ts';
import { newProjectId, newSecret } from '../../src/server/tokens.ts';
import { compactDocument, storedParts } from '../../src/server/storage/documents.ts';
import { mergeUpdatesNow } from '../../src/server/jobs/jobs.ts';
import { inProcessJobs } from '../../src/server/jobs/pool.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres.ts';
import { openSqliteStorage } from '../../src/server/storage/sqlite.ts';
import type { SyncStorage } from '../../src/server/storage/types.ts';

/** A document with `n` segments and its state. */
function seeded(n: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 1; i <= n; i += 1) textsOf(doc).set(`s${i}`, new Y.Text(`segment ${i}`));
  });
  return doc;
}

/** Records every update `doc` emits while `edit` runs. */
function updatesOf(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const out: Uint8Array[] = [];
  const listener = (u: Uint8Array): number => out.push(u);
  doc.on('update', listener);
  edit();
  doc.off('update', listener);
  return out;
}

async function newProject(storage: SyncStorage, doc: Y.Doc) {
  const id = newProjectId();
  await storage.createProject({
    id,
    name: 'Contract',
    secret: newSecret(),
    baseBytes: 3,
    createdAt: 1_700_000_000_000,
    baseGzip: new Uint8Array([1, 2, 3]),
    document: { name: id, state: Y.encodeStateAsUpdate(doc) },
  });
  return id;
}

/** The document as stored, loaded into a fresh Y.Doc. */
async function load(storage: SyncStorage, id: string, document = id): Promise<Y.Doc> {
  const stored = await storage.readDocument(id, document);
  if (stored === undefined) throw new Error('no document');
  const doc = new Y.Doc();
  for (const part of storedParts(stored)) Y.applyUpdate(doc, part);
  return doc;
}

const kinds: [string, () => Promise<{ storage: SyncStorage; done(): void }>][] = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'verso-sqlite-'));
      return {
        storage: await openSqliteStorage(dir),
        done: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'PostgreSQL',
    async () => ({
      storage: await openPostgresStorage(inject('databaseUrl')),
      done: () => undefined,
    }),
  ],
];

describe.each(kinds)('%s storage', (_name, open) => {
  let storage: SyncStorage;
  let done: () => void;
  beforeAll(async () => {
    ({ storage, done } = await open());
  });
  afterAll(async () => {
    await storage.close();
    done();
  });

  it('stores a new project with its secret, base snapshot and first document', async () => {
    const doc = seeded(3);
    const id = await newProject(storage, doc);
    const project = await storage.findProject(id);
    expect(project).toMatchObject({
      id,
      name: 'Contract',
      baseBytes: 3,
      createdAt: 1_700_000_000_000,
    });
    expect(project?.secret).toHaveLength(32);
    expect([...((await storage.readBase(id)) ?? [])]).toEqual([1, 2, 3]);
    const stored = await storage.readDocument(id, id);
    expect(stored?.snapshot?.version).toBe(1);
    expect(stored?.updates).toEqual([]);
    expect(segmentTexts(await load(storage, id))).toEqual(segmentTexts(doc));
  });

  it('appends updates in order and gives the document back with them', async () => {
    const doc = seeded(2);
    const id = await newProject(storage, doc);
    const updates = updatesOf(doc, () => {
      textsOf(doc).get('s1')?.insert(0, 'A ');
      textsOf(doc).get('s2')?.delete(0, 8);
      textsOf(doc).get('s1')?.insert(2, 'B ');
    });
    for (const u of updates) expect(await storage.appendUpdate(id, id, u, Date.now())).toBe(true);
    const stored = await storage.readDocument(id, id);
    expect(stored?.updates.map((u) => [...u.data])).toEqual(updates.map((u) => [...u]));
    expect(segmentTexts(await load(storage, id))).toEqual(
      new Map([
        ['s1', 'A B segment 1'],
        ['s2', '2'],
      ]),
    );
  });

  it('gives back a document byte-identical: same texts and same state vector', async () => {
    const doc = seeded(50);
    const id = await newProject(storage, doc);
    const updates = updatesOf(doc, () => {
      for (let i = 0; i < 200; i += 1)
        textsOf(doc)
          .get(`s${(i % 50) + 1}`)
          ?.insert(i % 7, `${i}`);
    });
    for (const u of updates) await storage.appendUpdate(id, id, u, Date.now());
    const loaded = await load(storage, id);
    expect(segmentTexts(loaded)).toEqual(segmentTexts(doc));
    expect([...Y.encodeStateVector(loaded)]).toEqual([...Y.encodeStateVector(doc)]);
  });

  it('gives back a snapshot and a base of several megabytes byte for byte', async () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 1; i <= 3000; i += 1) {
        textsOf(doc).set(`s${i}`, new Y.Text(`segment ${i} `.repeat(40)));
      }
    });
    const state = Y.encodeStateAsUpdate(doc);
    expect(state.length).toBeGreaterThan(1_000_000);
    const id = newProjectId();
    const base = Uint8Array.from({ length: 700_000 }, (_, i) => (i * 7) % 251);
    await storage.createProject({
      id,
      name: 'Large',
      secret: newSecret(),
      baseBytes: base.length,
      createdAt: 0,
      baseGzip: base,
      document: { name: id, state },
    });
    expect(Buffer.from((await storage.readDocument(id, id))?.snapshot?.data ?? [])).toEqual(
      Buffer.from(state),
    );
    expect(Buffer.from((await storage.readBase(id)) ?? [])).toEqual(Buffer.from(base));
  });

  it('stores nothing for a project that does not exist', async () => {
    const ghost = newProjectId();
    expect(await storage.appendUpdate(ghost, ghost, new Uint8Array([0, 0]), Date.now())).toBe(
      false,
    );
    expect(await storage.readDocument(ghost, ghost)).toBeUndefined();
    expect(await storage.documentStats(ghost)).toEqual({
      updates: 0,
      updateBytes: 0,
      snapshotBytes: 0,
    });
  });

  it('deletes a project with its secret, base, snapshot and updates', async () => {
    const doc = seeded(1);
    const id = await newProject(storage, doc);
    for (const u of updatesOf(doc, () => textsOf(doc).get('s1')?.insert(0, 'x'))) {
      await storage.appendUpdate(id, id, u, Date.now());
    }
    expect(await storage.deleteProject(id)).toBe(true);
    expect(await storage.findProject(id)).toBeUndefined();
    expect(await storage.readBase(id)).toBeUndefined();
    expect(await storage.readDocument(id, id)).toBeUndefined();
    expect(await storage.documentStats(id)).toEqual({
      updates: 0,
      updateBytes: 0,
      snapshotBytes: 0,
    });
    expect(await storage.deleteProject(id)).toBe(false);
  });

  it('compaction folds the updates into the snapshot and keeps the document the same', async () => {
    const doc = seeded(20);
    const id = await newProject(storage, doc);
    const updates = updatesOf(doc, () => {
      for (let i = 0; i < 100; i += 1)
        textsOf(doc)
          .get(`s${(i % 20) + 1}`)
          ?.insert(0, 'ab');
    });
    for (const u of updates) await storage.appendUpdate(id, id, u, Date.now());
    const result = await compactDocument(storage, id, id, inProcessJobs.merge);
    expect(result).toMatchObject({ kind: 'compacted', merged: 100 });
    const stored = await storage.readDocument(id, id);
    expect(stored?.updates).toEqual([]);
    expect(stored?.snapshot?.version).toBe(2);
    expect(segmentTexts(await load(storage, id))).toEqual(segmentTexts(doc));
  });

  it('a compaction keeps an update appended after it read the document', async () => {
    const doc = seeded(2);
    const id = await newProject(storage, doc);
    const [first] = updatesOf(doc, () => textsOf(doc).get('s1')?.insert(0, 'early '));
    await storage.appendUpdate(id, id, first as Uint8Array, Date.now());
    const read = await storage.readDocument(id, id);
    if (read === undefined) throw new Error('no document');
    const [late] = updatesOf(doc, () => textsOf(doc).get('s2')?.insert(0, 'late '));
    await storage.appendUpdate(id, id, late as Uint8Array, Date.now());
    const merged = mergeUpdatesNow(storedParts(read));
    const ids = read.updates.map((u) => u.id);
    expect(await storage.replaceWithSnapshot(id, id, read.snapshot?.version, merged, ids)).toBe(
      true,
    );
    expect((await storage.readDocument(id, id))?.updates).toHaveLength(1);
    expect(segmentTexts(await load(storage, id))).toEqual(
      new Map([
        ['s1', 'early segment 1'],
        ['s2', 'late segment 2'],
      ]),
    );
  });

  it('a compaction that lost the race to another changes nothing', async () => {
    const doc = seeded(2);
    const id = await newProject(storage, doc);
    for (const u of updatesOf(doc, () => textsOf(doc).get('s1')?.insert(0, 'x'))) {
      await storage.appendUpdate(id, id, u, Date.now());
    }
    const read = await storage.readDocument(id, id);
    if (read === undefined) throw new Error('no document');
    const ids = read.updates.map((u) => u.id);
    const merged = mergeUpdatesNow(storedParts(read));
    expect(await storage.replaceWithSnapshot(id, id, 1, merged, ids)).toBe(true);
    // The second compactor read version 1 too: its write must not replace version 2.
    expect(await storage.replaceWithSnapshot(id, id, 1, new Uint8Array([0, 0]), [])).toBe(false);
    expect((await storage.readDocument(id, id))?.snapshot?.version).toBe(2);
    expect(segmentTexts(await load(storage, id))).toEqual(segmentTexts(doc));
  });

  it('two compactions at once, with appends between, lose nothing', async () => {
    const doc = seeded(10);
    const id = await newProject(storage, doc);
    const append = async (n: number): Promise<void> => {
      for (const u of updatesOf(doc, () => {
        for (let i = 0; i < n; i += 1)
          textsOf(doc)
            .get(`s${(i % 10) + 1}`)
            ?.insert(0, 'z');
      })) {
        await storage.appendUpdate(id, id, u, Date.now());
      }
    };
    await append(30);
    await Promise.all([
      compactDocument(storage, id, id, inProcessJobs.merge),
      append(10),
      compactDocument(storage, id, id, inProcessJobs.merge),
      append(10),
    ]);
    await compactDocument(storage, id, id, inProcessJobs.merge);
    expect(segmentTexts(await load(storage, id))).toEqual(segmentTexts(doc));
  });

  it('keeps documents of a project apart', async () => {
    const doc = seeded(1);
    const id = await newProject(storage, doc);
    const part = new Y.Doc();
    const updates = updatesOf(part, () => textsOf(part).set('p1', new Y.Text('part')));
    await storage.appendUpdate(id, `${id}/part`, updates[0] as Uint8Array, Date.now());
    expect(segmentTexts(await load(storage, id, `${id}/part`))).toEqual(new Map([['p1', 'part']]));
    expect(segmentTexts(await load(storage, id))).toEqual(new Map([['s1', 'segment 1']]));
  });
});

/**
 * Migration ladder tests. For every shipped version there is a seed that builds a database exactly as that
 * version wrote it, with raw IndexedDB (never Verso's code, which moves on): opening it with the current
 * code must reach the current layout and keep the data. Shipping version N+1 = add `seeds[N+1]`; the
 * existing seeds stay as they are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deleteVersoDb } from '../../../src/storage/open-db.ts';
import { openRepository } from '../../../src/storage/idb-repository.ts';
import { DB_VERSION } from '../../../src/storage/schema.ts';
import { openRaw, uniqueDbName } from '../../support/raw-idb.ts';
import { layoutOf, readAll } from '../../support/raw-idb.ts';

/** The layout at `DB_VERSION`; update it together with a new migration step. */
const CURRENT_LAYOUT = {
  projects: { keyPath: 'id', autoIncrement: false, indexes: {} },
  chunks: { keyPath: ['projectId', 'index'], autoIncrement: false, indexes: {} },
  revisions: {
    keyPath: 'id',
    autoIncrement: true,
    indexes: {
      bySegment: { keyPath: ['projectId', 'segmentId'], unique: false, multiEntry: false },
      byProject: { keyPath: 'projectId', unique: false, multiEntry: false },
      bySegmentKey: { keyPath: 'segmentKeys', unique: false, multiEntry: true },
    },
  },
  lqa: { keyPath: 'projectId', autoIncrement: false, indexes: {} },
  tmMemories: { keyPath: 'id', autoIncrement: false, indexes: {} },
  tmUnits: { keyPath: ['memoryId', 'unit.id'], autoIncrement: false, indexes: {} },
};

const CREATED = Date.UTC(2025, 5, 1);

/** Version 1 as shipped: one project "Old", segments s1–s3 (s2 edited once), one comment. */
function seedVersion1(db: IDBDatabase, tx: IDBTransaction): void {
  db.createObjectStore('projects', { keyPath: 'id' });
  db.createObjectStore('chunks', { keyPath: ['projectId', 'index'] });
  const revisions = db.createObjectStore('revisions', { keyPath: 'id', autoIncrement: true });
  revisions.createIndex('bySegment', ['projectId', 'segmentId']);
  revisions.createIndex('byProject', 'projectId');
  const segment = (n: number, text: string, status: string, revisionCount: number) => ({
    id: `s${n}`,
    mt: `MT ${n}`,
    text,
    status,
    comments: n === 3 ? [{ id: 'c1', text: 'ok', author: 'Ana', createdAt: CREATED }] : [],
    revisionCount,
    updatedAt: CREATED,
  });
  tx.objectStore('projects').add({
    id: 'p1',
    name: 'Old',
    fileName: 'old.txt',
    createdAt: CREATED,
    updatedAt: CREATED + 1,
    segmentCount: 3,
    targetLang: 'en',
    chunkCount: 1,
    chunkSize: 500,
    schema: 1,
  });
  tx.objectStore('chunks').add({
    projectId: 'p1',
    index: 0,
    segments: [
      segment(1, 'MT 1', 'new', 1),
      segment(2, 'Edited', 'edited', 2),
      segment(3, 'MT 3', 'new', 1),
    ],
  });
  tx.objectStore('revisions').add({
    projectId: 'p1',
    segmentId: 's2',
    text: 'Edited',
    status: 'edited',
    origin: 'typing',
    createdAt: CREATED + 1,
  });
}

/** Builders of a database as each shipped version left it (index = version). */
/** Version 2 (issue 15): version 1's data, plus the quality-assessment store with no record yet. */
function seedVersion2(db: IDBDatabase, tx: IDBTransaction): void {
  seedVersion1(db, tx);
  db.createObjectStore('lqa', { keyPath: 'projectId' });
}

/** Version 3 (issue 16): version 2's data, plus a translation memory with one unit. */
function seedVersion3(db: IDBDatabase, tx: IDBTransaction): void {
  seedVersion2(db, tx);
  db.createObjectStore('tmMemories', { keyPath: 'id' });
  db.createObjectStore('tmUnits', { keyPath: ['memoryId', 'unit.id'] });
  tx.objectStore('tmMemories').add({
    id: 'tm:shared:en>zh',
    name: 'en → zh',
    sourceLang: 'en',
    targetLang: 'zh',
    scope: 'shared',
    createdAt: CREATED,
  });
  tx.objectStore('tmUnits').add({
    memoryId: 'tm:shared:en>zh',
    unit: {
      id: 'tu-1',
      sourceLang: 'en',
      targetLang: 'zh',
      source: 'Belt and Road',
      target: '一带一路',
      createdAt: CREATED,
      changedAt: CREATED,
      uses: 1,
    },
  });
}

/** Version 4 (issue 11): the same stores as version 3; project rows may carry a write token. */
function seedVersion4(db: IDBDatabase, tx: IDBTransaction): void {
  seedVersion3(db, tx);
  const projects = tx.objectStore('projects');
  const read = projects.get('p1');
  read.onsuccess = () => projects.put({ ...read.result, writeToken: 'written-by-version-4' });
}

/**
 * Version 5 (issue 11): the revisions of a save are stored as one revision set, found by segment
 * through the multiEntry index `bySegmentKey`; s2's edit as version 5 writes it. A segment whose text
 * is still its MT is stored without `text` (s1, s3).
 */
function seedVersion5(db: IDBDatabase, tx: IDBTransaction): void {
  seedVersion4(db, tx);
  const chunks = tx.objectStore('chunks');
  const read = chunks.get(['p1', 0]);
  read.onsuccess = () => {
    const chunk = read.result as { segments: { id: string; text?: string }[] };
    chunks.put({
      ...chunk,
      segments: chunk.segments.map(({ text, ...rest }) =>
        rest.id === 's2' ? { ...rest, text } : rest,
      ),
    });
  };
  const revisions = tx.objectStore('revisions');
  revisions.createIndex('bySegmentKey', 'segmentKeys', { multiEntry: true });
  revisions.clear();
  revisions.add({
    projectId: 'p1',
    createdAt: CREATED + 1,
    segmentKeys: ['p1\u0000s2'],
    entries: [{ segmentId: 's2', text: 'Edited', status: 'edited', origin: 'typing' }],
  });
}

const seeds: Record<number, (db: IDBDatabase, tx: IDBTransaction) => void> = {
  1: seedVersion1,
  2: seedVersion2,
  3: seedVersion3,
  4: seedVersion4,
  5: seedVersion5,
};

describe('migration ladder', () => {
  const names: string[] = [];
  const freshName = () => {
    const name = uniqueDbName('verso-migration');
    names.push(name);
    return name;
  };
  afterEach(async () => {
    await Promise.all(names.splice(0).map((name) => deleteVersoDb(name)));
  });

  it('has a seed for every shipped version', () => {
    expect(Object.keys(seeds).map(Number)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  it('creates every store and index from an empty database', async () => {
    const name = freshName();
    (await openRepository(name)).close();
    const { db } = await openRaw(name);
    expect(db.version).toBe(DB_VERSION);
    expect(layoutOf(db)).toEqual(CURRENT_LAYOUT);
    db.close();
  });

  for (const [version, seed] of Object.entries(seeds)) {
    it(`upgrades a version ${version} database and keeps its projects, segments and revisions`, async () => {
      const name = freshName();
      const raw = await openRaw(name, Number(version), (db, tx) => seed(db, tx));
      raw.db.close();

      const repo = await openRepository(name);
      try {
        expect((await repo.listProjects()).map((p) => [p.id, p.name])).toEqual([['p1', 'Old']]);
        const { segments } = await repo.openProject('p1');
        expect(segments.map((s) => [s.id, s.text, s.status, s.revisionCount])).toEqual([
          ['s1', 'MT 1', 'new', 1],
          ['s2', 'Edited', 'edited', 2],
          ['s3', 'MT 3', 'new', 1],
        ]);
        expect(segments[2]?.comments).toHaveLength(1);
        expect((await repo.listRevisions('p1', 's2')).map((r) => [r.text, r.origin])).toEqual([
          ['MT 2', 'import'],
          ['Edited', 'typing'],
        ]);
        await repo.saveChanges('p1', [
          { segmentId: 's1', text: 'New', status: 'edited', origin: 'typing' },
        ]);
      } finally {
        repo.close();
      }
      const { db } = await openRaw(name);
      expect(layoutOf(db)).toEqual(CURRENT_LAYOUT);
      db.close();
    });
  }

  it('reads the one-revision records of version 4 and the revision sets written after it as one history', async () => {
    const name = freshName();
    const raw = await openRaw(name, 4, (db, tx) => {
      seedVersion4(db, tx);
      // s2 has 60 revisions in version 4's layout (the seed's one and 59 more), s1 one.
      for (let n = 2; n <= 60; n += 1) {
        tx.objectStore('revisions').add({
          projectId: 'p1',
          segmentId: 's2',
          text: `Old ${n}`,
          status: 'edited',
          origin: 'typing',
          createdAt: CREATED + n,
        });
      }
      tx.objectStore('revisions').add({
        projectId: 'p1',
        segmentId: 's1',
        text: 'Old s1',
        status: 'edited',
        origin: 'typing',
        createdAt: CREATED + 61,
      });
    });
    raw.db.close();
    const repo = await openRepository(name, { now: () => CREATED + 1000 });
    try {
      // Two saves after the upgrade: s2 twice in one save, then s2 with s3.
      await repo.saveChanges('p1', [
        { segmentId: 's2', text: 'New 1', status: 'edited', origin: 'typing' },
        { segmentId: 's2', text: 'New 2', status: 'edited', origin: 'typing' },
      ]);
      await repo.saveChanges('p1', [
        { segmentId: 's3', text: 'New s3', status: 'edited', origin: 'replace' },
        { segmentId: 's2', text: 'New 3', status: 'edited', origin: 'replace' },
      ]);
      const expected = [
        'MT 2',
        'Edited',
        ...Array.from({ length: 59 }, (_, i) => `Old ${i + 2}`),
        'New 1',
        'New 2',
        'New 3',
      ];
      const history = await repo.listRevisions('p1', 's2');
      expect(history.map((r) => r.text)).toEqual(expected);
      expect(history.slice(1).every((r, i) => i === 0 || r.id > history[i]!.id)).toBe(true);
      // Pages of 25 walk back across both layouts, newest first, and count every revision.
      const texts: string[] = [];
      let before: number | undefined;
      for (;;) {
        const page = await repo.listRevisionPage('p1', 's2', {
          limit: 25,
          ...(before === undefined ? {} : { before }),
        });
        expect(page.total).toBe(expected.length);
        texts.push(...page.revisions.map((r) => r.text));
        if (page.next === null) break;
        before = page.next;
      }
      expect(texts).toEqual([...expected].reverse());
      // A backup holds both layouts' revisions in the order they were made.
      const backup = await repo.exportBackup('p1');
      expect(backup.revisions.filter((r) => r.origin !== 'import').map((r) => r.text)).toEqual([
        'Edited',
        ...Array.from({ length: 59 }, (_, i) => `Old ${i + 2}`),
        'Old s1',
        'New 1',
        'New 2',
        'New s3',
        'New 3',
      ]);
      await repo.deleteProject('p1');
    } finally {
      repo.close();
    }
    expect(await readAll(name, 'revisions')).toEqual([]);
  });

  it('keeps every field a version 1 segment can hold, over several chunks, and saves with stale checks', async () => {
    const name = freshName();
    const segment = (n: number) => ({
      id: `s${n}`,
      mt: `MT ${n} ⟨1⟩bold⟨/1⟩`,
      source: `源 ${n}`,
      text: n === 2 ? 'Edited ⟨1⟩bold⟨/1⟩' : `MT ${n} ⟨1⟩bold⟨/1⟩`,
      status: n === 2 ? 'reviewed' : 'new',
      comments: n === 501 ? [{ id: 'c9', text: 'Last one', author: 'Li', createdAt: CREATED }] : [],
      revisionCount: n === 2 ? 2 : 1,
      updatedAt: CREATED,
      importStatus: 'new',
      codes: [{ id: '1', kind: 'pair', open: '<b>', close: '</b>' }],
      alignScore: 0.42,
      externalId: `u${n}`,
      ...(n === 3 ? { ancestors: ['s0'] } : {}),
    });
    const segments = Array.from({ length: 501 }, (_, i) => segment(i + 1));
    const raw = await openRaw(name, 1, (db, tx) => {
      seedVersion1(db, tx);
      tx.objectStore('projects').add({
        id: 'p2',
        name: 'Bilingual',
        fileName: 'b.xlf',
        createdAt: CREATED,
        updatedAt: CREATED + 2,
        segmentCount: 501,
        targetLang: 'en',
        sourceLang: 'zh-CN',
        chunkCount: 2,
        chunkSize: 500,
        schema: 1,
      });
      tx.objectStore('chunks').add({ projectId: 'p2', index: 0, segments: segments.slice(0, 500) });
      tx.objectStore('chunks').add({ projectId: 'p2', index: 1, segments: segments.slice(500) });
    });
    raw.db.close();
    const repo = await openRepository(name);
    try {
      expect((await repo.listProjects()).map((p) => p.id)).toEqual(['p2', 'p1']);
      const opened = await repo.openProject('p2');
      expect(opened.meta).toMatchObject({ sourceLang: 'zh-CN', segmentCount: 501 });
      expect(opened.segments).toEqual(segments);
      const stale = new Map([['s501', { text: 'not what is stored', status: 'new' as const }]]);
      const change = {
        segmentId: 's501',
        text: 'Saved',
        status: 'edited' as const,
        origin: 'typing' as const,
      };
      await expect(repo.saveChanges('p2', [change], stale)).rejects.toMatchObject({
        code: 'errors.staleWrite',
      });
      const fresh = new Map([['s501', { text: segments[500]!.text, status: 'new' as const }]]);
      await repo.saveChanges('p2', [change], fresh);
      expect((await repo.openProject('p2')).segments[500]).toMatchObject({
        text: 'Saved',
        comments: [{ id: 'c9' }],
      });
    } finally {
      repo.close();
    }
  });
});

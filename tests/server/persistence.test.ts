/**
 * The server's persistence policy (issue 14): appends one small row per batch of changes, compacts
 * them into the snapshot in the background, and keeps a document loaded a while after its last client
 * left.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { segmentTexts } from '../../src/core/sync/project-doc.ts';
import { startServer, type VersoServer } from '../../src/server/app.ts';
import { inProcessJobs } from '../../src/server/jobs/pool.ts';
import { openSqliteStorage } from '../../src/server/storage/sqlite.ts';
import type { SyncStorage } from '../../src/server/storage/types.ts';
import { syncApi } from '../../src/sync/api-client.ts';
import { backupJson, openClient, storedTexts, waitFor, type TestClient } from '../support/sync.ts';

const cleanup: (() => Promise<void> | void)[] = [];

async function server(
  options: { compactAfter?: number; keepLoadedMs?: number } = {},
): Promise<{ server: VersoServer; storage: SyncStorage }> {
  const dir = mkdtempSync(join(tmpdir(), 'verso-persistence-'));
  const storage = await openSqliteStorage(dir);
  const s = await startServer({
    port: 0,
    host: '127.0.0.1',
    appDir: dir,
    storage,
    jobs: inProcessJobs,
    flushDelayMs: 5,
    compactAfter: options.compactAfter ?? 500,
    keepLoadedMs: options.keepLoadedMs ?? 0,
    log: () => undefined,
  });
  cleanup.push(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { server: s, storage };
}

function client(s: VersoServer, id: string, token: string): TestClient {
  const c = openClient([s.url], id, token);
  cleanup.push(() => c.destroy());
  return c;
}

const documentsOpen = async (s: VersoServer): Promise<number> =>
  ((await (await fetch(new URL('/api/health', s.url))).json()) as { documents: number }).documents;

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

describe('persistence on the server', () => {
  it('appends small rows, never the whole document', async () => {
    const { server: s, storage } = await server();
    const texts = Array.from({ length: 200 }, (_, i) => `A fairly long segment number ${i}.`);
    const { id, editToken } = await syncApi(s.url).create(backupJson(texts));
    const c = client(s, id, editToken);
    await c.synced;
    const before = await storage.documentStats(id);
    for (let i = 0; i < 20; i += 1) {
      c.type('s1', 'x');
      await new Promise((r) => setTimeout(r, 15));
    }
    await waitFor(
      async () => (await storedTexts(storage, id)).get('s1')?.endsWith('x'.repeat(20)) ?? false,
      'stored',
    );
    const after = await storage.documentStats(id);
    expect(after.snapshotBytes).toBe(before.snapshotBytes);
    expect(after.updates).toBeGreaterThan(0);
    expect(after.updateBytes / after.updates).toBeLessThan(200);
  });

  it('folds the rows into the snapshot once they are worth it, and the text stays the same', async () => {
    const { server: s, storage } = await server({ compactAfter: 5 });
    const { id, editToken } = await syncApi(s.url).create(backupJson(['Short']));
    const c = client(s, id, editToken);
    await c.synced;
    for (let i = 0; i < 60; i += 1) {
      c.type('s1', ` ${i}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    await waitFor(
      async () => (await storage.readDocument(id, id))?.snapshot?.version !== 1,
      'a compaction',
    );
    await waitFor(
      async () => (await storedTexts(storage, id)).get('s1') === c.text('s1'),
      'stored',
    );
    expect((await storage.documentStats(id)).updates).toBeLessThan(60);
    expect(await storedTexts(storage, id)).toEqual(segmentTexts(c.doc));
  });

  it('keeps a document loaded a while after its last client left, then unloads it', async () => {
    const { server: s } = await server({ keepLoadedMs: 800 });
    const { id, editToken } = await syncApi(s.url).create(backupJson(['Stay']));
    const c = client(s, id, editToken);
    await c.synced;
    c.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect(await documentsOpen(s)).toBe(1);
    await waitFor(async () => (await documentsOpen(s)) === 0, 'the unload', 5000);
  });

  it('unloads a document at once when its last client left and keeping is off', async () => {
    const { server: s } = await server({ keepLoadedMs: 0 });
    const { id, editToken } = await syncApi(s.url).create(backupJson(['Go']));
    const c = client(s, id, editToken);
    await c.synced;
    c.destroy();
    await waitFor(async () => (await documentsOpen(s)) === 0, 'the unload', 2000);
  });
});

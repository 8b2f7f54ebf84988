/**
 * The kill test (issue 14, "never lose an edit"): server processes on PostgreSQL and Redis are killed
 * with SIGKILL while clients type, then everything is restarted from the database: no edit may be
 * lost, and the texts must be byte-identical in every client and in storage.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { segmentTexts } from '../../src/core/sync/project-doc.ts';
import { openPostgresStorage } from '../../src/server/storage/postgres.ts';
import { syncApi } from '../../src/sync/api-client.ts';
import {
  backupJson,
  freePort,
  openClient,
  startServerProcess,
  storedTexts,
  waitFor,
  type ServerProcess,
  type TestClient,
} from '../support/sync.ts';

const clients: TestClient[] = [];
const servers: ServerProcess[] = [];

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    VERSO_DATABASE_URL: inject('databaseUrl'),
    VERSO_REDIS_URL: inject('redisUrl'),
    ...extra,
  };
}

async function server(extra: Record<string, string> = {}): Promise<ServerProcess> {
  const s = await startServerProcess(env(extra));
  servers.push(s);
  return s;
}

function client(urls: string[], document: string, token: string): TestClient {
  const c = openClient(urls, document, token);
  clients.push(c);
  return c;
}

/** The document as PostgreSQL holds it, read by a connection of the test's own. */
async function stored(id: string): Promise<Map<string, string>> {
  const storage = await openPostgresStorage(inject('databaseUrl'));
  try {
    return await storedTexts(storage, id);
  } finally {
    await storage.close();
  }
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.kill('SIGKILL')));
});

describe('killing servers while clients type', () => {
  it('changes relayed from a server killed before it stored them are stored by its peer', async () => {
    // Server 1 would store its own clients' changes only after a minute: it is killed long before.
    const one = await server({ VERSO_FLUSH_MS: '60000' });
    const two = await server();
    const { id, editToken } = await syncApi(two.url).create(backupJson(['Typed on 1:']));
    const typist = client([one.url], id, editToken);
    const reader = client([two.url], id, editToken);
    await Promise.all([typist.synced, reader.synced]);
    for (let i = 0; i < 20; i += 1) typist.type('s1', ` ${i}`);
    const expected = typist.text('s1');
    await waitFor(() => reader.text('s1') === expected, 'the relayed edits at the reader');
    // The typist's browser closes and its server dies: only server 2 still holds the edits.
    typist.destroy();
    await one.kill('SIGKILL');
    await waitFor(async () => (await stored(id)).get('s1') === expected, 'the edits stored');
  });

  it('no edit is lost and every copy is byte-identical after SIGKILL and a restart', async () => {
    const [port1, port2] = [await freePort(), await freePort()];
    // Small compaction thresholds: compactions run (in the worker threads) while clients type and
    // when the kill comes.
    const settings = { VERSO_COMPACT_AFTER: '10' };
    let one = await server({ ...settings, PORT: String(port1) });
    let two = await server({ ...settings, PORT: String(port2) });
    const typists = 4;
    const texts = Array.from({ length: typists + 1 }, (_, i) => `Segment ${i + 1}:`);
    const { id, editToken } = await syncApi(one.url).create(backupJson(texts));
    // Two clients prefer server 1, two server 2; each fails over to the other.
    const all = Array.from({ length: typists }, (_, k) =>
      client(k % 2 === 0 ? [one.url, two.url] : [two.url, one.url], id, editToken),
    );
    await Promise.all(all.map((c) => c.synced));

    // Each client types numbered words into its own segment and into a shared last segment,
    // every 10 ms, on both servers at once, so direct and relayed changes are in flight when the kill
    // comes.
    const typed = all.map(() => [] as string[]);
    let typing = true;
    const loops = all.map(async (c, k) => {
      for (let n = 0; typing; n += 1) {
        const word = ` c${k}w${n}`;
        c.type(`s${k + 1}`, word);
        c.type(`s${typists + 1}`, word, 0);
        typed[k]?.push(word);
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    await new Promise((r) => setTimeout(r, 700));
    await one.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 1000));
    typing = false;
    await Promise.all(loops);

    // Every client has every edit of every client.
    const expected = (k: number): string => `Segment ${k + 1}:${typed[k]?.join('') ?? ''}`;
    await waitFor(
      () => all.every((c) => typed.every((_, k) => c.text(`s${k + 1}`) === expected(k))),
      'every edit in every client',
      20_000,
    );
    const shared = all[0]?.text(`s${typists + 1}`) ?? '';
    await waitFor(
      () => all.every((c) => c.text(`s${typists + 1}`) === shared),
      'the shared segment to converge',
    );
    for (const words of typed) {
      for (const word of words) expect(shared).toContain(word);
    }
    const final = segmentTexts(all[0]?.doc ?? new Y.Doc());

    // Storage alone holds all of it (the survivor stored direct and relayed changes)…
    await waitFor(async () => {
      const inStorage = await stored(id);
      return [...final].every(([k, v]) => inStorage.get(k) === v);
    }, 'storage to hold every edit');
    // …even once the survivor is killed too. Then everything restarts from the database.
    await two.kill('SIGKILL');
    expect(await stored(id)).toEqual(final);
    const storage = await openPostgresStorage(inject('databaseUrl'));
    const version = (await storage.readDocument(id, id))?.snapshot?.version ?? 0;
    await storage.close();
    expect(version, 'compactions ran during the test').toBeGreaterThan(1);
    one = await server({ ...settings, PORT: String(port1) });
    two = await server({ ...settings, PORT: String(port2) });
    const fresh = [client([one.url], id, editToken), client([two.url], id, editToken)];
    await Promise.all(fresh.map((c) => c.synced));
    for (const c of [...fresh, ...all]) {
      await waitFor(() => c.provider.isSynced && !c.provider.hasUnsyncedChanges, 'resync');
      expect(segmentTexts(c.doc)).toEqual(final);
    }
    expect([...Y.encodeStateVector(fresh[0]?.doc ?? new Y.Doc())]).toEqual([
      ...Y.encodeStateVector(all[0]?.doc ?? new Y.Doc()),
    ]);
  });
});

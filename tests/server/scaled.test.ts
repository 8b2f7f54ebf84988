/**
 * The scaled mode (issue 14): two server processes on a real PostgreSQL and Redis (started by
 * global-setup.ts through `npm run services -- start`) serve the same projects.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgresStorage } from '../../src/server/storage/postgres.ts';
import type { SyncStorage } from '../../src/server/storage/types.ts';
import { syncApi } from '../../src/sync/api-client.ts';
import {
  backupJson,
  openClient,
  startServerProcess,
  storedTexts,
  waitFor,
  type ServerProcess,
  type TestClient,
} from '../support/sync.ts';

let one: ServerProcess;
let two: ServerProcess;
let storage: SyncStorage;
const clients: TestClient[] = [];

function env(): Record<string, string> {
  return { VERSO_DATABASE_URL: inject('databaseUrl'), VERSO_REDIS_URL: inject('redisUrl') };
}

function client(urls: string[], document: string, token: string): TestClient {
  const c = openClient(urls, document, token);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  [one, two] = await Promise.all([startServerProcess(env()), startServerProcess(env())]);
  storage = await openPostgresStorage(inject('databaseUrl'));
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  await Promise.all([one.kill(), two.kill()]);
  await storage.close();
  for (const server of [one, two])
    expect(server.output()).not.toContain('Yjs was already imported');
});

describe('two servers on PostgreSQL and Redis', () => {
  it('both report the scaled setup', async () => {
    for (const server of [one, two]) {
      const health = (await (await fetch(new URL('/api/health', server.url))).json()) as Record<
        string,
        unknown
      >;
      expect(health).toMatchObject({ ok: true, storage: 'postgres', relay: 'redis' });
    }
  });

  it('a project shared through server 1 opens on server 2', async () => {
    const created = await syncApi(one.url).create(backupJson(['Shared once']));
    expect((await syncApi(two.url).meta(created.id, created.viewToken)).name).toBe(
      'Shared project',
    );
    const c = client([two.url], created.id, created.viewToken);
    await c.synced;
    expect(c.text('s1')).toBe('Shared once');
  });

  it('refuses an upload that is not a Verso backup with the reader’s error', async () => {
    await expect(syncApi(one.url).create('{"format": "verso-backup"}')).rejects.toMatchObject({
      code: 'body-invalid',
      input: { code: 'errors.backupField' },
    });
  });

  it('an edit made on server 1 is seen by a client of server 2, and stored', async () => {
    const { id, editToken } = await syncApi(one.url).create(backupJson(['Alpha', 'Beta']));
    const a = client([one.url], id, editToken);
    const b = client([two.url], id, editToken);
    await Promise.all([a.synced, b.synced]);
    a.type('s1', ' from server 1');
    b.type('s2', ' from server 2');
    await waitFor(
      () => b.text('s1') === 'Alpha from server 1' && a.text('s2') === 'Beta from server 2',
      'both edits on both servers',
    );
    await waitFor(async () => {
      const stored = await storedTexts(storage, id);
      return stored.get('s1') === a.text('s1') && stored.get('s2') === b.text('s2');
    }, 'both edits stored');
  });

  it('a client moves to the next server its server named (VERSO_PEERS) when that one stops', async () => {
    const extra = await startServerProcess({ ...env(), VERSO_PEERS: `${two.url}, ${one.url}` });
    const created = await syncApi(extra.url).create(backupJson(['Failover']));
    const { id, editToken } = created;
    const peers = [new URL(two.url).href, new URL(one.url).href];
    expect(created.servers).toEqual(peers);
    expect((await syncApi(extra.url).meta(id, editToken)).servers).toEqual(peers);
    expect((await syncApi(two.url).meta(id, editToken)).servers).toBeUndefined();
    const moving = client([extra.url, ...(created.servers ?? [])], id, editToken);
    const watcher = client([two.url], id, editToken);
    await Promise.all([moving.synced, watcher.synced]);
    await extra.kill('SIGKILL');
    moving.type('s1', ' after the kill');
    await waitFor(
      () => watcher.text('s1') === 'Failover after the kill',
      'the edit through server 2',
    );
  });

  it('un-sharing through server 1 closes the connections on server 2', async () => {
    const { id, ownerToken, editToken } = await syncApi(one.url).create(backupJson(['Bye']));
    const c = client([two.url], id, editToken);
    await c.synced;
    await syncApi(one.url).unshare(id, ownerToken);
    await waitFor(() => c.closed.includes('project-deleted'), 'the close on server 2');
  });
});

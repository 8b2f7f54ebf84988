/**
 * The embedded server (issue 14): one process, SQLite under a data folder, no other service. Sharing,
 * joining, live edits between two Node clients, the server-enforced read-only viewer, tokens for other
 * projects, forged and expired tokens, un-sharing, bad input, restart from storage, and the app files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_MESSAGE_BYTES, MAX_UPLOAD_BYTES } from '../../src/core/sync/protocol.ts';
import { segmentTexts } from '../../src/core/sync/project-doc.ts';
import { SECURITY_HEADERS } from '../../scripts/offline-plugin.ts';
import { startServer, type VersoServer } from '../../src/server/app.ts';
import { storedParts } from '../../src/server/storage/documents.ts';
import { inProcessJobs } from '../../src/server/jobs/pool.ts';
import { openSqliteStorage, SQLITE_FILE } from '../../src/server/storage/sqlite.ts';
import type { SyncStorage } from '../../src/server/storage/types.ts';
import { syncApi, SyncApiError } from '../../src/sync/api-client.ts';
import { backupJson, openClient, storedTexts, waitFor, type TestClient } from '../support/sync.ts';

let dataDir: string;
let appDir: string;
let storage: SyncStorage;
let server: VersoServer;
let clockOffset = 0;
const clients: TestClient[] = [];

async function start(): Promise<void> {
  storage = await openSqliteStorage(dataDir);
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    appDir,
    storage,
    jobs: inProcessJobs,
    flushDelayMs: 5,
    compactAfter: 500,
    keepLoadedMs: 0,
    log: () => undefined,
    now: () => Date.now() + clockOffset,
  });
}

function client(document: string, token: string, doc?: Y.Doc): TestClient {
  const c = openClient([server.url], document, token, doc);
  clients.push(c);
  return c;
}

const api = () => syncApi(server.url);

/** The document as stored, texts by segment. */
async function stored(id: string): Promise<Map<string, string>> {
  await server.persistence.flushAll();
  return storedTexts(storage, id);
}

async function storedBytes(id: string): Promise<number[][]> {
  await server.persistence.flushAll();
  const stored = await storage.readDocument(id, id);
  return stored === undefined ? [] : storedParts(stored).map((p) => [...p]);
}

/** Rows of every table, read from the database file by another connection. */
function rowCounts(): Record<string, number> {
  const db = new DatabaseSync(join(dataDir, SQLITE_FILE), { readOnly: true });
  try {
    const count = (table: string): number =>
      Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    return {
      projects: count('verso_projects'),
      snapshots: count('verso_snapshots'),
      updates: count('verso_updates'),
    };
  } finally {
    db.close();
  }
}

/** A raw Hocuspocus sync message carrying `update` for `document`. */
function updateMessage(document: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, document);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'verso-embedded-'));
  appDir = join(dataDir, 'app');
  mkdirSync(join(appDir, 'assets'), { recursive: true });
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>Verso</title>');
  writeFileSync(join(appDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(appDir, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(join(dataDir, 'secret.txt'), 'not for the web');
  await start();
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
  clockOffset = 0;
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sharing a project', () => {
  it('returns an id, an owner token and edit and view tokens', async () => {
    const created = await api().create(backupJson(['one', 'two'], 'Report'));
    expect(created).toMatchObject({ name: 'Report', document: created.id });
    const meta = await api().meta(created.id, created.editToken);
    expect(meta).toMatchObject({ id: created.id, name: 'Report', access: 'edit' });
    expect((await api().meta(created.id, created.viewToken)).access).toBe('view');
    expect((await api().meta(created.id, created.ownerToken)).access).toBe('owner');
  });

  it('gives the base snapshot back as uploaded, compressed or not', async () => {
    const json = backupJson(['alpha', 'beta']);
    const { id, viewToken } = await api().create(json);
    expect(await api().base(id, viewToken)).toBe(json);
    const raw = await fetch(new URL(`/api/projects/${id}/base`, server.url), {
      headers: { Authorization: `Bearer ${viewToken}`, 'Accept-Encoding': 'identity' },
    });
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect(await raw.text()).toBe(json);
    expect(gunzipSync((await storage.readBase(id)) ?? new Uint8Array()).toString()).toBe(json);
  });

  it('seeds the shared document with the segment texts', async () => {
    const { id, editToken } = await api().create(backupJson(['first text', 'second text']));
    const c = client(id, editToken);
    await c.synced;
    expect(segmentTexts(c.doc)).toEqual(
      new Map([
        ['s1', 'first text'],
        ['s2', 'second text'],
      ]),
    );
  });

  it('the owner mints a view link that expires; an edit link cannot mint', async () => {
    const { id, ownerToken, editToken } = await api().create(backupJson(['x']));
    const link = await api().mint(id, ownerToken, 'view', 3600);
    expect(link.access).toBe('view');
    expect(link.expiresAt).toBeGreaterThan(Date.now());
    expect((await api().meta(id, link.token)).access).toBe('view');
    await expect(api().mint(id, editToken, 'edit')).rejects.toMatchObject({
      code: 'access-denied',
      status: 403,
    });
  });
});

describe('live review between two clients', () => {
  it('an edit of one client appears in the other and is stored', async () => {
    const { id, editToken } = await api().create(backupJson(['Hello', 'World']));
    const a = client(id, editToken);
    const b = client(id, editToken);
    await Promise.all([a.synced, b.synced]);
    a.type('s1', ' there');
    b.type('s2', '!', 5);
    await waitFor(() => a.text('s2') === 'World!' && b.text('s1') === 'Hello there', 'both edits');
    await waitFor(
      async () => (await stored(id)).get('s1') === 'Hello there',
      'the edit in storage',
    );
    expect(await stored(id)).toEqual(segmentTexts(a.doc));
  });

  it('a viewer sees edits live, and its own changes are refused by the server', async () => {
    const { id, editToken, viewToken } = await api().create(backupJson(['Shared text']));
    const editor = client(id, editToken);
    const viewer = client(id, viewToken);
    await Promise.all([editor.synced, viewer.synced]);
    expect(viewer.provider.authorizedScope).toBe('readonly');
    editor.type('s1', ', edited');
    await waitFor(() => viewer.text('s1') === 'Shared text, edited', 'the edit at the viewer');
    const before = await storedBytes(id);
    viewer.type('s1', ' VIEWER WAS HERE');
    await waitFor(() => viewer.notices.length > 0, 'the read-only notice');
    expect(JSON.parse(viewer.notices[0] as string)).toEqual({
      verso: 'refused',
      code: 'read-only',
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(editor.text('s1')).toBe('Shared text, edited');
    expect(await storedBytes(id)).toEqual(before);
  });
});

describe('tokens on the sync endpoint and the API', () => {
  it('a token for one project opens no other', async () => {
    const one = await api().create(backupJson(['one']));
    const two = await api().create(backupJson(['two']));
    const c = client(two.id, one.editToken);
    await waitFor(() => c.denied.length > 0, 'the refusal');
    expect(c.denied).toEqual(['token-wrong-project']);
    expect(c.text('s1')).toBe('');
    await expect(api().meta(two.id, one.ownerToken)).rejects.toMatchObject({
      code: 'token-wrong-project',
    });
    await expect(api().unshare(two.id, one.ownerToken)).rejects.toMatchObject({
      code: 'token-wrong-project',
    });
    expect(await storage.findProject(two.id)).toBeDefined();
  });

  it('a forged token is refused', async () => {
    const { id, viewToken } = await api().create(backupJson(['x']));
    const forged = viewToken.replace('.view.', '.edit.');
    const c = client(id, forged);
    await waitFor(() => c.denied.length > 0, 'the refusal');
    expect(c.denied).toEqual(['token-invalid']);
    await expect(api().meta(id, forged)).rejects.toMatchObject({
      code: 'token-invalid',
      status: 401,
    });
  });

  it('an expired token is refused', async () => {
    const { id, ownerToken } = await api().create(backupJson(['x']));
    const { token } = await api().mint(id, ownerToken, 'edit', 60);
    clockOffset = 61_000;
    const c = client(id, token);
    await waitFor(() => c.denied.length > 0, 'the refusal');
    expect(c.denied).toEqual(['token-expired']);
    await expect(api().meta(id, token)).rejects.toMatchObject({
      code: 'token-expired',
      status: 401,
    });
  });

  it('a request without a token is refused', async () => {
    const { id } = await api().create(backupJson(['x']));
    const response = await fetch(new URL(`/api/projects/${id}`, server.url));
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'token-missing',
    );
  });
});

describe('un-sharing', () => {
  it('closes open connections, refuses every link and deletes what was stored', async () => {
    const { id, ownerToken, editToken, viewToken } = await api().create(backupJson(['Gone soon']));
    const c = client(id, editToken);
    await c.synced;
    c.type('s1', '!');
    await waitFor(async () => (await stored(id)).get('s1') === 'Gone soon!', 'the edit stored');
    await api().unshare(id, ownerToken);
    await waitFor(() => c.closed.includes('project-deleted'), 'the close');
    for (const token of [ownerToken, editToken, viewToken]) {
      await expect(api().meta(id, token)).rejects.toMatchObject({ code: 'project-not-found' });
    }
    const late = client(id, editToken);
    await waitFor(() => late.denied.length > 0, 'the refusal');
    expect(late.denied).toEqual(['project-not-found']);
    expect(await storage.readDocument(id, id)).toBeUndefined();
    expect(await storage.documentStats(id)).toEqual({
      updates: 0,
      updateBytes: 0,
      snapshotBytes: 0,
    });
  });
});

describe('bad input', () => {
  it('a malformed update closes the connection and changes nothing stored', async () => {
    const { id, editToken } = await api().create(backupJson(['Intact']));
    const c = client(id, editToken);
    await c.synced;
    const before = await storedBytes(id);
    c.socket.send(
      updateMessage(
        id,
        Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256),
      ),
    );
    await waitFor(() => c.closed.includes('update-malformed'), 'the close');
    expect(await storedBytes(id)).toEqual(before);
  });

  it('a message over the size limit closes the socket with 1009 and changes nothing', async () => {
    const { id, editToken } = await api().create(backupJson(['Intact']));
    const c = client(id, editToken);
    await c.synced;
    const before = await storedBytes(id);
    const codes: number[] = [];
    c.socket.on('disconnect', ({ event }: { event: CloseEvent }) => codes.push(event.code));
    c.socket.send(updateMessage(id, new Uint8Array(MAX_MESSAGE_BYTES + 1)));
    await waitFor(() => codes.length > 0, 'the socket to close', 20_000);
    expect(codes[0]).toBe(1009);
    expect(await storedBytes(id)).toEqual(before);
    // The server goes on serving.
    const other = client(id, editToken);
    await other.synced;
    expect(other.text('s1')).toBe('Intact');
  });

  it('an upload over 50 MiB is refused before it is read, and nothing is stored', async () => {
    await server.persistence.flushAll();
    const before = rowCounts();
    const response = await fetch(new URL('/api/projects', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array(MAX_UPLOAD_BYTES + 1),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'body-too-large',
    );
    expect(rowCounts()).toEqual(before);
  });

  it('an upload that is not a Verso backup is refused with the reader’s error', async () => {
    await server.persistence.flushAll();
    const before = rowCounts();
    const error = await api()
      .create('{"hello": "world"}')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncApiError);
    expect(error).toMatchObject({
      code: 'body-invalid',
      status: 400,
      input: { code: 'errors.backupFormat' },
    });
    expect(rowCounts()).toEqual(before);
  });

  it('unknown endpoints and methods answer with JSON errors', async () => {
    const missing = await fetch(new URL('/api/nothing', server.url));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not-found');
    const wrong = await fetch(new URL('/api/projects', server.url), { method: 'GET' });
    expect(wrong.status).toBe(405);
  });
});

describe('restart', () => {
  it('a server started again on the same data folder gives every text back', async () => {
    const { id, editToken } = await api().create(backupJson(['Before', 'restart']));
    const a = client(id, editToken);
    await a.synced;
    for (let i = 0; i < 50; i += 1) a.type(i % 2 ? 's1' : 's2', `${i}`);
    await waitFor(async () => (await stored(id)).get('s2') === a.text('s2'), 'stored');
    const expected = segmentTexts(a.doc);
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    await start();
    const fresh = client(id, editToken);
    await fresh.synced;
    expect(segmentTexts(fresh.doc)).toEqual(expected);
  });
});

describe('the app files', () => {
  const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);

  it('serves the page with the security headers of the preview server', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(name)).toBe(value);
    }
    expect(await response.text()).toContain('<title>Verso</title>');
  });

  it('serves the service worker and assets as JavaScript, revalidated by ETag', async () => {
    const sw = await get('/sw.js');
    expect(sw.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const etag = sw.headers.get('etag') ?? '';
    const again = await get('/sw.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect((await get('/assets/index-abc.js')).headers.get('content-type')).toContain('javascript');
  });

  it('answers an app route with the page and a missing asset with 404', async () => {
    expect(await (await get('/projects/42')).text()).toContain('<title>Verso</title>');
    expect((await get('/assets/missing-123.js')).status).toBe(404);
  });

  it('never serves a file outside the app folder', async () => {
    const response = await get('/..%2fsecret.txt');
    expect(await response.text()).not.toContain('not for the web');
  });
});

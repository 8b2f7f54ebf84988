/**
 * Helpers for the sync server's tests and bench (issue 14): backups to share, headless clients on
 * @hocuspocus/provider with the app's failover socket, server processes, and waiting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Backup } from '../../src/core/formats/backup/model.ts';
import { serializeBackup } from '../../src/core/formats/backup/write.ts';
import { segmentTexts, textsOf } from '../../src/core/sync/project-doc.ts';
import { SYNC_PATH } from '../../src/core/sync/protocol.ts';
import { storedParts } from '../../src/server/storage/documents.ts';
import type { SyncStorage } from '../../src/server/storage/types.ts';
import { FailoverWebsocket } from '../../src/sync/failover-socket.ts';

/** The project folder. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** A backup of a project whose segments have these texts (ids s1, s2, …), as JSON. */
export function backupJson(texts: readonly string[], name = 'Shared project'): string {
  const backup: Backup = {
    format: 'verso-backup',
    version: 1,
    exportedAt: 0,
    project: { name, fileName: 'shared.txt', createdAt: 0, updatedAt: 0, targetLang: 'en' },
    segments: texts.map((text, i) => ({
      id: `s${i + 1}`,
      mt: text,
      text,
      status: 'new',
      comments: [],
    })),
    revisions: [],
  };
  return serializeBackup(backup);
}

/** The WebSocket URL of the sync endpoint of a server at `appUrl`. */
export function wsUrl(appUrl: string): string {
  return new URL(SYNC_PATH, appUrl.replace(/^http/, 'ws')).href;
}

/** A headless client of one shared document. */
export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: FailoverWebsocket;
  /** Reasons of refused authentications, closed document connections, and stateless notices. */
  readonly denied: string[];
  readonly closed: string[];
  readonly notices: string[];
  /** Resolves once the first sync with a server is done. */
  readonly synced: Promise<void>;
  /** A segment's text. */
  text(id: string): string;
  /** Edits a segment's text: inserts `insert` at `at` (end by default). */
  type(id: string, insert: string, at?: number): void;
  destroy(): void;
}

/**
 * Connects a client to `document` through the servers `appUrls` (fails over in that order) with
 * `token`. Reconnects quickly (100 ms), as a test wants.
 */
export function openClient(
  appUrls: readonly string[],
  document: string,
  token: string,
  doc: Y.Doc = new Y.Doc(),
): TestClient {
  const socket = new FailoverWebsocket({
    urls: appUrls.map(wsUrl),
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    factor: 1.5,
    jitter: false,
  });
  const denied: string[] = [];
  const closed: string[] = [];
  const notices: string[] = [];
  let resolveSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: document,
    document: doc,
    token,
    onSynced: () => resolveSynced(),
    onAuthenticationFailed: ({ reason }) => denied.push(reason),
    onClose: ({ event }) => {
      if (event.reason) closed.push(event.reason);
    },
    onStateless: ({ payload }) => notices.push(payload),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    denied,
    closed,
    notices,
    synced,
    text: (id) => textsOf(doc).get(id)?.toJSON() ?? '',
    type: (id, insert, at) => {
      const text = textsOf(doc).get(id);
      if (text === undefined) throw new Error(`no segment ${id}`);
      text.insert(at ?? text.length, insert);
    },
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `check` returns true, polling; fails with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A server process started from the build (dist-server/server.js). */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed. */
  readonly output: () => string;
  /** Resolves when it has exited. */
  readonly exited: Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `node dist-server/server.js` (Node ≥ 22: this process's) with `env` added to the
 * environment; resolves with its URL once it prints "Verso is running at".
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'dist-server/server.js')], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Verso is running at (\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        resolve({
          url: match[1],
          child,
          output: () => output,
          exited,
          kill: async (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`server exited before it listened:\n${output}`)));
  });
}

/** A TCP port free on the loopback interface now (for servers restarted on the same port). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The segment texts of a document as `storage` holds it (snapshot and updates merged). */
export async function storedTexts(
  storage: SyncStorage,
  project: string,
  document = project,
): Promise<Map<string, string>> {
  const stored = await storage.readDocument(project, document);
  const doc = new Y.Doc();
  for (const part of stored === undefined ? [] : storedParts(stored)) Y.applyUpdate(doc, part);
  return segmentTexts(doc);
}

/**
 * Verso's server (issue 14): one HTTP server that serves the built app, the sharing API and the sync
 * endpoint, over the embedded store or PostgreSQL, alone or with peers through Redis.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { API_PATH, documentBelongsTo, SYNC_PATH } from '../core/sync/protocol.ts';
import { SECURITY_HEADERS } from '../../scripts/offline-plugin.ts';
import { sharingApi } from './http/api.ts';
import { sendError } from './http/respond.ts';
import { staticFiles } from './http/static-files.ts';
import { Projects } from './projects.ts';
import type { Jobs } from './jobs/pool.ts';
import type { SyncStorage } from './storage/types.ts';
import { connectCluster, type Cluster } from './sync/cluster.ts';
import { Gate } from './sync/gate.ts';
import { Persistence } from './sync/persistence.ts';
import { SyncRefusal } from './sync/refusal.ts';
import { attachSyncEndpoint } from './sync/websocket.ts';

/** What `startServer` needs. */
export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly appDir: string;
  readonly storage: SyncStorage;
  /** The heavy jobs (sharing, compaction): a worker thread, or in-process in tests. */
  readonly jobs: Jobs;
  readonly redisUrl?: string;
  readonly flushDelayMs: number;
  readonly compactAfter: number;
  /** How long a document stays loaded after its last client left (ms). */
  readonly keepLoadedMs: number;
  /** App URLs of the other servers of the same projects (clients fail over to them). */
  readonly peers?: readonly string[];
  readonly log?: (message: string) => void;
  /** Clock for token expiry (tests). */
  readonly now?: () => number;
}

/** A running server. */
export interface VersoServer {
  readonly url: string;
  readonly port: number;
  readonly http: Server;
  readonly hocuspocus: Hocuspocus;
  readonly persistence: Persistence;
  /** Stores what is queued, closes every connection and the storage. */
  close(): Promise<void>;
}

/** Starts the server and resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<VersoServer> {
  const log = options.log ?? ((message: string) => console.error(message));
  const identifier = `verso-${randomBytes(6).toString('hex')}`;
  const projects = new Projects(options.storage, options.jobs, options.now);
  const persistence = new Persistence({
    storage: options.storage,
    merge: (updates) => options.jobs.merge(updates),
    flushDelayMs: options.flushDelayMs,
    compactAfter: options.compactAfter,
    keepLoadedMs: options.keepLoadedMs,
    log,
  });
  let cluster: Cluster | undefined;
  if (options.redisUrl !== undefined) cluster = connectCluster(options.redisUrl, identifier);
  const extensions: Extension[] = [new Gate(projects), persistence];
  if (cluster !== undefined) extensions.push(cluster.extension);
  const hocuspocus = new Hocuspocus({
    name: identifier,
    quiet: true,
    extensions,
    // Hocuspocus's save debounce only triggers Persistence.onStoreDocument (a flush); appends are
    // already timed by flushDelayMs.
    debounce: 1000,
    maxDebounce: 5000,
  });

  /** Closes this server's connections to an un-shared project and stops storing its changes. */
  const closeProject = (id: string): void => {
    const belongs = (document: string): boolean => documentBelongsTo(document, id);
    persistence.forgetProject(belongs);
    const refusal = new SyncRefusal('project-deleted');
    for (const document of hocuspocus.documents.values()) {
      if (!belongs(document.name)) continue;
      for (const connection of [...document.getConnections()]) {
        connection.close({ code: refusal.code, reason: refusal.reason });
      }
    }
  };
  cluster?.onDeleted(closeProject);

  const headers = SECURITY_HEADERS;
  const api = sharingApi({
    projects,
    headers,
    log,
    peers: options.peers ?? [],
    projectDeleted: async (id) => {
      closeProject(id);
      await cluster?.announceDeleted(id);
    },
    health: () => ({
      server: identifier,
      storage: options.storage.kind,
      relay: cluster === undefined ? 'none' : 'redis',
      documents: hocuspocus.getDocumentsCount(),
      connections: hocuspocus.getConnectionsCount(),
    }),
  });
  const files = staticFiles(options.appDir, headers);
  const http = createServer((req, res) => {
    const handle = async (): Promise<void> => {
      if (await api(req, res)) return;
      if (await files(req, res)) return;
      sendError(res, headers, 'method-not-allowed');
    };
    handle().catch((error: unknown) => {
      log(`request ${req.method} ${req.url} failed: ${String(error)}`);
      if (!res.headersSent) sendError(res, headers, 'server-error');
      else res.destroy();
    });
  });
  const closeSockets = attachSyncEndpoint(http, hocuspocus);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  if (cluster !== undefined) await cluster.checkLimits(log);
  const { port } = http.address() as AddressInfo;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}/`,
    port,
    http,
    hocuspocus,
    persistence,
    close: () =>
      (closing ??= (async () => {
        http.close();
        await persistence.flushAll();
        hocuspocus.closeConnections();
        closeSockets();
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        await cluster?.close();
        await options.storage.close();
      })()),
  };
}

/** The WebSocket URL of the sync endpoint for an app URL. */
export function syncUrl(appUrl: string): string {
  return new URL(SYNC_PATH, appUrl.replace(/^http/, 'ws')).href;
}

/** Exported for the README and tests. */
export const PATHS = { api: API_PATH, sync: SYNC_PATH } as const;

/**
 * The server's settings, from the environment (names are a contract: GUIDE part 5, issue 14).
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | PORT | 4173 | HTTP and WebSocket port |
 * | VERSO_HOST | 127.0.0.1 | address to listen on |
 * | VERSO_DATA_DIR | `<project>/data` | embedded database folder (when no VERSO_DATABASE_URL) |
 * | VERSO_APP_DIR | `<project>/dist` | the built app it serves (a release folder of a deployment) |
 * | VERSO_DATABASE_URL | — | PostgreSQL URL: scaled mode's shared database |
 * | VERSO_REDIS_URL | — | Redis URL: relays changes between several server processes |
 * | VERSO_FLUSH_MS | 20 | how long changes are gathered before one row is appended |
 * | VERSO_COMPACT_AFTER | 500 | rows a server appends to a document before it compacts it |
 * | VERSO_KEEP_LOADED_MS | 120000 | how long a document stays in memory after its last client left |
 * | VERSO_PEERS | — | app URLs of the other servers of the same projects (comma-separated): clients fail over to them |
 */
import { resolve } from 'node:path';

/** The settings. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** The built app (dist/). */
  readonly appDir: string;
  readonly dataDir: string;
  readonly databaseUrl?: string;
  readonly redisUrl?: string;
  readonly flushDelayMs: number;
  readonly compactAfter: number;
  readonly keepLoadedMs: number;
  /** App URLs of the other servers serving the same projects, given to clients to fail over to. */
  readonly peers: readonly string[];
}

/** VERSO_PEERS: http(s) URLs, comma-separated; anything else is refused with the entry named. */
function peerUrls(env: NodeJS.ProcessEnv): string[] {
  const raw = env['VERSO_PEERS'] ?? '';
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return entries.map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new Error(
        `VERSO_PEERS must list http(s) URLs separated by commas; "${entry}" is not one.`,
      );
    }
    return url.href;
  });
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number ≥ ${min}, not "${raw}".`);
  }
  return value;
}

/** Reads the settings. `root` is the project folder (where dist/ and data/ are). */
export function readConfig(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const databaseUrl = env['VERSO_DATABASE_URL'] || undefined;
  const redisUrl = env['VERSO_REDIS_URL'] || undefined;
  return {
    port: integer(env, 'PORT', 4173, 0),
    host: env['VERSO_HOST'] || '127.0.0.1',
    appDir: resolve(root, env['VERSO_APP_DIR'] || 'dist'),
    dataDir: resolve(root, env['VERSO_DATA_DIR'] || 'data'),
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(redisUrl === undefined ? {} : { redisUrl }),
    flushDelayMs: integer(env, 'VERSO_FLUSH_MS', 20, 0),
    compactAfter: integer(env, 'VERSO_COMPACT_AFTER', 500, 1),
    keepLoadedMs: integer(env, 'VERSO_KEEP_LOADED_MS', 120_000, 0),
    peers: peerUrls(env),
  };
}

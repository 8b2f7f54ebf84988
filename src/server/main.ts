/**
 * Entry of the built server (dist-server/server.js), run by `npm start` (scripts/start.js): reads the
 * environment (config.ts), opens the store (PostgreSQL when VERSO_DATABASE_URL is set, else SQLite
 * under VERSO_DATA_DIR), starts the server and prints its URL. SIGTERM/SIGINT store what is queued
 * and stop.
 */
import { fileURLToPath } from 'node:url';
import { readConfig } from './config.ts';
import { startServer, type VersoServer } from './app.ts';
import { workerJobs } from './jobs/pool.ts';
import { openPostgresStorage } from './storage/postgres.ts';
import { openSqliteStorage } from './storage/sqlite.ts';

/** The built worker thread, next to this file once built (vite.server.config.ts). */
const WORKER = 'worker.js';

/**
 * Starts the server for the project in `root` with the settings in `env`; prints
 * "Verso is running at <url>" (the line scripts and tests wait for).
 */
export async function main(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<VersoServer> {
  const config = readConfig(env, root);
  const storage =
    config.databaseUrl === undefined
      ? await openSqliteStorage(config.dataDir)
      : await openPostgresStorage(config.databaseUrl);
  if (config.redisUrl !== undefined && config.databaseUrl === undefined) {
    console.warn(
      'VERSO_REDIS_URL is set without VERSO_DATABASE_URL: each server keeps its own embedded database, so only one server should run.',
    );
  }
  const jobs = workerJobs(new URL(WORKER, import.meta.url));
  const server = await startServer({
    port: config.port,
    host: config.host,
    appDir: config.appDir,
    storage,
    jobs,
    ...(config.redisUrl === undefined ? {} : { redisUrl: config.redisUrl }),
    flushDelayMs: config.flushDelayMs,
    compactAfter: config.compactAfter,
    keepLoadedMs: config.keepLoadedMs,
    peers: config.peers,
  });
  const where =
    config.databaseUrl === undefined ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  console.log(`Verso is running at ${server.url}`);
  console.log(
    `Sharing: ${where}${config.redisUrl === undefined ? '' : ', changes relayed through Redis'}.`,
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => jobs.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return server;
}

/** Run directly (`node dist-server/server.js`): the project folder is the one above dist-server/. */
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(fileURLToPath(new URL('..', import.meta.url))).catch((error: unknown) => {
    console.error(`Verso could not start: ${(error as Error).message}`);
    process.exit(1);
  });
}

#!/usr/bin/env node
// `npm run services -- start|stop|status` (issue 14): a local PostgreSQL and Redis for the scaled mode,
// as our own processes on loopback ports with data folders of ours — not the system's services.
// `start` installs the Debian packages when they are missing (as root), is idempotent, and prints
//   export VERSO_DATABASE_URL=postgres://verso@127.0.0.1:<port>/verso
//   export VERSO_REDIS_URL=redis://127.0.0.1:<port>
// so `eval "$(npm run --silent services -- start)"` sets up a shell. `status` prints the same lines
// when both run (exit 0) and exits 1 otherwise; `stop` stops both.
//
// Environment: VERSO_SERVICES_DIR (data, sockets and logs; default a folder in the system's temporary
// directory named after this checkout), VERSO_PG_PORT and VERSO_REDIS_PORT (default: ports in 55000–55999
// and 56000–56999 derived from this checkout's folder, so two checkouts on one machine do not collide).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const checkout = createHash('sha256').update(root).digest('hex');
const dir =
  process.env.VERSO_SERVICES_DIR || join(tmpdir(), `verso-services-${checkout.slice(0, 10)}`);
const offset = parseInt(checkout.slice(0, 6), 16) % 1000;
const pgPort = Number(process.env.VERSO_PG_PORT || 55000 + offset);
const redisPort = Number(process.env.VERSO_REDIS_PORT || 56000 + offset);
const pgData = join(dir, 'postgres');
const pgSockets = join(dir, 'sockets');
const redisDir = join(dir, 'redis');
const isRoot = process.getuid?.() === 0;
const databaseUrl = `postgres://verso@127.0.0.1:${pgPort}/verso`;
const redisUrl = `redis://127.0.0.1:${redisPort}`;
/** Redis drops pub/sub clients with more pending output than this (default 32 MB): a large project's
 * first sync is up to 32 MiB (src/core/sync/protocol.ts MAX_MESSAGE_BYTES), so allow 4 times that. */
const PUBSUB_LIMIT = 128 * 1024 * 1024;

const log = (message) => console.error(message);

function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? undefined : join(base, versions[0], 'bin');
}

function redisServer() {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function installMissing() {
  const missing = [];
  if (postgresBin() === undefined) missing.push('postgresql');
  if (redisServer() === undefined) missing.push('redis-server');
  if (missing.length === 0) return;
  if (!isRoot) {
    throw new Error(
      `Missing Debian packages: ${missing.join(' ')}. Install them (sudo apt-get install ${missing.join(' ')}) and run this again.`,
    );
  }
  log(`Installing ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
}

/** Runs a PostgreSQL program, as the `postgres` user when we are root (initdb refuses root). */
function asPostgres(program, args, options = {}) {
  const bin = join(postgresBin(), program);
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return spawnSync(cmd, argv, { encoding: 'utf8', ...options });
}

function ownedByPostgres(path) {
  mkdirSync(path, { recursive: true });
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(path, uid, gid);
  }
  chmodSync(path, 0o700);
}

function postgresRunning() {
  if (postgresBin() === undefined || !existsSync(join(pgData, 'PG_VERSION'))) return false;
  return asPostgres('pg_ctl', ['status', '-D', pgData]).status === 0;
}

async function startPostgres() {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    ownedByPostgres(pgData);
    const init = asPostgres('initdb', [
      '-D',
      pgData,
      '-U',
      'verso',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stderr}${init.stdout}`);
  }
  if (!postgresRunning()) {
    ownedByPostgres(pgSockets);
    const options = `-p ${pgPort} -k ${pgSockets} -c listen_addresses=127.0.0.1`;
    const started = asPostgres('pg_ctl', [
      'start',
      '-D',
      pgData,
      '-w',
      '-t',
      '60',
      '-l',
      join(pgData, 'server.log'),
      '-o',
      options,
    ]);
    if (started.status !== 0) {
      const tail = existsSync(join(pgData, 'server.log'))
        ? readFileSync(join(pgData, 'server.log'), 'utf8').split('\n').slice(-15).join('\n')
        : '';
      throw new Error(`PostgreSQL did not start:\n${started.stderr}${started.stdout}\n${tail}`);
    }
  }
  // The database Verso uses; the superuser `verso` was made by initdb.
  const admin = new pg.Client({
    connectionString: `postgres://verso@127.0.0.1:${pgPort}/postgres`,
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'verso'");
    if (rowCount === 0) await admin.query('CREATE DATABASE verso');
  } finally {
    await admin.end();
  }
}

function redisPid() {
  const file = join(redisDir, 'redis.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Sends PING to the Redis port; true on +PONG. */
function redisAnswers() {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: redisPort });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

async function startRedis() {
  if (redisPid() !== undefined && (await redisAnswers())) return;
  mkdirSync(redisDir, { recursive: true });
  const started = spawnSync(
    redisServer(),
    [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
      '--dir',
      redisDir,
      '--pidfile',
      join(redisDir, 'redis.pid'),
      '--logfile',
      join(redisDir, 'redis.log'),
      '--client-output-buffer-limit',
      `pubsub ${PUBSUB_LIMIT} ${PUBSUB_LIMIT / 2} 60`,
    ],
    { encoding: 'utf8' },
  );
  if (started.status !== 0) throw new Error(`redis-server did not start:\n${started.stderr}`);
  for (let i = 0; i < 100; i += 1) {
    if (await redisAnswers()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Redis does not answer on port ${redisPort}; see ${join(redisDir, 'redis.log')}`);
}

function printExports() {
  console.log(`export VERSO_DATABASE_URL=${databaseUrl}`);
  console.log(`export VERSO_REDIS_URL=${redisUrl}`);
}

async function stop() {
  if (postgresRunning()) {
    const stopped = asPostgres('pg_ctl', ['stop', '-D', pgData, '-m', 'fast', '-w']);
    if (stopped.status !== 0) log(`pg_ctl stop failed: ${stopped.stderr}`);
  }
  const pid = redisPid();
  if (pid !== undefined) {
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 50 && redisPid() !== undefined; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  log('PostgreSQL and Redis are stopped.');
}

async function status() {
  const pgUp = postgresRunning();
  const redisUp = redisPid() !== undefined && (await redisAnswers());
  log(`PostgreSQL (port ${pgPort}, ${pgData}): ${pgUp ? 'running' : 'stopped'}`);
  log(`Redis (port ${redisPort}, ${redisDir}): ${redisUp ? 'running' : 'stopped'}`);
  if (pgUp && redisUp) printExports();
  return pgUp && redisUp ? 0 : 1;
}

const command = process.argv[2];
try {
  if (command === 'start') {
    installMissing();
    await startPostgres();
    await startRedis();
    log(`PostgreSQL on port ${pgPort} and Redis on port ${redisPort} are running (${dir}).`);
    printExports();
  } else if (command === 'stop') {
    await stop();
  } else if (command === 'status') {
    process.exitCode = await status();
  } else {
    log('Usage: npm run services -- start|stop|status');
    process.exitCode = 2;
  }
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

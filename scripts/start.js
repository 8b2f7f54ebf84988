#!/usr/bin/env node
// `npm start`: builds the production app and the sync server when missing or older than their
// sources, then serves both on http://127.0.0.1:${PORT:-4173}/ and prints the URL (issue 14; the server
// is src/server, built to dist-server/). Environment: PORT, VERSO_DATA_DIR, VERSO_DATABASE_URL,
// VERSO_REDIS_URL (src/server/config.ts).
//
// The server needs Node ≥ 22 (Hocuspocus 4, node:sqlite). npm scripts run on the `node` package pinned
// in devDependencies; run directly on an older Node, this script starts itself again on that one.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

if (Number(process.versions.node.split('.')[0]) < 22) {
  let node;
  try {
    node = createRequire(import.meta.url).resolve('node/bin/node');
  } catch {
    console.error('Verso needs Node 22 or later: run `npm ci` first (it installs one).');
    process.exit(1);
  }
  const child = spawn(node, process.argv.slice(1), { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  await start();
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether `built` is missing or older than any of `sources` (paths relative to the project). */
function stale(built, sources) {
  const file = join(root, built);
  if (!existsSync(file)) return true;
  return Math.max(...sources.map((p) => newest(join(root, p)))) > statSync(file).mtimeMs;
}

async function build(options) {
  // Loaded only when something must be built: a server that starts from a fresh build is lighter.
  const vite = await import('vite');
  await vite.build({ root, logLevel: 'warn', ...options });
}

async function start() {
  const lock = 'package-lock.json';
  if (stale('dist/index.html', ['src', 'corpus', 'index.html', 'vite.config.ts', lock])) {
    console.log('Building Verso…');
    await build({});
  }
  const serverSources = ['src/server', 'src/core', 'scripts/offline-plugin.ts'];
  if (stale('dist-server/server.js', [...serverSources, 'vite.server.config.ts', lock])) {
    console.log('Building the sync server…');
    await build({ configFile: join(root, 'vite.server.config.ts') });
  }
  const { main } = await import(join(root, 'dist-server/server.js'));
  await main(root);
}

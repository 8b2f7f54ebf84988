#!/usr/bin/env node
// @ts-nocheck
// `npm start`: builds the production app when the build is missing or older than the sources, then
// serves it on http://127.0.0.1:${PORT:-4173}/ and prints the URL.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 4173);

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = join(root, 'dist', 'index.html');
const sources = ['src', 'corpus', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) =>
  join(root, p),
);
if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
  console.log('Building Verso…');
  await build({ root, logLevel: 'warn' });
}
const server = await preview({
  root,
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`Verso is running at ${url}`);

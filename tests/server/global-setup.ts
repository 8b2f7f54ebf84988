/**
 * Before the server suites: builds the server (dist-server/) the process tests start, and starts the
 * local PostgreSQL and Redis through `npm run services -- start` (idempotent; installs the Debian
 * packages on a fresh machine when run as root). Their URLs reach the tests through `inject`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
  }
}

const root = new URL('../..', import.meta.url).pathname;

export default async function setup(project: TestProject): Promise<void> {
  await build({ root, configFile: join(root, 'vite.server.config.ts'), logLevel: 'warn' });
  const out = execFileSync(process.execPath, [join(root, 'scripts/services.js'), 'start'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const value = (name: string): string => {
    const match = new RegExp(`^export ${name}=(\\S+)$`, 'm').exec(out);
    if (match?.[1] === undefined) throw new Error(`services.js printed no ${name}:\n${out}`);
    return match[1];
  };
  project.provide('databaseUrl', value('VERSO_DATABASE_URL'));
  project.provide('redisUrl', value('VERSO_REDIS_URL'));
}

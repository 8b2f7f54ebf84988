// The sync half of `npm run bench` (issue 14), called by scripts/bench.js (or alone:
// `node scripts/bench.js sync`): two server processes (dist-server/server.js) on the local PostgreSQL and
// Redis of `npm run services`, headless Node clients (@hocuspocus/provider with the app's failover
// socket), everything on loopback. Returns table rows.
//
// BENCH_SYNC_LATENCY_S (default 20) and BENCH_SYNC_SOAK_S (default 60) shorten the two timed phases;
// BENCH_DEBUG=1 logs each step.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';

/** Segments of the big shared project (the benchmark document of issue 6). */
const SEGMENTS = 20000;
const LATENCY_RATE = 40;
const LATENCY_SECONDS = Number(process.env.BENCH_SYNC_LATENCY_S ?? 20);
const SOAK_CLIENTS = 10;
const SOAK_RATE = 20;
const SOAK_SECONDS = Number(process.env.BENCH_SYNC_SOAK_S ?? 60);
const debug = process.env.BENCH_DEBUG ? (...a) => console.error('[bench-sync]', ...a) : () => {};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Resident memory of a process, in bytes (Linux). */
function rss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** Starts the services, prints nothing but returns their URLs. */
function services(root) {
  const out = execFileSync(process.execPath, [join(root, 'scripts/services.js'), 'start'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const value = (name) => new RegExp(`^export ${name}=(\\S+)$`, 'm').exec(out)?.[1];
  return { databaseUrl: value('VERSO_DATABASE_URL'), redisUrl: value('VERSO_REDIS_URL') };
}

/**
 * Runs the sync figures. `load` imports a TypeScript module of the project (Vite's runnerImport);
 * `paragraph(random, words)` makes seed-vocabulary text.
 */
export async function benchSync({ root, load, seededRandom, paragraph, runs }) {
  const support = await load('tests/support/sync.ts');
  const { syncApi } = await load('src/sync/api-client.ts');
  const { textsOf, segmentTexts } = await load('src/core/sync/project-doc.ts');
  const rows = [];

  execFileSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'vite.server.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const { databaseUrl, redisUrl } = services(root);
  const env = { VERSO_DATABASE_URL: databaseUrl, VERSO_REDIS_URL: redisUrl };
  let [one, two] = await Promise.all([
    support.startServerProcess(env),
    support.startServerProcess(env),
  ]);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const clients = [];
  const open = (urls, id, token, doc) => {
    const c = support.openClient(urls, id, token, doc);
    clients.push(c);
    return c;
  };
  const close = (c) => {
    c.destroy();
    clients.splice(clients.indexOf(c), 1);
  };
  try {
    // ---- share the 20,000-segment project ----
    const random = seededRandom(14);
    const texts = Array.from({ length: SEGMENTS }, () =>
      paragraph(random, 40 + Math.floor(random() * 21)),
    );
    const json = support.backupJson(texts, 'Sync bench');
    let start = performance.now();
    const project = await syncApi(one.url).create(json);
    const shareMs = performance.now() - start;
    const { id, editToken } = project;
    debug('shared', id, `${(json.length / 2 ** 20).toFixed(1)} MiB`);

    // ---- join without a local copy: first on server 2, which loads it from PostgreSQL (server 1
    // only stored it: the upload was read in its worker thread) ----
    const baseline = rss(two.child.pid);
    const timeJoin = async (urls, doc) => {
      const t0 = performance.now();
      const c = open(urls, id, editToken, doc);
      await c.synced;
      return { c, ms: performance.now() - t0 };
    };
    const first = await timeJoin([two.url]);
    const docBytes = Y.encodeStateAsUpdate(first.c.doc).length;
    await sleep(2000);
    const perProject = rss(two.child.pid) - baseline;
    debug('cold join', first.ms, 'doc', docBytes, 'rss +', perProject);
    const warmNoCopy = [];
    for (let i = 0; i < runs; i += 1) {
      const j = await timeJoin([two.url]);
      warmNoCopy.push(j.ms);
      close(j.c);
    }
    const localState = Y.encodeStateAsUpdate(first.c.doc);
    const withCopy = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, localState);
      return doc;
    };
    const warmCopy = [];
    for (let i = 0; i < runs; i += 1) {
      const j = await timeJoin([two.url], withCopy());
      warmCopy.push(j.ms);
      close(j.c);
    }
    // With a local copy on server 1, which has not loaded it: it reads it from PostgreSQL and asks
    // server 2 (which has it open) for what it may lack, through Redis.
    const peerCopy = await timeJoin([one.url], withCopy());
    close(peerCopy.c);
    // With a local copy after both servers restarted: nobody has it open, the server reads it.
    close(first.c);
    await Promise.all([one.kill(), two.kill()]);
    [one, two] = await Promise.all([
      support.startServerProcess(env),
      support.startServerProcess(env),
    ]);
    const coldCopy = await timeJoin([one.url], withCopy());
    close(coldCopy.c);
    debug('joins', { warmNoCopy, warmCopy, peerCopy: peerCopy.ms, coldCopy: coldCopy.ms });

    // ---- latency: an edit on server 1 seen by a client of server 2, at 40 edits/s ----
    const editor = open([one.url], id, editToken, withCopy());
    const observer = open([two.url], id, editToken, withCopy());
    await Promise.all([editor.synced, observer.synced]);
    await sleep(500);
    const sent = new Map();
    const latencies = [];
    textsOf(observer.doc).observeDeep((events) => {
      const now = performance.now();
      for (const event of events) {
        for (const op of event.changes.delta) {
          if (typeof op.insert !== 'string') continue;
          for (const m of op.insert.matchAll(/⟦(\d+)⟧/g)) {
            const t = sent.get(Number(m[1]));
            if (t !== undefined) latencies.push(now - t);
          }
        }
      }
    });
    const stats = async () =>
      (
        await db.query(
          `SELECT pg_current_wal_lsn() AS lsn,
                  (SELECT coalesce(sum(octet_length(data)), 0) FROM verso_updates WHERE doc = $1) AS bytes,
                  (SELECT count(*) FROM verso_updates WHERE doc = $1) AS n`,
          [id],
        )
      ).rows[0];
    const before = await stats();
    const edits = LATENCY_RATE * LATENCY_SECONDS;
    const editRandom = seededRandom(41);
    start = performance.now();
    for (let n = 0; n < edits; n += 1) {
      const due = start + (n * 1000) / LATENCY_RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const text = textsOf(editor.doc).get(`s${1 + Math.floor(editRandom() * SEGMENTS)}`);
      const at = Math.floor(editRandom() * text.length);
      sent.set(n, performance.now());
      editor.doc.transact(() => {
        // A word replaced, as a reviewer does: a few characters out, a marked word in.
        text.delete(at, Math.min(4, text.length - at));
        text.insert(at, `⟦${n}⟧`);
      });
    }
    await support.waitFor(() => latencies.length >= edits, 'every edit at the observer', 30_000);
    await sleep(1500);
    const after = await stats();
    const walBytes = Number(
      (await db.query('SELECT pg_wal_lsn_diff($1, $2) AS d', [after.lsn, before.lsn])).rows[0].d,
    );
    const sorted = [...latencies].sort((a, b) => a - b);
    debug('latency p50', percentile(sorted, 0.5), 'p95', percentile(sorted, 0.95));
    close(editor);
    close(observer);

    // ---- soak: 10 clients × 20 edits/s for 60 s, half on each server ----
    const soakRandom = seededRandom(77);
    const soakers = Array.from({ length: SOAK_CLIENTS }, (_, k) =>
      open(k % 2 === 0 ? [one.url, two.url] : [two.url, one.url], id, editToken, withCopy()),
    );
    await Promise.all(soakers.map((c) => c.synced));
    const tokens = soakers.map(() => []);
    const soakStart = performance.now();
    await Promise.all(
      soakers.map(async (c, k) => {
        const total = SOAK_RATE * SOAK_SECONDS;
        for (let n = 0; n < total; n += 1) {
          const due = soakStart + (n * 1000) / SOAK_RATE + k * 5;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          const text = textsOf(c.doc).get(`s${1 + Math.floor(soakRandom() * SEGMENTS)}`);
          const token = `⟪${k}.${n}⟫`;
          // Before a space (or at the end): never inside an earlier token, so each stays findable.
          const content = text.toJSON();
          const space = content.indexOf(' ', Math.floor(soakRandom() * content.length));
          text.insert(space === -1 ? content.length : space, ` ${token}`);
          tokens[k].push(token);
        }
      }),
    );
    const typedFor = (performance.now() - soakStart) / 1000;
    const stopped = performance.now();
    const reference = soakers[0];
    const same = (a, b) =>
      Buffer.compare(
        Buffer.from(Y.encodeStateVector(a.doc)),
        Buffer.from(Y.encodeStateVector(b.doc)),
      ) === 0;
    await support
      .waitFor(
        () => soakers.every((c) => same(c, reference)),
        'the soak clients to converge',
        60_000,
      )
      .catch(() => undefined);
    const convergeMs = performance.now() - stopped;
    const all = tokens.flat();
    const joined = (c) => [...segmentTexts(c.doc).values()].join('\n');
    let lost = 0;
    for (const c of soakers) {
      const text = joined(c);
      lost += all.filter((t) => !text.includes(t)).length;
    }
    const converged = soakers.every((c) => same(c, reference) && joined(c) === joined(reference));
    await sleep(1500);
    const { openPostgresStorage } = await load('src/server/storage/postgres.ts');
    const storage = await openPostgresStorage(databaseUrl);
    const stored = await support.storedTexts(storage, id);
    await storage.close();
    const storedText = [...stored.values()].join('\n');
    const lostInStorage = all.filter((t) => !storedText.includes(t)).length;
    const storageSame = storedText === joined(reference);
    debug('soak', { all: all.length, lost, lostInStorage, converged, storageSame, convergeMs });
    for (const c of soakers) close(c);

    await syncApi(one.url).unshare(id, project.ownerToken);

    const goal = (ok, text) => `${text}${ok ? '' : ' ✗'}`;
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const spread = (xs) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
    rows.push(
      {
        name: `share a ${SEGMENTS.toLocaleString('en')}-segment project (POST the ${(json.length / 2 ** 20).toFixed(1)} MiB backup: validate, compress, seed the Y.Doc of ${mb(docBytes)})`,
        value: ms(shareMs),
        spread: '1 run',
        goal: '',
      },
      {
        name: `join it without a local copy, the server loading it from PostgreSQL (${mb(docBytes)} first sync)`,
        value: ms(first.ms),
        spread: '1 run',
        goal: goal(first.ms <= 3000, '≤ 3 s'),
      },
      {
        name: 'join it without a local copy, another client has it open',
        value: ms(median(warmNoCopy)),
        spread: spread(warmNoCopy),
        goal: goal(median(warmNoCopy) <= 3000, '≤ 3 s'),
      },
      {
        name: 'join it with a local copy, another client has it open',
        value: ms(median(warmCopy)),
        spread: spread(warmCopy),
        goal: goal(median(warmCopy) <= 500, '≤ 0.5 s'),
      },
      {
        name: 'join it with a local copy on the other server, which loads it from PostgreSQL and syncs with its peer',
        value: ms(peerCopy.ms),
        spread: '1 run',
        goal: goal(peerCopy.ms <= 500, '≤ 0.5 s'),
      },
      {
        name: 'join it with a local copy after both servers restarted (loaded from PostgreSQL)',
        value: ms(coldCopy.ms),
        spread: '1 run',
        goal: goal(coldCopy.ms <= 500, '≤ 0.5 s'),
      },
      {
        name: 'server memory for the open project (resident set growth of the server, one client)',
        value: mb(perProject),
        spread: `baseline ${mb(baseline)}`,
        goal: goal(perProject <= 250e6, '≤ 250 MB'),
      },
      {
        name: `edit on server 1 → visible in a client of server 2, p95 (${edits} edits at ${LATENCY_RATE}/s, random segments of the project)`,
        value: ms(percentile(sorted, 0.95)),
        spread: `median ${ms(percentile(sorted, 0.5))}, max ${ms(sorted.at(-1))}`,
        goal: goal(percentile(sorted, 0.95) <= 100, '≤ 100 ms'),
      },
      {
        name: 'bytes written to PostgreSQL per edit: update rows (both servers store each change) / WAL',
        value: `${Math.round((after.bytes - before.bytes) / edits)} B / ${Math.round(walBytes / edits)} B`,
        spread: `${((after.n - before.n) / edits).toFixed(2)} rows per edit`,
        goal: `no whole-document rewrite (${mb(docBytes)})`,
      },
      {
        name: `${SOAK_CLIENTS} clients × ${SOAK_RATE} edits/s for ${Math.round(typedFor)} s on both servers: edits lost (in clients / in storage)`,
        value: `${lost} / ${lostInStorage} of ${all.length}`,
        spread: `converged ${converged && storageSame ? 'yes' : 'NO'} ${ms(convergeMs)} after the last edit`,
        goal: goal(
          lost === 0 && lostInStorage === 0 && converged && storageSame,
          '0 lost, converged',
        ),
      },
    );
  } finally {
    for (const c of [...clients]) c.destroy();
    await db.end();
    await Promise.all([one.kill(), two.kill()]);
  }
  return rows;
}

import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  InMemoryMemoryRepository,
  type MemoryChange,
  type MemoryRepository as MemoryPort,
} from '../../../../src/core/tm/memory-repository.ts';
import { inProcessExporter } from '../../../../src/jobs/export/in-process.ts';
import { inProcessImporter } from '../../../../src/jobs/import/in-process.ts';
import { inProcessQa } from '../../../../src/jobs/qa/in-process.ts';
import { inProcessTm } from '../../../../src/jobs/tm/in-process.ts';
import type { Settings } from '../../../../src/state/app-state.ts';
import { IMPORT_BATCH, TM_SCOPE_KEY, TmFlow } from '../../../../src/state/flows/tm.ts';
import { Session } from '../../../../src/state/session/session.ts';
import type { Store } from '../../../../src/state/store.ts';
import { createStore } from '../../../../src/state/wire.ts';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import { findHits } from '../../../../src/core/review/find-replace.ts';
import { mapSettings } from '../../../support/store.ts';

const SEED_FILE = '000_bf2c9c8ccc29718b.txt';
const SEED = readFileSync(new URL(`../../../../corpus/${SEED_FILE}`, import.meta.url), 'utf8');
const PLAN =
  'General plan for the construction of Liaoning "one belt and one road" comprehensive experimental zone.';

const settings = (): Settings => mapSettings();

async function twoProjects(prefs: Settings = settings()) {
  const repo = new MemoryRepository();
  const memories = new InMemoryMemoryRepository();
  const store = createStore({
    repo,
    settings: prefs,
    importer: inProcessImporter,
    qa: inProcessQa,
    exporter: inProcessExporter,
    memories,
    tm: inProcessTm(),
  });
  await store.init({ fileName: SEED_FILE, text: SEED });
  return { store, repo, memories };
}

function id(store: Store, n: number): string {
  return store.state.segments[n - 1]!.id;
}

/** Corrects segment n, marks it approved and waits until the memory stored it. */
async function approve(store: Store, n: number, text: string): Promise<void> {
  store.editText(id(store, n), text);
  await store.setStatus(id(store, n), 'approved');
  await store.flush();
  await store.tm.idle();
}

/** Opens a new project of `lines` (one segment each, MT only, en). */
async function openText(store: Store, lines: string[]): Promise<void> {
  await store.openFile(new TextEncoder().encode(lines.join('\n\n')), 'second.txt');
  if (store.state.languagePrompt)
    await store.imports.answerLanguages({ sourceLang: '', targetLang: 'en' });
}

describe('TmFlow', () => {
  it('stores a segment that becomes approved, keyed by its MT when it has no source', async () => {
    const { store, memories } = await twoProjects();
    await approve(store, 4, 'The plan for Liaoning’s Belt and Road zone.');
    const [info] = await memories.listMemories();
    const stored = await memories.loadMemory(info!.id);
    expect(stored!.units.map((u) => [u.mt, u.target])).toEqual([
      [PLAN, 'The plan for Liaoning’s Belt and Road zone.'],
    ]);
  });

  it('stores a segment another reviewer of a shared project confirmed under their name', async () => {
    // The shared project's changes reach this device through the write pipeline, as stored changes
    // naming their author (state/sync/binding.ts); the memory fills from them.
    const repo = new MemoryRepository();
    const meta = await repo.createProject({
      name: 'Shared',
      fileName: 'shared.txt',
      targetLang: 'en',
      segments: [{ mt: PLAN }],
    });
    const data = await repo.openProject(meta.id);
    const session = new Session();
    session.setSegments(data.segments, { project: data.meta });
    const memories = new InMemoryMemoryRepository();
    const prefs = settings();
    prefs.set('verso.name', 'Ada');
    const tm = new TmFlow(
      session,
      { memories },
      { applyTexts: () => Promise.resolve(0) },
      { context: () => ({ terms: [] }), addRule: () => Promise.resolve() },
      prefs,
      () => 1,
    );
    const segmentId = data.segments[0]!.id;
    const text = 'The plan for the Belt and Road zone.';
    session.replaceSegment(segmentId, (s) => ({ ...s, text, status: 'reviewed' }));
    session.changesStored.emit({
      projectId: meta.id,
      changes: [{ segmentId, text, status: 'reviewed', author: 'Bob' }],
    });
    await tm.idle();
    const [info] = await memories.listMemories();
    const stored = await memories.loadMemory(info!.id);
    expect(stored!.units.map((u) => [u.target, u.author])).toEqual([[text, 'Bob']]);
  });

  it('does not store a segment that is only edited', async () => {
    const { store, memories } = await twoProjects();
    store.editText(id(store, 7), 'Edited, not confirmed.');
    await store.flush();
    await store.tm.idle();
    expect(await memories.listMemories()).toEqual([]);
  });

  it('offers the correction stored in one project as a match in another', async () => {
    const { store } = await twoProjects();
    await approve(store, 4, 'The plan for Liaoning’s Belt and Road zone.');
    await openText(store, [PLAN.replace('Liaoning', 'Jilin')]);
    const matches = await store.tm.matches(id(store, 1));
    expect(matches[0]?.unit.target).toBe('The plan for Liaoning’s Belt and Road zone.');
    expect(matches[0]?.by).toBe('mt');
    expect(matches[0]?.score).toBeLessThan(100);
  });

  it('keeps memories apart per project when the scope setting says so', async () => {
    const prefs = settings();
    prefs.set(TM_SCOPE_KEY, 'project');
    const { store } = await twoProjects(prefs);
    await approve(store, 4, 'The plan for Liaoning’s Belt and Road zone.');
    await openText(store, [PLAN]);
    expect(await store.tm.matches(id(store, 1))).toEqual([]);
  });

  it('inserts match 1 as one undoable step', async () => {
    const { store } = await twoProjects();
    await approve(store, 4, 'The plan for Liaoning’s Belt and Road zone.');
    await openText(store, [PLAN]);
    const before = store.state.segments[0]!.text;
    expect(await store.tm.insertMatch(id(store, 1), 1)).toBe(true);
    expect(store.state.segments[0]!.text).toBe('The plan for Liaoning’s Belt and Road zone.');
    await store.undo();
    expect(store.state.segments[0]!.text).toBe(before);
  });

  it('stores a step that confirms many segments again in one write', async () => {
    const { store, memories } = await twoProjects();
    const segments = store.state.segments.slice(0, 12);
    for (const s of segments) await store.setStatus(s.id, 'reviewed');
    const hits = findHits(store.state.segments, {
      find: 'e',
      replace: 'E',
      matchCase: true,
      wholeWord: false,
      regex: false,
    }).filter((h) => segments.some((s) => s.id === h.segmentId));
    await store.replace(hits);
    await store.tm.idle();
    const writesBefore = memories.writes;
    await store.undo(); // one step: twelve segments reviewed again
    await store.tm.idle();
    expect(memories.writes - writesBefore).toBe(1);
  });

  it('finds a phrase of a stored unit by concordance', async () => {
    const { store } = await twoProjects();
    await approve(store, 4, 'The plan for Liaoning’s Belt and Road zone.');
    const result = await store.tm.concordance({ text: 'belt and road' });
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]!.spans.target).toEqual([{ start: 24, end: 37 }]);
  });

  it('imports a TMX file into the memory and matches from it', async () => {
    const { store } = await twoProjects();
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-x-mt" datatype="plaintext"/>
<body><tu><tuv xml:lang="en-x-mt"><seg>${'(1) Opening Advantage'}</seg></tuv><tuv xml:lang="en"><seg>(1) Advantages of opening up</seg></tuv></tu></body></tmx>`;
    expect(await store.tm.importTmx(new TextEncoder().encode(tmx), 'old.tmx')).toBe(1);
    const matches = await store.tm.matches(id(store, 8));
    expect(matches[0]?.target).toBe('(1) Advantages of opening up');
  });

  it('stores a large TMX import in batches, one transaction each, reporting progress', async () => {
    const { store, memories } = await twoProjects();
    const total = 2 * IMPORT_BATCH + 7;
    const seen: number[] = [];
    store.tm.onChange(() => seen.push(store.tm.importing?.done ?? -1));
    const writesBefore = memories.writes;
    expect(await store.tm.importTmx(bigTmx(total), 'big.tmx')).toBe(total);
    expect(memories.writes - writesBefore).toBe(3);
    expect([...new Set(seen.filter((n) => n > 0))]).toEqual([
      IMPORT_BATCH,
      2 * IMPORT_BATCH,
      total,
    ]);
    expect(store.tm.importing).toBeNull();
    expect(store.state.notice).toMatchObject({ key: 'tm.imported', params: { count: total } });
  });

  it('stops an import when cancelled, keeping the batches already stored', async () => {
    const { store, memories } = await twoProjects();
    const total = 3 * IMPORT_BATCH;
    store.tm.onChange(() => {
      if ((store.tm.importing?.done ?? 0) > 0) store.tm.cancelImport();
    });
    expect(await store.tm.importTmx(bigTmx(total), 'big.tmx')).toBe(IMPORT_BATCH);
    const [info] = await memories.listMemories();
    expect((await memories.loadMemory(info!.id))!.units).toHaveLength(IMPORT_BATCH);
    expect(store.state.notice).toMatchObject({
      key: 'tm.importCancelled',
      params: { count: IMPORT_BATCH, total },
    });
    // Matches come from the stored batch (variants 1–5,000) only.
    const matches = await store.tm.matches(id(store, 8));
    const variants = matches.map((m) => Number(/variant (\d+)$/.exec(m.target)?.[1]));
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.every((n) => n >= 1 && n <= IMPORT_BATCH)).toBe(true);
  });

  it('hears units another tab stored: the next lookup finds them and listeners are told', async () => {
    const memories = new InMemoryMemoryRepository();
    let tell: ((change: MemoryChange) => void) | undefined;
    const shared: MemoryPort = {
      listMemories: () => memories.listMemories(),
      loadMemory: (memoryId) => memories.loadMemory(memoryId),
      addUnits: (info, units) => memories.addUnits(info, units),
      onExternalChange: (listener) => (tell = listener),
    };
    const store = createStore({
      repo: new MemoryRepository(),
      settings: settings(),
      importer: inProcessImporter,
      qa: inProcessQa,
      exporter: inProcessExporter,
      memories: shared,
      tm: inProcessTm(),
    });
    await store.init({ fileName: SEED_FILE, text: SEED });
    expect(await store.tm.matches(id(store, 8))).toEqual([]);
    // The other tab stores a unit (same repository underneath) and tells this one.
    const info = (await store.tm.memory())!;
    const stored = await memories.addUnits(info, [
      {
        sourceLang: info.sourceLang,
        targetLang: info.targetLang,
        mt: '(1) Opening Advantage',
        target: 'From the other tab',
        createdAt: 1,
        changedAt: 1,
      },
    ]);
    let told = 0;
    store.tm.onChange(() => told++);
    tell!({ memoryId: info.id, units: stored });
    await vi.waitFor(() => expect(told).toBeGreaterThan(0));
    expect((await store.tm.matches(id(store, 8)))[0]?.target).toBe('From the other tab');
  });
});

/** A TMX of `count` distinct units: MT "(1) Opening Advantage N" → "Advantages of opening up, variant N". */
function bigTmx(count: number): Uint8Array {
  const units = Array.from(
    { length: count },
    (_, i) =>
      `<tu><tuv xml:lang="en-x-mt"><seg>(1) Opening Advantage ${i + 1}</seg></tuv><tuv xml:lang="en"><seg>Advantages of opening up, variant ${i + 1}</seg></tuv></tu>`,
  );
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-x-mt" datatype="plaintext"/>
<body>${units.join('\n')}</body></tmx>`);
}

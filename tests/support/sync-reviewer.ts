/**
 * Reviewers of one shared project for the binding's tests (issue 14): each with its own storage,
 * session, write pipeline, Y.Doc and binding, wired as the app wires them (src/state/sync/live.ts),
 * and a relay standing for the sync server.
 */
import * as Y from 'yjs';
import type { AlignAction, Side } from '../../src/core/align/realign.ts';
import { applyAlignAction } from '../../src/core/align/realign.ts';
import { seedProjectDoc } from '../../src/core/sync/project-doc.ts';
import type { StructureChange } from '../../src/core/sync/structure.ts';
import { RestructureFlow } from '../../src/state/flows/restructure.ts';
import { Session } from '../../src/state/session/session.ts';
import { WritePipeline } from '../../src/state/session/write-pipeline.ts';
import {
  structureThroughPipeline,
  SyncBinding,
  type PendingEdit,
  type PendingStore,
  throughPipeline,
} from '../../src/state/sync/binding.ts';
import { MemoryRepository } from '../../src/storage/memory-repository.ts';
import { yRelay } from './y-relay.ts';

const TEXTS = ['The first sentence.', 'A second one here.', 'Third.'];

/** A reviewer: storage, session, write pipeline, Y.Doc and binding. */
export async function reviewer(
  name: string,
  clock: { t: number },
  readOnly = false,
  /** Typed into the first segment after the project opened, before the binding was made. */
  early?: string,
) {
  const repo = new MemoryRepository();
  const meta = await repo.createProject({
    name: 'Shared',
    fileName: 'shared.txt',
    targetLang: 'en',
    segments: TEXTS.map((mt) => ({ mt })),
  });
  const data = await repo.openProject(meta.id);
  const session = new Session();
  const writes = new WritePipeline(session, repo, () => clock.t);
  session.setSegments(data.segments, { project: data.meta });
  if (early !== undefined) writes.type(data.segments[0]!.id, early);
  const doc = new Y.Doc();
  const conflicts: string[][] = [];
  let saved = new Map<string, PendingEdit>();
  const pending: PendingStore = { load: () => new Map(saved), save: (p) => (saved = new Map(p)) };
  const structures: { saved: StructureChange[] } = { saved: [] };
  const binding = new SyncBinding({
    doc,
    session,
    opened: data.segments,
    apply: throughPipeline(writes),
    addComment: (segmentId, comment) =>
      session.replaceSegment(segmentId, (s) => ({ ...s, comments: [...s.comments, comment] })),
    me: () => ({ name, peer: `${name}-peer` }),
    pending,
    readOnly,
    onConflict: (ids) => conflicts.push([...ids]),
    // As the app does (src/state/sync/live.ts).
    applyStructure: structureThroughPipeline(writes, session, () => undefined),
    structurePending: {
      load: () => [...structures.saved],
      save: (changes) => (structures.saved = [...changes]),
    },
    now: () => clock.t,
  });
  let n = 0;
  const restructure = new RestructureFlow(
    session,
    writes,
    { openProject: () => Promise.resolve() },
    () => clock.t,
  );
  /** An alignment repair on row `row`, as the grid's Alignment dialog makes it. */
  const realign = (row: number, action: AlignAction, side: Side = 'target', offset = 0) =>
    restructure.realign((segments, _newId, now) =>
      applyAlignAction(segments, row, action, side, offset, () => `${name}-new-${(n += 1)}`, now),
    );
  /** The rows as this reviewer sees them. */
  const rows = () => session.state.segments.map((s) => ({ id: s.id, mt: s.mt, text: s.text }));
  const ids = data.segments.map((s) => s.id);
  const text = (i: number) => session.segment(ids[i]!)!.text;
  const type = (i: number, value: string) => writes.type(ids[i]!, value);
  const history = async (i: number) => {
    await writes.flush();
    return repo.listRevisions(meta.id, ids[i]!);
  };
  return {
    name,
    repo,
    projectId: meta.id,
    session,
    writes,
    doc,
    binding,
    conflicts,
    ids,
    text,
    type,
    history,
    realign,
    rows,
    structures,
    restructure,
  };
}

export type Reviewer = Awaited<ReturnType<typeof reviewer>>;

/** Seeds the server's document and connects reviewers to it (updates relayed synchronously). */
export function network(...reviewers: Reviewer[]) {
  const server = new Y.Doc();
  seedProjectDoc(server, {
    format: 'verso-backup',
    version: 1,
    exportedAt: 0,
    project: {
      name: 'Shared',
      fileName: 'shared.txt',
      createdAt: 0,
      updatedAt: 0,
      targetLang: 'en',
    },
    segments: reviewers[0]!.session.state.segments.map((s) => ({
      id: s.id,
      mt: s.mt,
      text: s.text,
      status: s.status,
      comments: [],
    })),
    revisions: [],
  });
  const relay = yRelay(server, (r: Reviewer) => ({
    doc: r.doc,
    online: () => r.binding.online(),
    offline: () => r.binding.offline(),
  }));
  const { connect, disconnect } = relay;
  for (const r of reviewers) connect(r);
  return { server, connect, disconnect };
}

/** Alice and Bob, both online. */
export async function pairOnline() {
  const clock = { t: 1 };
  const alice = await reviewer('Alice', clock);
  const bob = await reviewer('Bob', clock);
  const net = network(alice, bob);
  return { clock, alice, bob, net };
}

/**
 * A shared project's quality assessment stays in step between reviewers (issue 15, deliverable 2): LQA
 * errors (with their author), "needs rework" flags and the scorecard travel through the Y.Doc item by
 * item, are stored on each device without becoming its undo steps, and offline changes merge on
 * reconnect.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMPACT_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import { EMPTY_LQA, type ProjectLqa } from '../../../../src/core/lqa/project-lqa.ts';
import { LQA_INIT, LQA_MAP } from '../../../../src/core/sync/project-lqa.ts';
import { AUTHOR_KEY } from '../../../../src/state/flows/author-name.ts';
import { LqaFlow } from '../../../../src/state/flows/lqa.ts';
import { Session } from '../../../../src/state/session/session.ts';
import { WritePipeline } from '../../../../src/state/session/write-pipeline.ts';
import {
  inMemoryPending,
  type PendingEntries,
} from '../../../../src/state/sync/item-map-binding.ts';
import { LqaBinding, type JoinedPort } from '../../../../src/state/sync/lqa-binding.ts';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import { mapSettings } from '../../../support/store.ts';
import { yRelay } from '../../../support/y-relay.ts';

async function reviewer(
  name: string,
  o: {
    readOnly?: boolean;
    lqa?: ProjectLqa;
    joined?: JoinedPort;
    pending?: PendingEntries;
    /** The same reviewer's earlier page: this one is its reload (same storage). */
    reload?: { repo: MemoryRepository; created: { id: string } };
  } = {},
) {
  const repo = o.reload?.repo ?? new MemoryRepository();
  const created =
    o.reload?.created ??
    (await repo.createProject({
      name: 'Shared',
      fileName: 'shared.txt',
      targetLang: 'en',
      segments: [{ mt: 'One apple.' }, { mt: 'Two pears.' }],
    }));
  if (o.lqa) await repo.saveLqa(created.id, o.lqa);
  const data = await repo.openProject(created.id);
  const session = new Session();
  const writes = new WritePipeline(session, repo, () => 1);
  const settings = mapSettings();
  settings.set(AUTHOR_KEY, name);
  let id = 0;
  const flow = new LqaFlow(
    session,
    writes,
    repo,
    settings,
    () => 5,
    () => `${name}-${o.reload ? 'reloaded-' : ''}${++id}`,
  );
  session.setSegments(data.segments, {
    project: data.meta,
    lqa: (await repo.loadLqa(created.id)) ?? EMPTY_LQA,
  });
  const doc = new Y.Doc();
  const binding = new LqaBinding(doc, session, flow, o.readOnly ?? false, o.joined, o.pending);
  const ids = data.segments.map((s) => s.id);
  const lqa = () => session.state.lqa;
  const stored = async () => {
    await flow.idle();
    return repo.loadLqa(created.id);
  };
  const log = (segment: number, severityId = 'minor') =>
    flow.log({ segmentId: ids[segment]!, categoryId: 'spelling', severityId });
  return { doc, binding, flow, writes, session, lqa, stored, log, repo, created };
}
type Reviewer = Awaited<ReturnType<typeof reviewer>>;

/** A server document relaying updates between online reviewers (synchronously). */
const network = () =>
  yRelay(new Y.Doc(), (r: Reviewer) => ({
    doc: r.doc,
    online: () => r.binding.online(),
    offline: () => r.binding.offline(),
  }));

const summary = (lqa: ProjectLqa) =>
  lqa.errors.map((e) => `${e.id} ${e.author} ${e.severityId}`).sort();

describe('LqaBinding', () => {
  it('shows and stores an error another reviewer logged, with its author, not as an undo step', async () => {
    const [ada, bob] = [await reviewer('Ada'), await reviewer('Bob')];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    await ada.log(0);
    expect(summary(bob.lqa())).toEqual(['Ada-1 Ada minor']);
    expect(summary((await bob.stored())!)).toEqual(['Ada-1 Ada minor']);
    expect(bob.writes.undo.canUndo).toBe(false);
  });

  it('passes on severity edits, deletes, rework flags and the scorecard', async () => {
    const [ada, bob] = [await reviewer('Ada'), await reviewer('Bob')];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    const first = (await ada.log(0))!;
    const second = (await ada.log(1))!;
    await bob.flow.edit(first, { severityId: 'major' });
    expect(summary(ada.lqa())).toEqual(['Ada-1 Ada major', 'Ada-2 Ada minor']);
    await bob.flow.remove(second);
    expect(summary(ada.lqa())).toEqual(['Ada-1 Ada major']);
    bob.flow.flagRework(ada.session.state.segments[0]!.id, 'Fix it');
    expect(ada.lqa().rework).toMatchObject([{ by: 'Bob', note: 'Fix it', errorIds: [first] }]);
    ada.flow.setScorecard(COMPACT_SCORECARD);
    expect(bob.lqa().scorecard).toEqual(COMPACT_SCORECARD);
    expect((await ada.stored())?.errors.map((e) => e.id)).toEqual([first]);
  });

  it('keeps both reviewers’ offline changes after they reconnect', async () => {
    const [ada, bob] = [await reviewer('Ada'), await reviewer('Bob')];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    const shared = (await ada.log(0))!;
    net.disconnect(ada);
    net.disconnect(bob);
    await ada.log(1);
    await bob.log(0, 'major');
    await bob.flow.remove(shared);
    net.connect(ada);
    net.connect(bob);
    for (const r of [ada, bob]) {
      expect(summary(r.lqa())).toEqual(['Ada-2 Ada minor', 'Bob-1 Bob major']);
    }
    expect(summary((await ada.stored())!)).toEqual(['Ada-2 Ada minor', 'Bob-1 Bob major']);
  });

  it('seeds a document shared before LQA errors were synced from the first reviewer to connect', async () => {
    const ada = await reviewer('Ada');
    await ada.log(0);
    const bob = await reviewer('Bob');
    const net = network();
    net.connect(ada);
    expect(net.server.getMap(LQA_MAP).get(LQA_INIT)).toBe(true);
    net.connect(bob);
    expect(summary(bob.lqa())).toEqual(['Ada-1 Ada minor']);
  });

  it('adds errors logged on a device before its assessment joined the shared one, once', async () => {
    const ada = await reviewer('Ada');
    await ada.log(0);
    let joined = false;
    const port = { done: () => joined, mark: () => void (joined = true) };
    const bob = await reviewer('Bob', { joined: port });
    await bob.log(1);
    const net = network();
    net.connect(ada);
    net.connect(bob);
    expect(joined).toBe(true);
    for (const r of [ada, bob])
      expect(summary(r.lqa())).toEqual(['Ada-1 Ada minor', 'Bob-1 Bob minor']);
  });

  it('writes nothing into the shared document for a viewer', async () => {
    const [ada, vera] = [await reviewer('Ada'), await reviewer('Vera', { readOnly: true })];
    const net = network();
    net.connect(ada);
    net.connect(vera);
    await vera.log(0);
    expect(ada.lqa().errors).toEqual([]);
    await ada.log(1);
    expect(summary(vera.lqa())).toEqual(['Ada-1 Ada minor']);
    expect([...net.server.getMap(LQA_MAP).keys()].filter((k) => k.includes('Vera'))).toEqual([]);
  });

  it('skips a malformed entry from another peer and takes the rest', async () => {
    const [ada, bob] = [await reviewer('Ada'), await reviewer('Bob')];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    const rogue = new Y.Doc();
    Y.applyUpdate(rogue, Y.encodeStateAsUpdate(net.server));
    rogue.on('update', (u: Uint8Array) => Y.applyUpdate(net.server, u, 'rogue'));
    const map = rogue.getMap(LQA_MAP);
    rogue.transact(() => {
      map.set('error:x', { id: 'x', segmentId: 7 });
      map.set('error:y', 'not an error');
      map.set('scorecard', { id: 'broken' });
      map.set('rework:z', null);
    });
    await ada.log(0);
    expect(summary(bob.lqa())).toEqual(['Ada-1 Ada minor']);
    expect(bob.lqa().scorecard).toEqual(EMPTY_LQA.scorecard);
    expect(bob.lqa().rework).toEqual([]);
  });

  /** Undoes `r`'s last step as Ctrl+Z does (EditsFlow hands its assessment to the flow). */
  async function undo(r: Reviewer) {
    const entry = r.writes.undo.undo()!;
    await r.flow.reverse(entry.lqa!.after, entry.lqa!.before, 'undo');
  }

  it('undoes only the reviewer’s own step: an error another reviewer logged meanwhile stays', async () => {
    const [ada, bob] = [await reviewer('Ada'), await reviewer('Bob')];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    await ada.log(0);
    await bob.log(1);
    await undo(ada);
    expect(summary(ada.lqa())).toEqual(['Bob-1 Bob minor']);
    expect(summary(bob.lqa())).toEqual(['Bob-1 Bob minor']);
    expect(ada.session.state.notice).toBeFalsy();
  });

  it('leaves an item another reviewer changed after the step, and says so', async () => {
    const [ada, bob] = [await reviewer('Ada'), await reviewer('Bob')];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    const id = (await ada.log(0))!;
    await bob.flow.edit(id, { severityId: 'critical' });
    await undo(ada);
    expect(summary(ada.lqa())).toEqual(['Ada-1 Ada critical']);
    expect(summary(bob.lqa())).toEqual(['Ada-1 Ada critical']);
    expect(ada.session.state.notice).toMatchObject({
      key: 'errors.lqaUndoKept',
      params: { count: 1 },
    });
  });

  it('sends an error logged offline after the page is reloaded, once it reconnects', async () => {
    const pending = inMemoryPending();
    const [ada, bob] = [await reviewer('Ada', { pending }), await reviewer('Bob')];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    await ada.log(0);
    ada.binding.acknowledged();
    net.disconnect(ada);
    await ada.log(1);
    await ada.stored();
    ada.binding.dispose();
    const reloaded = await reviewer('Ada', { pending, reload: ada });
    expect(reloaded.binding.hasPending).toBe(true);
    net.connect(reloaded);
    const both = ['Ada-1 Ada minor', 'Ada-2 Ada minor'];
    expect(summary(reloaded.lqa())).toEqual(both);
    expect(summary(bob.lqa())).toEqual(both);
    reloaded.binding.acknowledged();
    expect(reloaded.binding.hasPending).toBe(false);
    expect(pending.load().size).toBe(0);
  });
});

/**
 * Alignment repairs shared live (issue 14, deliverable 4): a merge, split or shift made by one
 * reviewer reaches the others' rows and storage, also after working offline, and concurrent repairs
 * of overlapping rows converge without losing a text.
 */
import { describe, expect, it } from 'vitest';
import { orderOf, textsOf } from '../../../../src/core/sync/project-doc.ts';
import { network, pairOnline, reviewer, type Reviewer } from '../../../support/sync-reviewer.ts';

/** Each reviewer's rows, ids and texts, and the rows stored on their device. */
async function stored(r: Reviewer) {
  await r.writes.idle();
  const data = await r.repo.openProject(r.projectId);
  return data.segments.map((s) => ({ id: s.id, mt: s.mt, text: s.text }));
}

describe('SyncBinding: restructures', () => {
  it('shows and stores a merge another reviewer made', async () => {
    const { alice, bob, net } = await pairOnline();
    await alice.realign(0, 'merge-rows');
    expect(alice.rows()).toHaveLength(2);
    expect(bob.rows()).toEqual(alice.rows());
    expect(bob.text(0)).toBe('The first sentence. A second one here.');
    expect(await stored(bob)).toEqual(alice.rows());
    expect(orderOf(net.server).toArray()).toEqual(alice.rows().map((r) => r.id));
    // Typing into the merged row reaches the other reviewer as any edit does.
    alice.type(0, 'The first sentence and a second one.');
    expect(bob.text(0)).toBe('The first sentence and a second one.');
  });

  it('shows a split with the new rows’ ids, texts and first revision by its author', async () => {
    const { alice, bob } = await pairOnline();
    await alice.realign(1, 'split', 'target', 'A second'.length);
    expect(alice.rows().map((r) => r.text)).toEqual([
      'The first sentence.',
      'A second',
      'one here.',
      'Third.',
    ]);
    expect(bob.rows()).toEqual(alice.rows());
    await bob.writes.idle();
    const right = bob.session.state.segments[2]!;
    const history = await bob.repo.listRevisions(bob.projectId, right.id);
    expect(history).toContainEqual(
      expect.objectContaining({
        segmentId: right.id,
        text: 'one here.',
        origin: 'align',
        author: 'Alice',
      }),
    );
    // The new row keeps its ancestry on the other device too (its History includes the parent's).
    expect(right.ancestors).toEqual([alice.ids[1]]);
    expect(right.id).not.toBe(alice.ids[1]);
  });

  it('shares an inserted empty row (a 0-1 link) and the rows it moved down', async () => {
    const { alice, bob } = await pairOnline();
    await alice.realign(1, 'shift-down', 'target');
    expect(alice.rows().map((r) => r.text)).toEqual([
      'The first sentence.',
      '',
      'A second one here.',
      'Third.',
    ]);
    expect(bob.rows()).toEqual(alice.rows());
    expect(await stored(bob)).toEqual(alice.rows());
  });

  it('sends a merge made offline on reconnecting, and takes one made meanwhile', async () => {
    const clock = { t: 1 };
    const alice = await reviewer('Alice', clock);
    const bob = await reviewer('Bob', clock);
    const carol = await reviewer('Carol', clock);
    const net = network(alice, bob, carol);
    net.disconnect(bob);
    await bob.realign(1, 'merge-rows');
    bob.type(1, 'A second one here, and the third.');
    // Kept on the device until it is sent.
    expect(bob.structures.saved).toHaveLength(1);
    expect(alice.rows()).toHaveLength(3);
    alice.type(0, 'The first sentence, edited.');
    net.connect(bob);
    expect(bob.structures.saved).toHaveLength(0);
    for (const r of [alice, carol]) expect(r.rows()).toEqual(bob.rows());
    expect(bob.rows().map((r) => r.text)).toEqual([
      'The first sentence, edited.',
      'A second one here, and the third.',
    ]);
  });

  it('converges when two reviewers merge overlapping rows at once, losing no text', async () => {
    const { alice, bob, net } = await pairOnline();
    net.disconnect(alice);
    net.disconnect(bob);
    await alice.realign(0, 'merge-rows');
    await bob.realign(1, 'merge-rows');
    net.connect(alice);
    net.connect(bob);
    expect(bob.rows()).toEqual(alice.rows());
    const ids = alice.rows().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const all = alice
      .rows()
      .map((r) => r.text)
      .join(' ');
    for (const text of ['The first sentence.', 'A second one here.', 'Third.'])
      expect(all).toContain(text);
    expect(await stored(alice)).toEqual(alice.rows());
    expect(await stored(bob)).toEqual(bob.rows());
    expect(textsOf(net.server).get(ids[0]!)?.toJSON()).toBe(alice.text(0));
  });

  it('forgets this reviewer’s restructure steps when another’s restructure arrives', async () => {
    const { alice, bob } = await pairOnline();
    await bob.realign(0, 'split', 'target', 'The first'.length);
    expect(bob.session.state.canUndo).toBe(true);
    await alice.realign(2, 'merge-rows');
    // Undoing Bob's split would put back rows without Alice's merge: the step is gone.
    expect(bob.session.state.canUndo).toBe(false);
    expect(bob.rows()).toEqual(alice.rows());
  });

  it('shares the switch to sentence rows and back, also when every row stays (one sentence each)', async () => {
    const { alice, bob } = await pairOnline();
    alice.type(1, 'A second one here. It has two sentences now.');
    await alice.restructure.setMode('sentence');
    expect(bob.session.state.project?.mode).toBe('sentence');
    expect(bob.rows()).toEqual(alice.rows());
    await bob.restructure.setMode('paragraph');
    expect(alice.session.state.project?.mode).toBe('paragraph');
    expect(alice.rows()).toEqual(bob.rows());
    expect(alice.text(1)).toBe('A second one here. It has two sentences now.');
  });
});

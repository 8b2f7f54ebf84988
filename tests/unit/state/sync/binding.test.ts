/**
 * The binding between a session and a shared Y.Doc (issue 14): edits travel as diffs, others' changes
 * are stored as revisions with their author, offline edits are sent on reconnect, and two offline
 * edits of one segment keep the later text and the other as a revision, telling both reviewers.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { textsOf } from '../../../../src/core/sync/project-doc.ts';
import { network, pairOnline, reviewer, type Reviewer } from '../../../support/sync-reviewer.ts';

describe('SyncBinding', () => {
  it('shows a reviewer’s typing in the other reviewer’s session', async () => {
    const { alice, bob } = await pairOnline();
    alice.type(0, 'The first sentence, corrected.');
    expect(bob.text(0)).toBe('The first sentence, corrected.');
  });

  it('sends what was typed after opening and before the binding existed, and keeps it', async () => {
    const clock = { t: 1 };
    const alice = await reviewer('Alice', clock);
    const bob = await reviewer('Bob', clock, false, 'Typed while the connection loaded.');
    network(alice, bob);
    expect(bob.text(0)).toBe('Typed while the connection loaded.');
    expect(alice.text(0)).toBe('Typed while the connection loaded.');
  });

  it('stores another reviewer’s change as a revision naming them', async () => {
    const { alice, bob } = await pairOnline();
    alice.type(1, 'A second one, edited.');
    const revisions = await bob.history(1);
    expect(revisions.at(-1)).toMatchObject({ text: 'A second one, edited.', author: 'Alice' });
  });

  it('never merges two offline rewrites of one segment into both texts', async () => {
    const { alice, bob, net } = await pairOnline();
    net.disconnect(bob);
    alice.type(0, 'The very first sentence.');
    bob.type(0, 'The first sentence!');
    net.connect(bob);
    // Bob's edit met Alice's: one whole text wins (Bob's: not earlier), not a mix of both.
    expect(textsOf(net.server).get(alice.ids[0]!)?.toJSON()).toBe('The first sentence!');
    expect(alice.text(0)).toBe('The first sentence!');
  });

  it('sends an edit made offline when the reviewer reconnects', async () => {
    const { alice, bob, net } = await pairOnline();
    net.disconnect(alice);
    alice.type(2, 'Third, offline.');
    expect(bob.text(2)).toBe('Third.');
    net.connect(alice);
    expect(bob.text(2)).toBe('Third, offline.');
  });

  it('keeps the later of two offline edits and the other as a revision, telling both', async () => {
    const clock = { t: 1 };
    const alice = await reviewer('Alice', clock);
    const bob = await reviewer('Bob', clock);
    const net = network(alice, bob);
    net.disconnect(alice);
    net.disconnect(bob);
    clock.t = 10;
    alice.type(0, 'Alice full rewrite.');
    clock.t = 20;
    bob.type(0, 'Bob full rewrite.');
    net.connect(alice);
    net.connect(bob);
    expect(alice.text(0)).toBe('Bob full rewrite.');
    expect(bob.text(0)).toBe('Bob full rewrite.');
    expect((await alice.history(0)).map((r) => r.text)).toContain('Alice full rewrite.');
    expect((await bob.history(0)).map((r) => r.text)).toContain('Alice full rewrite.');
    expect(alice.conflicts).toEqual([[alice.ids[0]]]);
    expect(bob.conflicts).toEqual([[bob.ids[0]]]);
  });

  it('keeps the later of two offline edits whole when both reviewers reconnect at the same moment', async () => {
    const clock = { t: 1 };
    const alice = await reviewer('Alice', clock);
    const bob = await reviewer('Bob', clock);
    const net = network(alice, bob);
    net.disconnect(alice);
    net.disconnect(bob);
    clock.t = 10;
    alice.type(0, 'Alice wrote this offline.');
    clock.t = 20;
    bob.type(0, 'Bob wrote this offline, later.');
    // Both get the server's state before either's edit reaches it: each sends a diff against the old text.
    alice.binding.online();
    bob.binding.online();
    const exchange = (from: Reviewer, to: Reviewer) =>
      Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'server');
    exchange(alice, bob);
    exchange(bob, alice);
    exchange(bob, alice);
    exchange(alice, bob);
    for (const r of [alice, bob]) {
      expect(textsOf(r.doc).get(r.ids[0]!)?.toJSON()).toBe('Bob wrote this offline, later.');
      expect(r.text(0)).toBe('Bob wrote this offline, later.');
      expect(r.conflicts).toEqual([[r.ids[0]]]);
      expect((await r.history(0)).map((h) => h.text)).toContain('Alice wrote this offline.');
    }
  });

  it('shows a status another reviewer set', async () => {
    const { alice, bob } = await pairOnline();
    alice.writes.step(
      'status',
      [{ segmentId: alice.ids[1]!, text: alice.text(1), status: 'approved' }],
      'status',
    );
    expect(bob.session.segment(bob.ids[1]!)?.status).toBe('approved');
  });

  it('shows a comment another reviewer added', async () => {
    const { alice, bob } = await pairOnline();
    const comment = { id: 'c1', text: 'Check this term.', author: 'Alice', createdAt: 1 };
    alice.session.replaceSegment(alice.ids[0]!, (s) => ({ ...s, comments: [comment] }));
    expect(bob.session.segment(bob.ids[0]!)?.comments).toEqual([comment]);
  });

  it('writes nothing into the shared document for a viewer', async () => {
    const clock = { t: 1 };
    const alice = await reviewer('Alice', clock);
    const viewer = await reviewer('Viewer', clock, true);
    const net = network(alice, viewer);
    viewer.type(0, 'A viewer typed this.');
    expect(textsOf(net.server).get(alice.ids[0]!)?.toJSON()).toBe('The first sentence.');
  });
});

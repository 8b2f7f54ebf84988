/**
 * A shared project's QA settings stay in step between reviewers (issue 14): word list, term rules and
 * ignored findings (with who ignored them) travel through the Y.Doc item by item, are stored on each
 * device, and offline changes merge on reconnect.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ProjectQa } from '../../../../src/core/model/model.ts';
import { Session } from '../../../../src/state/session/session.ts';
import { WritePipeline } from '../../../../src/state/session/write-pipeline.ts';
import { QaBinding } from '../../../../src/state/sync/qa-binding.ts';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import { yRelay } from '../../../support/y-relay.ts';

const BASE: ProjectQa = {
  termRules: [],
  packs: ['belt-and-road'],
  words: ['Xinjiang'],
  ignored: [],
};

async function reviewer(readOnly = false) {
  const repo = new MemoryRepository();
  const created = await repo.createProject({
    name: 'Shared',
    fileName: 'shared.txt',
    targetLang: 'en',
    segments: [{ mt: 'One.' }],
  });
  await repo.saveProjectQa(created.id, BASE);
  const data = await repo.openProject(created.id);
  const session = new Session();
  const writes = new WritePipeline(session, repo, () => 1);
  session.setSegments(data.segments, { project: data.meta });
  const doc = new Y.Doc();
  const qa = new QaBinding(doc, session, writes, readOnly);
  const settings = () => session.state.project!.qa!;
  const save = (next: ProjectQa) => writes.saveQa(session.state.project!, next);
  const stored = async () => (await repo.openProject(created.id)).meta.qa;
  return { doc, qa, settings, save, stored };
}
type Reviewer = Awaited<ReturnType<typeof reviewer>>;

/** A server document relaying updates between online reviewers (synchronously). */
const network = () =>
  yRelay(new Y.Doc(), (r: Reviewer) => ({
    doc: r.doc,
    online: () => r.qa.online(),
    offline: () => r.qa.offline(),
  }));

describe('QaBinding', () => {
  it('shows and stores a word another reviewer added to the word list', async () => {
    const [ada, bob] = [await reviewer(), await reviewer()];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    await ada.save({ ...ada.settings(), words: ['Xinjiang', 'Chongqing'] });
    expect(bob.settings().words).toEqual(['Xinjiang', 'Chongqing']);
    await new Promise((r) => setTimeout(r, 0));
    expect((await bob.stored())?.words).toEqual(['Xinjiang', 'Chongqing']);
  });

  it('shares an ignored finding with who ignored it', async () => {
    const [ada, bob] = [await reviewer(), await reviewer()];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    const ignored = { findingId: 'term:s1:0', by: 'Ada Lovelace', at: 7 };
    await ada.save({ ...ada.settings(), ignored: [ignored] });
    expect(bob.settings().ignored).toEqual([ignored]);
  });

  it('keeps both reviewers’ offline additions after they reconnect', async () => {
    const [ada, bob] = [await reviewer(), await reviewer()];
    const net = network();
    net.connect(ada);
    net.connect(bob);
    net.disconnect(ada);
    net.disconnect(bob);
    await ada.save({ ...ada.settings(), words: ['Xinjiang', 'Lhasa'] });
    await bob.save({ ...bob.settings(), words: ['Xinjiang', 'Urumqi'], packs: [] });
    net.connect(ada);
    net.connect(bob);
    for (const r of [ada, bob]) {
      expect([...r.settings().words].sort()).toEqual(['Lhasa', 'Urumqi', 'Xinjiang']);
      expect(r.settings().packs).toEqual([]);
    }
  });

  it('writes nothing into the shared document for a viewer', async () => {
    const [ada, vera] = [await reviewer(), await reviewer(true)];
    const net = network();
    net.connect(ada);
    net.connect(vera);
    await vera.save({ ...vera.settings(), words: ['Vera'] });
    expect(ada.settings().words).toEqual(['Xinjiang']);
    await ada.save({ ...ada.settings(), words: ['Xinjiang', 'Ada'] });
    expect(vera.settings().words).toEqual(['Xinjiang', 'Ada']);
  });
});

import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import type { Store } from '../../../../src/state/store.ts';
import { loadStore } from '../../../support/store.ts';

/** Five "free trade pilot zone" and one "Free Trade Pilot Zones": a variant whose fix needs a preview. */
const VARIANT_DOC = [
  ...Array.from({ length: 5 }, (_, i) => `We build the free trade pilot zone ${i + 1}.`),
  'We build the Free Trade Pilot Zones now.',
].join('\n\n');
const FIXED = 'We build the Free Trade Pilot Zone now.';

async function variantProject(): Promise<Store> {
  const store = await loadStore(new MemoryRepository());
  await store.openFile(new TextEncoder().encode(VARIANT_DOC), 'zones.txt');
  await store.qa.runAll();
  return store;
}

const last = (store: Store) => store.state.segments[5]!.text;

describe('QaFlow: suggestions that need a preview (issue 11 item 5)', () => {
  it('leaves a variant suggestion out of Fix all', async () => {
    const store = await variantProject();
    await store.qa.fixRule('variant');
    expect(last(store)).toBe('We build the Free Trade Pilot Zones now.');
  });

  it('lists the change a variant suggestion would make, before and after', async () => {
    const store = await variantProject();
    expect(
      store.qa.previewFixes('variant').map(({ before, after }) => ({ before, after })),
    ).toEqual([{ before: 'We build the Free Trade Pilot Zones now.', after: FIXED }]);
  });

  it('applies the previewed suggestions the reviewer ticked as one undoable step', async () => {
    const store = await variantProject();
    await store.qa.applyPreviewed(store.qa.previewFixes('variant').map((p) => p.finding));
    expect(last(store)).toBe(FIXED);
    await store.undo();
    expect(last(store)).toBe('We build the Free Trade Pilot Zones now.');
  });

  it('applies one variant suggestion fixed from its own finding, whose change is shown', async () => {
    const store = await variantProject();
    const finding = store.qa.visible().find((f) => f.rule === 'variant')!;
    await store.qa.fix(finding);
    expect(last(store)).toBe(FIXED);
  });
});

describe('QaFlow.skippedChecks (issue 11 item 7)', () => {
  it('skips no check on an English target, which the dictionary is in', async () => {
    const store = await variantProject();
    expect(store.qa.skippedChecks()).toEqual([]);
  });
});

describe('QaFlow.updateRule (issue 11 item 11)', () => {
  it('replaces the project rule with the same id, keeping the others', async () => {
    const store = await loadStore(new MemoryRepository());
    const rule = {
      id: 'r1',
      preferred: 'pilot zone',
      forbidden: [{ pattern: 'experimental zone', regex: false }],
      wholeWord: true,
      matchCase: false,
    };
    const other = { ...rule, id: 'r2', preferred: 'Belt and Road' };
    await store.qa.addRule('project', rule);
    await store.qa.addRule('project', other);
    await store.qa.updateRule('project', { ...rule, preferred: 'pilot free trade zone' });
    expect(store.qa.settingsOfProject.termRules.map((r) => r.preferred)).toEqual([
      'pilot free trade zone',
      'Belt and Road',
    ]);
  });
});

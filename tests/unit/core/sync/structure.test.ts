/**
 * The row order of a shared project (issue 14): what a restructure changed, written into a Y.Doc and
 * read back as rows on another device.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Segment } from '../../../../src/core/model/model.ts';
import { orderOf, rowsOf, statusesOf, textsOf } from '../../../../src/core/sync/project-doc.ts';
import {
  readStructureChanges,
  rowOf,
  sharedOrder,
  sharedRows,
  structureChange,
  writeStructure,
} from '../../../../src/core/sync/structure.ts';

const seg = (id: string, text: string, extra: Partial<Segment> = {}): Segment => ({
  id,
  mt: text,
  text,
  status: 'new',
  comments: [],
  revisionCount: 1,
  updatedAt: 0,
  ...extra,
});

const a = seg('a', 'One.');
const b = seg('b', 'Two.');
const c = seg('c', 'Three.');
const d = seg('d', 'Four.');

/** A Y.Doc holding `rows` in order, as the server seeds it. */
function docOf(rows: readonly Segment[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    orderOf(doc).push(rows.map((s) => s.id));
    for (const s of rows) textsOf(doc).set(s.id, new Y.Text(s.text));
  });
  return doc;
}

describe('structureChange', () => {
  it('is null for text and status edits', () => {
    const edited = [a, { ...b, text: 'Two, edited.', status: 'edited' as const }, c];
    expect(structureChange([a, b, c], edited)).toBeNull();
  });

  it('names the replaced run and its neighbours for a merge', () => {
    const merged = { ...b, mt: 'Two. Three.', text: 'Two. Three.', ancestors: ['c'] };
    expect(structureChange([a, b, c, d], [a, merged, d])).toEqual({
      removed: ['b', 'c'],
      added: ['b'],
      before: 'a',
      after: 'd',
    });
  });

  it('sees a row whose source moved although every id stayed', () => {
    const before = [seg('a', 'One.', { source: '一。' }), seg('b', 'Two.', { source: '二。' })];
    const after = [
      { ...before[0]!, source: '' },
      { ...before[1]!, source: '一。' },
    ];
    expect(structureChange(before, after)).toMatchObject({
      removed: ['a', 'b'],
      added: ['a', 'b'],
    });
  });

  it('ignores a row rebuilt with the same fields (an empty source is no source)', () => {
    expect(structureChange([a, b], [{ ...a, source: '' }, b])).toBeNull();
  });
});

describe('writeStructure and sharedRows', () => {
  it('carries a merge to another device: order, row fields, texts, comments', () => {
    const comment = { id: 'k1', text: 'Check.', author: 'Bo', createdAt: 1 };
    const mine = [a, b, { ...c, comments: [comment] }, d];
    const doc = docOf(mine);
    const merged = { ...b, mt: 'Two. Three.', text: 'Two. Three.', ancestors: ['c'] };
    const after = [a, merged, d];
    const change = structureChange(mine, after)!;
    doc.transact(() =>
      writeStructure(
        doc,
        change,
        (id) => after.find((s) => s.id === id),
        (t) => new Y.Text(t),
      ),
    );
    expect(orderOf(doc).toArray()).toEqual(['a', 'b', 'd']);
    expect(rowsOf(doc).get('b')).toEqual(rowOf(merged));
    const there = sharedRows(doc, mine, 5)!;
    expect(there.segments.map((s) => [s.id, s.mt])).toEqual([
      ['a', 'One.'],
      ['b', 'Two. Three.'],
      ['d', 'Four.'],
    ]);
    // The comment of the row that left goes with its text.
    expect(there.segments[1]!.comments).toEqual([comment]);
    expect(there.added).toEqual([]);
  });

  it('makes a row new to this device from the shared fields, text and status', () => {
    const doc = docOf([a, b]);
    const split = seg('n1', 'wo.', { ancestors: ['b'] });
    const after = [a, { ...b, text: 'T' }, split];
    doc.transact(() =>
      writeStructure(
        doc,
        structureChange([a, b], after)!,
        (id) => after.find((s) => s.id === id),
        (t) => new Y.Text(t),
      ),
    );
    const there = sharedRows(doc, [a, b], 7, () => 'Ana')!;
    expect(there.added).toEqual(['n1']);
    expect(there.segments[2]).toMatchObject({
      id: 'n1',
      text: 'wo.',
      ancestors: ['b'],
      updatedAt: 7,
    });
    expect(there.changes).toEqual([
      { segmentId: 'n1', text: 'wo.', status: 'new', origin: 'align', author: 'Ana' },
    ]);
  });

  it('shows an id inserted twice once, and is null when nothing differs', () => {
    const doc = docOf([a, b]);
    orderOf(doc).push(['a']);
    expect(sharedOrder(doc)).toEqual(['a', 'b']);
    expect(sharedRows(doc, [a, b], 0)).toBeNull();
    expect(sharedRows(new Y.Doc(), [a, b], 0)).toBeNull();
  });

  it('carries every row field a repair may change, and only those', () => {
    const full = seg('f', 'Full.', {
      source: '全。',
      importStatus: 'reviewed',
      codes: [{ n: 1, kind: 'standalone', element: 'x', id: '1', data: '<x id="1"/>' }],
      alignScore: 0.5,
      externalId: 'u7',
      ancestors: ['g'],
      sentenceOf: { paragraphId: 'p', sep: ' ', mtSep: ' ', sourceSep: '' },
      // Opaque to the sync: any JSON the importer kept goes through as it is.
      preserved: { format: 'xliff2', path: [] } as unknown as Segment['preserved'],
    });
    const fields: Record<string, unknown> = { ...full };
    for (const own of ['id', 'text', 'status', 'comments', 'revisionCount', 'updatedAt'])
      delete fields[own];
    const doc = docOf([a]);
    doc.transact(() =>
      writeStructure(
        doc,
        { removed: [], added: ['f'], before: 'a', after: null },
        () => full,
        (t) => new Y.Text(t),
      ),
    );
    const there = sharedRows(doc, [a], 3)!.segments[1]!;
    expect(rowOf(there)).toEqual(fields);
    expect(there).toMatchObject({ id: 'f', text: 'Full.', status: 'new', comments: [] });
  });

  it('places new rows before the row after them when the row before is gone', () => {
    const doc = docOf([a, b, c, d]);
    const x = seg('x', 'Ex.', { status: 'edited' });
    const write = (before: string | null, after: string | null) =>
      doc.transact(() =>
        writeStructure(
          doc,
          { removed: ['c'], added: ['x'], before, after },
          () => x,
          (t) => new Y.Text(t),
        ),
      );
    write('gone', 'd');
    expect(orderOf(doc).toArray()).toEqual(['a', 'b', 'x', 'd']);
    expect(statusesOf(doc).get('x')).toBe('edited');
    write('gone', null);
    expect(orderOf(doc).toArray()).toEqual(['a', 'b', 'd', 'x']);
    write(null, 'a');
    expect(orderOf(doc).toArray()).toEqual(['x', 'a', 'b', 'd']);
    // A row that already has a shared text keeps it: its text is the caller's to diff.
    textsOf(doc).get('x')!.insert(0, 'Kept: ');
    write('b', null);
    expect(orderOf(doc).toArray()).toEqual(['a', 'b', 'x', 'd']);
    expect(textsOf(doc).get('x')!.toJSON()).toBe('Kept: Ex.');
  });

  it('rebuilds rows moved without any new one, and makes a row with no shared status new', () => {
    const doc = docOf([a, b]);
    orderOf(doc).delete(0, 2);
    orderOf(doc).push(['b', 'a', 'n']);
    rowsOf(doc).set('n', { mt: 'New MT.' });
    const there = sharedRows(doc, [a, b], 0)!;
    expect(there.segments.map((s) => s.id)).toEqual(['b', 'a', 'n']);
    expect(there.segments[0]).toBe(b);
    expect(there.segments[2]).toMatchObject({ text: '', status: 'new', mt: 'New MT.' });
  });

  it('gives a comment of a split row to the first row descended from it, once', () => {
    const comment = { id: 'k', text: 'Here.', author: 'Bo', createdAt: 1 };
    const mine = [a, { ...b, comments: [comment] }];
    const doc = docOf(mine);
    const left = seg('l', 'T', { ancestors: ['b'] });
    const right = seg('r', 'wo.', { ancestors: ['b'] });
    const after = [a, left, right];
    doc.transact(() =>
      writeStructure(
        doc,
        structureChange(mine, after)!,
        (id) => after.find((s) => s.id === id),
        (t) => new Y.Text(t),
      ),
    );
    const there = sharedRows(doc, mine, 0)!;
    expect(there.segments.map((s) => s.comments.map((c) => c.id))).toEqual([[], ['k'], []]);
  });
});

describe('readStructureChanges', () => {
  it('keeps the well-formed restructures of a stored list, in order, and drops the rest', () => {
    const good = { removed: ['b', 'c'], added: ['b'], before: 'a', after: null };
    const top = { removed: [], added: ['n'], before: null, after: 'a' };
    const stored = JSON.stringify([good, { removed: 'b', added: [] }, null, top, { added: [1] }]);
    expect(readStructureChanges(stored)).toEqual([good, top]);
  });

  it('reads nothing from a missing, broken or non-list value', () => {
    expect(readStructureChanges(null)).toEqual([]);
    expect(readStructureChanges('{"removed":')).toEqual([]);
    expect(readStructureChanges('{"removed":[]}')).toEqual([]);
  });
});

import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isValidUpdate, updateInMessage } from '../../../../src/server/sync/gate.ts';
import { seededRandom } from '../../../support/prng.ts';

/** A Hocuspocus sync message for `document` carrying `update` as a y-protocols update (type 2). */
function syncMessage(document: string, update: Uint8Array, kind = 2): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function realUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('text').set('s1', new Y.Text('hello'));
  return Y.encodeStateAsUpdate(doc);
}

describe('the sync gate', () => {
  it('finds the update a sync message carries', () => {
    const update = realUpdate();
    expect(updateInMessage(syncMessage('p', update))).toEqual(update);
  });

  it('finds no update in a sync step 1 (a state vector)', () => {
    expect(updateInMessage(syncMessage('p', new Uint8Array([0]), 0))).toBeUndefined();
  });

  it('accepts a real Yjs update', () => {
    expect(isValidUpdate(realUpdate())).toBe(true);
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)],
    ['a truncated update', realUpdate().slice(0, 12)],
    ['a single byte', new Uint8Array([0xff])],
  ])('refuses %s', (_what, bytes) => {
    expect(isValidUpdate(bytes)).toBe(false);
  });

  it('a message whose framing is cut short throws', () => {
    expect(() => updateInMessage(syncMessage('p', realUpdate()).slice(0, 5))).toThrow();
  });
});

describe('an update that decodes but cannot be applied', () => {
  it('leaves the document as it was (so a refused update changes nothing)', () => {
    const doc = new Y.Doc();
    doc.getMap<Y.Text>('text').set('s1', new Y.Text('hello world'));
    const state = Y.encodeStateAsUpdate(doc);
    const next = seededRandom(14);
    const random = (n: number): number => Math.floor(next() * n);
    let refused = 0;
    for (let i = 0; i < 5000; i += 1) {
      const mutated = state.slice();
      mutated[random(mutated.length)] = random(256);
      if (!isValidUpdate(mutated)) continue;
      const target = new Y.Doc();
      Y.applyUpdate(target, state);
      try {
        Y.applyUpdate(target, mutated);
      } catch {
        refused += 1;
        expect(Y.encodeStateAsUpdate(target)).toEqual(state);
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});

// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { EditJournal, JOURNAL_PREFIX, otherJournals } from '../../../src/state/edit-journal.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

const BASE = { text: 'MT', status: 'new' as const };

describe('EditJournal', () => {
  it('writes each keystroke synchronously, keeping the first base of a segment', () => {
    const storage = memoryStorage();
    const journal = new EditJournal(storage, 'tab1');
    journal.record('p1', 's1', 'M', BASE);
    journal.record('p1', 's1', 'Mo', { text: 'M', status: 'edited' });
    expect(JSON.parse(storage.getItem(`${JOURNAL_PREFIX}tab1`) ?? '')).toEqual([
      { projectId: 'p1', segmentId: 's1', text: 'Mo', base: BASE },
    ]);
  });

  it('forgets an entry once its text is stored, but not if typing went on', () => {
    const storage = memoryStorage();
    const journal = new EditJournal(storage, 'tab1');
    journal.record('p1', 's1', 'Mo', BASE);
    journal.record('p1', 's1', 'Mor', BASE);
    journal.settle('p1', 's1', { text: 'Mo', status: 'edited' });
    // Typing went on: the entry stays, based on what is stored now.
    expect(journal.entries).toEqual([
      { projectId: 'p1', segmentId: 's1', text: 'Mor', base: { text: 'Mo', status: 'edited' } },
    ]);
    journal.settle('p1', 's1', { text: 'Mor', status: 'edited' });
    expect(journal.entries).toEqual([]);
    expect(storage.map.size).toBe(0);
  });

  it('keeps working when localStorage refuses to write', () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('full');
      },
    };
    const journal = new EditJournal(storage, 'tab1');
    expect(() => journal.record('p1', 's1', 'x', BASE)).not.toThrow();
  });

  it('lists the journals of other tabs, dropping malformed entries', () => {
    const storage = memoryStorage();
    new EditJournal(storage, 'mine').record('p1', 's1', 'mine', BASE);
    new EditJournal(storage, 'dead').record('p1', 's2', 'left behind', BASE);
    storage.setItem(`${JOURNAL_PREFIX}junk`, '[{"projectId": 1}, "<script>"]');
    storage.setItem('verso.lastProject', 'p1');
    const others = otherJournals(storage, `${JOURNAL_PREFIX}mine`);
    expect(others.map((o) => [o.tabId, o.entries.length])).toEqual([
      ['dead', 1],
      ['junk', 0],
    ]);
  });
});

/**
 * A shared project's state on this device (issue 14): un-sharing forgets all of it, so a later share of
 * the same project does not send changes meant for the old one; other projects' state stays.
 */
import { describe, expect, it } from 'vitest';
import { forgetSyncDeviceState, syncDeviceKeys } from '../../../../src/state/sync/device-keys.ts';
import { mapSettings } from '../../../support/store.ts';

describe('forgetSyncDeviceState', () => {
  it('removes every sync key of the project and nothing else', () => {
    const settings = mapSettings({ 'verso.name': 'Ada' });
    for (const id of ['p1', 'p2']) {
      for (const key of Object.values(syncDeviceKeys(id))) settings.set(key, '[]');
    }
    forgetSyncDeviceState(settings, 'p1');
    expect([...settings.map.keys()].filter((k) => k.includes('p1'))).toEqual([]);
    expect([...settings.map.keys()].filter((k) => k.includes('p2'))).toHaveLength(5);
    expect(settings.get('verso.name')).toBe('Ada');
  });

  it('names the keys the live connection keeps its pending changes under', () => {
    expect(syncDeviceKeys('p1')).toEqual({
      pending: 'verso.sync.pending.p1',
      structure: 'verso.sync.structurePending.p1',
      qa: 'verso.sync.qaPending.p1',
      lqa: 'verso.sync.lqaPending.p1',
      lqaJoined: 'verso.sync.lqaJoined.p1',
    });
  });
});

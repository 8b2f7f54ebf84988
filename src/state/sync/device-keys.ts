/**
 * What a shared project keeps in this browser's settings (localStorage) besides its share record:
 * changes the server has not acknowledged yet and whether this device joined the shared assessment.
 * All of it belongs to one share: un-sharing forgets it, so a later share starts clean.
 */
import type { Settings } from '../app-state.ts';

/** The settings keys of project `projectId`'s sync state on this device. */
export function syncDeviceKeys(projectId: string) {
  return {
    /** Segment edits (text, status) not acknowledged. */
    pending: `verso.sync.pending.${projectId}`,
    /** Restructures (merge, split, shift, row mode) made offline. */
    structure: `verso.sync.structurePending.${projectId}`,
    /** QA settings and LQA items not acknowledged. */
    qa: `verso.sync.qaPending.${projectId}`,
    lqa: `verso.sync.lqaPending.${projectId}`,
    /** This device's assessment was merged into the shared one once. */
    lqaJoined: `verso.sync.lqaJoined.${projectId}`,
  } as const;
}

/** Forgets project `projectId`'s sync state on this device (see the module comment). */
export function forgetSyncDeviceState(settings: Settings, projectId: string): void {
  for (const key of Object.values(syncDeviceKeys(projectId))) settings.remove(key);
}

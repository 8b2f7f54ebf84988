import type { TFunction } from 'i18next';
import type { AppState, SaveState } from '../../state/app-state.ts';

/**
 * The toolbar's save indicator (issues 6 and 14): while saving or after a failed write, what the
 * device's storage says; once stored, a shared project says whether the server has it too —
 * "Synced", or "Saved on this device" while changes wait (offline, connecting, refused).
 */
export function saveLabel(t: TFunction, save: SaveState, state: Pick<AppState, 'sync'>): string {
  if (save !== 'saved' || !state.sync) return t(`save.${save}`);
  return t(state.sync.status === 'synced' ? 'share.state.synced' : 'share.state.local');
}

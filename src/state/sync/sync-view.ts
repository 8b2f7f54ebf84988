/**
 * What the UI shows of a shared project (issue 14): the connection, the access this device has, and
 * who else is in the project and where. Plain data in AppState (`sync`), null for a project that is
 * not shared, so the grid and toolbar render it without loading the sync code.
 */
import type { Access } from '../../core/sync/protocol.ts';

/** `connecting`: not yet synced with the server; `synced`: every change here reached it; `offline`:
 * changes wait on this device; `stopped`: the server refused this device (see `problem`). */
export type SyncStatus = 'connecting' | 'synced' | 'offline' | 'stopped';

/** Another reviewer in the project (Yjs awareness). */
export interface Peer {
  /** Awareness client id: stable while that tab stays connected. */
  readonly clientId: number;
  readonly name: string;
  /** The segment they are on, if any. */
  readonly segment: string | null;
  /** The segment they are typing in (a soft lock), if any. */
  readonly editing: string | null;
}

/** The shared state of the open project. */
export interface SyncView {
  readonly status: SyncStatus;
  readonly access: Access;
  /** Others in the project, not this tab. */
  readonly peers: readonly Peer[];
  /** Segments this reviewer took over from another's soft lock. */
  readonly takenOver: readonly string[];
}

/** Initials of a name for a row badge ("Ada Lovelace" → "AL", "李雷" → "李"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** The peer holding a soft lock on `segmentId` (typing in it), unless this reviewer took it over. */
export function lockHolder(view: SyncView | null, segmentId: string): Peer | undefined {
  if (!view || view.takenOver.includes(segmentId)) return undefined;
  return view.peers.find((p) => p.editing === segmentId);
}

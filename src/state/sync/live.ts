/**
 * The live connection of an open shared project (issue 14), loaded only when one is opened: a Y.Doc
 * bound to the session (binding.ts), a Hocuspocus provider on the app's own sync endpoint, presence
 * and soft locks through Yjs awareness, and the server's refusals as notices. What it knows goes into
 * AppState `sync` (sync-view.ts) for the toolbar and the grid.
 */
import { HocuspocusProvider, type StatesArray } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { isMessageKey } from '../../i18n/keys.ts';
import { readStructureChanges } from '../../core/sync/structure.ts';
import { FailoverWebsocket } from '../../sync/failover-socket.ts';
import { syncSocketUrls } from '../../sync/socket-urls.ts';
import type { Segment } from '../../core/model/model.ts';
import type { Settings } from '../app-state.ts';
import type { LqaFlow } from '../flows/lqa.ts';
import type { SharedRecord, SyncRepo } from '../flows/sync.ts';
import { infoNotice, type Notice } from '../notices.ts';
import type { Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import {
  structureThroughPipeline,
  SyncBinding,
  throughPipeline,
  type Me,
  type PendingEdit,
} from './binding.ts';
import { syncDeviceKeys } from './device-keys.ts';
import type { PendingEntries } from './item-map-binding.ts';
import { LqaBinding } from './lqa-binding.ts';
import { QaBinding } from './qa-binding.ts';
import type { Peer, SyncStatus, SyncView } from './sync-view.ts';

/** What a live project needs. */
export interface LiveOptions {
  /** The local project. */
  readonly projectId: string;
  readonly record: SharedRecord;
  readonly session: Session;
  /** The segments as the project was opened (see BindingOptions.opened). */
  readonly opened: readonly Segment[];
  readonly writes: WritePipeline;
  /** Shows and stores another reviewer's change of the quality assessment (no undo step). */
  readonly lqa: Pick<LqaFlow, 'apply'>;
  readonly repo: SyncRepo;
  readonly settings: Settings;
  readonly me: () => Me;
  /** The server refused this device for good (un-shared, bad or expired link). */
  readonly onRefused: () => void;
  /** Reopens the project as stored (another tab restructured it meanwhile). */
  readonly reopen: (projectId: string) => void;
}

/** An open shared project. */
export interface LiveProject {
  /** The reviewer changed their name. */
  rename(name: string): void;
  /** This reviewer types in `segmentId` although another holds its soft lock. */
  takeOver(segmentId: string): void;
  /** Disconnects (another project opened, or the server refused); the local copy stays. */
  close(): void;
}

/** Connects the open project `projectId` to its shared document. */
export function connectLive(o: LiveOptions): LiveProject {
  const { session, record } = o;
  const doc = new Y.Doc();
  const keys = syncDeviceKeys(o.projectId);
  const pendingKey = keys.pending;
  const structureKey = keys.structure;
  let status: SyncStatus = 'connecting';
  let peers: readonly Peer[] = [];
  let takenOver: readonly string[] = [];
  let editing: string | null = null;
  let everSynced = false;
  let closed = false;
  const readOnly = record.access === 'view';

  const show = (patch: Partial<Pick<SyncView, 'status' | 'peers' | 'takenOver'>> = {}) => {
    if (closed || session.state.project?.id !== o.projectId) return;
    ({
      status = status,
      peers = peers,
      takenOver = takenOver,
    } = { status, peers, takenOver, ...patch });
    session.update({ sync: { status, access: record.access, peers, takenOver } });
  };
  const tell = (notice: Notice) => {
    if (!closed) session.update({ notice });
  };

  const binding = new SyncBinding({
    doc,
    session,
    opened: o.opened,
    apply: throughPipeline(o.writes),
    addComment: (segmentId, comment) => {
      session.replaceSegment(segmentId, (s) => ({ ...s, comments: [...s.comments, comment] }));
      void o.repo.addComment(o.projectId, segmentId, comment).catch(() => undefined);
    },
    me: o.me,
    pending: {
      load: () => loadPending(o.settings.get(pendingKey)),
      save: (pending) => o.settings.set(pendingKey, JSON.stringify([...pending])),
    },
    readOnly,
    onConflict: (ids) =>
      tell({
        kind: 'error',
        key: 'share.conflict',
        params: { count: ids.length, segments: numbers(session, ids) },
      }),
    onLocalEdit: (id) => {
      if (editing !== id) {
        editing = id;
        provider.setAwarenessField('editing', id);
      }
    },
    applyStructure: structureThroughPipeline(o.writes, session, o.reopen),
    structurePending: {
      load: () => readStructureChanges(o.settings.get(structureKey)),
      save: (changes) => o.settings.set(structureKey, JSON.stringify(changes)),
    },
  });

  const qa = new QaBinding(doc, session, o.writes, readOnly, pendingEntries(o.settings, 'qa'));
  const joinedKey = keys.lqaJoined;
  const lqa = new LqaBinding(
    doc,
    session,
    o.lqa,
    readOnly,
    { done: () => o.settings.get(joinedKey) !== null, mark: () => o.settings.set(joinedKey, '1') },
    pendingEntries(o.settings, 'lqa'),
  );
  const hasPending = () => binding.hasPending || qa.hasPending || lqa.hasPending;

  /** Where the QA settings' or assessment's unacknowledged changes wait (localStorage). */
  function pendingEntries(settings: Settings, kind: 'qa' | 'lqa'): PendingEntries {
    const key = keys[kind];
    return {
      load: () => loadEntries(settings.get(key)),
      save: (entries) => settings.set(key, JSON.stringify([...entries])),
    };
  }

  const socket = new FailoverWebsocket({
    // The server it was shared on first, then the others serving it (scaled mode): when one is
    // gone, the connection moves to the next.
    urls: syncSocketUrls(record.server, record.servers),
    // Back soon after a network cut; never give up (offline for hours is normal).
    delay: 500,
    minDelay: 500,
    maxDelay: 10_000,
    maxAttempts: 0,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: record.remoteId,
    document: doc,
    token: record.token,
    onSynced: ({ state }) => {
      if (!state) return;
      binding.online();
      qa.online();
      lqa.online();
      everSynced = true;
      show({ status: hasPending() ? 'connecting' : 'synced' });
    },
    onUnsyncedChanges: ({ number }) => {
      if (number > 0) return show({ status: 'connecting' });
      binding.acknowledged();
      qa.acknowledged();
      lqa.acknowledged();
      if (provider.isSynced) show({ status: 'synced' });
    },
    onStatus: ({ status: socketStatus }) => {
      if (String(socketStatus) !== 'disconnected' || status === 'stopped') return;
      binding.offline();
      qa.offline();
      lqa.offline();
      if (status === 'synced' && everSynced) tell(infoNotice('share.disconnected'));
      show({ status: 'offline' });
    },
    onAuthenticationFailed: ({ reason }) => refuse(reason),
    onClose: ({ event }) => {
      if (event.code === 1009) refuse('message-too-large');
      else if (event.reason === 'project-deleted' || event.reason === 'update-malformed') {
        refuse(event.reason);
      }
    },
    onStateless: ({ payload }) => {
      try {
        const message = JSON.parse(payload) as { verso?: string; code?: string };
        if (message.verso === 'refused' && message.code) tell(errorNotice(message.code));
      } catch {
        // Not one of ours.
      }
    },
    onAwarenessChange: ({ states }) => show({ peers: peersOf(states, doc.clientID) }),
  });
  provider.attach();
  provider.setAwarenessField('user', o.me());
  provider.setAwarenessField('segment', session.state.current);

  // Presence follows the segment the reviewer is on; leaving a segment releases its soft lock.
  let current = session.state.current;
  const onChange = () => {
    if (session.state.current === current) return;
    current = session.state.current;
    provider.setAwarenessField('segment', current);
    if (editing !== null && editing !== current) {
      editing = null;
      provider.setAwarenessField('editing', null);
    }
  };
  session.addEventListener('change', onChange);
  // The browser knows first that the network is gone: an open WebSocket would only notice after its
  // idle timeout (tens of seconds), while the reviewer's edits would seem shared.
  const goneOffline = () => {
    socket.disconnect();
    binding.offline();
    qa.offline();
    lqa.offline();
    if (status !== 'stopped') show({ status: 'offline' });
  };
  const backOnline = () => void socket.connect();
  globalThis.addEventListener?.('offline', goneOffline);
  globalThis.addEventListener?.('online', backOnline);
  show();

  function refuse(code: string): void {
    status = 'stopped';
    show({ status });
    tell(errorNotice(code));
    setTimeout(o.onRefused);
  }

  return {
    rename: (name) => provider.setAwarenessField('user', { ...o.me(), name }),
    takeOver: (segmentId) => {
      show({ takenOver: [...takenOver.filter((id) => id !== segmentId), segmentId] });
    },
    close: () => {
      if (closed) return;
      session.removeEventListener('change', onChange);
      globalThis.removeEventListener?.('offline', goneOffline);
      globalThis.removeEventListener?.('online', backOnline);
      binding.dispose();
      qa.dispose();
      lqa.dispose();
      provider.destroy();
      socket.destroy();
      doc.destroy();
      closed = true;
    },
  };
}

/** The others in the project, from the awareness states (this tab's left out). */
function peersOf(states: StatesArray, self: number): Peer[] {
  return states.flatMap((s) => {
    const user = s['user'] as Partial<Me> | undefined;
    if (s.clientId === self || !user) return [];
    const segment: unknown = s['segment'];
    const editing: unknown = s['editing'];
    return [
      {
        clientId: s.clientId,
        name: typeof user.name === 'string' && user.name ? user.name : '?',
        segment: typeof segment === 'string' ? segment : null,
        editing: typeof editing === 'string' ? editing : null,
      },
    ];
  });
}

function loadEntries(json: string | null): Map<string, unknown> {
  try {
    const entries: unknown = JSON.parse(json ?? '[]');
    return new Map(
      Array.isArray(entries)
        ? entries.filter(
            (e): e is [string, unknown] => Array.isArray(e) && typeof e[0] === 'string',
          )
        : [],
    );
  } catch {
    return new Map();
  }
}

function loadPending(json: string | null): Map<string, PendingEdit> {
  try {
    return new Map(JSON.parse(json ?? '[]') as [string, PendingEdit][]);
  } catch {
    return new Map();
  }
}

/** "3, 7" — row numbers of segments, for a notice. */
function numbers(session: Session, ids: readonly string[]): string {
  return ids
    .map((id) => (session.position(id) ?? -1) + 1)
    .filter((n) => n > 0)
    .sort((a, b) => a - b)
    .join(', ');
}

function errorNotice(code: string): Notice {
  const key = `share.errors.${code}`;
  return isMessageKey(key)
    ? { kind: 'error', key, params: {} }
    : { kind: 'error', key: 'share.errors.server-error', params: {} };
}

/**
 * The sync endpoint's gate (issue 14), as a Hocuspocus extension:
 * - on connect, the token must be valid for the document's project (same checks and codes as the API);
 *   a view token makes the connection read-only, which Hocuspocus enforces by refusing its updates;
 * - every incoming update must decode as a Yjs update, else the document connection is closed with
 *   `update-malformed` before anything is applied (a bad update can throw half-way through
 *   Y.applyUpdate, after some of it was integrated);
 * - a viewer whose client sends a change is told why it was refused (a stateless message), not only
 *   refused.
 */
import type {
  beforeHandleMessagePayload,
  Extension,
  onAuthenticatePayload,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { documentBelongsTo, projectOfDocument } from '../../core/sync/protocol.ts';
import type { Access } from '../../core/sync/protocol.ts';
import type { Projects } from '../projects.ts';
import { SyncRefusal } from './refusal.ts';

/** What an authenticated connection carries (Hocuspocus's `context`). */
export interface ConnectionContext {
  readonly project: string;
  readonly access: Access;
}

/** Top-level message types of the Hocuspocus protocol that carry Yjs sync messages. */
const SYNC_MESSAGES = new Set([0 /* Sync */, 4 /* SyncReply */]);
/** y-protocols sync message types that carry an update. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The stateless message a viewer receives when the server refused its change. */
export const READ_ONLY_NOTICE = JSON.stringify({ verso: 'refused', code: 'read-only' });

/**
 * The update a sync message carries, if it carries one.
 *
 * @throws when the message framing itself is broken
 */
export function updateInMessage(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (!SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return undefined;
  const kind = decoding.readVarUint(decoder);
  if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/** Whether `update` decodes as a whole Yjs (v1) update. */
export function isValidUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/** The extension. */
export class Gate implements Extension {
  readonly extensionName = 'VersoGate';
  readonly priority = 900;

  constructor(private readonly projects: Projects) {}

  async onAuthenticate({
    token,
    documentName,
    connectionConfig,
  }: onAuthenticatePayload): Promise<ConnectionContext> {
    const project = projectOfDocument(documentName);
    const result = await this.projects.authorize(token, project, 'view');
    if (!result.ok) throw new SyncRefusal(narrow(result.code));
    if (!documentBelongsTo(documentName, result.project.id)) {
      throw new SyncRefusal('token-wrong-project');
    }
    connectionConfig.readOnly = result.access === 'view';
    return { project: result.project.id, access: result.access };
  }

  beforeHandleMessage({
    update: message,
    connection,
    document,
  }: beforeHandleMessagePayload): Promise<void> {
    let update: Uint8Array | undefined;
    try {
      update = updateInMessage(message);
    } catch {
      throw new SyncRefusal('update-malformed');
    }
    if (update === undefined) return Promise.resolve();
    if (!isValidUpdate(update)) throw new SyncRefusal('update-malformed');
    if (connection.readOnly && !Y.snapshotContainsUpdate(Y.snapshot(document), update)) {
      connection.sendStateless(READ_ONLY_NOTICE);
    }
    return Promise.resolve();
  }
}

/** The authorization codes a connection can be refused with. */
function narrow(code: string): ConstructorParameters<typeof SyncRefusal>[0] {
  switch (code) {
    case 'token-missing':
    case 'token-invalid':
    case 'token-expired':
    case 'token-wrong-project':
    case 'access-denied':
    case 'project-not-found':
      return code;
    default:
      return 'token-invalid';
  }
}

/**
 * The error the server's hooks throw to refuse a connection or a message with one of the protocol's
 * codes (src/core/sync/protocol.ts). Hocuspocus sends `reason` to the client: as the reason of a refused
 * authentication, or of the document connection it closes.
 */
import type { SyncErrorCode } from '../../core/sync/protocol.ts';

/** WebSocket close codes the server uses for document connections (4000–4999 is the application range). */
export const CLOSE_CODES = {
  'update-malformed': 4400,
  'token-invalid': 4401,
  'token-expired': 4401,
  'token-missing': 4401,
  'token-wrong-project': 4403,
  'access-denied': 4403,
  'read-only': 4403,
  'project-not-found': 4404,
  'project-deleted': 4404,
} as const satisfies Partial<Record<SyncErrorCode, number>>;

/** A refusal with its protocol code. The message is empty so Hocuspocus does not log it as a failure. */
export class SyncRefusal extends Error {
  readonly code: number;

  constructor(readonly reason: keyof typeof CLOSE_CODES) {
    super('');
    this.name = 'SyncRefusal';
    this.code = CLOSE_CODES[reason];
  }
}

/**
 * The contract between Verso's sync server (src/server) and its clients (the app, the tests, the bench):
 * paths, access levels, error codes and response shapes of the sharing API, and the limits both sides
 * must respect (issue 14). Pure data: no DOM, no Node.
 */
import { MAX_FILE_BYTES } from '../model/limits.ts';

/** Where the WebSocket sync endpoint listens, on the same origin as the app. */
export const SYNC_PATH = '/sync';

/** Prefix of the JSON API. */
export const API_PATH = '/api';

/** What a token lets its holder do. `owner` can also mint links and un-share; `view` is read-only. */
export const ACCESS_LEVELS = ['owner', 'edit', 'view'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** Access a share link can grant (owner tokens are only returned to whoever shared the project). */
export const LINK_ACCESS_LEVELS = ['edit', 'view'] as const;
export type LinkAccess = (typeof LINK_ACCESS_LEVELS)[number];

/**
 * Every error the server reports, as `error.code` in a JSON error body, as the reason of a refused
 * WebSocket authentication (the provider's `authenticationFailed` event), or as the reason of a document
 * connection the server closed (the provider's `close` event). The app translates them through the i18n
 * keys `share.errors.<code>`.
 */
export const SYNC_ERROR_CODES = [
  /** No token was sent (HTTP `Authorization: Bearer …` missing). */
  'token-missing',
  /** The token is not one this server issued: malformed, or its signature does not match (forged). */
  'token-invalid',
  /** The token's expiry time has passed. */
  'token-expired',
  /** The token belongs to another project than the one asked for. */
  'token-wrong-project',
  /** The token is valid but does not allow this (an edit or view token asking to mint links or delete). */
  'access-denied',
  /** No such project: never shared, or un-shared (every link to it stops working). */
  'project-not-found',
  /** The owner un-shared the project while this connection was open. */
  'project-deleted',
  /** A WebSocket message carried bytes that are not a Yjs update; nothing was applied or stored. */
  'update-malformed',
  /** A viewer's connection sent a change; the server refused it and stored nothing. */
  'read-only',
  /**
   * A WebSocket message over MAX_MESSAGE_BYTES: the server closed the socket with code 1009. The
   * provider reconnects and would send it again, so the client should stop and say so.
   */
  'message-too-large',
  /** A request body over its limit (see MAX_UPLOAD_BYTES, MAX_JSON_BYTES). */
  'body-too-large',
  /** A request body that is not what the endpoint takes (bad JSON, not a Verso backup, bad field). */
  'body-invalid',
  /** No such endpoint. */
  'not-found',
  /** The endpoint exists but not with this method. */
  'method-not-allowed',
  /** Something failed on the server (database down…); the request may be retried. */
  'server-error',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** The JSON body of every API error response. */
export interface SyncErrorBody {
  readonly error: {
    readonly code: SyncErrorCode;
    /** English, for logs and the CLI; the app shows `share.errors.<code>` instead. */
    readonly message: string;
    /** For `body-invalid` from a bad backup: the VersoInputError code and params (`errors.*` keys). */
    readonly input?: { readonly code: string; readonly params: Record<string, string | number> };
  };
}

/** `POST /api/projects` → 201. */
export interface CreatedProject {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  /** Name of the project's Y.Doc on the sync endpoint (the project id). */
  readonly document: string;
  /** Owner token: edit, mint links, un-share. Keep it; it is not shown in a link. */
  readonly ownerToken: string;
  /** A token for a link that can edit, and one for a link that can only view. */
  readonly editToken: string;
  readonly viewToken: string;
  /** App URLs of the other servers that serve the project (scaled mode, `VERSO_PEERS`). */
  readonly servers?: readonly string[];
}

/** `GET /api/projects/:id` → 200. */
export interface SharedProjectMeta {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly document: string;
  /** What the token used for the request allows. */
  readonly access: Access;
  /** Size of the base snapshot (the backup JSON) in bytes, before compression. */
  readonly baseBytes: number;
  /** App URLs of the other servers that serve the project (scaled mode, `VERSO_PEERS`). */
  readonly servers?: readonly string[];
}

/** `POST /api/projects/:id/links` → 201. */
export interface MintedLink {
  readonly token: string;
  readonly access: LinkAccess;
  /** Milliseconds since the epoch, or absent for a link that does not expire. */
  readonly expiresAt?: number;
}

/**
 * Largest WebSocket message the server accepts (one frame; a bigger one closes the socket with code
 * 1009). The first sync of a 20,000-segment project is ≈ 7–8 MB; a project may hold 4 times that many
 * segments (MAX_SEGMENTS), so 32 MiB lets a client with a full local copy restore the largest one.
 */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/** Largest base snapshot `POST /api/projects` takes: the app's file limit (50 MiB). */
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES;

/** Largest body of the other JSON requests (minting a link). */
export const MAX_JSON_BYTES = 16 * 1024;

/** Longest token the server reads; longer ones are `token-invalid` without further work. */
export const MAX_TOKEN_CHARS = 512;

/**
 * Whether the Y.Doc named `document` belongs to project `projectId`: the project's main document is
 * named by its id; a client may split a very large project into `<id>/<part>` documents.
 */
export function documentBelongsTo(document: string, projectId: string): boolean {
  return document === projectId || document.startsWith(`${projectId}/`);
}

/** The project a document name belongs to (the part before the first `/`). */
export function projectOfDocument(document: string): string {
  const slash = document.indexOf('/');
  return slash === -1 ? document : document.slice(0, slash);
}

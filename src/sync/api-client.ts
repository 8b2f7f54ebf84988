/**
 * A typed client of the sharing API (src/server/README.md), for the app and for Node (tests, bench).
 * Errors come back as SyncApiError with the server's code, which the app translates through
 * `share.errors.<code>`.
 */
import type {
  CreatedProject,
  LinkAccess,
  MintedLink,
  SharedProjectMeta,
  SyncErrorBody,
  SyncErrorCode,
} from '../core/sync/protocol.ts';
import { API_PATH } from '../core/sync/protocol.ts';

/** An API call the server refused (or that could not reach it: code `server-error`, status 0). */
export class SyncApiError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly status: number,
    message: string,
    /** For a refused upload: the backup reader's error code and params (`errors.*` keys). */
    readonly input?: SyncErrorBody['error']['input'],
  ) {
    super(message);
    this.name = 'SyncApiError';
  }
}

/** The calls. `baseUrl` is the server's app URL (`http://127.0.0.1:4173/`). */
export interface SyncApi {
  /** Shares a project: `backupJson` is its Verso backup (src/core/formats/backup). */
  create(backupJson: string): Promise<CreatedProject>;
  meta(id: string, token: string): Promise<SharedProjectMeta>;
  /** The base snapshot: the backup JSON as uploaded. */
  base(id: string, token: string): Promise<string>;
  /** Owner only: a new link token; `expiresIn` in seconds, none for a link that does not expire. */
  mint(id: string, ownerToken: string, access: LinkAccess, expiresIn?: number): Promise<MintedLink>;
  /** Owner only: un-shares the project; every link stops working. */
  unshare(id: string, ownerToken: string): Promise<void>;
}

/** A client of the server at `baseUrl`. */
export function syncApi(baseUrl: string, fetchImpl: typeof fetch = fetch): SyncApi {
  const url = (path: string): string => new URL(`${API_PATH}/${path}`, baseUrl).href;
  const call = async (path: string, init: RequestInit, token?: string): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await fetchImpl(url(path), { ...init, headers });
    } catch (error) {
      throw new SyncApiError('server-error', 0, `The server cannot be reached: ${String(error)}`);
    }
    if (response.ok) return response;
    let body: Partial<SyncErrorBody> = {};
    try {
      body = (await response.json()) as SyncErrorBody;
    } catch {
      // Not one of our error bodies (a proxy's page): keep the status.
    }
    const error = body.error;
    throw new SyncApiError(
      error?.code ?? 'server-error',
      response.status,
      error?.message ?? `HTTP ${response.status}`,
      error?.input,
    );
  };
  const json = { 'Content-Type': 'application/json' };
  const id = encodeURIComponent;
  return {
    async create(backupJson) {
      const r = await call('projects', { method: 'POST', headers: json, body: backupJson });
      return (await r.json()) as CreatedProject;
    },
    async meta(projectId, token) {
      const r = await call(`projects/${id(projectId)}`, { method: 'GET' }, token);
      return (await r.json()) as SharedProjectMeta;
    },
    async base(projectId, token) {
      const r = await call(`projects/${id(projectId)}/base`, { method: 'GET' }, token);
      return r.text();
    },
    async mint(projectId, ownerToken, access, expiresIn) {
      const body = JSON.stringify(expiresIn === undefined ? { access } : { access, expiresIn });
      const r = await call(
        `projects/${id(projectId)}/links`,
        { method: 'POST', headers: json, body },
        ownerToken,
      );
      return (await r.json()) as MintedLink;
    },
    async unshare(projectId, ownerToken) {
      await call(`projects/${id(projectId)}`, { method: 'DELETE' }, ownerToken);
    },
  };
}

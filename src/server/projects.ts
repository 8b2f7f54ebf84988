/**
 * Shared projects (issue 14): creating one from a base snapshot, checking tokens against a project's
 * secret, minting links, un-sharing. Used by the JSON API and by the sync endpoint's authentication,
 * so both refuse the same tokens with the same codes.
 */
import { VersoInputError } from '../core/model/errors.ts';
import type {
  Access,
  CreatedProject,
  LinkAccess,
  MintedLink,
  SyncErrorCode,
} from '../core/sync/protocol.ts';
import type { Jobs } from './jobs/pool.ts';
import type { ProjectRecord, SyncStorage } from './storage/types.ts';
import { allows, newProjectId, newSecret, readToken, signToken, verifyToken } from './tokens.ts';

/** The outcome of checking a token for a project. */
export type Authorization =
  | { readonly ok: true; readonly project: ProjectRecord; readonly access: Access }
  | { readonly ok: false; readonly code: SyncErrorCode };

/** A problem with an uploaded base snapshot. */
export class UploadError extends Error {
  constructor(readonly input: VersoInputError) {
    super(input.message);
  }
}

/** Project operations over a storage. `now()` is injectable for expiry tests. */
export class Projects {
  constructor(
    private readonly storage: SyncStorage,
    private readonly jobs: Pick<Jobs, 'prepare'>,
    private readonly now: () => number = Date.now,
  ) {}

  private seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /**
   * Shares a project: validates the uploaded backup (as the app's own import does), stores it
   * compressed as the base snapshot with a new secret, and seeds the project's Y.Doc from it — the
   * heavy part in the worker thread.
   *
   * @throws UploadError when `upload` is not a valid Verso backup or exceeds the segment limits
   */
  async create(upload: Uint8Array): Promise<CreatedProject> {
    const prepared = await this.jobs.prepare(upload);
    if (!prepared.ok) {
      throw new UploadError(new VersoInputError(prepared.code, prepared.params, prepared.message));
    }
    const id = newProjectId();
    const secret = newSecret();
    const createdAt = this.now();
    await this.storage.createProject({
      id,
      name: prepared.name,
      secret,
      baseBytes: prepared.baseBytes,
      createdAt,
      baseGzip: prepared.baseGzip,
      document: { name: id, state: prepared.state },
    });
    const token = (access: Access): string =>
      signToken(secret, { project: id, access, issuedAt: this.seconds() });
    return {
      id,
      name: prepared.name,
      createdAt,
      document: id,
      ownerToken: token('owner'),
      editToken: token('edit'),
      viewToken: token('view'),
    };
  }

  /**
   * Checks `token` for project `projectId` needing `needs`: `token-missing`, `token-invalid` (malformed
   * or forged), `project-not-found` (no such project, or un-shared), `token-wrong-project`,
   * `token-expired`, `access-denied`.
   */
  async authorize(
    token: string | undefined,
    projectId: string,
    needs: Access,
  ): Promise<Authorization> {
    if (token === undefined || token === '') return { ok: false, code: 'token-missing' };
    const claims = readToken(token);
    if (claims === undefined) return { ok: false, code: 'token-invalid' };
    const project = await this.storage.findProject(claims.project);
    if (project === undefined) return { ok: false, code: 'project-not-found' };
    const check = verifyToken(project.secret, token, this.seconds());
    if (!check.ok) return check;
    if (claims.project !== projectId) return { ok: false, code: 'token-wrong-project' };
    if (!allows(claims.access, needs)) return { ok: false, code: 'access-denied' };
    return { ok: true, project, access: claims.access };
  }

  /** A new link token for a project (the caller checked the owner token). */
  mint(project: ProjectRecord, access: LinkAccess, expiresInSeconds?: number): MintedLink {
    const issuedAt = this.seconds();
    const expiresAt = expiresInSeconds === undefined ? undefined : issuedAt + expiresInSeconds;
    return {
      token: signToken(project.secret, {
        project: project.id,
        access,
        issuedAt,
        ...(expiresAt === undefined ? {} : { expiresAt }),
      }),
      access,
      ...(expiresAt === undefined ? {} : { expiresAt: expiresAt * 1000 }),
    };
  }

  /** The compressed base snapshot. */
  base(id: string): Promise<Uint8Array | undefined> {
    return this.storage.readBase(id);
  }

  /** Deletes the project's secret, base, updates and snapshots; every link stops working. */
  delete(id: string): Promise<boolean> {
    return this.storage.deleteProject(id);
  }
}

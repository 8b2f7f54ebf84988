/**
 * Sharing, un-sharing and joining a shared project (issue 14), loaded when the reviewer shares or
 * opens a share link, not with the app (issue 13): SyncFlow (sync.ts) keeps the API and hands this
 * code what it works with.
 */
import type { Segment } from '../../core/model/model.ts';
import type { Access } from '../../core/sync/protocol.ts';
import { infoNotice } from '../notices.ts';
import type { Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import type { ProjectsFlow } from './projects.ts';
import { syncNotice } from './sync-notice.ts';
import type { SharedRecord, SyncRepo } from './sync.ts';

/** What SyncFlow gives this code: its ports and its records of shared projects. */
export interface ShareHost {
  readonly session: Session;
  readonly writes: WritePipeline;
  readonly projects: Pick<ProjectsFlow, 'openProject' | 'refresh'>;
  readonly repo: SyncRepo;
  readonly appUrl: string | undefined;
  record(projectId?: string): SharedRecord | undefined;
  records(): Record<string, SharedRecord>;
  save(projectId: string, record: SharedRecord): void;
  forget(projectId: string): void;
  connect(projectId: string, record: SharedRecord, opened: readonly Segment[]): Promise<void>;
}

/** Shares the open project (uploads its backup) unless it is shared already; then connects. */
export async function share(host: ShareHost): Promise<SharedRecord | undefined> {
  const project = host.session.state.project;
  if (!project || !host.appUrl) return undefined;
  const existing = host.record(project.id);
  if (existing) return existing;
  try {
    await host.writes.flush();
    const [{ syncApi }, { serializeBackup }] = await Promise.all([
      import('../../sync/api-client.ts'),
      import('../../core/formats/backup/write.ts'),
    ]);
    // What the server is seeded with; typing from here on is an edit to send.
    const opened = host.session.state.segments;
    const backup = await host.repo.exportBackup(project.id);
    const created = await syncApi(host.appUrl).create(serializeBackup(backup));
    const record: SharedRecord = {
      remoteId: created.id,
      server: host.appUrl,
      ...(created.servers ? { servers: created.servers } : {}),
      token: created.ownerToken,
      access: 'owner',
      editToken: created.editToken,
      viewToken: created.viewToken,
    };
    host.save(project.id, record);
    await host.connect(project.id, record, opened);
    return record;
  } catch (error) {
    host.session.update({ notice: syncNotice(error) });
    return undefined;
  }
}

/** Owner: un-shares the open project (every link stops working); the local copy stays. */
export async function unshare(host: ShareHost): Promise<void> {
  const project = host.session.state.project;
  const record = host.record(project?.id);
  if (!project || !record || record.access !== 'owner') return;
  try {
    const { syncApi } = await import('../../sync/api-client.ts');
    await syncApi(record.server).unshare(record.remoteId, record.token);
  } catch (error) {
    // Already gone on the server: forget it here too.
    if (!(error instanceof Error && 'code' in error && error.code === 'project-not-found')) {
      host.session.update({ notice: syncNotice(error) });
      return;
    }
  }
  host.forget(project.id);
  host.session.update({ notice: infoNotice('share.stopped') });
}

/**
 * Opens the shared project a link's `token` gives: the local copy if this device has one, else a
 * new local project made from the server's base snapshot; then connects it.
 */
export async function join(host: ShareHost, token: string): Promise<void> {
  if (!host.appUrl) return;
  try {
    const [{ syncApi }, { parseToken }, { parseBackup }] = await Promise.all([
      import('../../sync/api-client.ts'),
      import('../../core/sync/token-claims.ts'),
      import('../../core/formats/backup/read.ts'),
    ]);
    const claims = parseToken(token)?.claims;
    if (!claims) {
      host.session.update({ notice: syncNotice({ code: 'token-invalid' }) });
      return;
    }
    const api = syncApi(host.appUrl);
    const meta = await api.meta(claims.project, token);
    const record: SharedRecord = {
      remoteId: meta.id,
      server: host.appUrl,
      ...(meta.servers ? { servers: meta.servers } : {}),
      token,
      access: meta.access,
    };
    const local = Object.entries(host.records()).find(([, r]) => r.remoteId === meta.id);
    if (local) {
      const [id, known] = local;
      // A better link (edit after view) replaces the one kept; a weaker one does not.
      // The server's current list of other servers replaces the one kept.
      const better = rank(meta.access) > rank(known.access) ? { token, access: meta.access } : {};
      const { servers: _old, ...kept } = known;
      host.save(id, { ...kept, ...better, ...(meta.servers ? { servers: meta.servers } : {}) });
      await host.projects.openProject(id);
      return;
    }
    const backup = parseBackup(await api.base(meta.id, token), `${meta.name}.verso.json`);
    const created = await host.repo.importBackup(backup);
    host.save(created.id, record);
    await host.projects.refresh();
    await host.projects.openProject(created.id);
    host.session.update({ notice: infoNotice('share.joined', { name: meta.name }) });
  } catch (error) {
    host.session.update({ notice: syncNotice(error) });
  }
}

function rank(access: Access): number {
  return access === 'owner' ? 2 : access === 'edit' ? 1 : 0;
}

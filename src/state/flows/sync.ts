/**
 * Review together (issue 14): sharing the open project through the sync server, joining a shared one
 * from a link, and keeping the open shared project live. This room stays small because it is part of
 * the app's first load; the connection (yjs, the Hocuspocus provider, the binding) loads only when a
 * shared project is opened (`../sync/live.ts`), the API client and backup writer only when sharing.
 *
 * What this device knows of its shared projects lives in Settings (`verso.sync.projects`): for each
 * local project, the server's project id and the tokens this device holds. The reviewer's name
 * (`verso.name`) is the author of their revisions, comments and ignored findings.
 */
import type { ProjectData, Segment } from '../../core/model/model.ts';
import type { Repository } from '../../core/project/repository.ts';
import type { Access, LinkAccess } from '../../core/sync/protocol.ts';
import type { ShareHost } from './sync-share.ts';
import type { Settings } from '../app-state.ts';
import { syncNotice } from './sync-notice.ts';
import type { Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import { forgetSyncDeviceState } from '../sync/device-keys.ts';
import type { LiveProject } from '../sync/live.ts';
import { authorName, setAuthorName } from './author-name.ts';
import type { LqaFlow } from './lqa.ts';
import type { ProjectsFlow } from './projects.ts';

/** What this device keeps about a shared project. */
export interface SharedRecord {
  /** The project's id on the server (also its document name). */
  readonly remoteId: string;
  /** The app URL of the server it is shared on. */
  readonly server: string;
  /** App URLs of the other servers serving it (scaled mode): the connection fails over to them. */
  readonly servers?: readonly string[];
  /** The best token this device holds (owner, edit or view) and what it allows. */
  readonly token: string;
  readonly access: Access;
  /** Link tokens, for the owner's Share dialog. */
  readonly editToken?: string;
  readonly viewToken?: string;
}

const RECORDS_KEY = 'verso.sync.projects';
const PEER_KEY = 'verso.sync.peer';

/** The ports this room uses. */
export type SyncRepo = Pick<Repository, 'exportBackup' | 'importBackup' | 'addComment'>;

export class SyncFlow {
  #live: LiveProject | undefined;
  /** Bumped on every project change: a connection that loads after it is dropped. */
  #generation = 0;

  constructor(
    private readonly session: Session,
    private readonly writes: WritePipeline,
    private readonly projects: Pick<ProjectsFlow, 'openProject' | 'refresh'>,
    private readonly repo: SyncRepo,
    private readonly settings: Settings,
    /** Takes another reviewer's change of the quality assessment. */
    private readonly lqa: Pick<LqaFlow, 'apply'>,
    /** The app's URL (the server that serves it is the sync server); none in tests without one. */
    private readonly appUrl: string | undefined,
  ) {
    writes.author = this.name;
    session.opened.on((data) => void this.#opened(data));
  }

  /** The reviewer's name (Settings, "Your name"), '' until set. */
  get name(): string {
    return authorName(this.settings);
  }

  /** Remembers the reviewer's name; the others see it at once. */
  setName(name: string): void {
    const trimmed = setAuthorName(this.settings, name);
    this.writes.author = trimmed;
    this.#live?.rename(trimmed);
  }

  /** A random id of this browser, so two reviewers of one name are told apart. */
  get peer(): string {
    let peer = this.settings.get(PEER_KEY);
    if (!peer) {
      peer = crypto.randomUUID();
      this.settings.set(PEER_KEY, peer);
    }
    return peer;
  }

  /** What this device knows of the shared project `projectId` (the open one by default). */
  record(projectId = this.session.state.project?.id): SharedRecord | undefined {
    return projectId === undefined ? undefined : this.#records()[projectId];
  }

  /** Shares the open project (uploads its backup) unless it is shared already; then connects. */
  async share(): Promise<SharedRecord | undefined> {
    return (await import('./sync-share.ts')).share(this.#host());
  }

  /** The link that opens the open shared project with `access`, for its owner. */
  async linkFor(access: LinkAccess): Promise<string | undefined> {
    const record = this.record();
    const token = access === 'edit' ? record?.editToken : record?.viewToken;
    if (!record || !token) return undefined;
    const { shareLink } = await import('../../core/sync/share-link.ts');
    return shareLink(record.server, token);
  }

  /** Owner: un-shares the open project (every link stops working); the local copy stays. */
  async unshare(): Promise<void> {
    await (await import('./sync-share.ts')).unshare(this.#host());
  }

  /** Opens the shared project of a share link (`…/#share=<token>`; see core/sync/share-link.ts). */
  async joinLink(link: string): Promise<void> {
    const { tokenOfLink } = await import('../../core/sync/share-link.ts');
    const token = tokenOfLink(link);
    if (token) await this.join(token);
    else this.session.update({ notice: syncNotice({ code: 'token-invalid' }) });
  }

  /**
   * Opens the shared project a link's `token` gives: the local copy if this device has one, else a
   * new local project made from the server's base snapshot; then connects it.
   */
  async join(token: string): Promise<void> {
    await (await import('./sync-share.ts')).join(this.#host(), token);
  }

  /** Types into a segment another reviewer holds a soft lock on (the reviewer chose "Take over"). */
  takeOver(segmentId: string): void {
    this.#live?.takeOver(segmentId);
  }

  async #opened(data: ProjectData): Promise<void> {
    this.#generation += 1;
    this.#live?.close();
    this.#live = undefined;
    const record = this.record(data.meta.id);
    if (this.session.state.sync !== null) this.session.update({ sync: null });
    if (record) await this.#connect(data.meta.id, record, data.segments);
  }

  async #connect(
    projectId: string,
    record: SharedRecord,
    opened: readonly Segment[],
  ): Promise<void> {
    const generation = this.#generation;
    this.#live?.close();
    const { connectLive } = await import('../sync/live.ts');
    if (generation !== this.#generation || this.session.state.project?.id !== projectId) return;
    this.#live = connectLive({
      projectId,
      record,
      session: this.session,
      opened,
      writes: this.writes,
      lqa: this.lqa,
      repo: this.repo,
      settings: this.settings,
      me: () => ({ name: this.name, peer: this.peer }),
      onRefused: () => this.#live?.close(),
      reopen: (id) => void this.projects.openProject(id),
    });
  }

  /** What the share, unshare and join code (sync-share.ts, loaded when used) works with. */
  #host(): ShareHost {
    return {
      session: this.session,
      writes: this.writes,
      projects: this.projects,
      repo: this.repo,
      appUrl: this.appUrl,
      record: (projectId) => this.record(projectId),
      records: () => this.#records(),
      save: (projectId, record) => this.#save(projectId, record),
      forget: (projectId) => this.#forget(projectId),
      connect: (projectId, record, opened) => this.#connect(projectId, record, opened),
    };
  }

  #records(): Record<string, SharedRecord> {
    try {
      return JSON.parse(this.settings.get(RECORDS_KEY) ?? '{}') as Record<string, SharedRecord>;
    } catch {
      return {};
    }
  }

  #save(projectId: string, record: SharedRecord): void {
    this.settings.set(RECORDS_KEY, JSON.stringify({ ...this.#records(), [projectId]: record }));
  }

  #forget(projectId: string): void {
    const records = this.#records();
    delete records[projectId];
    this.settings.set(RECORDS_KEY, JSON.stringify(records));
    forgetSyncDeviceState(this.settings, projectId);
    this.#live?.close();
    this.#live = undefined;
    this.session.update({ sync: null });
  }
}

export { syncNotice };

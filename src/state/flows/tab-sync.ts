/**
 * Other tabs (issue 6): what another tab stored shows here at once, except in segments with unsaved text
 * here — their next save is refused and they become conflicts (see WriteGuard, WritePipeline).
 */
import type { ExternalChange } from '../../core/project/repository.ts';
import type { Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';

/** What tab sync needs of the projects flow. */
export interface ProjectReloader {
  openProject(id: string): Promise<void>;
  closeDeleted(): Promise<void>;
  refresh(): Promise<void>;
}

export class TabSync {
  constructor(
    private readonly session: Session,
    private readonly writes: Pick<WritePipeline, 'heard'>,
    private readonly projects: ProjectReloader,
  ) {}

  /** Another tab stored `change`. */
  heard(change: ExternalChange): void {
    const project = this.session.state.project;
    if (change.kind === 'project') {
      if (project?.id === change.projectId && change.what !== 'meta') {
        void (change.what === 'deleted'
          ? this.projects.closeDeleted()
          : this.projects.openProject(project.id));
      } else {
        void this.projects.refresh().then(() => {
          // Renamed (or its settings changed) elsewhere: take the stored row.
          const { projects, project: open } = this.session.state;
          const meta = projects.find((p) => p.id === open?.id);
          if (meta && change.projectId === meta.id) this.session.update({ project: meta });
        });
      }
      return;
    }
    if (project?.id !== change.projectId) return;
    if (change.kind === 'comment') {
      const { segmentId, comment } = change;
      this.session.replaceSegment(segmentId, (s) =>
        s.comments.some((c) => c.id === comment.id)
          ? s
          : { ...s, comments: [...s.comments, comment] },
      );
      return;
    }
    const shown = this.writes.heard(change.segments);
    if (shown.length === 0) return;
    this.session.patchEach(shown, (s, c) => ({
      ...s,
      text: c.text,
      status: c.status,
      revisionCount: s.revisionCount + 1,
    }));
  }
}

/**
 * Edits to the open project's text: typing, statuses, replace-all, fixes, restores, undo and redo, and
 * comments. Each is one undoable step with one revision per changed segment (see WritePipeline).
 */
import { applyHits, groupHitsBySegment, type FindHit } from '../../core/review/hits.ts';
import {
  statusAfterEdit,
  type Revision,
  type RevisionOrigin,
  type Segment,
  type SegmentChange,
  type SegmentStatus,
} from '../../core/model/model.ts';
import type { Repository } from '../../core/project/repository.ts';
import type { RevisionPage, RevisionPageQuery } from '../../core/project/revision-page.ts';
import { noticeFor } from '../notices.ts';
import type { Change, Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import type { LqaFlow } from './lqa.ts';
import type { RestructureFlow } from './restructure.ts';

/** What this flow needs of the repository. */
export type EditsPort = Pick<Repository, 'listRevisions' | 'listRevisionPage' | 'addComment'>;

export class EditsFlow {
  constructor(
    private readonly session: Session,
    private readonly writes: WritePipeline,
    private readonly structure: Pick<RestructureFlow, 'apply'>,
    private readonly repo: EditsPort,
    private readonly now: () => number,
    /** Applies an assessment on undo and redo of an LQA step (issue 15). */
    private readonly lqa?: Pick<LqaFlow, 'reverse'>,
  ) {}

  /** Typing: shown at once, saved after a short pause (or on flush). */
  editText(segmentId: string, text: string): void {
    this.writes.type(segmentId, text);
  }

  /** Writes pending typing now (blur, page hide, before any other change). Resolves when stored. */
  flush(): Promise<void> {
    return this.writes.flush();
  }

  /** Sets a segment's review status (an undoable step, a revision). */
  async setStatus(segmentId: string, status: SegmentStatus): Promise<void> {
    await this.writes.flush();
    const segment = this.session.segment(segmentId);
    if (!segment || segment.status === status) return;
    this.writes.step('status', [{ segmentId, text: segment.text, status }], 'status');
  }

  /** Replaces the given find hits as ONE undoable step, one revision per changed segment. */
  async replace(hits: readonly FindHit[]): Promise<number> {
    await this.writes.flush();
    const changes: Change[] = [];
    for (const [segmentId, segmentHits] of groupHitsBySegment(hits)) {
      const segment = this.session.segment(segmentId);
      if (!segment) continue;
      let text: string;
      try {
        text = applyHits(segment.text, segmentHits);
      } catch {
        continue; // the segment changed since the search: its hits no longer apply
      }
      if (text === segment.text) continue;
      changes.push({ segmentId, text, status: statusAfterEdit(segment.status, text, segment.mt) });
    }
    this.writes.step('replace', changes, 'replace');
    await this.writes.idle();
    return changes.length;
  }

  /**
   * Sets new texts (QA fixes, learned fixes) as ONE undoable step with one revision per segment.
   * Segments whose text would not change are skipped.
   */
  async applyTexts(
    edits: readonly { segmentId: string; text: string }[],
    origin: RevisionOrigin,
  ): Promise<number> {
    await this.writes.flush();
    const changes: Change[] = edits.flatMap(({ segmentId, text }) => {
      const segment = this.session.segment(segmentId);
      return segment && segment.text !== text
        ? [{ segmentId, text, status: statusAfterEdit(segment.status, text, segment.mt) }]
        : [];
    });
    this.writes.step('replace', changes, origin);
    await this.writes.idle();
    return changes.length;
  }

  /** Makes an earlier revision's text current again, as a new revision. */
  async restore(revision: Revision): Promise<void> {
    await this.writes.flush();
    const segment = this.session.segment(revision.segmentId);
    if (!segment || segment.text === revision.text) return;
    const status = statusAfterEdit(segment.status, revision.text, segment.mt);
    this.writes.step(
      'restore',
      [{ segmentId: segment.id, text: revision.text, status }],
      'restore',
    );
    await this.writes.idle();
  }

  async undo(): Promise<void> {
    await this.writes.flush();
    const entry = this.writes.undo.undo();
    if (!entry) return;
    // A restructure can carry the errors it moved: both sides come back.
    if (entry.structure) {
      const { before, after, beforeMode } = entry.structure;
      this.structure.apply(before, changesBetween(after, before, 'undo'), beforeMode);
    }
    if (entry.lqa) await this.lqa?.reverse(entry.lqa.after, entry.lqa.before, 'undo');
    if (!entry.structure && !entry.lqa) this.writes.reverse(entry.items, 'before', 'undo');
    this.session.update(this.writes.undoFlags());
    await this.writes.idle();
  }

  async redo(): Promise<void> {
    await this.writes.flush();
    const entry = this.writes.undo.redo();
    if (!entry) return;
    if (entry.structure) {
      const { before, after, afterMode } = entry.structure;
      this.structure.apply(after, changesBetween(before, after, 'redo'), afterMode);
    }
    if (entry.lqa) await this.lqa?.reverse(entry.lqa.before, entry.lqa.after, 'redo');
    if (!entry.structure && !entry.lqa) this.writes.reverse(entry.items, 'after', 'redo');
    this.session.update(this.writes.undoFlags());
    await this.writes.idle();
  }

  /** Revisions of one segment, oldest first (pending typing saved first so it is listed). */
  async revisions(segmentId: string): Promise<Revision[]> {
    await this.writes.flush();
    const project = this.session.state.project;
    return project ? this.repo.listRevisions(project.id, segmentId) : [];
  }

  /** One page of a segment's revisions, newest first (pending typing saved first so it is listed). */
  async revisionPage(
    segmentId: string,
    query: RevisionPageQuery = {},
  ): Promise<RevisionPage | null> {
    await this.writes.flush();
    const project = this.session.state.project;
    return project ? this.repo.listRevisionPage(project.id, segmentId, query) : null;
  }

  async addComment(segmentId: string, text: string, author: string): Promise<void> {
    const project = this.session.state.project;
    const segment = this.session.segment(segmentId);
    const trimmed = text.trim();
    if (!project || !segment || !trimmed) return;
    const comment = { id: crypto.randomUUID(), text: trimmed, author, createdAt: this.now() };
    try {
      await this.repo.addComment(project.id, segmentId, comment);
      this.session.replaceSegment(segmentId, (s) => ({ ...s, comments: [...s.comments, comment] }));
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
    }
  }
}

/** Revisions that take segments present in `to` from their state in `from` (for structural undo). */
function changesBetween(
  from: readonly Segment[],
  to: readonly Segment[],
  origin: RevisionOrigin,
): SegmentChange[] {
  const was = new Map(from.map((s) => [s.id, s]));
  return to.flatMap((s) => {
    const old = was.get(s.id);
    return old && (old.text !== s.text || old.status !== s.status)
      ? [{ segmentId: s.id, text: s.text, status: s.status, origin }]
      : [];
  });
}

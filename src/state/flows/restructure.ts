/**
 * Restructuring the open project: alignment repairs (merge, split, shift, insert) and the switch between
 * paragraph and sentence rows. Each is one undoable step storing the whole new segment list; the
 * logged errors (issue 15) follow their text into the rows that now hold it, in the same step.
 */
import type { Realigned } from '../../core/align/realign.ts';
import type { ProjectLqa } from '../../core/lqa/project-lqa.ts';
import type { Segment, SegmentChange, SegmentMode } from '../../core/model/model.ts';
import type { Change, Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';

/** The quality assessment, whose errors follow a restructure (see LqaFlow). */
export interface LqaPort {
  readonly lqa: ProjectLqa;
  apply(lqa: ProjectLqa): void;
}

/** Reopens a project as stored (after another tab restructured it meanwhile). */
export interface ProjectOpener {
  openProject(id: string): Promise<void>;
}

export class RestructureFlow {
  constructor(
    private readonly session: Session,
    private readonly writes: WritePipeline,
    private readonly projects: ProjectOpener,
    private readonly now: () => number,
    private readonly quality?: LqaPort,
  ) {}

  /**
   * Repairs the alignment (merge, split, shift, insert) or switches mode: computes the new segment
   * list with `build` (pure, from src/core), stores it as one restructure, records one undo step.
   */
  async realign(
    build: (segments: readonly Segment[], newId: () => string, now: number) => Realigned,
    mode?: SegmentMode,
  ): Promise<void> {
    // Moving logged errors with their text is loaded with the first restructure, not the app.
    const [, { restructureErrors }] = await Promise.all([
      this.writes.flush(),
      import('../../core/lqa/restructure.ts'),
    ]);
    const project = this.session.state.project;
    if (!project) return;
    const before = this.session.state.segments;
    const beforeMode = project.mode ?? 'paragraph';
    const { segments, changes } = build(before, newSegmentId, this.now());
    const afterMode = mode ?? beforeMode;
    if (
      segments === before ||
      (changes.length === 0 && sameRows(before, segments) && afterMode === beforeMode)
    )
      return;
    this.apply(segments, changes, afterMode);
    const after = this.session.state.segments;
    const lqa = this.#followErrors(restructureErrors, before, after);
    this.writes.undo.push({
      label: 'structure',
      items: [],
      structure: { before, after, beforeMode, afterMode },
      ...(lqa ? { lqa } : {}),
    });
    this.session.update(this.writes.undoFlags());
    await this.writes.idle();
  }

  /**
   * Switches between paragraph rows and sentence rows (aligned inside each paragraph). All corrections
   * are kept; one undoable step.
   */
  async setMode(mode: SegmentMode): Promise<void> {
    const project = this.session.state.project;
    if (!project || (project.mode ?? 'paragraph') === mode) return;
    const languages = {
      targetLang: project.targetLang,
      ...(project.sourceLang === undefined ? {} : { sourceLang: project.sourceLang }),
    };
    // Loaded on demand: the sentence aligner is not needed to open the app.
    const { toParagraphMode, toSentenceMode } = await import('../../core/align/sentence-mode.ts');
    await this.realign(
      (segments, newId, now) =>
        mode === 'sentence'
          ? toSentenceMode(segments, languages, newId, now)
          : toParagraphMode(segments),
      mode,
    );
  }

  /** Moves the errors with their text; returns the assessment before and after, if it changed. */
  #followErrors(
    restructureErrors: typeof import('../../core/lqa/restructure.ts').restructureErrors,
    before: readonly Segment[],
    after: readonly Segment[],
  ): { before: ProjectLqa; after: ProjectLqa } | undefined {
    if (!this.quality) return undefined;
    const old = this.quality.lqa;
    const errors = restructureErrors(old.errors, before, after);
    if (errors.every((e, i) => e === old.errors[i])) return undefined;
    const next = { ...old, errors };
    this.quality.apply(next);
    return { before: old, after: next };
  }

  /** Shows a new segment list at once and queues its storage (also the undo of a restructure). */
  apply(
    segments: readonly Segment[],
    changes: readonly Change[] | readonly SegmentChange[],
    mode: SegmentMode,
  ): void {
    // Another tab changed the project meanwhile: show its version (this step is not stored).
    this.writes.writeStructure(segments, changes, mode, (id) => void this.projects.openProject(id));
  }
}

/** A fresh segment id: never one the project used before (old ids keep their revisions). */
function newSegmentId(): string {
  return `n${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

function sameRows(a: readonly Segment[], b: readonly Segment[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

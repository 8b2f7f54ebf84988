import type { ProjectLqa } from '../lqa/project-lqa.ts';
import type { Segment, SegmentMode, SegmentStatus } from '../model/model.ts';

/** The state of one segment on either side of an undoable step. */
export interface SegmentSnapshot {
  readonly text: string;
  readonly status: SegmentStatus;
}

/** One undoable step: typing in one segment, a whole replace-all, a restore, a status change. */
export interface UndoEntry {
  readonly label: 'typing' | 'replace' | 'restore' | 'status' | 'comment' | 'structure' | 'lqa';
  readonly items: readonly {
    readonly segmentId: string;
    readonly before: SegmentSnapshot;
    readonly after: SegmentSnapshot;
  }[];
  /** For merge, split, shift and mode switches: the whole segment list on either side of the step. */
  readonly structure?: {
    readonly before: readonly Segment[];
    readonly after: readonly Segment[];
    readonly beforeMode: SegmentMode;
    readonly afterMode: SegmentMode;
  };
  /**
   * A change of the quality assessment (issue 15: an error logged, edited or deleted, a scorecard
   * changed, a segment flagged): the whole assessment on either side of the step.
   */
  readonly lqa?: { readonly before: ProjectLqa; readonly after: ProjectLqa };
}

/**
 * Document-wide undo/redo stacks. Pure bookkeeping: the store applies the snapshots (as new revisions,
 * so history is never rewritten) and moves entries between the stacks.
 */
export class UndoStack {
  private readonly undoEntries: UndoEntry[] = [];
  private readonly redoEntries: UndoEntry[] = [];

  constructor(private readonly limit = 500) {}

  get canUndo(): boolean {
    return this.undoEntries.length > 0;
  }

  get canRedo(): boolean {
    return this.redoEntries.length > 0;
  }

  /** Records a new step; a new step makes the redo stack meaningless, so it is cleared. */
  push(entry: UndoEntry): void {
    if (entry.items.length === 0 && !entry.structure && !entry.lqa) return;
    this.undoEntries.push(entry);
    if (this.undoEntries.length > this.limit) this.undoEntries.shift();
    this.redoEntries.length = 0;
  }

  /** Takes the latest step to undo; the caller applies its `before` snapshots. */
  undo(): UndoEntry | undefined {
    const entry = this.undoEntries.pop();
    if (entry) this.redoEntries.push(entry);
    return entry;
  }

  /** Takes the latest undone step; the caller applies its `after` snapshots. */
  redo(): UndoEntry | undefined {
    const entry = this.redoEntries.pop();
    if (entry) this.undoEntries.push(entry);
    return entry;
  }

  /**
   * Forgets the restructure steps (another reviewer changed the rows: putting back a whole list of
   * rows saved before would undo their change too). Other steps stay; their segments are found by id.
   * Returns how many were dropped.
   */
  dropStructure(): number {
    let dropped = 0;
    for (const entries of [this.undoEntries, this.redoEntries]) {
      const kept = entries.filter((e) => !e.structure);
      dropped += entries.length - kept.length;
      entries.splice(0, entries.length, ...kept);
    }
    return dropped;
  }

  clear(): void {
    this.undoEntries.length = 0;
    this.redoEntries.length = 0;
  }
}

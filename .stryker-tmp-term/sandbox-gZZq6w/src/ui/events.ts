// @ts-nocheck
import type { ExportKind } from '../core/export/index.ts';
import type { FindHit } from '../core/review/find-replace.ts';
import type { LearnedHit } from '../core/review/learned-fixes.ts';
import type { Finding } from '../core/qa/types.ts';
import type { TermRule } from '../core/terms/model.ts';
import type { AlignAction, Side } from '../core/align/realign.ts';
import type { Revision, SegmentStatus } from '../core/model/model.ts';

/*
 * Every event a Verso element sends up, typed. Names are `verso-` + past tense; they bubble and cross
 * shadow roots so the container (<verso-app>) hears them wherever they start.
 */

const init = { bubbles: true, composed: true } as const;

/** The reviewer typed in a correction. */
export class SegmentEditedEvent extends Event {
  static readonly eventName = 'verso-segment-edited';
  constructor(
    readonly segmentId: string,
    readonly text: string,
  ) {
    super(SegmentEditedEvent.eventName, init);
  }
}

/** A correction editor lost focus: pending typing should be saved now. */
export class SegmentLeftEvent extends Event {
  static readonly eventName = 'verso-segment-left';
  constructor() {
    super(SegmentLeftEvent.eventName, init);
  }
}

/** The reviewer chose a status for a segment. */
export class StatusChangedEvent extends Event {
  static readonly eventName = 'verso-status-changed';
  constructor(
    readonly segmentId: string,
    readonly status: SegmentStatus,
  ) {
    super(StatusChangedEvent.eventName, init);
  }
}

/** Ctrl+Enter (`advance`) / Ctrl+Shift+Enter (stay) in a segment: mark reviewed. */
export class SegmentConfirmedEvent extends Event {
  static readonly eventName = 'verso-segment-confirmed';
  constructor(
    readonly segmentId: string,
    readonly advance: boolean,
  ) {
    super(SegmentConfirmedEvent.eventName, init);
  }
}

/** Alt+↑/↓ in a segment: move to the previous/next visible segment. */
export class SegmentNavigatedEvent extends Event {
  static readonly eventName = 'verso-segment-navigated';
  constructor(
    readonly segmentId: string,
    readonly step: -1 | 1,
  ) {
    super(SegmentNavigatedEvent.eventName, init);
  }
}

/** "Alignment" pressed on a row: where the caret was in the source and in the correction. */
export class AlignRequestedEvent extends Event {
  static readonly eventName = 'verso-align-requested';
  constructor(
    readonly segmentId: string,
    readonly carets: { readonly source: number | null; readonly target: number | null },
  ) {
    super(AlignRequestedEvent.eventName, init);
  }
}

/** An alignment repair chosen in the alignment dialog. */
export class AlignActionEvent extends Event {
  static readonly eventName = 'verso-align-action';
  constructor(
    readonly segmentId: string,
    readonly action: AlignAction,
    readonly side: Side,
    readonly offset = 0,
  ) {
    super(AlignActionEvent.eventName, init);
  }
}

/** "History" pressed on a segment. */
export class HistoryRequestedEvent extends Event {
  static readonly eventName = 'verso-history-requested';
  constructor(readonly segmentId: string) {
    super(HistoryRequestedEvent.eventName, init);
  }
}

/** "Comments" pressed on a segment. */
export class CommentsRequestedEvent extends Event {
  static readonly eventName = 'verso-comments-requested';
  constructor(readonly segmentId: string) {
    super(CommentsRequestedEvent.eventName, init);
  }
}

/** A comment was written for a segment. */
export class CommentAddedEvent extends Event {
  static readonly eventName = 'verso-comment-added';
  constructor(
    readonly segmentId: string,
    readonly text: string,
  ) {
    super(CommentAddedEvent.eventName, init);
  }
}

/** "Restore" pressed on a revision in the history. */
export class RevisionRestoredEvent extends Event {
  static readonly eventName = 'verso-revision-restored';
  constructor(readonly revision: Revision) {
    super(RevisionRestoredEvent.eventName, init);
  }
}

/** "Replace all" pressed: the hits still included in the preview. */
export class ReplaceRequestedEvent extends Event {
  static readonly eventName = 'verso-replace-requested';
  constructor(readonly hits: readonly FindHit[]) {
    super(ReplaceRequestedEvent.eventName, init);
  }
}

/** A find hit was activated in the preview: show that segment. */
export class HitActivatedEvent extends Event {
  static readonly eventName = 'verso-hit-activated';
  constructor(readonly segmentId: string) {
    super(HitActivatedEvent.eventName, init);
  }
}

/** The reviewer picked files to open (file picker or drop). */
export class FilesChosenEvent extends Event {
  static readonly eventName = 'verso-files-chosen';
  constructor(readonly files: readonly File[]) {
    super(FilesChosenEvent.eventName, init);
  }
}

/** A project was chosen, renamed or deleted in the project list. */
export class ProjectActionEvent extends Event {
  static readonly eventName = 'verso-project-action';
  constructor(
    readonly action: 'open' | 'rename' | 'delete',
    readonly projectId: string,
    readonly name = '',
  ) {
    super(ProjectActionEvent.eventName, init);
  }
}

/** A toolbar command. */
export class CommandEvent extends Event {
  static readonly eventName = 'verso-command';
  constructor(
    readonly command:
      | 'open'
      | 'open-pair'
      | 'mode-paragraph'
      | 'mode-sentence'
      | 'projects'
      | 'find'
      | 'undo'
      | 'redo'
      | 'keys'
      | 'toggle-diff'
      | 'toggle-qa'
      | 'metrics'
      | 'terms'
      | 'settings'
      | 'export-menu',
  ) {
    super(CommandEvent.eventName, init);
  }
}

/** An action in the QA panel: run the checks, jump to a finding, fix, fix all of a check, ignore. */
export class QaActionEvent extends Event {
  static readonly eventName = 'verso-qa-action';
  constructor(
    readonly action: 'run' | 'jump' | 'fix' | 'fix-all' | 'ignore',
    readonly finding: Finding | undefined,
    readonly rule: string,
  ) {
    super(QaActionEvent.eventName, init);
  }
}

/** The reviewer chose an export in the Export dialog. */
export class ExportChosenEvent extends Event {
  static readonly eventName = 'verso-export-chosen';
  constructor(readonly kind: ExportKind) {
    super(ExportChosenEvent.eventName, init);
  }
}

/** A change asked for in the term-rules dialog. */
export class TermsChangedEvent extends Event {
  static readonly eventName = 'verso-terms-changed';
  constructor(
    readonly change:
      | { readonly kind: 'pack'; readonly id: string; readonly enabled: boolean }
      | { readonly kind: 'add'; readonly scope: 'project' | 'shared'; readonly rule: TermRule }
      | { readonly kind: 'delete'; readonly scope: 'project' | 'shared'; readonly id: string }
      | { readonly kind: 'add-word' | 'remove-word'; readonly word: string }
      | { readonly kind: 'import'; readonly fileName: string; readonly bytes: Uint8Array }
      | { readonly kind: 'export'; readonly format: 'tbx' | 'tsv' },
  ) {
    super(TermsChangedEvent.eventName, init);
  }
}

/** The reviewer applied (at the chosen hits) or dismissed a learned fix. */
export class LearnedActionEvent extends Event {
  static readonly eventName = 'verso-learned-action';
  constructor(
    readonly action: 'apply' | 'dismiss',
    readonly hits: readonly LearnedHit[],
    readonly keepAsRule: boolean,
  ) {
    super(LearnedActionEvent.eventName, init);
  }
}

/** The reviewer chose a UI language. */
export class LanguageChosenEvent extends Event {
  static readonly eventName = 'verso-language-chosen';
  constructor(readonly language: string) {
    super(LanguageChosenEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    [SegmentEditedEvent.eventName]: SegmentEditedEvent;
    [SegmentLeftEvent.eventName]: SegmentLeftEvent;
    [StatusChangedEvent.eventName]: StatusChangedEvent;
    [SegmentConfirmedEvent.eventName]: SegmentConfirmedEvent;
    [SegmentNavigatedEvent.eventName]: SegmentNavigatedEvent;
    [HistoryRequestedEvent.eventName]: HistoryRequestedEvent;
    [AlignRequestedEvent.eventName]: AlignRequestedEvent;
    [AlignActionEvent.eventName]: AlignActionEvent;
    [CommentsRequestedEvent.eventName]: CommentsRequestedEvent;
    [CommentAddedEvent.eventName]: CommentAddedEvent;
    [RevisionRestoredEvent.eventName]: RevisionRestoredEvent;
    [ReplaceRequestedEvent.eventName]: ReplaceRequestedEvent;
    [HitActivatedEvent.eventName]: HitActivatedEvent;
    [FilesChosenEvent.eventName]: FilesChosenEvent;
    [ProjectActionEvent.eventName]: ProjectActionEvent;
    [CommandEvent.eventName]: CommandEvent;
    [LanguageChosenEvent.eventName]: LanguageChosenEvent;
    [QaActionEvent.eventName]: QaActionEvent;
    [ExportChosenEvent.eventName]: ExportChosenEvent;
    [TermsChangedEvent.eventName]: TermsChangedEvent;
    [LearnedActionEvent.eventName]: LearnedActionEvent;
  }
}

import type { Scorecard } from '../../core/lqa/scorecard.ts';
import type { SegmentStatus } from '../../core/model/model.ts';
import type { DialogName, DialogParams } from '../dialogs/registry.ts';
import type { UiPrefsValue } from '../../state/flows/ui-prefs.ts';
import type { SidePanelId } from '../panels/side-panels.ts';

/*
 * Every event a Verso element sends up, typed. Names are `verso-` + past tense; they bubble and cross
 * shadow roots so the container that acts on them hears them wherever they start. Leaves (a row, the
 * toolbar) send events; containers (the grid, panels, dialogs) call the store; the root opens dialogs
 * and moves the focus.
 */

const init = { bubbles: true, composed: true } as const;

/** Where the caret was in the source and in the correction of a row (for alignment repairs). */
export interface SegmentCarets {
  readonly source: number | null;
  readonly target: number | null;
}

/** Asks the dialog manager to open a dialog with its parameters. */
export class ShowDialogEvent<K extends DialogName = DialogName> extends Event {
  static readonly eventName = 'verso-show-dialog';
  constructor(
    readonly dialog: K,
    readonly params: DialogParams[K],
  ) {
    super(ShowDialogEvent.eventName, init);
  }
}

/**
 * Asks the root to show a segment in the grid (a hit, a finding, a chart bar): focus its editor and
 * close the dialog that asked, or with `keepOpen` only scroll it into view behind the dialog.
 */
export class SegmentRequestedEvent extends Event {
  static readonly eventName = 'verso-segment-requested';
  constructor(
    readonly segmentId: string,
    readonly keepOpen = false,
  ) {
    super(SegmentRequestedEvent.eventName, init);
  }
}

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

/** The reviewer picked files to open (file picker or drop). */
export class FilesChosenEvent extends Event {
  static readonly eventName = 'verso-files-chosen';
  constructor(readonly files: readonly File[]) {
    super(FilesChosenEvent.eventName, init);
  }
}

/** A toolbar command the root handles (layout, the file picker). */
export class CommandEvent extends Event {
  static readonly eventName = 'verso-command';
  constructor(
    readonly command:
      | 'open'
      | 'find'
      | 'toggle-diff'
      | 'toggle-qa'
      | 'toggle-lqa'
      | 'log-error'
      | 'toggle-tm'
      | 'toggle-filters'
      | 'toggle-density'
      | 'toggle-diff-below',
  ) {
    super(CommandEvent.eventName, init);
  }
}

/**
 * Asks the root to open the side panel on view `panel` (an id of ui/panels/side-panels.ts: 'qa',
 * 'history', 'comments'…), showing segment `segmentId` when given (issue 13 item 2).
 */
export class PanelRequestedEvent extends Event {
  static readonly eventName = 'verso-panel-requested';
  constructor(
    readonly panel: SidePanelId,
    readonly segmentId?: string,
  ) {
    super(PanelRequestedEvent.eventName, init);
  }
}

/** The side panel's tab, width or open state changed (the root stores it with the preferences). */
export class SidePanelChangedEvent extends Event {
  static readonly eventName = 'verso-side-panel-changed';
  constructor(
    readonly patch: Partial<Pick<UiPrefsValue, 'panelOpen' | 'panelTab' | 'panelWidth'>>,
  ) {
    super(SidePanelChangedEvent.eventName, init);
  }
}

/** The reviewer chose a UI language. */
export class LanguageChosenEvent extends Event {
  static readonly eventName = 'verso-language-chosen';
  constructor(readonly language: string) {
    super(LanguageChosenEvent.eventName, init);
  }
}

/** The scorecard editor's category tree changed its draft (a category renamed, added or removed). */
export class ScorecardDraftedEvent extends Event {
  static readonly eventName = 'verso-scorecard-drafted';
  constructor(readonly scorecard: Scorecard) {
    super(ScorecardDraftedEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    [ShowDialogEvent.eventName]: ShowDialogEvent;
    [SegmentRequestedEvent.eventName]: SegmentRequestedEvent;
    [SegmentEditedEvent.eventName]: SegmentEditedEvent;
    [SegmentLeftEvent.eventName]: SegmentLeftEvent;
    [StatusChangedEvent.eventName]: StatusChangedEvent;
    [SegmentConfirmedEvent.eventName]: SegmentConfirmedEvent;
    [SegmentNavigatedEvent.eventName]: SegmentNavigatedEvent;
    [FilesChosenEvent.eventName]: FilesChosenEvent;
    [CommandEvent.eventName]: CommandEvent;
    [PanelRequestedEvent.eventName]: PanelRequestedEvent;
    [SidePanelChangedEvent.eventName]: SidePanelChangedEvent;
    [LanguageChosenEvent.eventName]: LanguageChosenEvent;
    [ScorecardDraftedEvent.eventName]: ScorecardDraftedEvent;
  }
}

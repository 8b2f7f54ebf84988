import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UiPrefsValue } from '../../state/flows/ui-prefs.ts';
import type { Store } from '../../state/store.ts';
import { sidePanelId, type SidePanelId } from '../panels/side-panels.ts';
import type { PanelRequestedEvent, SidePanelChangedEvent } from '../shared/events.ts';

/** A layout toggle of the header. */
export type LayoutToggle =
  'toggle-diff' | 'toggle-filters' | 'toggle-density' | 'toggle-diff-below';

/**
 * The workbench's layout preferences (issue 13) as the root shows them: read from and written through
 * `store.prefs` (so a reload keeps them), with the header's toggles and the side panel's requests.
 */
export class LayoutPrefs implements ReactiveController {
  #value: UiPrefsValue | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => Store,
    /** Moves the keyboard focus to the side panel's tab (it already shows the view asked for). */
    private readonly focusPanelTab: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#value = this.store().prefs.value;
  }

  get value(): UiPrefsValue | undefined {
    return this.#value;
  }

  /** The side panel view shown, or null when the panel is closed. */
  get tab(): SidePanelId | null {
    return this.#value?.panelOpen ? sidePanelId(this.#value.panelTab) : null;
  }

  /** A layout toggle from the header, stored with the other preferences. */
  toggle(command: LayoutToggle): void {
    const p = this.store().prefs.value;
    this.#set(
      command === 'toggle-diff'
        ? { showDiff: !p.showDiff }
        : command === 'toggle-filters'
          ? { filtersOpen: !p.filtersOpen }
          : command === 'toggle-density'
            ? { density: p.density === 'compact' ? 'comfortable' : 'compact' }
            : { diff: p.diff === 'below' ? 'inline' : 'below', showDiff: true },
    );
  }

  /**
   * A toolbar button or key for side panel view `id`: opens the panel on it (the view starts its own
   * work, such as the QA run, when shown); when it already shows it, the keyboard focus goes to its
   * tab. It never closes the panel: the panel stays open across reloads, so a button that toggled
   * would close what the reviewer asked to see. "Close side panel" closes it.
   */
  openPanel(id: SidePanelId): void {
    const p = this.store().prefs.value;
    if (p.panelOpen && sidePanelId(p.panelTab) === id) this.focusPanelTab();
    else this.#set({ panelOpen: true, panelTab: id });
  }

  /** A row's History or Comments button: the panel on that view, for that segment. */
  readonly onPanelRequested = (e: PanelRequestedEvent): void => {
    e.stopPropagation();
    if (e.segmentId) this.store().setCurrent(e.segmentId);
    this.#set({ panelOpen: true, panelTab: e.panel });
  };

  readonly onSidePanelChanged = (e: SidePanelChangedEvent): void => {
    e.stopPropagation();
    this.#set(e.patch);
  };

  #set(patch: Partial<UiPrefsValue>): void {
    this.#value = this.store().prefs.set(patch);
    this.host.requestUpdate();
  }
}

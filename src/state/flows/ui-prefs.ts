/**
 * The reviewer's layout preferences (issue 13): row density, where a correction's diff shows, the side
 * panel's width, tab and whether it is open, the filter band, and the first-run guide once dismissed.
 * Kept through the Settings port (localStorage in the app) so a reload keeps the workbench as it was.
 */
import type { Settings } from '../app-state.ts';

/**
 * Where a row shows its correction's changes against the MT: `inline` in the editor's place while the
 * row is not focused (under the editor while it is), `below` always under the editor.
 */
export type DiffPlacement = 'inline' | 'below';

/** Preferences and their defaults. */
export interface UiPrefsValue {
  readonly density: 'comfortable' | 'compact';
  readonly showDiff: boolean;
  readonly diff: DiffPlacement;
  readonly panelOpen: boolean;
  readonly panelTab: string;
  /** Side panel width in CSS pixels. */
  readonly panelWidth: number;
  readonly filtersOpen: boolean;
  readonly guideDismissed: boolean;
}

export const DEFAULT_UI_PREFS: UiPrefsValue = {
  density: 'compact',
  showDiff: true,
  diff: 'inline',
  panelOpen: false,
  panelTab: 'qa',
  panelWidth: 380,
  filtersOpen: true,
  guideDismissed: false,
};

const KEY = 'verso.ui';

/** Reads and writes {@link UiPrefsValue} as one JSON value; unreadable values fall back to defaults. */
export class UiPrefs {
  #value: UiPrefsValue;

  constructor(private readonly settings: Settings) {
    this.#value = read(settings.get(KEY));
  }

  get value(): UiPrefsValue {
    return this.#value;
  }

  /** Changes some preferences and stores them. */
  set(patch: Partial<UiPrefsValue>): UiPrefsValue {
    this.#value = { ...this.#value, ...patch };
    this.settings.set(KEY, JSON.stringify(this.#value));
    return this.#value;
  }
}

function read(raw: string | null): UiPrefsValue {
  if (!raw) return DEFAULT_UI_PREFS;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return DEFAULT_UI_PREFS;
    const p = parsed as Partial<Record<keyof UiPrefsValue, unknown>>;
    const d = DEFAULT_UI_PREFS;
    return {
      density: p.density === 'comfortable' ? 'comfortable' : d.density,
      showDiff: typeof p.showDiff === 'boolean' ? p.showDiff : d.showDiff,
      diff: p.diff === 'below' ? 'below' : d.diff,
      panelOpen: typeof p.panelOpen === 'boolean' ? p.panelOpen : d.panelOpen,
      panelTab: typeof p.panelTab === 'string' ? p.panelTab : d.panelTab,
      panelWidth:
        typeof p.panelWidth === 'number' && Number.isFinite(p.panelWidth)
          ? p.panelWidth
          : d.panelWidth,
      filtersOpen: typeof p.filtersOpen === 'boolean' ? p.filtersOpen : d.filtersOpen,
      guideDismissed: p.guideDismissed === true,
    };
  } catch {
    return DEFAULT_UI_PREFS;
  }
}

/**
 * The views of the docked side panel (issue 13 item 2), in tab order: what each is called, the
 * element that shows it and the module that defines it (loaded the first time its tab is shown).
 * A view is a standalone element that reaches the store by context and follows `state.current`.
 */
import type { MessageKey } from '../../i18n/keys.ts';
import type { Store } from '../../state/store.ts';
import { loadOnce } from '../shared/lazy.ts';

export const SIDE_PANEL_IDS = ['qa', 'history', 'comments', 'matches', 'errors'] as const;
export type SidePanelId = (typeof SIDE_PANEL_IDS)[number];

/** One tab of the side panel. */
export interface SidePanelView {
  readonly id: SidePanelId;
  /** Custom element shown in the tab panel. */
  readonly tag: string;
  /** Short visible label of the tab (also its accessible name). */
  readonly label: MessageKey;
  /** Longer description shown as the tab's tooltip. */
  readonly title: MessageKey;
  /** Work to start when the view is shown (the QA run, as the old QA toggle did). */
  readonly onShow?: (store: Store) => void;
}

export const SIDE_PANELS: readonly SidePanelView[] = [
  {
    id: 'qa',
    tag: 'verso-qa-panel',
    label: 'sidePanel.tab.qa',
    title: 'qa.panel.title',
    onShow: (store) => {
      if (store.state.qa.ranAt === null && !store.state.qa.running) void store.qa.runAll();
    },
  },
  {
    id: 'history',
    tag: 'verso-history-panel',
    label: 'sidePanel.tab.history',
    title: 'sidePanel.tip.history',
  },
  {
    id: 'comments',
    tag: 'verso-comments-panel',
    label: 'sidePanel.tab.comments',
    title: 'sidePanel.tip.comments',
  },
  { id: 'matches', tag: 'verso-tm-panel', label: 'sidePanel.tab.matches', title: 'tm.panel.title' },
  { id: 'errors', tag: 'verso-lqa-panel', label: 'sidePanel.tab.errors', title: 'lqa.panel' },
];

/** Loads (once) the module of view `id`. */
export const loadSideView = loadOnce<SidePanelId>({
  qa: () => import('./verso-qa-panel.ts'),
  history: () => import('./verso-history-panel.ts'),
  comments: () => import('./verso-comments-panel.ts'),
  matches: () => import('./verso-tm-panel.ts'),
  errors: () => import('./verso-lqa-panel.ts'),
});

/** `raw` as a tab id (a stored preference may be stale or hand-edited): 'qa' when unknown. */
export function sidePanelId(raw: string): SidePanelId {
  return (SIDE_PANEL_IDS as readonly string[]).includes(raw) ? (raw as SidePanelId) : 'qa';
}

/** Width limits of the side panel in CSS px; the maximum also leaves the grid 40 % of the window. */
export const PANEL_MIN = 300;
export const PANEL_MAX = 720;

/** `width` clamped to what fits beside the grid in a window `viewport` px wide. */
export function clampPanelWidth(width: number, viewport: number): number {
  const max = Math.max(PANEL_MIN, Math.min(PANEL_MAX, Math.round(viewport * 0.6)));
  return Math.round(Math.min(max, Math.max(PANEL_MIN, width)));
}

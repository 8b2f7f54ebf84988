/** Panels shown by state (an import running, a learned fix offered, the side panel), loaded when needed. */
import { loadOnce } from '../shared/lazy.ts';

/** Loads (once) the module that defines the panel; resolves when it is defined. */
export const loadPanel = loadOnce({
  learned: () => import('./verso-learned.ts'),
  progress: () => import('./verso-import-progress.ts'),
  side: () => import('./verso-side-panel.ts'),
});

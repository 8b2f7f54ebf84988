/** Panels shown by state (an import running, a learned fix offered, the QA panel), loaded when needed. */
import { loadOnce } from '../shared/lazy.ts';

/** Loads (once) the module that defines the panel; resolves when it is defined. */
export const loadPanel = loadOnce({
  learned: () => import('./verso-learned.ts'),
  progress: () => import('./verso-import-progress.ts'),
  qa: () => import('./verso-qa-panel.ts'),
  lqa: () => import('./verso-lqa-panel.ts'),
  tm: () => import('./verso-tm-panel.ts'),
});

/**
 * Elements the first screen does not need, loaded the first time they are shown: they stay out of the
 * initial bundle (issue 6: initial JS ≤ 80 kB gzip). Lit keeps properties set on an element before its
 * definition arrives, so the container can bind them as usual.
 */
// @ts-nocheck

const loaders = {
  align: () => import('./verso-align-dialog.ts'),
  comments: () => import('./verso-comments.ts'),
  export: () => import('./verso-export-dialog.ts'),
  find: () => import('./verso-find-replace.ts'),
  history: () => import('./verso-history.ts'),
  import: () => import('./verso-import-dialog.ts'),
  keymap: () => import('./verso-keymap.ts'),
  learned: () => import('./verso-learned.ts'),
  metrics: () => import('./verso-metrics.ts'),
  progress: () => import('./verso-import-progress.ts'),
  projects: () => import('./verso-project-list.ts'),
  qa: () => import('./verso-qa-panel.ts'),
  settings: () => import('./verso-settings.ts'),
  terms: () => import('./verso-terms.ts'),
} as const;

export type LazyElement = keyof typeof loaders;

/**
 * `load(name)` runs `loaders[name]` once and shares its promise; a load that failed (a chunk that
 * could not be fetched) is forgotten, so the next call tries again instead of failing forever.
 */
export function loadOnce<K extends string>(
  loaders: Readonly<Record<K, () => Promise<unknown>>>,
): (name: K) => Promise<unknown> {
  const loading = new Map<K, Promise<unknown>>();
  return (name) => {
    let promise = loading.get(name);
    if (!promise) {
      promise = loaders[name]();
      loading.set(name, promise);
      promise.catch(() => loading.delete(name));
    }
    return promise;
  };
}

/** Loads (once) the module that defines the element; resolves when it is defined. */
export const loadElement: (name: LazyElement) => Promise<unknown> = loadOnce(loaders);

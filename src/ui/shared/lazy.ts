/**
 * Modules the first screen does not need are loaded the first time they are shown, so they stay out of
 * the initial bundle (issue 6: initial JS ≤ 80 kB gzip).
 */

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

/**
 * Modules the first screen does not need are loaded the first time they are shown, so they stay out of
 * the initial bundle (issue 6: initial JS ≤ 80 kB gzip).
 */

/** Imports a module by URL (a seam for tests; the browser's own `import()` otherwise). */
export type ImportUrl = (url: string) => Promise<unknown>;

const importUrl: ImportUrl = (url) => import(/* @vite-ignore */ url);

/**
 * The URL of the chunk a failed `import()` names. Chromium says "Failed to fetch dynamically imported
 * module: URL", Firefox "error loading dynamically imported module: URL"; Safari names none.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return /imported module:\s*(\S+)/i.exec(message)?.[1];
}

/** `url` with a query that makes it a new module request (`?retry=n`, replacing an earlier one). */
export function retryUrl(url: string, attempt: number): string {
  const parsed = new URL(url, 'http://verso.invalid/');
  parsed.searchParams.set('retry', String(attempt));
  return url.includes('://') ? parsed.href : `${parsed.pathname}${parsed.search}`;
}

/**
 * `load(name)` runs `loaders[name]` once and shares its promise; a load that failed (a chunk that
 * could not be fetched) is forgotten, so the next call tries again instead of failing forever. A browser
 * may remember a failed module import for the page's life (Chromium does), so a later try that fails the
 * same way imports the chunk the error names under a new URL.
 */
export function loadOnce<K extends string>(
  loaders: Readonly<Record<K, () => Promise<unknown>>>,
  importModule: ImportUrl = importUrl,
): (name: K) => Promise<unknown> {
  const loading = new Map<K, Promise<unknown>>();
  const attempts = new Map<K, number>();
  const again = (name: K, error: unknown): Promise<unknown> => {
    const attempt = (attempts.get(name) ?? 0) + 1;
    const url = failedModuleUrl(error);
    if (attempt === 1 || !url) throw error;
    return importModule(retryUrl(url, attempt));
  };
  return (name) => {
    let promise = loading.get(name);
    if (!promise) {
      promise = loaders[name]().catch((error: unknown) => again(name, error));
      loading.set(name, promise);
      promise.then(
        () => attempts.delete(name),
        () => {
          loading.delete(name);
          attempts.set(name, (attempts.get(name) ?? 0) + 1);
        },
      );
    }
    return promise;
  };
}

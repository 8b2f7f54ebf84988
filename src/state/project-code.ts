/**
 * Code that no first paint needs but an open project does, loaded apart from the app's first load
 * (issue 13: initial JS ≤ 80 kB): the word diff (diff-match-patch, ≈ 7 kB gzip) and the anchoring of
 * logged errors, the shipped term packs and the reader of stored term rules. It loads while the first
 * project is read from storage (ProjectsFlow.openProject waits for both), so the rows of an open
 * project, the errors that follow their text and the QA context find it loaded and use it
 * synchronously.
 */
type ProjectCode = typeof import('./project-code-module.ts');

let loaded: ProjectCode | undefined;
let loading: Promise<ProjectCode> | undefined;

/** Loads the code once; a failed load (no network, no offline copy yet) is tried again. */
export function loadProjectCode(): Promise<ProjectCode> {
  loading ??= import('./project-code-module.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The code if it is loaded, else `undefined` (then {@link loadProjectCode} and wait). */
export function projectCodeLoaded(): ProjectCode | undefined {
  return loaded;
}

/** The code, which an open project has loaded; throws when none was opened yet. */
export function projectCode(): ProjectCode {
  if (!loaded) throw new Error('Project code used before a project was opened.');
  return loaded;
}

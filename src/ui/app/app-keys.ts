/** What the global keys and page lifecycle events do; provided by <verso-app>. */
export interface AppKeyActions {
  undo(): void;
  redo(): void;
  find(): void;
  open(): void;
  save(): void;
  help(): void;
  /** Log an LQA error on the selection (issue 15). */
  logError?(): void;
  /** Write pending typing now (page hidden or closing). */
  flush(): void;
  hasUnsaved(): boolean;
  /** Ctrl+K: concordance search in the translation memory (issue 16). */
  concordance?(): void;
  /** Ctrl+1…9: insert translation-memory match N into the current segment (issue 16). */
  insertMatch?(n: number): void;
  /** Ctrl+Shift+1…5: side panel view N (QA, History, Comments, Matches, Errors), issue 13 item 2. */
  sidePanel?(n: number): void;
}

/** True when the key event started in a text field that is not a segment's correction editor. */
function inOtherTextField(e: KeyboardEvent): boolean {
  const origin = e.composedPath()[0];
  if (!(origin instanceof HTMLElement)) return false;
  const field = origin.matches('input, textarea, select, [contenteditable]');
  if (!field) return false;
  return !e
    .composedPath()
    .some((n) => n instanceof HTMLElement && n.localName === 'verso-segment-row');
}

/** True when the key would type into a field (so `?` must stay a character there). */
function inTypingField(e: KeyboardEvent): boolean {
  const origin = e.composedPath()[0];
  return origin instanceof HTMLElement && origin.matches('input, textarea, [contenteditable]');
}

/**
 * Binds Verso's document-wide keys (GUIDE part 4) and the autosave flush on `visibilitychange` and
 * `pagehide`; warns before unload while typed text is not yet stored. Ctrl+Z / Ctrl+Y in a correction
 * editor are the document-wide undo/redo (across typing and bulk replace), not the textarea's own.
 * Returns a function that unbinds everything.
 */
export function bindAppKeys(actions: AppKeyActions): () => void {
  const onKey = (e: KeyboardEvent): void => {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && !e.altKey && (key === 'z' || key === 'y')) {
      if (inOtherTextField(e)) return; // the Find field keeps its own undo
      e.preventDefault();
      if (key === 'y' || e.shiftKey) actions.redo();
      else actions.undo();
    } else if (mod && !e.altKey && key === 'h') {
      e.preventDefault();
      actions.find();
    } else if (mod && !e.altKey && key === 'o') {
      e.preventDefault();
      actions.open();
    } else if (mod && !e.altKey && key === 's') {
      e.preventDefault();
      actions.save();
    } else if (mod && e.shiftKey && !e.altKey && key === 'e' && actions.logError) {
      e.preventDefault();
      actions.logError();
    } else if (mod && !e.altKey && !e.shiftKey && key === 'k' && actions.concordance) {
      e.preventDefault();
      actions.concordance();
    } else if (
      mod &&
      !e.altKey &&
      !e.shiftKey &&
      /^Digit[1-9]$/.test(e.code) &&
      actions.insertMatch
    ) {
      // By physical key (e.code): Ctrl+1 is the same key on AZERTY, where e.key is '&'.
      if (inOtherTextField(e)) return;
      e.preventDefault();
      actions.insertMatch(Number(e.code.slice(5)));
    } else if (mod && e.shiftKey && !e.altKey && /^Digit[1-5]$/.test(e.code) && actions.sidePanel) {
      // By physical key: Shift+1 is '!' in e.key, and other symbols on other layouts.
      e.preventDefault();
      actions.sidePanel(Number(e.code.slice(5)));
    } else if (e.key === '?' && !mod && !inTypingField(e)) {
      e.preventDefault();
      actions.help();
    }
  };
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') actions.flush();
  };
  const onPageHide = (): void => actions.flush();
  const onBeforeUnload = (e: BeforeUnloadEvent): void => {
    actions.flush();
    if (actions.hasUnsaved()) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('keydown', onKey);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

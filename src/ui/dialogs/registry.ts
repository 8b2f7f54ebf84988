/**
 * Every dialog Verso opens, by name: the parameters it is opened with and the module that defines it
 * (loaded on first use). The dialog manager (app/dialog-manager.ts) opens any of them from a typed
 * `verso-show-dialog` event, so no element holds a handle to another's dialog.
 */
import { loadProjectCode } from '../../state/project-code.ts';
import type { SegmentCarets } from '../shared/events.ts';
import type { LogErrorParams } from './verso-log-error.ts';
import type { LockPromptParams } from './verso-lock-prompt.ts';

/** What each dialog is opened with. */
export interface DialogParams {
  readonly align: { readonly segmentId: string; readonly carets: SegmentCarets };
  /** `text`: the phrase to search for (a selection), or ''. */
  readonly concordance: { readonly text: string };
  /** The file waiting for its encoding (the store holds it and its readings; issue 12 item 7). */
  readonly encoding: Record<string, never>;
  readonly export: Record<string, never>;
  /** `selection`: text to search for (the editor's selection). */
  readonly find: { readonly selection: string };
  /** `rule`: the check whose suggestions that need a preview are listed (issue 11 item 5). */
  readonly fixPreview: { readonly rule: string };
  /** `pair`: choose a source text and its MT; `languages`: answer the pending language prompt. */
  readonly import: { readonly mode: 'pair' | 'languages' };
  readonly keymap: Record<string, never>;
  readonly 'log-error': LogErrorParams;
  /** Another reviewer holds a soft lock on the segment typed into (issue 14). */
  readonly lock: LockPromptParams;
  readonly metrics: Record<string, never>;
  readonly projects: Record<string, never>;
  /** The open project's scorecard editor (issue 15). */
  readonly scorecard: Record<string, never>;
  readonly settings: Record<string, never>;
  readonly share: Record<string, never>;
  readonly terms: Record<string, never>;
}

export type DialogName = keyof DialogParams;

/** A dialog element as the manager drives it. */
export interface ManagedDialog<K extends DialogName = DialogName> extends HTMLElement {
  open(params: DialogParams[K]): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
}

/** Tag and module of each dialog. */
export const DIALOGS: {
  readonly [K in DialogName]: { readonly tag: string; readonly load: () => Promise<unknown> };
} = {
  align: { tag: 'verso-align-dialog', load: () => import('./verso-align-dialog.ts') },
  concordance: { tag: 'verso-concordance', load: () => import('./verso-concordance.ts') },
  encoding: { tag: 'verso-encoding-dialog', load: () => import('./verso-encoding-dialog.ts') },
  export: { tag: 'verso-export-dialog', load: () => import('./verso-export-dialog.ts') },
  find: { tag: 'verso-find-replace', load: () => import('./verso-find-replace.ts') },
  fixPreview: { tag: 'verso-fix-preview', load: () => import('./verso-fix-preview.ts') },
  import: { tag: 'verso-import-dialog', load: () => import('./verso-import-dialog.ts') },
  keymap: { tag: 'verso-keymap', load: () => import('./verso-keymap.ts') },
  'log-error': { tag: 'verso-log-error', load: () => import('./verso-log-error.ts') },
  lock: { tag: 'verso-lock-prompt', load: () => import('./verso-lock-prompt.ts') },
  metrics: { tag: 'verso-metrics', load: () => import('./verso-metrics.ts') },
  projects: { tag: 'verso-project-list', load: () => import('./verso-project-list.ts') },
  scorecard: {
    tag: 'verso-scorecard-editor',
    load: () => import('./verso-scorecard-editor.ts'),
  },
  settings: { tag: 'verso-settings', load: () => import('./verso-settings.ts') },
  share: { tag: 'verso-share-dialog', load: () => import('./verso-share-dialog.ts') },
  // The termbase dialog lists the shipped packs, which load with a project (state/project-code.ts):
  // it may be opened before one is.
  terms: {
    tag: 'verso-terms',
    load: () => Promise.all([import('./verso-terms.ts'), loadProjectCode()]),
  },
};

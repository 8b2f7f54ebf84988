import { lockHolder } from '../../state/sync/sync-view.ts';
import type { Store } from '../../state/store.ts';
import { ShowDialogEvent, StatusChangedEvent } from '../shared/events.ts';

/**
 * Keeps typing out of segments it must not change in a shared project (issue 14), for every row at
 * once without touching the rows: a viewer's editors take no input and its status menus no change
 * (the server refuses a viewer's writes anyway), and typing into a segment another reviewer holds a
 * soft lock on asks first (the lock prompt: take over or wait). Listens on `host` in the capture
 * phase, where `beforeinput` from any row's editor arrives before the editor changes. Returns the
 * function that removes it.
 */
export function guardSharedEdits(host: HTMLElement, store: () => Store): () => void {
  const segmentOf = (e: Event): string | undefined => {
    for (const node of e.composedPath()) {
      if (node instanceof HTMLElement && node.localName === 'verso-segment-row') {
        return node.dataset['segmentId'];
      }
    }
    return undefined;
  };
  const onBeforeInput = (e: Event): void => {
    const sync = store().state.sync;
    const target = e.composedPath()[0];
    if (!sync || !(target instanceof HTMLTextAreaElement) || target.readOnly) return;
    const segmentId = segmentOf(e);
    if (segmentId === undefined) return;
    if (sync.access === 'view') {
      e.preventDefault();
      store().report({ kind: 'info', key: 'share.viewOnly', params: {} });
      return;
    }
    const holder = lockHolder(sync, segmentId);
    if (!holder) return;
    e.preventDefault();
    host.dispatchEvent(
      new ShowDialogEvent('lock', {
        segmentId,
        name: holder.name,
        n: store().view.indexOf(segmentId) + 1,
      }),
    );
  };
  const onStatus = (e: Event): void => {
    if (store().state.sync?.access !== 'view') return;
    e.stopPropagation();
    store().report({ kind: 'info', key: 'share.viewOnly', params: {} });
  };
  host.addEventListener('beforeinput', onBeforeInput, true);
  host.addEventListener(StatusChangedEvent.eventName, onStatus, true);
  return () => {
    host.removeEventListener('beforeinput', onBeforeInput, true);
    host.removeEventListener(StatusChangedEvent.eventName, onStatus, true);
  };
}

/**
 * Keeps a shared project's quality assessment (LQA errors, "needs rework" flags, scorecard; issue 15,
 * deliverable 2) in step with its Y.Doc, beside the segment and QA bindings: a change made here (an
 * error logged, edited or deleted, a flag, the scorecard) goes into the `lqa` map item by item
 * (core/sync/project-lqa.ts); another reviewer's change is shown and stored here through the LQA flow
 * without an undo step (it is not this reviewer's to undo), so it survives a reload. Offline changes
 * are sent on reconnecting as what changed since the last sync, so they merge with the others'
 * (item-map-binding.ts).
 */
import type * as Y from 'yjs';
import { EMPTY_LQA, type ProjectLqa } from '../../core/lqa/project-lqa.ts';
import {
  LQA_INIT,
  LQA_MAP,
  lqaChanges,
  lqaEntries,
  lqaFromEntries,
  sameLqa,
} from '../../core/sync/project-lqa.ts';
import type { LqaFlow } from '../flows/lqa.ts';
import type { Session } from '../session/session.ts';
import { ItemMapBinding, type PendingEntries } from './item-map-binding.ts';

/**
 * Whether this device's assessment has joined the shared one (a settings flag per project): until it
 * has, its errors and flags are all new to the document (logged before the project was shared, or
 * before LQA errors were synced) and are added to the shared ones rather than replaced by them.
 */
export interface JoinedPort {
  done(): boolean;
  mark(): void;
}

export class LqaBinding extends ItemMapBinding<ProjectLqa> {
  constructor(
    doc: Y.Doc,
    session: Session,
    flow: Pick<LqaFlow, 'apply'>,
    readOnly: boolean,
    joined?: JoinedPort,
    pending?: PendingEntries,
  ) {
    const local = session.state.lqa;
    super(
      doc,
      session,
      {
        map: LQA_MAP,
        init: LQA_INIT,
        empty: EMPTY_LQA,
        entries: lqaEntries,
        fromEntries: lqaFromEntries,
        changes: lqaChanges,
        same: sameLqa,
        read: () => session.state.lqa,
        apply: (shared) => flow.apply(shared),
        ...(joined?.done() === false ? { synced: { ...local, errors: [], rework: [] } } : {}),
        ...(joined ? { joined: () => joined.mark() } : {}),
      },
      readOnly,
      pending,
    );
  }
}

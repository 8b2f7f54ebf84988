/**
 * Keeps a shared project's QA settings (term rules, packs, word list, ignored findings) in step with
 * its Y.Doc (issue 14), beside the segment binding: a change saved here goes into the `qa` map item by
 * item (core/sync/project-qa.ts); a change from another reviewer is saved here through the write
 * pipeline, so QA re-runs and the settings survive a reload. Offline changes are sent on reconnecting
 * as what changed since the last sync, so they merge with the others' instead of replacing them
 * (item-map-binding.ts).
 */
import type * as Y from 'yjs';
import type { ProjectQa } from '../../core/model/model.ts';
import { EMPTY_QA } from '../../core/model/model.ts';
import {
  QA_INIT,
  QA_MAP,
  qaChanges,
  qaEntries,
  qaFromEntries,
  sameQa,
} from '../../core/sync/project-qa.ts';
import type { Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import { ItemMapBinding, type PendingEntries } from './item-map-binding.ts';

export class QaBinding extends ItemMapBinding<ProjectQa> {
  constructor(
    doc: Y.Doc,
    session: Session,
    writes: Pick<WritePipeline, 'saveQa'>,
    readOnly: boolean,
    pending?: PendingEntries,
  ) {
    super(
      doc,
      session,
      {
        map: QA_MAP,
        init: QA_INIT,
        empty: EMPTY_QA,
        entries: qaEntries,
        fromEntries: qaFromEntries,
        changes: qaChanges,
        same: sameQa,
        read: () => session.state.project?.qa,
        apply: (shared) => {
          const project = session.state.project;
          if (project) void writes.saveQa(project, shared);
        },
      },
      readOnly,
      pending,
    );
  }
}

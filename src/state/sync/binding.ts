/**
 * The binding between the open project (the session) and its shared Y.Doc (issue 14). Local first:
 * every change is made and stored on this device as before; the binding then writes what changed into
 * the Y.Doc as word-level diffs (never a whole-text replacement), and brings others' changes into the
 * session through the write pipeline (`apply`), so they are stored, undo stays right and QA and views
 * see them like any change.
 *
 * Offline and unacknowledged edits are kept in a small queue on this device (`PendingStore`) with the
 * shared text they were based on. On (re)connecting: an edit whose base is still the shared text is
 * sent; one that meets another reviewer's change of the same segment is a conflict — the later text
 * wins (each side's clock, `editors` map), the other is kept as a revision just before it (one Restore
 * away), and both reviewers are told (`conflicts` map).
 */
import * as Y from 'yjs';
import type {
  RevisionOrigin,
  Segment,
  SegmentComment,
  SegmentMode,
} from '../../core/model/model.ts';
import {
  commentsOf,
  metaOf,
  orderOf,
  statusesOf,
  textsOf,
  type SharedComment,
} from '../../core/sync/project-doc.ts';
import {
  sharedRows,
  structureChange,
  writeStructure,
  type SharedRows,
  type StructureChange,
} from '../../core/sync/structure.ts';
import type { Change, Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import {
  conflictsOf,
  editorsOf,
  reconnectKey,
  reconnectRace,
  reconnectsOf,
  type LastEditor,
  type ReconnectEdit,
  type SharedConflict,
} from './shared-maps.ts';
import { applyTextDiff } from './y-text.ts';

/** A segment's text and status. */
interface Shown {
  readonly text: string;
  readonly status: Segment['status'];
}

/** An edit made here that the server may not have yet. */
export interface PendingEdit extends Shown {
  /** The shared text and status it was made on. */
  readonly base: Shown;
  /** When it was made (this device's clock, ms). */
  readonly at: number;
}

/** Where pending edits survive a reload (localStorage in the app). */
export interface PendingStore {
  load(): Map<string, PendingEdit>;
  save(pending: ReadonlyMap<string, PendingEdit>): void;
}

/** Who is editing here. */
export interface Me {
  readonly name: string;
  readonly peer: string;
}

/** What the binding works with. */
export interface BindingOptions {
  readonly doc: Y.Doc;
  readonly session: Session;
  /**
   * The segments as the project was opened (stored, and as last shared). The binding is made after
   * an asynchronous load: what the reviewer typed in between is an edit of its own, not the base.
   */
  readonly opened?: readonly Segment[];
  /** Applies others' changes through the write pipeline (see `throughPipeline`). */
  readonly apply: (changes: readonly Change[], origin: RevisionOrigin) => void;
  /** Stores a comment another reviewer added. */
  readonly addComment: (segmentId: string, comment: SegmentComment) => void;
  readonly me: () => Me;
  readonly pending: PendingStore;
  /** A viewer: nothing made here is written to the Y.Doc. */
  readonly readOnly: boolean;
  /** Segments two reviewers changed offline (this reviewer's side of it). */
  readonly onConflict: (segmentIds: readonly string[]) => void;
  /** A local edit of `segmentId` went into the Y.Doc (the soft lock follows it). */
  readonly onLocalEdit?: (segmentId: string) => void;
  /**
   * Shows and stores another reviewer's restructure (merge, split, shift, row mode): the rows on
   * the shared order. Without it, restructures stay on the device that made them.
   */
  readonly applyStructure?: (rows: SharedRows, mode: SegmentMode | undefined) => void;
  /** Where restructures made offline wait for the connection (localStorage in the app). */
  readonly structurePending?: {
    load(): StructureChange[];
    save(changes: readonly StructureChange[]): void;
  };
  readonly now?: () => number;
}

/** The row mode in the shared document's meta map (set once a reviewer switched it). */
const MODE_KEY = 'mode';

/**
 * How others' changes enter the session: typing not yet stored here is stored first (so a text this
 * reviewer typed is a revision before another's replaces it), then the changes are shown and stored
 * as revisions, not as this reviewer's undoable steps.
 */
export function throughPipeline(
  writes: Pick<WritePipeline, 'flush' | 'persist'>,
): BindingOptions['apply'] {
  return (changes, origin) => {
    void writes.flush();
    writes.persist(changes, origin);
  };
}

/**
 * How another reviewer's restructure enters the session: typing not yet stored goes first, then the
 * rows as shared are shown and stored as one restructure — not an undo step of this reviewer's — and
 * this reviewer's own restructure steps leave the undo stack (undoing one would put back a row list
 * without the other's repair). `reopen`: another tab restructured the project meanwhile.
 */
export function structureThroughPipeline(
  writes: Pick<WritePipeline, 'flush' | 'writeStructure' | 'undo' | 'undoFlags'>,
  session: Pick<Session, 'state' | 'update'>,
  reopen: (projectId: string) => void,
): NonNullable<BindingOptions['applyStructure']> {
  return (rows, mode) => {
    void writes.flush();
    const current = session.state.project?.mode ?? 'paragraph';
    writes.writeStructure(rows.segments, rows.changes, mode ?? current, reopen);
    if (writes.undo.dropStructure() > 0) session.update(writes.undoFlags());
  };
}

/** Transaction origin of this binding's own writes (observers skip them). */
const LOCAL = Symbol('verso-local');

export class SyncBinding {
  readonly #o: BindingOptions;
  readonly #now: () => number;
  /** The shared text and status of each segment as last read or written here. */
  readonly #synced = new Map<string, Shown>();
  readonly #pending: Map<string, PendingEdit>;
  readonly #comments = new Set<string>();
  /** Restructures made here that the Y.Doc does not have yet (offline). */
  #structures: StructureChange[];
  /** Row mode switched here and not yet written to the Y.Doc. */
  #mode: SegmentMode | undefined;
  #last: readonly Segment[];
  #lastMode: SegmentMode | undefined;
  #live = false;
  #applying = false;

  constructor(options: BindingOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#pending = options.pending.load();
    this.#structures = options.structurePending?.load() ?? [];
    this.#last = options.opened ?? options.session.state.segments;
    this.#lastMode = options.session.state.project?.mode;
    for (const s of this.#last) {
      this.#synced.set(s.id, { text: s.text, status: s.status });
      for (const c of s.comments) this.#comments.add(c.id);
    }
    options.session.addEventListener('change', this.#onChange);
    // Edits made since the project was opened, before this binding existed.
    this.#onChange();
    textsOf(options.doc).observeDeep(this.#onTexts);
    statusesOf(options.doc).observe(this.#onStatuses);
    commentsOf(options.doc).observe(this.#onComments);
    conflictsOf(options.doc).observe(this.#onConflicts);
    orderOf(options.doc).observe(this.#onOrder);
    metaOf(options.doc).observe(this.#onMeta);
  }

  /** Whether edits made here wait for the server (offline, or not yet acknowledged). */
  get hasPending(): boolean {
    return this.#pending.size > 0 || this.#structures.length > 0;
  }

  /**
   * The provider finished syncing with the server: settle pending edits against the shared state,
   * take every other change, and from now on send edits as they happen.
   */
  online(): void {
    const { doc, session } = this.#o;
    const texts = textsOf(doc);
    const statuses = statusesOf(doc);
    const editors = editorsOf(doc);
    const theirs: Change[] = [];
    const kept: Change[] = [];
    const conflicted: string[] = [];
    const push: string[] = [];
    // The rows first: restructures made here while offline, then the shared order.
    this.#live = true;
    this.#sendStructures();
    this.#pullStructure();
    for (const s of session.state.segments) {
      const ytext = texts.get(s.id);
      if (!ytext) continue;
      const remote: Shown = { text: ytext.toJSON(), status: statuses.get(s.id) ?? s.status };
      this.#synced.set(s.id, remote);
      const mine = this.#pending.get(s.id);
      const editor = editors.get(s.id);
      if (!mine) {
        if (!same(remote, s)) theirs.push(changeOf(s.id, remote, editor));
      } else if (same(remote, mine)) {
        this.#pending.delete(s.id);
      } else if (same(remote, mine.base) || this.#readOnly) {
        if (this.#readOnly) theirs.push(changeOf(s.id, remote, editor));
        else push.push(s.id);
      } else if (!editor || mine.at >= editor.at) {
        // Both changed it; this one is later: theirs becomes a revision just before it.
        kept.push(changeOf(s.id, remote, editor), { segmentId: s.id, ...mine });
        push.push(s.id);
        conflicted.push(s.id);
        this.#recordConflict(s.id, this.#o.me(), editor);
      } else {
        this.#pending.delete(s.id);
        theirs.push(changeOf(s.id, remote, editor));
        conflicted.push(s.id);
        this.#recordConflict(s.id, editor, this.#o.me());
      }
    }
    this.#applyRemote(theirs, kept);
    for (const id of push) this.#push(id, true);
    this.#pullComments(null);
    this.#savePending();
    if (conflicted.length > 0) this.#o.onConflict(conflicted);
  }

  /** The connection dropped: edits wait here until `online` again. */
  offline(): void {
    this.#live = false;
  }

  /** The server has every change sent so far: pending edits that reached it are done. */
  acknowledged(): void {
    if (!this.#live) return;
    for (const [id, edit] of this.#pending) {
      const synced = this.#synced.get(id);
      if (synced && same(synced, edit)) this.#pending.delete(id);
    }
    this.#savePending();
  }

  dispose(): void {
    const { doc, session } = this.#o;
    session.removeEventListener('change', this.#onChange);
    textsOf(doc).unobserveDeep(this.#onTexts);
    statusesOf(doc).unobserve(this.#onStatuses);
    commentsOf(doc).unobserve(this.#onComments);
    conflictsOf(doc).unobserve(this.#onConflicts);
    orderOf(doc).unobserve(this.#onOrder);
    metaOf(doc).unobserve(this.#onMeta);
  }

  get #readOnly(): boolean {
    return this.#o.readOnly;
  }

  /** A session change: segments whose text, status or comments changed here go to the Y.Doc. */
  readonly #onChange = (): void => {
    const segments = this.#o.session.state.segments;
    if (segments === this.#last) return;
    const previous = this.#last;
    this.#last = segments;
    const mode = this.#o.session.state.project?.mode ?? 'paragraph';
    const modeChanged = mode !== (this.#lastMode ?? 'paragraph');
    this.#lastMode = mode;
    if (this.#applying || this.#readOnly) return;
    const change = this.#o.applyStructure ? structureChange(previous, segments) : null;
    if (change || (modeChanged && this.#o.applyStructure)) {
      this.#restructured(change, modeChanged ? mode : undefined);
      // Outside the run, rows are matched by id: their text, status or comments may have changed too.
      const before = new Map(previous.map((s) => [s.id, s]));
      const run = new Set(change?.added);
      for (const s of segments) {
        const was = before.get(s.id);
        if (run.has(s.id) || was === s) continue;
        this.#local(s);
        if (was && was.comments !== s.comments) this.#localComments(s);
      }
      return;
    }
    const sameList = previous.length === segments.length;
    segments.forEach((s, i) => {
      const before = sameList ? previous[i] : undefined;
      if (before === s) return;
      this.#local(s);
      if (before?.id === s.id && before.comments !== s.comments) this.#localComments(s);
    });
  };

  /** A restructure made here: into the Y.Doc now, or when the connection is back. */
  #restructured(change: StructureChange | null, mode: SegmentMode | undefined): void {
    if (change) this.#structures.push(change);
    if (mode !== undefined) this.#mode = mode;
    this.#saveStructures();
    if (this.#live) this.#sendStructures();
  }

  /**
   * Writes the restructures made here into the Y.Doc, with the rows as they are now (a row merged
   * again since goes in as it is now), and the new text of rows that already had one.
   */
  #sendStructures(): void {
    if (this.#structures.length === 0 && this.#mode === undefined) return;
    const { doc, session } = this.#o;
    if (orderOf(doc).length === 0) {
      // Shared before orders existed: restructures stay on this device.
      this.#structures = [];
      this.#mode = undefined;
      this.#saveStructures();
      return;
    }
    const texts = textsOf(doc);
    const touched = new Set<string>();
    doc.transact(() => {
      for (const change of this.#structures) {
        writeStructure(
          doc,
          change,
          (id) => session.segment(id),
          (text) => new Y.Text(text),
        );
        for (const id of change.added) touched.add(id);
      }
      if (this.#mode !== undefined) metaOf(doc).set(MODE_KEY, this.#mode);
      const me = this.#o.me();
      const at = this.#now();
      for (const id of touched) {
        const s = session.segment(id);
        const ytext = texts.get(id);
        if (!s || !ytext) continue;
        applyTextDiff(ytext, s.text);
        editorsOf(doc).set(id, { name: me.name, peer: me.peer, at });
        this.#synced.set(id, { text: s.text, status: s.status });
        this.#pending.delete(id);
      }
    }, LOCAL);
    this.#structures = [];
    this.#mode = undefined;
    this.#savePending();
    this.#saveStructures();
  }

  /** Rebuilds this device's rows on the shared order when another reviewer restructured them. */
  #pullStructure(): void {
    const { doc, session } = this.#o;
    const apply = this.#o.applyStructure;
    if (!apply) return;
    const editors = editorsOf(doc);
    const rows = sharedRows(
      doc,
      session.state.segments,
      this.#now(),
      (id) => editors.get(id)?.name,
    );
    const shared = metaOf(doc).get(MODE_KEY);
    const mode = shared === 'sentence' || shared === 'paragraph' ? shared : undefined;
    const modeChanged = mode !== undefined && mode !== (session.state.project?.mode ?? 'paragraph');
    if (!rows && !modeChanged) return;
    const texts = textsOf(doc);
    const statuses = statusesOf(doc);
    for (const id of rows?.added ?? []) {
      const status = statuses.get(id);
      this.#synced.set(id, { text: texts.get(id)?.toJSON() ?? '', status: status ?? 'new' });
    }
    this.#applying = true;
    try {
      apply(rows ?? { segments: [...session.state.segments], changes: [], added: [] }, mode);
    } finally {
      this.#applying = false;
      this.#last = session.state.segments;
      this.#lastMode = session.state.project?.mode;
    }
  }

  readonly #onOrder = (_e: Y.YArrayEvent<string>, tr: Y.Transaction): void => {
    if (tr.origin === LOCAL || !this.#live) return;
    this.#pullStructure();
  };

  /** The row mode alone changed (a switch that kept every row, e.g. one sentence per paragraph). */
  readonly #onMeta = (e: Y.YMapEvent<unknown>, tr: Y.Transaction): void => {
    if (tr.origin === LOCAL || !this.#live || !e.keysChanged.has(MODE_KEY)) return;
    this.#pullStructure();
  };

  #local(s: Segment): void {
    const synced = this.#synced.get(s.id);
    // Not in the shared document (a segment made by a merge or split here): stays on this device.
    if (!synced || same(synced, s)) return;
    const pending = this.#pending.get(s.id);
    this.#pending.set(s.id, {
      base: pending?.base ?? synced,
      text: s.text,
      status: s.status,
      at: this.#now(),
    });
    this.#savePending();
    if (this.#live) this.#push(s.id);
  }

  /** Writes this device's pending edit of `id` into the Y.Doc (`reconnect`: an edit made offline). */
  #push(id: string, reconnect = false): void {
    const edit = this.#pending.get(id);
    const ytext = textsOf(this.#o.doc).get(id);
    if (!edit || !ytext) return;
    const me = this.#o.me();
    const reconnects = reconnectsOf(this.#o.doc);
    const key = reconnectKey(id, me.peer);
    this.#o.doc.transact(() => {
      if (reconnect) {
        const base = ytext.toJSON();
        reconnects.set(key, {
          segmentId: id,
          peer: me.peer,
          name: me.name,
          text: edit.text,
          base,
          at: edit.at,
        });
      } else if (reconnects.has(key)) {
        reconnects.delete(key);
      }
      applyTextDiff(ytext, edit.text);
      const statuses = statusesOf(this.#o.doc);
      if (statuses.get(id) !== edit.status) statuses.set(id, edit.status);
      editorsOf(this.#o.doc).set(id, { name: me.name, peer: me.peer, at: edit.at });
    }, LOCAL);
    this.#synced.set(id, { text: ytext.toJSON(), status: edit.status });
    this.#o.onLocalEdit?.(id);
  }

  #localComments(s: Segment): void {
    const comments = commentsOf(this.#o.doc);
    const added = s.comments.filter((c) => !this.#comments.has(c.id));
    if (added.length === 0) return;
    this.#o.doc.transact(() => {
      for (const c of added) {
        this.#comments.add(c.id);
        comments.set(c.id, { segmentId: s.id, ...c });
      }
    }, LOCAL);
  }

  readonly #onTexts = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction): void => {
    if (tr.origin === LOCAL || !this.#live) return;
    const ids = new Set<string>();
    for (const e of events) {
      const key = e.path[0];
      if (typeof key === 'string') ids.add(key);
      else for (const k of e.changes.keys.keys()) ids.add(k);
    }
    this.#pull(ids);
  };

  readonly #onStatuses = (e: Y.YMapEvent<Segment['status']>, tr: Y.Transaction): void => {
    if (tr.origin === LOCAL || !this.#live) return;
    this.#pull(new Set(e.changes.keys.keys()));
  };

  readonly #onComments = (e: Y.YMapEvent<SharedComment>, tr: Y.Transaction): void => {
    if (tr.origin === LOCAL || !this.#live) return;
    this.#pullComments(new Set(e.changes.keys.keys()));
  };

  readonly #onConflicts = (e: Y.YMapEvent<SharedConflict>, tr: Y.Transaction): void => {
    if (tr.origin === LOCAL) return;
    const conflicts = conflictsOf(this.#o.doc);
    const peer = this.#o.me().peer;
    const mine = [...e.changes.keys.keys()].flatMap((key) => {
      const c = conflicts.get(key);
      return c && (c.winner.peer === peer || c.loser.peer === peer) ? [c.segmentId] : [];
    });
    if (mine.length > 0) this.#o.onConflict(mine);
  };

  /** Others changed segments `ids`: show and store the shared state of each. */
  #pull(ids: ReadonlySet<string>): void {
    const { doc, session } = this.#o;
    const texts = textsOf(doc);
    const statuses = statusesOf(doc);
    const editors = editorsOf(doc);
    const changes: Change[] = [];
    const kept: Change[] = [];
    const conflicted: string[] = [];
    for (const id of ids) {
      const ytext = texts.get(id);
      const s = session.segment(id);
      if (!ytext || !s) continue;
      const remote: Shown = { text: ytext.toJSON(), status: statuses.get(id) ?? s.status };
      const race = reconnectRace(reconnectsOf(doc).values(), id, remote.text);
      if (race) {
        // Two offline edits merged into both texts: never shown; the later one's sender repairs it.
        if (race.winner.peer === this.#o.me().peer) {
          this.#repair(id, race.winner, remote.status);
          const loser: Shown = { text: race.loser.text, status: remote.status };
          kept.push(
            changeOf(id, loser, race.loser),
            changeOf(id, { ...loser, text: race.winner.text }, race.winner),
          );
          conflicted.push(id);
        }
        continue;
      }
      this.#synced.set(id, remote);
      // An edit here that is already merged into the shared text: the merged text is the one now.
      this.#pending.delete(id);
      if (!same(remote, s)) changes.push(changeOf(id, remote, editors.get(id)));
    }
    this.#applyRemote(changes, kept);
    if (conflicted.length > 0) this.#o.onConflict(conflicted);
  }

  /**
   * Puts this reviewer's offline text back whole after it merged with another's sent at the same
   * moment (see `reconnects`): the later text wins, the other is told through `conflicts`.
   */
  #repair(id: string, winner: ReconnectEdit, status: Segment['status']): void {
    const { doc } = this.#o;
    const ytext = textsOf(doc).get(id);
    if (!ytext) return;
    const me = this.#o.me();
    const reconnects = reconnectsOf(doc);
    const loser = reconnectRace(reconnects.values(), id, ytext.toJSON())?.loser;
    doc.transact(() => {
      applyTextDiff(ytext, winner.text);
      editorsOf(doc).set(id, { name: me.name, peer: me.peer, at: winner.at });
      for (const [key, e] of [...reconnects.entries()])
        if (e.segmentId === id) reconnects.delete(key);
    }, LOCAL);
    this.#synced.set(id, { text: winner.text, status });
    this.#pending.delete(id);
    this.#savePending();
    this.#recordConflict(id, me, loser ? { name: loser.name, peer: loser.peer } : undefined);
  }

  #pullComments(keys: ReadonlySet<string> | null): void {
    const comments = commentsOf(this.#o.doc);
    const ids = keys ?? new Set(comments.keys());
    for (const id of ids) {
      const c = comments.get(id);
      if (!c || this.#comments.has(id) || !this.#o.session.has(c.segmentId)) continue;
      this.#comments.add(id);
      this.#o.addComment(c.segmentId, {
        id,
        text: c.text,
        author: c.author,
        createdAt: c.createdAt,
      });
    }
  }

  /** Applies others' changes (and kept pairs) without echoing them back to the Y.Doc. */
  #applyRemote(theirs: readonly Change[], kept: readonly Change[]): void {
    if (theirs.length === 0 && kept.length === 0) return;
    this.#applying = true;
    try {
      const segment = (id: string) => this.#o.session.segment(id);
      const statusOnly = theirs.filter((c) => segment(c.segmentId)?.text === c.text);
      const texts = theirs.filter((c) => segment(c.segmentId)?.text !== c.text);
      if (texts.length > 0) this.#o.apply(texts, 'typing');
      if (statusOnly.length > 0) this.#o.apply(statusOnly, 'status');
      if (kept.length > 0) this.#o.apply(kept, 'restore');
    } finally {
      this.#applying = false;
      this.#last = this.#o.session.state.segments;
    }
  }

  #recordConflict(segmentId: string, winner: Me | undefined, loser: Me | undefined): void {
    const unknown = { name: '', peer: '' };
    const who = (m: Me | undefined) => (m ? { name: m.name, peer: m.peer } : unknown);
    this.#o.doc.transact(() => {
      conflictsOf(this.#o.doc).set(crypto.randomUUID(), {
        segmentId,
        winner: who(winner),
        loser: who(loser),
        at: this.#now(),
      });
    }, LOCAL);
  }

  #savePending(): void {
    this.#o.pending.save(this.#pending);
  }

  #saveStructures(): void {
    this.#o.structurePending?.save(this.#structures);
  }
}

function same(a: Shown, b: Shown): boolean {
  return a.text === b.text && a.status === b.status;
}

function changeOf(segmentId: string, remote: Shown, editor: LastEditor | undefined): Change {
  return {
    segmentId,
    text: remote.text,
    status: remote.status,
    ...(editor ? { author: editor.name } : {}),
  };
}

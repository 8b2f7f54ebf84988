import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Repository } from '../../../src/core/project/repository.ts';
import type { Store } from '../../../src/state/store.ts';
import type { Settings } from '../../../src/state/app-state.ts';
import { AUTOSAVE_DELAY_MS } from '../../../src/state/session/write-pipeline.ts';
import { createStore } from '../../../src/state/wire.ts';
import { inProcessImporter } from '../../../src/jobs/import/in-process.ts';
import { inProcessQa } from '../../../src/jobs/qa/in-process.ts';
import { inProcessExporter } from '../../../src/jobs/export/in-process.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import { findHits } from '../../../src/core/review/find-replace.ts';
import { mergeRows, splitAt } from '../../../src/core/align/realign.ts';
import { mapSettings } from '../../support/store.ts';

const SEED_FILE = '000_bf2c9c8ccc29718b.txt';
/** The seed project's name: its title (issue 13 item 6). */
const SEED_TITLE = 'General plan for the construction of Liaoning "one belt and one road"…';
const SEED_STEM = 'General plan for the construction of Liaoning one belt and one road…';
const SEED = readFileSync(new URL(`../../../corpus/${SEED_FILE}`, import.meta.url), 'utf8');

const settings = (): Settings => mapSettings();

async function seeded(repo: Repository = new MemoryRepository(), prefs: Settings = settings()) {
  const store = createStore({
    repo,
    settings: prefs,
    importer: inProcessImporter,
    qa: inProcessQa,
    exporter: inProcessExporter,
  });
  await store.init({ fileName: SEED_FILE, text: SEED });
  return { store, repo };
}

function textOf(store: Store, n: number): string {
  return store.state.segments[n - 1]!.text;
}

describe('Store', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('creates the seed project with 19 segments on a first visit', async () => {
    const { store, repo } = await seeded();
    expect(store.state.phase).toBe('ready');
    expect(store.state.segments).toHaveLength(19);
    expect(await repo.listProjects()).toHaveLength(1);
  });

  it('does not create the seed again when projects exist', async () => {
    const repo = new MemoryRepository();
    await seeded(repo);
    await seeded(repo);
    expect(await repo.listProjects()).toHaveLength(1);
  });

  it('shows typing at once and stores it only after the autosave delay', async () => {
    const { store, repo } = await seeded();
    const id = store.state.segments[7]!.id;
    store.editText(id, '(1) Opening advantages');
    expect(textOf(store, 8)).toBe('(1) Opening advantages');
    expect(store.state.save).toBe('saving');
    const projectId = store.state.project!.id;
    expect(await repo.listRevisions(projectId, id)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 1);
    await store.flush();
    const revisions = await repo.listRevisions(projectId, id);
    expect(revisions.map((r) => r.origin)).toEqual(['import', 'typing']);
    expect(store.state.save).toBe('saved');
  });

  it('coalesces a burst of keystrokes into one revision', async () => {
    const { store, repo } = await seeded();
    const id = store.state.segments[7]!.id;
    for (const text of ['(1) O', '(1) Op', '(1) Ope', '(1) Open']) store.editText(id, text);
    await store.flush();
    const revisions = await repo.listRevisions(store.state.project!.id, id);
    expect(revisions.map((r) => r.text)).toEqual(['(1) Opening Advantage', '(1) Open']);
  });

  it('marks a typed segment edited, and new again when typed back to the MT', async () => {
    const { store } = await seeded();
    const seg = store.state.segments[7]!;
    store.editText(seg.id, 'changed');
    expect(store.state.segments[7]!.status).toBe('edited');
    store.editText(seg.id, seg.mt);
    expect(store.state.segments[7]!.status).toBe('new');
  });

  it('replaces all hits as one undoable step with one revision per segment', async () => {
    const { store, repo } = await seeded();
    const opts = {
      find: 'one belt and one way',
      replace: 'Belt and Road',
      matchCase: false,
      wholeWord: false,
      regex: false,
    };
    const hits = findHits(store.state.segments, opts);
    expect(await store.replace(hits)).toBe(2);
    const changed = store.state.segments.filter((s) => s.text !== s.mt).map((s) => s.id);
    expect(changed).toEqual(['s6', 's16']);
    const projectId = store.state.project!.id;
    expect((await repo.listRevisions(projectId, 's6')).at(-1)!.origin).toBe('replace');
    await store.undo();
    expect(store.state.segments.every((s) => s.text === s.mt)).toBe(true);
    expect(store.state.canRedo).toBe(true);
    await store.redo();
    expect(store.state.segments.filter((s) => s.text !== s.mt)).toHaveLength(2);
  });

  it('undo crosses typing and replace in the order they were made', async () => {
    const { store } = await seeded();
    store.editText('s8', 'typed');
    const hits = findHits(store.state.segments, {
      find: 'Fourty',
      replace: 'Forty',
      matchCase: true,
      wholeWord: true,
      regex: false,
    });
    await store.replace(hits);
    await store.undo();
    expect(textOf(store, 10)).toContain('Fourty');
    expect(textOf(store, 8)).toBe('typed');
    await store.undo();
    expect(textOf(store, 8)).toBe('(1) Opening Advantage');
    expect(store.state.canUndo).toBe(false);
  });

  it('keeps every undo and redo as a new revision: history is never rewritten', async () => {
    const { store, repo } = await seeded();
    store.editText('s8', 'typed');
    await store.flush();
    await store.undo();
    await store.redo();
    const revisions = await repo.listRevisions(store.state.project!.id, 's8');
    expect(revisions.map((r) => r.origin)).toEqual(['import', 'typing', 'undo', 'redo']);
  });

  it('restoring a revision appends a new revision with its text', async () => {
    const { store, repo } = await seeded();
    store.editText('s8', 'first');
    await store.flush();
    store.editText('s8', 'second');
    await store.flush();
    const revisions = await store.revisions('s8');
    await store.restore(revisions[1]!);
    expect(textOf(store, 8)).toBe('first');
    const after = await repo.listRevisions(store.state.project!.id, 's8');
    expect(after.map((r) => r.origin)).toEqual(['import', 'typing', 'typing', 'restore']);
  });

  it('sets a status as a revision that undo reverts', async () => {
    const { store } = await seeded();
    await store.setStatus('s1', 'excluded');
    await store.flush();
    expect(store.state.segments[0]!.status).toBe('excluded');
    await store.undo();
    expect(store.state.segments[0]!.status).toBe('new');
  });

  it('refuses a bad file with a specific notice and leaves stored projects unchanged', async () => {
    const { store, repo } = await seeded();
    const before = await repo.listProjects();
    expect(await store.openFile(new Uint8Array(0), 'empty.txt')).toBe(false);
    expect(store.state.notice).toMatchObject({ kind: 'error', key: 'errors.empty' });
    expect(await repo.listProjects()).toEqual(before);
  });

  it('opens a text file as a new project and switches to it', async () => {
    const { store, repo } = await seeded();
    const ok = await store.openFile(new TextEncoder().encode('One.\n\nTwo.'), 'memo.txt');
    expect(ok).toBe(true);
    expect(store.state.project!.name).toBe('memo');
    expect(store.state.segments.map((s) => s.mt)).toEqual(['One.', 'Two.']);
    expect(await repo.listProjects()).toHaveLength(2);
  });

  it('exports a backup that opens as an identical new project', async () => {
    const { store } = await seeded();
    store.editText('s8', 'typed');
    await store.setStatus('s1', 'excluded');
    const backup = await store.exportAs('json');
    expect(backup!.fileName).toBe(`${SEED_STEM}.backup.verso.json`);
    await store.openFile(new TextEncoder().encode(String(backup!.content)), backup!.fileName);
    expect(store.state.projects).toHaveLength(2);
    expect(textOf(store, 8)).toBe('typed');
    expect(store.state.segments[0]!.status).toBe('excluded');
  });

  it('leaves excluded segments out of the plain-text edition', async () => {
    const { store } = await seeded();
    await store.setStatus('s1', 'excluded');
    const txt = String((await store.exportAs('txt'))!.content);
    expect(txt.split('\n\n')).toHaveLength(18);
    expect(txt).not.toContain('Huigong Street');
  });

  it('keeps a failed write on screen and writes it again on the next flush', async () => {
    const repo = new MemoryRepository();
    const { store } = await seeded(repo);
    const save = vi.spyOn(repo, 'saveChanges').mockRejectedValueOnce(new Error('disk on fire'));
    store.editText('s8', 'precious');
    await store.flush();
    expect(store.state.save).toBe('error');
    expect(store.state.notice?.key).toBe('errors.unexpected');
    expect(textOf(store, 8)).toBe('precious');
    await store.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(store.state.save).toBe('saved');
    const revisions = await repo.listRevisions(store.state.project!.id, 's8');
    expect(revisions.at(-1)!.text).toBe('precious');
  });

  it('opens the most recent other project when the open one is deleted', async () => {
    const { store } = await seeded();
    await store.openFile(new TextEncoder().encode('One.'), 'memo.txt');
    await store.deleteProject(store.state.project!.id);
    expect(store.state.project!.name).toBe(SEED_TITLE);
    expect(store.state.projects).toHaveLength(1);
  });

  it('keeps the current segment through a restructure that keeps it, and forgets it with the project', async () => {
    const { store } = await seeded();
    store.setCurrent('s9');
    await store.realign((segments, newId, now) => mergeRows(segments, 3, newId, now));
    expect(store.state.current).toBe('s9');
    await store.openFile(new TextEncoder().encode('One.\n\nTwo.'), 'memo.txt');
    expect(store.state.current).toBeNull();
  });

  it('merges two rows as one undoable, persisted step that keeps the correction', async () => {
    const { store, repo } = await seeded();
    store.editText('s4', 'Corrected title.');
    await store.realign((segments, newId, now) => mergeRows(segments, 3, newId, now));
    expect(store.state.segments).toHaveLength(18);
    expect(textOf(store, 4)).toBe(
      `Corrected title. ${store.state.segments[3]!.mt.split('. ').pop()}`,
    );
    const reopened = await repo.openProject(store.state.project!.id);
    expect(reopened.segments).toHaveLength(18);
    expect(reopened.segments[3]!.text).toBe(textOf(store, 4));
    await store.undo();
    expect(store.state.segments).toHaveLength(19);
    expect(textOf(store, 4)).toBe('Corrected title.');
    expect((await repo.openProject(store.state.project!.id)).segments).toHaveLength(19);
    await store.redo();
    expect(store.state.segments).toHaveLength(18);
  });

  it('keeps the history of a split segment reachable from both halves', async () => {
    const { store } = await seeded();
    store.editText('s8', '(1) Opening advantages');
    await store.flush();
    await store.realign((segments, newId, now) => splitAt(segments, 7, 'target', 4, newId, now));
    const second = store.state.segments[8]!;
    expect(second.text).toBe('Opening advantages');
    const history = await store.revisions(second.id);
    expect(history.map((r) => r.origin)).toEqual(['import', 'typing', 'split', 'split']);
  });

  it('exports a Word review copy as bytes through the exporter', async () => {
    const { store } = await seeded();
    store.editText('s8', '(1) Opening advantages');
    const docx = await store.exportAs('docx-review');
    expect(docx!.fileName).toBe(`${SEED_STEM}.review.docx`);
    expect(docx!.content).toBeInstanceOf(Uint8Array);
  });

  it('exports XLIFF 2.1 that keeps the statuses', async () => {
    const { store } = await seeded();
    await store.setStatus('s2', 'approved');
    const xlf = String((await store.exportAs('xliff2'))!.content);
    expect(xlf).toContain('urn:oasis:names:tc:xliff:document:2.0');
    expect(xlf).toContain('state="final"');
  });

  it('does not use damaged shared term rules, says which field, and keeps them aside when replaced', async () => {
    const prefs = settings();
    const damaged = '[{"id":"r1","preferred":"Belt and Road","forbidden":"one belt"}]';
    prefs.set('verso.sharedTerms', damaged);
    const { store } = await seeded(undefined, prefs);
    expect(store.qa.sharedTerms).toEqual([]);
    expect(store.state.notice).toMatchObject({
      key: 'errors.termRulesStored',
      params: { path: '[0].forbidden', expected: 'an array' },
    });
    await store.qa.addRule('shared', {
      id: 'r2',
      preferred: 'Silk Road',
      forbidden: [{ pattern: 'silk way', regex: false }],
      wholeWord: true,
      matchCase: false,
    });
    expect(store.qa.sharedTerms.map((r) => r.id)).toEqual(['r2']);
    expect(prefs.get('verso.sharedTerms.damaged')).toBe(damaged);
  });

  it('asks for remembered languages only when they are well-formed tags', async () => {
    const prefs = settings();
    prefs.set('verso.sourceLang', '<script>');
    prefs.set('verso.targetLang', 'de-CH');
    const { store } = await seeded(undefined, prefs);
    const tsv = new TextEncoder().encode('一带一路\tone belt one road\n');
    await store.openFile(tsv, 'pair.tsv');
    expect(store.state.languagePrompt).toMatchObject({ sourceLang: 'zh-CN', targetLang: 'de-CH' });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStore, mapSettings as settings } from '../../../support/store.ts';
import type { Repository } from '../../../../src/core/project/repository.ts';
import type { Store } from '../../../../src/state/store.ts';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import { lqaScore } from '../../../../src/core/lqa/score.ts';
import { COMPACT_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import { AUTHOR_KEY } from '../../../../src/state/flows/author-name.ts';
import { mergeRows, splitAt } from '../../../../src/core/align/realign.ts';

/** The seed opened in a store over `repo` (a page load; see tests/support/store.ts). */
async function seeded(repo: Repository = new MemoryRepository(), prefs = settings()) {
  return { store: await loadStore(repo, prefs), repo };
}

/** The span of `phrase` in segment `id`'s text. */
function spanOf(store: Store, id: string, phrase: string) {
  const start = store.state.segments.find((s) => s.id === id)!.text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + phrase.length };
}

/** Logs an error on `phrase` of segment `id`. */
function logOn(store: Store, id: string, phrase: string, categoryId: string, severityId: string) {
  return store.lqa.log({ segmentId: id, span: spanOf(store, id, phrase), categoryId, severityId });
}

/** The live score as the toolbar computes it. */
function scoreOf(store: Store) {
  const { segments, lqa, project } = store.state;
  return lqaScore({
    segments,
    errors: lqa.errors,
    scorecard: lqa.scorecard,
    targetLang: project!.targetLang,
  });
}

describe('LqaFlow', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('logs an error on a span of the correction, quoting its text, by the reviewer named in Settings', async () => {
    const prefs = settings();
    prefs.set(AUTHOR_KEY, 'Ann');
    const { store } = await seeded(new MemoryRepository(), prefs);
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    const [error] = store.state.lqa.errors;
    expect(error).toMatchObject({
      segmentId: 's10',
      quote: 'Fourty',
      categoryId: 'spelling',
      severityId: 'minor',
      author: 'Ann',
    });
  });

  it('stores every change of the assessment, so reopening the project shows it', async () => {
    const { store, repo } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    await store.lqa.idle();
    const { store: again } = await seeded(repo);
    expect(again.state.lqa.errors.map((e) => e.quote)).toEqual(['Fourty']);
  });

  it('makes logging an error one undoable step that redo brings back', async () => {
    const { store } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    expect(store.state.canUndo).toBe(true);
    await store.undo();
    expect(store.state.lqa.errors).toEqual([]);
    await store.redo();
    expect(store.state.lqa.errors.map((e) => e.quote)).toEqual(['Fourty']);
  });

  it('undoes an edit and a delete of an error back to the error as it was', async () => {
    const { store } = await seeded();
    const id = (await logOn(store, 's10', 'Fourty', 'spelling', 'minor'))!;
    await store.lqa.edit(id, { severityId: 'major', comment: 'twice' });
    await store.lqa.remove(id);
    expect(store.state.lqa.errors).toEqual([]);
    await store.undo();
    expect(store.state.lqa.errors[0]).toMatchObject({ severityId: 'major', comment: 'twice' });
    await store.undo();
    expect(store.state.lqa.errors[0]).toMatchObject({ severityId: 'minor' });
    expect(store.state.lqa.errors[0]!.comment).toBeUndefined();
  });

  it('moves an error’s span with its text when the reviewer edits words before it', async () => {
    const { store } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    const text = store.state.segments[9]!.text;
    store.editText('s10', text.replace('Policy communication', 'Policy coordination'));
    const error = store.state.lqa.errors[0]!;
    const now = store.state.segments[9]!.text;
    expect(now.slice(error.span!.start, error.span!.end)).toBe('Fourty');
  });

  it('keeps the error on the corrected word when the reviewer fixes the word itself', async () => {
    const { store } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    store.editText('s10', store.state.segments[9]!.text.replace('Fourty', 'Forty'));
    const error = store.state.lqa.errors[0]!;
    expect(store.state.segments[9]!.text.slice(error.span!.start, error.span!.end)).toBe('Forty');
  });

  it('keeps an error whose text was deleted, marked detached', async () => {
    const { store } = await seeded();
    await logOn(store, 's10', 'Fourty open', 'spelling', 'minor');
    store.editText('s10', store.state.segments[9]!.text.replace('Fourty open ', ''));
    expect(store.state.lqa.errors[0]).toMatchObject({ detached: true, quote: 'Fourty open' });
  });

  it('stores the errors’ moved spans with the edit', async () => {
    const { store, repo } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    store.editText('s10', `New words. ${store.state.segments[9]!.text}`);
    await store.flush();
    await store.lqa.idle();
    const stored = await repo.loadLqa(store.state.project!.id);
    expect(stored!.errors[0]!.span).toEqual(store.state.lqa.errors[0]!.span);
  });

  it('lowers the live score when an error is logged and restores it on undo', async () => {
    const { store } = await seeded();
    expect(scoreOf(store).score).toBe(100);
    await logOn(store, 's10', 'Fourty', 'spelling', 'major');
    expect(scoreOf(store).score).toBeLessThan(100);
    await store.undo();
    expect(scoreOf(store).score).toBe(100);
  });

  it('scores the seed after the closing note’s four errors (term, spelling, repetition, calque)', async () => {
    const { store } = await seeded();
    await logOn(store, 's4', 'one belt and one road', 'wrong-term', 'major');
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    await logOn(store, 's10', 'double-attraction and double-attraction', 'grammar', 'minor');
    await logOn(store, 's6', 'community of human destiny', 'mistranslation', 'major');
    const score = scoreOf(store);
    console.log(
      `Seed, 4 errors: APT ${score.penaltyTotal}, EWC ${score.evaluatedWords}, score ${score.score}, passed ${score.passed}`,
    );
    expect(score.penaltyTotal).toBe(12);
    expect(score.score).toBe(Math.round((100 - (12 * 1000) / score.evaluatedWords) * 100) / 100);
  });

  it('flags a segment "needs rework" with its errors as reasons, and the filter shows only flagged ones', async () => {
    const { store } = await seeded();
    const id = await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    store.lqa.flagRework('s10');
    expect(store.state.lqa.rework[0]).toMatchObject({ segmentId: 's10', errorIds: [id] });
    store.lqa.filterRework(true);
    expect(store.view.visible).toEqual([9]);
  });

  it('keeps the "needs rework" filter on the flags as they change', async () => {
    const { store } = await seeded();
    store.lqa.flagRework('s10');
    store.lqa.filterRework(true);
    store.lqa.flagRework('s4');
    expect(store.view.visible).toEqual([3, 9]);
  });

  it('filters the segments with logged errors, of any severity or of one, as errors come and go', async () => {
    const { store } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    void store.view.visible; // the grid has shown every row before the filter is set
    store.lqa.filterErrors('any');
    expect(store.view.visible).toEqual([9]);
    await logOn(store, 's4', 'one belt and one road', 'wrong-term', 'major');
    expect(store.view.visible).toEqual([3, 9]);
    store.lqa.filterErrors('major');
    expect(store.view.visible).toEqual([3]);
    await store.undo();
    expect(store.view.visible).toEqual([]);
    store.lqa.filterErrors(undefined);
    expect(store.view.visible).toHaveLength(store.state.segments.length);
  });

  it('applies the "needs rework" filter after the grid has shown every row', async () => {
    const { store } = await seeded();
    store.lqa.flagRework('s10');
    void store.view.visible;
    store.lqa.filterRework(true);
    expect(store.view.visible).toEqual([9]);
  });

  it('moves the errors of merged rows into the merged row with their text, undone with the merge', async () => {
    const { store, repo } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    await store.realign((segments, newId, now) => mergeRows(segments, 8, newId, now));
    const [error] = store.state.lqa.errors;
    const merged = store.state.segments.find((s) => s.id === error!.segmentId)!;
    expect(merged.text.slice(error!.span!.start, error!.span!.end)).toBe('Fourty');
    expect(merged.text.length).toBeGreaterThan(error!.span!.end);
    await store.lqa.idle();
    const { store: again } = await seeded(repo);
    expect(again.state.lqa.errors[0]?.segmentId).toBe(merged.id);
    await store.undo();
    expect(store.state.lqa.errors[0]).toMatchObject({ segmentId: 's10', quote: 'Fourty' });
    expect(scoreOf(store).score).toBeLessThan(100);
  });

  it('gives an error of a split segment to the part holding its text', async () => {
    const { store } = await seeded();
    const text = store.state.segments[9]!.text;
    const cut = text.indexOf('. ') + 2;
    expect(text.indexOf('Fourty')).toBeGreaterThan(cut);
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    await store.realign((segments, newId, now) => splitAt(segments, 9, 'target', cut, newId, now));
    const [error] = store.state.lqa.errors;
    const part = store.state.segments.find((s) => s.id === error!.segmentId)!;
    expect(part.id).not.toBe('s10');
    expect(part.text.slice(error!.span!.start, error!.span!.end)).toBe('Fourty');
  });

  it('undoes a scorecard change', async () => {
    const { store } = await seeded();
    store.lqa.setScorecard(COMPACT_SCORECARD);
    expect(store.state.lqa.scorecard.id).toBe('compact');
    await store.undo();
    expect(store.state.lqa.scorecard.id).toBe('mqm-core');
  });

  it('writes the errors into the backup, and restoring the backup brings them back', async () => {
    const { store } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    const backup = await store.exportAs('json');
    const parsed = JSON.parse(String(backup!.content)) as { lqa: { errors: unknown[] } };
    expect(parsed.lqa.errors).toHaveLength(1);
    await store.openFile(new TextEncoder().encode(String(backup!.content)), 'seed.verso.json');
    expect(store.state.lqa.errors.map((e) => e.quote)).toEqual(['Fourty']);
  });

  it('puts the errors into the change report, the XLIFF and back into a project from that XLIFF', async () => {
    const { store } = await seeded();
    await logOn(store, 's10', 'Fourty', 'spelling', 'minor');
    const report = String((await store.exportAs('report'))!.content);
    expect(report).toContain('Fourty');
    expect(report).toMatch(/Spelling/);
    const xlf = String((await store.exportAs('xliff2'))!.content);
    expect(xlf).toContain('locQualityIssueType');
    await store.openFile(new TextEncoder().encode(xlf), 'seed.xlf');
    expect(store.state.lqa.errors).toHaveLength(1);
    expect(store.state.lqa.errors[0]).toMatchObject({ segmentId: 's10', categoryId: 'spelling' });
  });
});

/**
 * Translation-memory match quality on real sentences (issue 16, deliverable 5): MLQE-PE en-zh's
 * 1,000 dev rows in a memory (source → post-edit, MT kept), looked up with near-duplicates of their
 * sources (a word replaced, a number changed, punctuation changed) and of their Chinese MTs (a
 * character replaced), and with the 1,000 test sources, which are other sentences (a few template
 * sentences among them differ from a dev one in numbers alone). Reports
 * precision@1 and the distribution of percentages; skips when ../shared/data is absent.
 */
import { describe, expect, it } from 'vitest';
import { TranslationMemory } from '../../src/core/tm/memory.ts';
import type { TmMatch } from '../../src/core/tm/lookup.ts';
import { scoreMatch } from '../../src/core/tm/score.ts';
import { isContent, matchTokens } from '../../src/core/tm/tokens.ts';
import { newMemory } from '../../src/core/tm/units.ts';
import {
  mlqeRows,
  perturb,
  vocabularyOf,
  type MlqeRow,
  type Perturbation,
} from '../support/mlqe.ts';
import { seededRandom } from '../support/prng.ts';
import { hasSharedData } from './shared-data.ts';

const present = hasSharedData('mlqe-pe-en-zh/en-zh-dev.with-ter.jsonl');

/** A memory of the dev rows: source → post-edit, MT kept, changed in row order. */
function devMemory(dev: readonly MlqeRow[], keyedByMt = false): TranslationMemory {
  const info = newMemory({ sourceLang: 'en', targetLang: 'zh', scope: 'shared', createdAt: 0 });
  return TranslationMemory.fromUnits(
    info,
    dev.map((row) => ({
      sourceLang: 'en',
      targetLang: 'zh',
      ...(keyedByMt ? {} : { source: row.src }),
      mt: row.mt,
      target: row.pe,
      createdAt: row.id,
      changedAt: row.id,
    })),
  );
}

/** Percentages in the bands CAT tools report (memoQ's). */
function bands(scores: readonly (number | undefined)[]): Record<string, number> {
  const band = (s: number | undefined) =>
    s === undefined
      ? 'none'
      : s >= 101
        ? '101'
        : s === 100
          ? '100'
          : s >= 95
            ? '95-99'
            : s >= 85
              ? '85-94'
              : s >= 75
                ? '75-84'
                : '70-74';
  const out: Record<string, number> = {};
  for (const s of scores) out[band(s)] = (out[band(s)] ?? 0) + 1;
  return out;
}

describe.skipIf(!present)('translation memory on MLQE-PE en-zh', { timeout: 20_000 }, () => {
  const dev = present ? mlqeRows('dev')! : [];
  const test = present ? mlqeRows('test20')! : [];
  const memory = devMemory(dev);
  const vocabulary = vocabularyOf([...dev, ...test].map((r) => r.src));

  type Result = { row: MlqeRow; query: string; best?: TmMatch };
  const looked = new Map<Perturbation, Result[]>();
  /** Near-duplicates of every dev source of one kind, looked up once: [row, query, best match]. */
  function lookUp(kind: Perturbation): Result[] {
    const random = seededRandom(kind.length * 1000 + 16);
    const results =
      looked.get(kind) ??
      dev.flatMap((row) => {
        const query = perturb(row.src, kind, random, vocabulary);
        return query === undefined
          ? []
          : [{ row, query, best: memory.lookup({ source: query })[0] }];
      });
    looked.set(kind, results);
    return results;
  }

  for (const kind of ['word', 'number', 'punctuation'] as const) {
    it(`finds the dev sentence first for every near-duplicate with a ${kind} changed`, () => {
      const results = lookUp(kind);
      const right = results.filter((r) => r.best?.unit.source === r.row.src).length;
      console.log(
        `MLQE-PE dev, ${kind} changed: precision@1 ${right}/${results.length}; percentages ${JSON.stringify(bands(results.map((r) => r.best?.score)))}`,
      );
      expect(right).toBe(results.length);
    });
  }

  it('gives one word changed the percentage of the formula: ⌊100 · (n − 1) / n⌋ for n content tokens', () => {
    for (const { row, query, best } of lookUp('word')) {
      const n = matchTokens(row.src).filter(isContent).length;
      expect(best?.score, query).toBe(Math.floor((100 * (n - 1)) / n));
    }
  });

  it('gives a changed number 99 % and puts the new number into the post-edit when it is there', () => {
    const results = lookUp('number');
    expect(results.length).toBeGreaterThan(200);
    for (const { best } of results) expect(best?.score).toBeGreaterThanOrEqual(98);
    const substituted = results.filter((r) => r.best?.substitutions.length === 1);
    console.log(
      `MLQE-PE dev, number changed: substituted in the post-edit ${substituted.length}/${results.length}`,
    );
    expect(substituted.length / results.length).toBeGreaterThan(0.8);
    for (const { best } of substituted) expect(best?.score).toBe(99);
  });

  it('gives changed punctuation 99 %', () => {
    for (const { best } of lookUp('punctuation')) expect(best?.score).toBe(99);
  });

  it('finds the dev unit first when its Chinese MT has one character replaced (MT lookup)', () => {
    const byMt = devMemory(dev, true);
    const random = seededRandom(1601);
    let right = 0;
    const scores: number[] = [];
    for (const row of dev) {
      const chars = [...row.mt];
      const at = chars.flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
      const i = at[Math.floor(random() * at.length)];
      if (i === undefined) continue;
      chars[i] = chars[i] === '的' ? '地' : '的';
      const best = byMt.lookup({ mt: chars.join('') })[0];
      if (best?.unit.mt === row.mt) right++;
      scores.push(best?.score ?? 0);
    }
    console.log(
      `MLQE-PE dev, MT with a character replaced: precision@1 ${right}/${scores.length}; percentages ${JSON.stringify(bands(scores))}`,
    );
    expect(right).toBe(scores.length);
  });

  it('scores the test sentences, other sentences, 95 % or more only where they are near-duplicates', () => {
    const best = test.map((row) => ({ row, match: memory.lookup({ source: row.src })[0] }));
    console.log(
      `MLQE-PE test20 sources against dev: best percentages ${JSON.stringify(bands(best.map((b) => b.match?.score)))}`,
    );
    // Wikipedia has template sentences: "Lycoming County at 14.0273 mills and Tioga County at …"
    // differs from a dev sentence in its numbers alone, a true 99 %.
    for (const { row, match } of best) {
      if (match === undefined || match.score < 95) continue;
      expect(scoreMatch(row.src, match.unit.source!, '').edits, row.src).toBe(0);
    }
    expect(best.filter((b) => b.match !== undefined).length).toBeLessThan(20);
  });

  it('finds the same best percentage through the index as by scoring every unit (60 test sentences, threshold 30)', () => {
    for (const row of test.slice(0, 60)) {
      const found = memory.lookup({ source: row.src }, { threshold: 30, limit: 1 })[0]?.score;
      let best: number | undefined;
      for (const unit of memory.units()) {
        const { score } = scoreMatch(row.src, unit.source!, unit.target);
        if (score >= 30 && (best === undefined || score > best)) best = score;
      }
      expect(found, row.src).toBe(best);
    }
  }, 30_000); // 60,000 full scorings on a shared 2-core machine
});

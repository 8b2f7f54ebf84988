/**
 * TER and HTER against third-party reference values in ../shared/data (see its README):
 *
 * - MLQE-PE en-zh dev (CC0): 1000 rows whose `hter_gold` sacreBLEU's default TER reproduces; our HTER
 *   must match every row to 1e-4, and the edit counts and post-edit lengths exactly.
 * - sacreBLEU's own TER test vectors (Apache-2.0): `sacrebleu_vectors.json` (sentence cases with
 *   options, one corpus case) and the TER cases of `sacrebleu_upstream_asserted.json` (corpus scores
 *   and tokenizer outputs). Every case is run: the tokenizer options they use (case-sensitive,
 *   normalized, no_punct, asian_support) are implemented. The one case given only as a pointer to
 *   sacreBLEU's test file is the corpus case of `sacrebleu_vectors.json`, run there.
 */
// @ts-nocheck

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentHter, hter } from '../../src/core/metrics/hter.ts';
import { rate, ter, terTokens, type TerOptions } from '../../src/core/metrics/ter.ts';
import { hasSharedData, sharedPath } from './shared-data.ts';

const MLQE = 'mlqe-pe-en-zh/en-zh-dev.with-ter.jsonl';
const VECTORS = 'metric-vectors/sacrebleu_vectors.json';
const ASSERTED = 'metric-vectors/sacrebleu_upstream_asserted.json';

interface MlqeRow {
  readonly id: number;
  readonly mt: string;
  readonly pe: string;
  readonly hter_gold: number;
  readonly ter_num_edits: number;
  readonly pe_len: number;
}

/** sacreBLEU's option names → ours. */
function terOptions(options: Record<string, boolean | undefined>): TerOptions {
  return {
    caseSensitive: options['case_sensitive'] === true,
    normalized: options['normalized'] === true,
    noPunct: options['no_punct'] === true,
    asianSupport: options['asian_support'] === true,
  };
}

/** Corpus TER in percent: total edits over total reference words (sacreBLEU `corpus_score`). */
function corpusTer(hyps: readonly string[], refs: readonly string[], options: TerOptions = {}) {
  let edits = 0;
  let refLength = 0;
  hyps.forEach((h, i) => {
    const r = ter(h, refs[i] ?? '', options);
    edits += r.edits;
    refLength += r.refLength;
  });
  return { edits, refLength, score: 100 * rate(edits, refLength) };
}

/**
 * A shared file's text; '' when it is absent. Vitest runs a skipped describe's body to collect its
 * tests, so the body must not fail to read what is missing.
 */
function sharedText(relative: string): string {
  return existsSync(sharedPath(relative)) ? readFileSync(sharedPath(relative), 'utf8') : '';
}

/** A shared JSON file, or `absent` when the file is not there (its describe is skipped then). */
function readJson<T>(relative: string, absent: T): T {
  const text = sharedText(relative);
  return text === '' ? absent : (JSON.parse(text) as T);
}

describe.skipIf(!hasSharedData(MLQE))('HTER on the MLQE-PE en-zh dev set', () => {
  const rows = sharedText(MLQE)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as MlqeRow);

  it('has the 1000 rows the README describes', () => {
    expect(rows).toHaveLength(1000);
  });

  it('matches hter_gold on every row to 1e-4, with the same edit counts and post-edit lengths', () => {
    const mismatches: string[] = [];
    let maxError = 0;
    for (const row of rows) {
      const result = hter(row.mt, row.pe);
      const error = Math.abs(result.hter - row.hter_gold);
      maxError = Math.max(maxError, error);
      if (error > 1e-4 || result.edits !== row.ter_num_edits || result.refLength !== row.pe_len) {
        mismatches.push(
          `row ${row.id}: hter ${result.hter} (gold ${row.hter_gold}), edits ${result.edits} (${row.ter_num_edits}), length ${result.refLength} (${row.pe_len})`,
        );
      }
    }
    expect(mismatches).toEqual([]);
    // Gold values are rounded to 6 decimals.
    expect(maxError).toBeLessThan(5e-7 + 1e-12);
  });

  it('aggregates the document as total edits over total post-edit words', () => {
    const doc = documentHter(rows.map((r) => hter(r.mt, r.pe)));
    const edits = rows.reduce((sum, r) => sum + r.ter_num_edits, 0);
    const length = rows.reduce((sum, r) => sum + r.pe_len, 0);
    expect(doc).toEqual({ edits, refLength: length, hter: Math.min(1, edits / length) });
  });
});

describe.skipIf(!hasSharedData(VECTORS))('sacreBLEU TER vectors (sacrebleu_vectors.json)', () => {
  interface Case {
    readonly hyp: string;
    readonly ref: string;
    readonly options: Record<string, boolean>;
    readonly score: number;
    readonly num_edits: number;
    readonly ref_length: number;
  }
  const vectors = readJson<{
    ter: Case[];
    ter_corpus: {
      hyps: string[];
      refs: string[];
      score: number;
      num_edits: number;
      ref_length: number;
    };
  }>(VECTORS, {
    ter: [],
    ter_corpus: { hyps: [], refs: [], score: 0, num_edits: 0, ref_length: 0 },
  });

  it.each(vectors.ter.map((c) => [`${c.hyp} | ${c.ref} ${JSON.stringify(c.options)}`, c] as const))(
    'gives the sentence score of %s',
    (_, c) => {
      const result = ter(c.hyp, c.ref, terOptions(c.options));
      expect(result.edits).toBe(c.num_edits);
      expect(result.refLength).toBe(c.ref_length);
      expect(100 * result.score).toBeCloseTo(c.score, 4);
    },
  );

  it('gives the corpus score of the five German WMT19 sentences', () => {
    const { hyps, refs } = vectors.ter_corpus;
    const result = corpusTer(hyps, refs);
    expect(result.edits).toBe(vectors.ter_corpus.num_edits);
    expect(result.refLength).toBe(vectors.ter_corpus.ref_length);
    expect(result.score).toBeCloseTo(vectors.ter_corpus.score, 4);
  });
});

describe.skipIf(!hasSharedData(ASSERTED))('sacreBLEU upstream TER assertions', () => {
  const asserted = readJson<{
    ter_corpus_default: { cases: { hyps: unknown; refs?: string[]; expected: number }[] };
    ter_tokenizer: { cases: { opts: Record<string, boolean>; in: string; out: string }[] };
  }>(ASSERTED, { ter_corpus_default: { cases: [] }, ter_tokenizer: { cases: [] } });
  const corpusCases = asserted.ter_corpus_default.cases.filter(
    (c): c is { hyps: string[]; refs: string[]; expected: number } => Array.isArray(c.hyps),
  );

  it('has runnable corpus cases (the pointer-only case is the corpus case of the other file)', () => {
    expect(corpusCases.length).toBe(asserted.ter_corpus_default.cases.length - 1);
  });

  it.each(corpusCases.map((c) => [JSON.stringify(c.hyps), c] as const))(
    'gives the asserted corpus score for %s',
    (_, c) => {
      // sacreBLEU's tests assert to 1e-3.
      expect(Math.abs(corpusTer(c.hyps, c.refs).score - c.expected)).toBeLessThan(1e-3);
    },
  );

  it.each(asserted.ter_tokenizer.cases.map((c) => [c.in, JSON.stringify(c.opts), c] as const))(
    'tokenizes %s with %s as asserted',
    (_, __, c) => {
      expect(terTokens(c.in, terOptions(c.opts)).join(' ')).toBe(c.out);
    },
  );
});

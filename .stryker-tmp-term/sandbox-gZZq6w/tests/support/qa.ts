// @ts-nocheck
import { readFileSync } from 'node:fs';
import type { Segment, SegmentStatus } from '../../src/core/model/model.ts';
import { checkSegment, runChecks, type Finding, type QaContext } from '../../src/core/qa/index.ts';
import { createSpeller } from '../../src/core/qa/speller.ts';
import type { Speller } from '../../src/core/qa/types.ts';
import { splitParagraphs } from '../../src/core/text/paragraphs.ts';

/** A segment whose correction is `text` (the MT too unless given). */
export function seg(
  text: string,
  options: { id?: string; mt?: string; source?: string; status?: SegmentStatus } = {},
): Segment {
  const mt = options.mt ?? text;
  return {
    id: options.id ?? 's1',
    mt,
    text,
    ...(options.source === undefined ? {} : { source: options.source }),
    status: options.status ?? (text === mt ? 'new' : 'edited'),
    comments: [],
    revisionCount: 1,
    updatedAt: 0,
  };
}

/** A context with no terms, no speller, English target. */
export const CTX: QaContext = { terms: [], projectWords: [], targetLang: 'en' };

/** The findings of one rule for one segment checked alone. */
export function findingsOf(rule: string, segment: Segment, ctx: QaContext = CTX): Finding[] {
  return checkSegment(segment, ctx).filter((f) => f.rule === rule);
}

/** The findings of one rule over a whole document. */
export function documentFindings(
  rule: string,
  segments: Segment[],
  ctx: QaContext = CTX,
): Finding[] {
  return runChecks(segments, ctx).filter((f) => f.rule === rule);
}

/**
 * dictionary-en's Hunspell files, read from node_modules as a Node program reads them (the package
 * exports only index.js, which does the same with fs; the worker and the CLI import the two files with
 * Vite's `?raw` instead).
 */
export function englishDictionary(): { aff: string; dic: string } {
  const dir = new URL('../../node_modules/dictionary-en/', import.meta.url);
  return {
    aff: readFileSync(new URL('index.aff', dir), 'utf8'),
    dic: readFileSync(new URL('index.dic', dir), 'utf8'),
  };
}

let speller: Speller | undefined;
/** One English speller for the whole test file (building it takes ≈ 150 ms). */
export function englishSpeller(): Speller {
  if (!speller) {
    const { aff, dic } = englishDictionary();
    speller = createSpeller(aff, dic, []);
  }
  return speller;
}

/** The seed document as fresh segments s1…s19 (every one `new`, text = MT). */
export function seedSegments(): Segment[] {
  const text = readFileSync(
    new URL('../../corpus/000_bf2c9c8ccc29718b.txt', import.meta.url),
    'utf8',
  );
  return splitParagraphs(text).map((t, i) => seg(t, { id: `s${i + 1}` }));
}

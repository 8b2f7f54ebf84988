/**
 * What cross-segment checks need to know about the whole document: which segment first has a given
 * text or MT (duplicates), the length model fitted to the document's source/target pairs (length
 * outliers), and the phrase variants (variants). Computed once per run, reused by live checks of one
 * segment until the next run. Plain data (Maps, arrays): it can cross a worker boundary.
 */
// @ts-nocheck

import { fitModel, lengthModelFor, type LengthModel } from '../align/length-model.ts';
import { lengthIn, unitOfLanguage } from '../align/script.ts';
import type { Segment } from '../model/model.ts';
import { duplicateKey, MIN_DUPLICATE_WORDS } from './duplicates.ts';
import { sourceUnitOf } from './length-ratio.ts';
import type { QaContext } from './types.ts';
import { scanDocument, type ScannedDocument } from '../text/document-scan.ts';
import { TextFlags } from '../text/words.ts';
import { wordSequence } from './phrases.ts';
import { buildVariantIndex, type VariantIndex } from './variants.ts';

/** The first earlier segment with the same text (or else MT). */
export interface DuplicateOf {
  readonly index: number;
  readonly by: 'text' | 'mt';
}

/** Statistics of a document (see the file comment). */
export interface DocumentStats {
  /** Position of each segment in the document. */
  readonly indexById: ReadonlyMap<string, number>;
  /** The text each segment had when the statistics were computed (by position). */
  readonly texts: readonly string[];
  /**
   * Per position, the earlier segment it duplicates (`text` or `mt` first), precomputed for the texts
   * above; a live check of a changed text looks it up again in the maps below.
   */
  readonly duplicateOf: readonly (DuplicateOf | undefined)[];
  /** First position of each text (spaces collapsed), and of each MT. */
  readonly firstByText: ReadonlyMap<string, number>;
  readonly firstByMt: ReadonlyMap<string, number>;
  /** Source → target length model refitted to this document; absent without sources. */
  readonly sourceModel?: LengthModel;
  readonly variants: VariantIndex;
}

/**
 * The statistics of `segments` (excluded segments are left out: they are not part of the edition).
 * `scanned` is the scan of the segments' texts, when the caller has it.
 */
export function documentStats(
  segments: readonly Segment[],
  ctx: Pick<QaContext, 'sourceLang' | 'targetLang'>,
  scanned: ScannedDocument = scanDocument(segments.map((s) => s.text)),
): DocumentStats {
  const indexById = new Map<string, number>();
  const texts: string[] = [];
  const duplicateOf: (DuplicateOf | undefined)[] = [];
  const firstByText = new Map<string, number>();
  const firstByMt = new Map<string, number>();
  const pairs: [number, number][] = [];
  const targetUnit = unitOfLanguage(ctx.targetLang) ?? 'words';
  let sourceUnit: ReturnType<typeof sourceUnitOf> | undefined;
  segments.forEach((segment, index) => {
    indexById.set(segment.id, index);
    texts.push(segment.text);
    duplicateOf.push(undefined);
    if (segment.status === 'excluded') return;
    if (scanned.offsets[index + 1]! - scanned.offsets[index]! < MIN_DUPLICATE_WORDS) return;
    // The scanner noticed whether the text needs its spaces normalised: no regex for most texts.
    const normalised = (scanned.textFlags[index]! & TextFlags.UNNORMALISED_SPACE) === 0;
    const text = normalised ? segment.text : duplicateKey(segment.text);
    const mt = segment.mt === segment.text ? text : duplicateKey(segment.mt);
    const firstText = firstByText.get(text);
    const firstMt = mt === '' ? undefined : firstByMt.get(mt);
    if (firstText !== undefined) duplicateOf[index] = { index: firstText, by: 'text' };
    else if (firstMt !== undefined) duplicateOf[index] = { index: firstMt, by: 'mt' };
    if (firstText === undefined && text !== '') firstByText.set(text, index);
    if (firstMt === undefined && mt !== '') firstByMt.set(mt, index);
    if (segment.source?.trim()) {
      sourceUnit ??= sourceUnitOf(segment.source, ctx.sourceLang);
      pairs.push([lengthIn(segment.source, sourceUnit), lengthIn(segment.text, targetUnit)]);
    }
  });
  return {
    indexById,
    texts,
    duplicateOf,
    firstByText,
    firstByMt,
    ...(sourceUnit === undefined
      ? {}
      : { sourceModel: fitModel(lengthModelFor(sourceUnit, targetUnit), pairs) }),
    variants: buildVariantIndex(wordSequence(scanned, (t) => segments[t]?.status !== 'excluded')),
  };
}

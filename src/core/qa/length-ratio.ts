/**
 * `length-ratio`: a correction much shorter or longer than it should be — a sentence dropped, a
 * paragraph pasted twice. Measured with the aligner's length model (Gale & Church; see
 * align/length-model.ts): against the source when there is one, in each side's unit (CJK characters,
 * words), with the model refitted to the document; else against the MT, word for word.
 */
import { lengthModelFor, type LengthModel } from '../align/length-model.ts';
import { lengthIn, unitOfLanguage, type LengthUnit } from '../align/script.ts';
import type { Check } from './check.ts';
import { countWords, TextFlags } from '../text/words.ts';
import { withoutPlaceholders } from '../model/inline-codes.ts';

/**
 * |δ| above which a length is an outlier: for right alignment links |δ| > 3 happens 0.4% of the time
 * (length-model.ts), so at 3.5 a flagged segment is very likely wrong.
 */
export const OUTLIER_DELTA = 3.5;
/** Segments this short (in target units, either side) vary too much to judge. */
const MIN_UNITS = 6;

/** The source's length unit: from its language tag, else from its script. */
export function sourceUnitOf(source: string, lang: string | undefined): LengthUnit {
  return (
    unitOfLanguage(lang) ??
    (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(source)
      ? 'cjk'
      : 'words')
  );
}

/** Standardised deviation of target length `y` from what source length `x` predicts. */
export function lengthDelta(x: number, y: number, model: LengthModel): number {
  const mean = Math.max(1, (model.ratio * x + y) / 2);
  return (y - model.ratio * x) / Math.sqrt(model.variance * mean);
}

/** Flags the whole segment when |δ| > {@link OUTLIER_DELTA}, with its length as a share of the expected. */
export const lengthRatioCheck: Check = {
  id: 'length-ratio',
  run({ segment, scan: { text, words, flags, protectedSpans }, context, doc }, report) {
    // Codes take no room in a translation's length (issue 11 item 7).
    const source = withoutPlaceholders(segment.source ?? '');
    const mt = withoutPlaceholders(segment.mt);
    const targetUnit = unitOfLanguage(context.ctx.targetLang) ?? 'words';
    let x: number;
    let model: LengthModel;
    let key: 'source' | 'mt';
    if (source.trim() !== '') {
      const sourceUnit = sourceUnitOf(source, context.ctx.sourceLang);
      x = lengthIn(source, sourceUnit);
      model = doc?.sourceModel ?? lengthModelFor(sourceUnit, targetUnit);
      key = 'source';
    } else {
      if (text === segment.mt || mt.trim() === '') return;
      x = targetUnit === 'words' ? countWords(mt) : lengthIn(mt, targetUnit);
      model = lengthModelFor(targetUnit, targetUnit);
      key = 'mt';
    }
    // Against the MT both sides are counted alike, by `countWords`; the scanner's words are the same
    // count when the text has nothing but ASCII outside them (no CJK character) and no URL, address
    // or placeholder (whose words the scanner leaves out).
    const y =
      key !== 'mt' || targetUnit !== 'words'
        ? lengthIn(withoutPlaceholders(text), targetUnit)
        : (flags & TextFlags.NON_ASCII) === 0 && protectedSpans.length === 0
          ? words.length
          : countWords(withoutPlaceholders(text));
    if (Math.max(model.ratio * x, y) < MIN_UNITS) return;
    const delta = lengthDelta(x, y, model);
    if (Math.abs(delta) <= OUTLIER_DELTA) return;
    const expected = Math.max(1, Math.round(model.ratio * x));
    report({
      rule: 'length-ratio',
      severity: 'warning',
      start: 0,
      end: text.length,
      key: `qa.lengthRatio.${delta < 0 ? 'short' : 'long'}${key === 'source' ? 'Source' : 'Mt'}`,
      params: { percent: Math.round((100 * y) / expected) },
    });
  },
};

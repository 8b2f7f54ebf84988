/**
 * Translation Edit Rate with block shifts (Snover et al. 2006, "A Study of Translation Edit Rate with
 * Targeted Human Annotation"), computed as sacreBLEU 2.x does (`sacrebleu/metrics/lib_ter.py`, which
 * follows Tercom): greedily apply the block shift that lowers the word edit distance most, until none
 * does, then add the remaining edit distance. Each shift costs one edit, whatever its length.
 * sacreBLEU's limits are kept: shifted blocks of at most 10 words, moved at most 50 positions, a
 * 25-wide beam in the edit distance, and at most 1,000 shift candidates evaluated per sentence.
 *
 * Verified against sacreBLEU's own test vectors and the MLQE-PE en-zh reference HTER
 * (tests/conformance/metrics.test.ts).
 */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { alignment, BeamEditDistance } from './beam-edit-distance.ts';
import { terText, terTokens, type TerOptions } from './ter-tokenizer.ts';
import { terWords } from './ter-words.ts';
export type { TerOptions } from './ter-tokenizer.ts';
export { terTokens } from './ter-tokenizer.ts';

/** sacreBLEU's `_MAX_SHIFT_SIZE`: longest block a shift moves. */
const MAX_SHIFT_SIZE = 10;
/** sacreBLEU's `_MAX_SHIFT_DIST`: farthest a block's start may be from the matching reference words. */
const MAX_SHIFT_DIST = 50;
/** sacreBLEU's `_MAX_SHIFT_CANDIDATES`: shift candidates evaluated per sentence, all rounds together. */
const MAX_SHIFT_CANDIDATES = 1000;

/** TER of one hypothesis against one reference. */
export interface TerResult {
  /** Edits: insertions, deletions, substitutions and block shifts. */
  readonly edits: number;
  /** Words (tokens) of the reference. */
  readonly refLength: number;
  /**
   * `edits / refLength` as a fraction (sacreBLEU reports 100 × this); with an empty reference, 1 when
   * there are edits and 0 when there are none, as in sacreBLEU. Not capped: see hter.ts.
   */
  readonly score: number;
  /** How many of the edits are block shifts. */
  readonly shifts: number;
}

/**
 * TER of `hypothesis` against `reference`, sacreBLEU-compatible: case-insensitive by default, tokens
 * are the whitespace-separated tokens (see {@link terTokens} for the options).
 */
export function ter(hypothesis: string, reference: string, options: TerOptions = {}): TerResult {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    // An unchanged segment (a third of a reviewed document): no edit, tokenized once.
    if (stryMutAct_9fa48("3") ? hypothesis !== reference : stryMutAct_9fa48("2") ? false : stryMutAct_9fa48("1") ? true : (stryCov_9fa48("1", "2", "3"), hypothesis === reference)) {
      if (stryMutAct_9fa48("4")) {
        {}
      } else {
        stryCov_9fa48("4");
        return stryMutAct_9fa48("5") ? {} : (stryCov_9fa48("5"), {
          edits: 0,
          refLength: terTokens(reference, options).length,
          score: 0,
          shifts: 0
        });
      }
    }
    const {
      hyp,
      ref,
      words
    } = terWords(terText(hypothesis, options), terText(reference, options));
    const {
      edits,
      shifts
    } = editRate(hyp, ref, words);
    return stryMutAct_9fa48("6") ? {} : (stryCov_9fa48("6"), {
      edits,
      refLength: ref.length,
      score: rate(edits, ref.length),
      shifts
    });
  }
}

/** TER of already tokenized text (the tokens compared exactly). */
export function terOfTokens(hypothesis: readonly string[], reference: readonly string[]): TerResult {
  if (stryMutAct_9fa48("7")) {
    {}
  } else {
    stryCov_9fa48("7");
    const ids = new Map<string, number>();
    const ref = reference.map(token => {
      if (stryMutAct_9fa48("8")) {
        {}
      } else {
        stryCov_9fa48("8");
        let id = ids.get(token);
        if (stryMutAct_9fa48("11") ? id !== undefined : stryMutAct_9fa48("10") ? false : stryMutAct_9fa48("9") ? true : (stryCov_9fa48("9", "10", "11"), id === undefined)) ids.set(token, id = ids.size);
        return id;
      }
    });
    // Hypothesis words the reference lacks all get one number (as in ter-words.ts): each differs from
    // every reference word, so they play the same part in the edit distance and in shifts (both only
    // compare with reference words), and the edit distance's row cache may share their rows.
    const other = ids.size;
    const hyp = hypothesis.map(stryMutAct_9fa48("12") ? () => undefined : (stryCov_9fa48("12"), token => stryMutAct_9fa48("13") ? ids.get(token) && other : (stryCov_9fa48("13"), ids.get(token) ?? other)));
    const {
      edits,
      shifts
    } = editRate(hyp, ref, stryMutAct_9fa48("14") ? other - 1 : (stryCov_9fa48("14"), other + 1));
    return stryMutAct_9fa48("15") ? {} : (stryCov_9fa48("15"), {
      edits,
      refLength: ref.length,
      score: rate(edits, ref.length),
      shifts
    });
  }
}

/** sacreBLEU's score from totals: edits per reference word, with its empty-reference convention. */
export function rate(edits: number, refLength: number): number {
  if (stryMutAct_9fa48("16")) {
    {}
  } else {
    stryCov_9fa48("16");
    if (stryMutAct_9fa48("20") ? refLength <= 0 : stryMutAct_9fa48("19") ? refLength >= 0 : stryMutAct_9fa48("18") ? false : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18", "19", "20"), refLength > 0)) return stryMutAct_9fa48("21") ? edits * refLength : (stryCov_9fa48("21"), edits / refLength);
    return (stryMutAct_9fa48("25") ? edits <= 0 : stryMutAct_9fa48("24") ? edits >= 0 : stryMutAct_9fa48("23") ? false : stryMutAct_9fa48("22") ? true : (stryCov_9fa48("22", "23", "24", "25"), edits > 0)) ? 1 : 0;
  }
}

/** sacreBLEU `translation_edit_rate`. */
function editRate(hyp: readonly number[], ref: readonly number[], vocabulary: number): {
  edits: number;
  shifts: number;
} {
  if (stryMutAct_9fa48("26")) {
    {}
  } else {
    stryCov_9fa48("26");
    // An empty reference: every hypothesis word is deleted (sacreBLEU's special case).
    if (stryMutAct_9fa48("29") ? ref.length !== 0 : stryMutAct_9fa48("28") ? false : stryMutAct_9fa48("27") ? true : (stryCov_9fa48("27", "28", "29"), ref.length === 0)) return stryMutAct_9fa48("30") ? {} : (stryCov_9fa48("30"), {
      edits: hyp.length,
      shifts: 0
    });
    // Equal texts need no shift (sacreBLEU would try candidates and reject them all).
    if (stryMutAct_9fa48("33") ? hyp.length === ref.length || hyp.every((w, i) => w === ref[i]) : stryMutAct_9fa48("32") ? false : stryMutAct_9fa48("31") ? true : (stryCov_9fa48("31", "32", "33"), (stryMutAct_9fa48("35") ? hyp.length !== ref.length : stryMutAct_9fa48("34") ? true : (stryCov_9fa48("34", "35"), hyp.length === ref.length)) && (stryMutAct_9fa48("36") ? hyp.some((w, i) => w === ref[i]) : (stryCov_9fa48("36"), hyp.every(stryMutAct_9fa48("37") ? () => undefined : (stryCov_9fa48("37"), (w, i) => stryMutAct_9fa48("40") ? w !== ref[i] : stryMutAct_9fa48("39") ? false : stryMutAct_9fa48("38") ? true : (stryCov_9fa48("38", "39", "40"), w === ref[i]))))))) return stryMutAct_9fa48("41") ? {} : (stryCov_9fa48("41"), {
      edits: 0,
      shifts: 0
    });
    const ed = new BeamEditDistance(ref, vocabulary);
    const refPositions = positionsOf(ref, vocabulary);
    let words = hyp;
    let shifts = 0;
    let checked = 0;
    if (stryMutAct_9fa48("42")) {
      for (; false;) {
        const best = bestShift(words, ref, refPositions, ed, checked);
        checked = best.checked;
        // As in sacreBLEU, running out of candidates discards the round's shift too.
        if (checked >= MAX_SHIFT_CANDIDATES || best.gain <= 0) break;
        shifts += 1;
        words = best.words;
      }
    } else {
      stryCov_9fa48("42");
      for (;;) {
        if (stryMutAct_9fa48("43")) {
          {}
        } else {
          stryCov_9fa48("43");
          const best = bestShift(words, ref, refPositions, ed, checked);
          checked = best.checked;
          // As in sacreBLEU, running out of candidates discards the round's shift too.
          if (stryMutAct_9fa48("46") ? checked >= MAX_SHIFT_CANDIDATES && best.gain <= 0 : stryMutAct_9fa48("45") ? false : stryMutAct_9fa48("44") ? true : (stryCov_9fa48("44", "45", "46"), (stryMutAct_9fa48("49") ? checked < MAX_SHIFT_CANDIDATES : stryMutAct_9fa48("48") ? checked > MAX_SHIFT_CANDIDATES : stryMutAct_9fa48("47") ? false : (stryCov_9fa48("47", "48", "49"), checked >= MAX_SHIFT_CANDIDATES)) || (stryMutAct_9fa48("52") ? best.gain > 0 : stryMutAct_9fa48("51") ? best.gain < 0 : stryMutAct_9fa48("50") ? false : (stryCov_9fa48("50", "51", "52"), best.gain <= 0)))) break;
          stryMutAct_9fa48("53") ? shifts -= 1 : (stryCov_9fa48("53"), shifts += 1);
          words = best.words;
        }
      }
    }
    const edits = stryMutAct_9fa48("54") ? shifts - ed.cost(words) : (stryCov_9fa48("54"), shifts + ed.cost(words));
    ed.release();
    return stryMutAct_9fa48("55") ? {} : (stryCov_9fa48("55"), {
      edits,
      shifts
    });
  }
}

/**
 * Where each word occurs in the reference, in order: the positions of word `w` are
 * `positions[start[w]]` up to (not including) `positions[start[w + 1]]`.
 */
interface Positions {
  readonly start: readonly number[];
  readonly positions: readonly number[];
}

/** {@link Positions} of `ref` (a counting sort: words are numbers below `vocabulary`). */
function positionsOf(ref: readonly number[], vocabulary: number): Positions {
  if (stryMutAct_9fa48("56")) {
    {}
  } else {
    stryCov_9fa48("56");
    const start = (stryMutAct_9fa48("57") ? new Array() : (stryCov_9fa48("57"), new Array<number>(stryMutAct_9fa48("58") ? vocabulary - 1 : (stryCov_9fa48("58"), vocabulary + 1)))).fill(0);
    for (const word of ref) stryMutAct_9fa48("59") ? start[word + 1]! -= 1 : (stryCov_9fa48("59"), start[stryMutAct_9fa48("60") ? word - 1 : (stryCov_9fa48("60"), word + 1)]! += 1);
    for (let w = 0; stryMutAct_9fa48("63") ? w >= vocabulary : stryMutAct_9fa48("62") ? w <= vocabulary : stryMutAct_9fa48("61") ? false : (stryCov_9fa48("61", "62", "63"), w < vocabulary); stryMutAct_9fa48("64") ? w -= 1 : (stryCov_9fa48("64"), w += 1)) stryMutAct_9fa48("65") ? start[w + 1]! -= start[w]! : (stryCov_9fa48("65"), start[stryMutAct_9fa48("66") ? w - 1 : (stryCov_9fa48("66"), w + 1)]! += start[w]!);
    const next = stryMutAct_9fa48("67") ? start : (stryCov_9fa48("67"), start.slice(0, vocabulary));
    const positions = (stryMutAct_9fa48("68") ? new Array() : (stryCov_9fa48("68"), new Array<number>(ref.length))).fill(0);
    ref.forEach((word, r) => {
      if (stryMutAct_9fa48("69")) {
        {}
      } else {
        stryCov_9fa48("69");
        positions[next[word]!] = r;
        stryMutAct_9fa48("70") ? next[word]! -= 1 : (stryCov_9fa48("70"), next[word]! += 1);
      }
    });
    return stryMutAct_9fa48("71") ? {} : (stryCov_9fa48("71"), {
      start,
      positions
    });
  }
}
interface Shift {
  readonly gain: number;
  readonly words: readonly number[];
  readonly checked: number;
}

/**
 * sacreBLEU `_shift`: of all shifts of a block of hypothesis words onto matching reference words, the
 * one that lowers the edit distance most (ties: longer block, earlier block, earlier target). The
 * blocks are those of sacreBLEU's `_find_shifted_pairs`, in its order: for each hypothesis position h,
 * each reference position r within 50 of it where the words match, blocks of 1 to 10 matching words.
 */
function bestShift(words: readonly number[], ref: readonly number[], refPositions: Positions, ed: BeamEditDistance, checked: number): Shift {
  if (stryMutAct_9fa48("72")) {
    {}
  } else {
    stryCov_9fa48("72");
    const {
      start,
      positions
    } = refPositions;
    const {
      cost: before,
      trace
    } = ed.distance(words);
    const {
      align,
      refErr,
      hypErr
    } = alignment(trace);
    let best: {
      gain: number;
      length: number;
      startH: number;
      idx: number;
      words: readonly number[];
    } | undefined;
    for (let startH = 0; stryMutAct_9fa48("75") ? startH >= words.length : stryMutAct_9fa48("74") ? startH <= words.length : stryMutAct_9fa48("73") ? false : (stryCov_9fa48("73", "74", "75"), startH < words.length); stryMutAct_9fa48("76") ? startH -= 1 : (stryCov_9fa48("76"), startH += 1)) {
      if (stryMutAct_9fa48("77")) {
        {}
      } else {
        stryCov_9fa48("77");
        const word = words[startH]!;
        for (let p = start[word]!; stryMutAct_9fa48("80") ? p >= start[word + 1]! : stryMutAct_9fa48("79") ? p <= start[word + 1]! : stryMutAct_9fa48("78") ? false : (stryCov_9fa48("78", "79", "80"), p < start[stryMutAct_9fa48("81") ? word - 1 : (stryCov_9fa48("81"), word + 1)]!); stryMutAct_9fa48("82") ? p -= 1 : (stryCov_9fa48("82"), p += 1)) {
          if (stryMutAct_9fa48("83")) {
            {}
          } else {
            stryCov_9fa48("83");
            const startR = positions[p]!;
            if (stryMutAct_9fa48("87") ? startR >= startH - MAX_SHIFT_DIST : stryMutAct_9fa48("86") ? startR <= startH - MAX_SHIFT_DIST : stryMutAct_9fa48("85") ? false : stryMutAct_9fa48("84") ? true : (stryCov_9fa48("84", "85", "86", "87"), startR < (stryMutAct_9fa48("88") ? startH + MAX_SHIFT_DIST : (stryCov_9fa48("88"), startH - MAX_SHIFT_DIST)))) continue;
            if (stryMutAct_9fa48("92") ? startR <= startH + MAX_SHIFT_DIST : stryMutAct_9fa48("91") ? startR >= startH + MAX_SHIFT_DIST : stryMutAct_9fa48("90") ? false : stryMutAct_9fa48("89") ? true : (stryCov_9fa48("89", "90", "91", "92"), startR > (stryMutAct_9fa48("93") ? startH - MAX_SHIFT_DIST : (stryCov_9fa48("93"), startH + MAX_SHIFT_DIST)))) break;
            for (let length = 1; stryMutAct_9fa48("96") ? length > MAX_SHIFT_SIZE : stryMutAct_9fa48("95") ? length < MAX_SHIFT_SIZE : stryMutAct_9fa48("94") ? false : (stryCov_9fa48("94", "95", "96"), length <= MAX_SHIFT_SIZE); stryMutAct_9fa48("97") ? length -= 1 : (stryCov_9fa48("97"), length += 1)) {
              if (stryMutAct_9fa48("98")) {
                {}
              } else {
                stryCov_9fa48("98");
                if (stryMutAct_9fa48("101") ? words[startH + length - 1] === ref[startR + length - 1] : stryMutAct_9fa48("100") ? false : stryMutAct_9fa48("99") ? true : (stryCov_9fa48("99", "100", "101"), words[stryMutAct_9fa48("102") ? startH + length + 1 : (stryCov_9fa48("102"), (stryMutAct_9fa48("103") ? startH - length : (stryCov_9fa48("103"), startH + length)) - 1)] !== ref[stryMutAct_9fa48("104") ? startR + length + 1 : (stryCov_9fa48("104"), (stryMutAct_9fa48("105") ? startR - length : (stryCov_9fa48("105"), startR + length)) - 1)])) break;
                // Shift only a block that is wrong where it is, onto reference words not yet matched.
                const at = align[startR]!;
                if (stryMutAct_9fa48("108") ? anyError(hypErr, startH, length) && anyError(refErr, startR, length) || !(startH <= at && at < startH + length) : stryMutAct_9fa48("107") ? false : stryMutAct_9fa48("106") ? true : (stryCov_9fa48("106", "107", "108"), (stryMutAct_9fa48("110") ? anyError(hypErr, startH, length) || anyError(refErr, startR, length) : stryMutAct_9fa48("109") ? true : (stryCov_9fa48("109", "110"), anyError(hypErr, startH, length) && anyError(refErr, startR, length))) && (stryMutAct_9fa48("111") ? startH <= at && at < startH + length : (stryCov_9fa48("111"), !(stryMutAct_9fa48("114") ? startH <= at || at < startH + length : stryMutAct_9fa48("113") ? false : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113", "114"), (stryMutAct_9fa48("117") ? startH > at : stryMutAct_9fa48("116") ? startH < at : stryMutAct_9fa48("115") ? true : (stryCov_9fa48("115", "116", "117"), startH <= at)) && (stryMutAct_9fa48("120") ? at >= startH + length : stryMutAct_9fa48("119") ? at <= startH + length : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120"), at < (stryMutAct_9fa48("121") ? startH - length : (stryCov_9fa48("121"), startH + length)))))))))) {
                  if (stryMutAct_9fa48("122")) {
                    {}
                  } else {
                    stryCov_9fa48("122");
                    let prevIdx = stryMutAct_9fa48("123") ? +1 : (stryCov_9fa48("123"), -1);
                    for (let offset = stryMutAct_9fa48("124") ? +1 : (stryCov_9fa48("124"), -1); stryMutAct_9fa48("127") ? offset >= length : stryMutAct_9fa48("126") ? offset <= length : stryMutAct_9fa48("125") ? false : (stryCov_9fa48("125", "126", "127"), offset < length); stryMutAct_9fa48("128") ? offset -= 1 : (stryCov_9fa48("128"), offset += 1)) {
                      if (stryMutAct_9fa48("129")) {
                        {}
                      } else {
                        stryCov_9fa48("129");
                        let idx: number;
                        if (stryMutAct_9fa48("132") ? startR + offset !== -1 : stryMutAct_9fa48("131") ? false : stryMutAct_9fa48("130") ? true : (stryCov_9fa48("130", "131", "132"), (stryMutAct_9fa48("133") ? startR - offset : (stryCov_9fa48("133"), startR + offset)) === (stryMutAct_9fa48("134") ? +1 : (stryCov_9fa48("134"), -1)))) idx = 0;else if (stryMutAct_9fa48("138") ? startR + offset >= align.length : stryMutAct_9fa48("137") ? startR + offset <= align.length : stryMutAct_9fa48("136") ? false : stryMutAct_9fa48("135") ? true : (stryCov_9fa48("135", "136", "137", "138"), (stryMutAct_9fa48("139") ? startR - offset : (stryCov_9fa48("139"), startR + offset)) < align.length)) idx = stryMutAct_9fa48("140") ? align[startR + offset]! - 1 : (stryCov_9fa48("140"), align[stryMutAct_9fa48("141") ? startR - offset : (stryCov_9fa48("141"), startR + offset)]! + 1);else break;
                        if (stryMutAct_9fa48("144") ? idx !== prevIdx : stryMutAct_9fa48("143") ? false : stryMutAct_9fa48("142") ? true : (stryCov_9fa48("142", "143", "144"), idx === prevIdx)) continue;
                        prevIdx = idx;
                        const shifted = performShift(words, startH, length, idx);
                        const gain = stryMutAct_9fa48("145") ? before + ed.cost(shifted) : (stryCov_9fa48("145"), before - ed.cost(shifted));
                        stryMutAct_9fa48("146") ? checked -= 1 : (stryCov_9fa48("146"), checked += 1);
                        if (stryMutAct_9fa48("149") ? !best && better(gain, length, startH, idx, best) : stryMutAct_9fa48("148") ? false : stryMutAct_9fa48("147") ? true : (stryCov_9fa48("147", "148", "149"), (stryMutAct_9fa48("150") ? best : (stryCov_9fa48("150"), !best)) || better(gain, length, startH, idx, best))) {
                          if (stryMutAct_9fa48("151")) {
                            {}
                          } else {
                            stryCov_9fa48("151");
                            best = stryMutAct_9fa48("152") ? {} : (stryCov_9fa48("152"), {
                              gain,
                              length,
                              startH,
                              idx,
                              words: shifted
                            });
                          }
                        }
                      }
                    }
                    if (stryMutAct_9fa48("156") ? checked < MAX_SHIFT_CANDIDATES : stryMutAct_9fa48("155") ? checked > MAX_SHIFT_CANDIDATES : stryMutAct_9fa48("154") ? false : stryMutAct_9fa48("153") ? true : (stryCov_9fa48("153", "154", "155", "156"), checked >= MAX_SHIFT_CANDIDATES)) return result(best, words, checked);
                  }
                }
                if (stryMutAct_9fa48("159") ? startH + length === words.length && startR + length === ref.length : stryMutAct_9fa48("158") ? false : stryMutAct_9fa48("157") ? true : (stryCov_9fa48("157", "158", "159"), (stryMutAct_9fa48("161") ? startH + length !== words.length : stryMutAct_9fa48("160") ? false : (stryCov_9fa48("160", "161"), (stryMutAct_9fa48("162") ? startH - length : (stryCov_9fa48("162"), startH + length)) === words.length)) || (stryMutAct_9fa48("164") ? startR + length !== ref.length : stryMutAct_9fa48("163") ? false : (stryCov_9fa48("163", "164"), (stryMutAct_9fa48("165") ? startR - length : (stryCov_9fa48("165"), startR + length)) === ref.length)))) break;
              }
            }
          }
        }
      }
    }
    return result(best, words, checked);
  }
}
function result(best: {
  gain: number;
  words: readonly number[];
} | undefined, words: readonly number[], checked: number): Shift {
  if (stryMutAct_9fa48("166")) {
    {}
  } else {
    stryCov_9fa48("166");
    return best ? stryMutAct_9fa48("167") ? {} : (stryCov_9fa48("167"), {
      gain: best.gain,
      words: best.words,
      checked
    }) : stryMutAct_9fa48("168") ? {} : (stryCov_9fa48("168"), {
      gain: 0,
      words,
      checked
    });
  }
}

/** sacreBLEU's ranking tuple `(gain, length, -startH, -idx)` compared with Python's `>`. */
function better(gain: number, length: number, startH: number, idx: number, best: {
  gain: number;
  length: number;
  startH: number;
  idx: number;
}): boolean {
  if (stryMutAct_9fa48("169")) {
    {}
  } else {
    stryCov_9fa48("169");
    if (stryMutAct_9fa48("172") ? gain === best.gain : stryMutAct_9fa48("171") ? false : stryMutAct_9fa48("170") ? true : (stryCov_9fa48("170", "171", "172"), gain !== best.gain)) return stryMutAct_9fa48("176") ? gain <= best.gain : stryMutAct_9fa48("175") ? gain >= best.gain : stryMutAct_9fa48("174") ? false : stryMutAct_9fa48("173") ? true : (stryCov_9fa48("173", "174", "175", "176"), gain > best.gain);
    if (stryMutAct_9fa48("179") ? length === best.length : stryMutAct_9fa48("178") ? false : stryMutAct_9fa48("177") ? true : (stryCov_9fa48("177", "178", "179"), length !== best.length)) return stryMutAct_9fa48("183") ? length <= best.length : stryMutAct_9fa48("182") ? length >= best.length : stryMutAct_9fa48("181") ? false : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181", "182", "183"), length > best.length);
    if (stryMutAct_9fa48("186") ? startH === best.startH : stryMutAct_9fa48("185") ? false : stryMutAct_9fa48("184") ? true : (stryCov_9fa48("184", "185", "186"), startH !== best.startH)) return stryMutAct_9fa48("190") ? startH >= best.startH : stryMutAct_9fa48("189") ? startH <= best.startH : stryMutAct_9fa48("188") ? false : stryMutAct_9fa48("187") ? true : (stryCov_9fa48("187", "188", "189", "190"), startH < best.startH);
    return stryMutAct_9fa48("194") ? idx >= best.idx : stryMutAct_9fa48("193") ? idx <= best.idx : stryMutAct_9fa48("192") ? false : stryMutAct_9fa48("191") ? true : (stryCov_9fa48("191", "192", "193", "194"), idx < best.idx);
  }
}
function anyError(errors: readonly number[], start: number, length: number): boolean {
  if (stryMutAct_9fa48("195")) {
    {}
  } else {
    stryCov_9fa48("195");
    const end = stryMutAct_9fa48("196") ? Math.max(errors.length, start + length) : (stryCov_9fa48("196"), Math.min(errors.length, stryMutAct_9fa48("197") ? start - length : (stryCov_9fa48("197"), start + length)));
    for (let i = start; stryMutAct_9fa48("200") ? i >= end : stryMutAct_9fa48("199") ? i <= end : stryMutAct_9fa48("198") ? false : (stryCov_9fa48("198", "199", "200"), i < end); stryMutAct_9fa48("201") ? i -= 1 : (stryCov_9fa48("201"), i += 1)) if (stryMutAct_9fa48("203") ? false : stryMutAct_9fa48("202") ? true : (stryCov_9fa48("202", "203"), errors[i])) return stryMutAct_9fa48("204") ? false : (stryCov_9fa48("204"), true);
    return stryMutAct_9fa48("205") ? true : (stryCov_9fa48("205"), false);
  }
}

/** sacreBLEU `_perform_shift`: moves `words[start…start+length)` to before position `target`. */
export function performShift<T>(words: readonly T[], start: number, length: number, target: number): T[] {
  if (stryMutAct_9fa48("206")) {
    {}
  } else {
    stryCov_9fa48("206");
    const block = stryMutAct_9fa48("207") ? words : (stryCov_9fa48("207"), words.slice(start, stryMutAct_9fa48("208") ? start - length : (stryCov_9fa48("208"), start + length)));
    if (stryMutAct_9fa48("212") ? target >= start : stryMutAct_9fa48("211") ? target <= start : stryMutAct_9fa48("210") ? false : stryMutAct_9fa48("209") ? true : (stryCov_9fa48("209", "210", "211", "212"), target < start)) {
      if (stryMutAct_9fa48("213")) {
        {}
      } else {
        stryCov_9fa48("213");
        return stryMutAct_9fa48("214") ? [] : (stryCov_9fa48("214"), [...(stryMutAct_9fa48("215") ? words : (stryCov_9fa48("215"), words.slice(0, target))), ...block, ...(stryMutAct_9fa48("216") ? words : (stryCov_9fa48("216"), words.slice(target, start))), ...(stryMutAct_9fa48("217") ? words : (stryCov_9fa48("217"), words.slice(stryMutAct_9fa48("218") ? start - length : (stryCov_9fa48("218"), start + length))))]);
      }
    }
    if (stryMutAct_9fa48("222") ? target <= start + length : stryMutAct_9fa48("221") ? target >= start + length : stryMutAct_9fa48("220") ? false : stryMutAct_9fa48("219") ? true : (stryCov_9fa48("219", "220", "221", "222"), target > (stryMutAct_9fa48("223") ? start - length : (stryCov_9fa48("223"), start + length)))) {
      if (stryMutAct_9fa48("224")) {
        {}
      } else {
        stryCov_9fa48("224");
        return stryMutAct_9fa48("225") ? [] : (stryCov_9fa48("225"), [...(stryMutAct_9fa48("226") ? words : (stryCov_9fa48("226"), words.slice(0, start))), ...(stryMutAct_9fa48("227") ? words : (stryCov_9fa48("227"), words.slice(stryMutAct_9fa48("228") ? start - length : (stryCov_9fa48("228"), start + length), target))), ...block, ...(stryMutAct_9fa48("229") ? words : (stryCov_9fa48("229"), words.slice(target)))]);
      }
    }
    return stryMutAct_9fa48("230") ? [] : (stryCov_9fa48("230"), [...(stryMutAct_9fa48("231") ? words : (stryCov_9fa48("231"), words.slice(0, start))), ...(stryMutAct_9fa48("232") ? words : (stryCov_9fa48("232"), words.slice(stryMutAct_9fa48("233") ? start - length : (stryCov_9fa48("233"), start + length), stryMutAct_9fa48("234") ? length - target : (stryCov_9fa48("234"), length + target)))), ...block, ...(stryMutAct_9fa48("235") ? words : (stryCov_9fa48("235"), words.slice(stryMutAct_9fa48("236") ? length - target : (stryCov_9fa48("236"), length + target))))]);
  }
}
/**
 * The alignment gold set (issue 3, deliverable 3): bilingual documents with known paragraph links, built
 * from the MLQE-PE en-zh post-editing data in ../shared/data. Shared by the F1 test and `npm run bench`.
 *
 * Each row of the data is one English sentence (`src`) and its post-edited Chinese translation (`pe`).
 * The Chinese is the source side, the English the target (MT) side, as in a Verso project reviewing an
 * English MT of a Chinese document. Sentences are joined into paragraphs of 1–5 sentences; some
 * paragraphs get numbered headings on both sides; then one side only is perturbed the way MT pipelines
 * and conversions damage documents: two paragraphs merged, one split at a sentence boundary, one dropped,
 * an extra line (page footer, running header, heading) inserted. Everything is seeded, so every run
 * builds the same documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sharedPath } from '../conformance/shared-data.ts';
import { seededRandom } from './prng.ts';

/** A link of the gold alignment: 0-based paragraph indexes on each side. */
export interface GoldLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

/** A gold document: the two paragraph lists and the links between them, in order. */
export interface GoldDocument {
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly links: readonly GoldLink[];
}

/** One Chinese sentence and its English original, detokenised. */
export interface SentencePair {
  readonly zh: string;
  readonly en: string;
}

/** Where the data lives: <repo>/../shared/data, or `VERSO_SHARED_DATA` (tests/conformance/shared-data.ts). */
const DATA_DIR = pathToFileURL(sharedPath('mlqe-pe-en-zh/'));
/** The dev split builds the gold set; the test split is kept for checking that figures generalise. */
export const MLQE_DEV = 'en-zh-dev.with-ter.jsonl';
export const MLQE_TEST = 'en-zh-test20.with-ter.jsonl';

/** Why the gold set cannot be built here, or `undefined` when the data is present. */
export function goldDataMissing(file = MLQE_DEV): string | undefined {
  const path = fileURLToPath(new URL(file, DATA_DIR));
  return existsSync(path)
    ? undefined
    : `alignment gold set skipped: ${path} is absent (check out ../shared/data or set VERSO_SHARED_DATA)`;
}

/** The sentence pairs of an MLQE-PE split, detokenised; throws when the data is absent. */
export function loadSentencePairs(file = MLQE_DEV): SentencePair[] {
  const text = readFileSync(new URL(file, DATA_DIR), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { src: string; pe: string };
      return { zh: detokenizeChinese(row.pe), en: detokenizeEnglish(row.src) };
    });
}

const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Joins whitespace tokens of Chinese the way Chinese is written: no space, except between two Latin or
 * digit tokens ("Van Houtte"); a thousands comma split off by the tokeniser ("40 , 000") is rejoined.
 */
export function detokenizeChinese(tokenized: string): string {
  const tokens = tokenized.trim().split(/\s+/);
  let out = tokens[0] ?? '';
  for (const token of tokens.slice(1)) {
    const before = out.at(-1) ?? '';
    const after = token[0] ?? '';
    const latinPair =
      WORDISH.test(before) && !CJK.test(before) && WORDISH.test(after) && !CJK.test(after);
    out += (latinPair ? ' ' : '') + token;
  }
  return out.replace(/(\d),(\d{3})/g, '$1,$2');
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}…]|'(?:s|re|ve|ll|d|m|t)\b|n't\b|\.\.\.)/i;
const NO_SPACE_AFTER = /^[([{$#]$/;

/** Joins whitespace tokens of English: no space before closing punctuation and clitics, quotes paired. */
export function detokenizeEnglish(tokenized: string): string {
  const tokens = tokenized.trim().split(/\s+/);
  let out = '';
  let openQuote = false;
  let glueNext = true;
  for (const token of tokens) {
    let glue = glueNext || NO_SPACE_BEFORE.test(token);
    glueNext = NO_SPACE_AFTER.test(token);
    if (token === '"') {
      // Straight quotes alternate: an opening one sticks to what follows, a closing one to what precedes.
      if (openQuote) glue = true;
      else glueNext = true;
      openQuote = !openQuote;
    }
    out += (glue ? '' : ' ') + token;
  }
  return out;
}

/** Rates of the perturbations, per paragraph pair (one side only each time). */
export interface Perturbation {
  /** Two adjacent paragraphs become one on one side (2-1 / 1-2). */
  readonly merge: number;
  /** A paragraph of two or more sentences becomes two on one side (1-2 / 2-1). */
  readonly split: number;
  /** A paragraph is missing on one side (1-0 / 0-1). */
  readonly drop: number;
  /** An extra line (footer, running header, heading) appears on one side (0-1 / 1-0). */
  readonly insert: number;
  /** A numbered heading precedes the paragraph on both sides (1-1, but short and heading-like). */
  readonly heading: number;
}

/** About 13% of links are not 1-1: realistic for MT output of converted documents. */
export const DEFAULT_PERTURBATION: Perturbation = {
  merge: 0.04,
  split: 0.04,
  drop: 0.025,
  insert: 0.03,
  heading: 0.05,
};

/** What to build. */
export interface GoldOptions {
  readonly documents: number;
  readonly paragraphsPerDocument: number;
  readonly seed: number;
  readonly perturbation?: Perturbation;
}

/** The standard gold set: 10 documents of about 100 paragraphs. */
export const GOLD_OPTIONS: GoldOptions = { documents: 10, paragraphsPerDocument: 100, seed: 2024 };

/** Builds seeded gold documents from sentence pairs (see the file comment). */
export function buildGoldDocuments(
  pairs: readonly SentencePair[],
  options: GoldOptions,
): GoldDocument[] {
  return Array.from({ length: options.documents }, (_, d) =>
    buildDocument(pairs, options, seededRandom(options.seed * 1009 + d)),
  );
}

/** One paragraph pair before perturbation: its sentences on each side. */
interface ParagraphPair {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

function buildDocument(
  pairs: readonly SentencePair[],
  options: GoldOptions,
  random: () => number,
): GoldDocument {
  const rates = options.perturbation ?? DEFAULT_PERTURBATION;
  const order = shuffle(
    pairs.map((_, i) => i),
    random,
  );
  let next = 0;
  const paragraphs: ParagraphPair[] = [];
  let section = 0;
  while (paragraphs.length < options.paragraphsPerDocument) {
    if (random() < rates.heading) paragraphs.push(headingPair(++section, random));
    const size = 1 + Math.floor(random() * 5);
    const chosen = Array.from({ length: size }, () => pairs[order[next++ % order.length]!]!);
    paragraphs.push({ zh: chosen.map((p) => p.zh), en: chosen.map((p) => p.en) });
  }
  return perturb(paragraphs, rates, random);
}

/** Emits both sides with gold links while perturbing one side of some pairs. */
function perturb(
  paragraphs: readonly ParagraphPair[],
  rates: Perturbation,
  random: () => number,
): GoldDocument {
  const doc = { source: [] as string[], target: [] as string[], links: [] as GoldLink[] };
  const emit = (zh: readonly string[], en: readonly string[]): void => {
    const source = zh.map((text) => doc.source.push(text) - 1);
    const target = en.map((text) => doc.target.push(text) - 1);
    doc.links.push({ source, target });
  };
  let page = 1;
  for (let k = 0; k < paragraphs.length; k++) {
    const pair = paragraphs[k]!;
    const zh = pair.zh.join('');
    const en = pair.en.join(' ');
    const onSource = random() < 0.5;
    const r = random();
    let bound = rates.merge;
    const following = paragraphs[k + 1];
    if (r < bound && following !== undefined) {
      const zh2 = following.zh.join('');
      const en2 = following.en.join(' ');
      if (onSource) emit([zh + zh2], [en, en2]);
      else emit([zh, zh2], [`${en} ${en2}`]);
      k++;
      continue;
    }
    if (r < (bound += rates.split) && pair.zh.length > 1) {
      const cut = 1 + Math.floor(random() * (pair.zh.length - 1));
      const zhParts = [pair.zh.slice(0, cut).join(''), pair.zh.slice(cut).join('')];
      const enParts = [pair.en.slice(0, cut).join(' '), pair.en.slice(cut).join(' ')];
      if (onSource) emit(zhParts, [en]);
      else emit([zh], enParts);
      continue;
    }
    if (r < (bound += rates.drop)) {
      if (onSource) emit([], [en]);
      else emit([zh], []);
      continue;
    }
    if (r < (bound += rates.insert)) {
      const [zhExtra, enExtra] = extraLine(page++, random);
      if (onSource) emit([zhExtra], []);
      else emit([], [enExtra]);
    }
    emit([zh], [en]);
  }
  return doc;
}

const SECTION_TITLES: readonly (readonly [string, string])[] = [
  ['引言', 'Introduction'],
  ['背景', 'Background'],
  ['历史', 'History'],
  ['方法', 'Methods'],
  ['结果', 'Results'],
  ['讨论', 'Discussion'],
  ['早年生活', 'Early life'],
  ['职业生涯', 'Career'],
  ['影响', 'Legacy'],
  ['结论', 'Conclusions'],
];
const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 1..99 in Chinese numerals, as headings number their sections (十二, 二十一). */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十`;
  return tensPart + (ones === 0 ? '' : (CHINESE_DIGITS[ones] ?? ''));
}

/** A numbered section heading on both sides, in one of the styles Chinese documents use. */
function headingPair(n: number, random: () => number): ParagraphPair {
  const [zh, en] = SECTION_TITLES[Math.floor(random() * SECTION_TITLES.length)]!;
  const style = Math.floor(random() * 3);
  if (style === 0) return { zh: [`${chineseNumber(n)}、${zh}`], en: [`${n}. ${en}`] };
  if (style === 1) return { zh: [`第${chineseNumber(n)}章 ${zh}`], en: [`Chapter ${n}: ${en}`] };
  return { zh: [`${n} ${zh}`], en: [`${n} ${en}`] };
}

/** A line present on one side only: page footer, running header, stray heading, conversion debris. */
function extraLine(page: number, random: () => number): [string, string] {
  const [zh, en] = SECTION_TITLES[Math.floor(random() * SECTION_TITLES.length)]!;
  const lines: [string, string][] = [
    [`第 ${page} 页`, `Page ${page}`],
    [`— ${page} —`, `- ${page} -`],
    [`${page}`, `${page}`],
    ['年度报告（续）', 'Annual report (continued)'],
    [zh, en],
    ['译者注：以下内容为机器翻译。', 'Note: the following was machine translated.'],
  ];
  return lines[Math.floor(random() * lines.length)]!;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Precision, recall and F1 of a set of links. */
export interface LinkScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Links predicted / in the gold alignment / in both. */
  readonly predicted: number;
  readonly gold: number;
  readonly correct: number;
}

/** Scores overall and for the links that are not 1-1 (on either the prediction or the gold side). */
export interface AlignmentScores {
  readonly all: LinkScores;
  readonly nonOneToOne: LinkScores;
}

/**
 * Link precision/recall/F1: a predicted link is correct when the gold alignment has a link with exactly
 * the same source and target indexes. Non-1-1 scores count predicted non-1-1 links (precision) and gold
 * non-1-1 links (recall).
 */
export function scoreAlignment(
  predicted: readonly GoldLink[],
  gold: readonly GoldLink[],
): AlignmentScores {
  const oneToOne = (l: GoldLink): boolean => l.source.length === 1 && l.target.length === 1;
  const goldKeys = new Set(gold.map(linkKey));
  const hits = predicted.filter((l) => goldKeys.has(linkKey(l)));
  const nonPredicted = predicted.filter((l) => !oneToOne(l));
  const nonGold = gold.filter((l) => !oneToOne(l));
  return {
    all: linkScores(predicted.length, gold.length, hits.length),
    nonOneToOne: linkScores(
      nonPredicted.length,
      nonGold.length,
      hits.filter((l) => !oneToOne(l)).length,
    ),
  };
}

/** A link as a string: equal strings, equal links. */
function linkKey(link: GoldLink): string {
  return `${link.source.join(',')}|${link.target.join(',')}`;
}

/** A predicted link with its confidence, as the aligner returns it. */
export interface ScoredLink extends GoldLink {
  readonly score: number;
}

/** The result of aligning a gold set: summed scores, and each predicted link's score and correctness. */
export interface GoldEvaluation {
  readonly scores: AlignmentScores;
  readonly judged: readonly { readonly score: number; readonly right: boolean }[];
}

/** Aligns every document with `alignDocument` and scores the links against the gold ones. */
export function evaluateAlignment(
  documents: readonly GoldDocument[],
  alignDocument: (doc: GoldDocument) => readonly ScoredLink[],
): GoldEvaluation {
  const judged: { score: number; right: boolean }[] = [];
  const perDocument = documents.map((doc) => {
    const links = alignDocument(doc);
    const right = new Set(doc.links.map(linkKey));
    for (const l of links) judged.push({ score: l.score, right: right.has(linkKey(l)) });
    return scoreAlignment(links, doc.links);
  });
  return { scores: sumScores(perDocument), judged };
}

/** Share of the judged links with a score in [from, to) that are right, and how many there are. */
export function accuracyBetween(
  judged: GoldEvaluation['judged'],
  from: number,
  to: number,
): { readonly accuracy: number; readonly links: number } {
  const inRange = judged.filter((j) => j.score >= from && j.score < to);
  const right = inRange.filter((j) => j.right).length;
  return { accuracy: inRange.length === 0 ? 1 : right / inRange.length, links: inRange.length };
}

/** Sums scores over documents (micro-average: every link counts the same). */
export function sumScores(scores: readonly AlignmentScores[]): AlignmentScores {
  const sum = (pick: (s: AlignmentScores) => LinkScores): LinkScores =>
    linkScores(
      scores.reduce((n, s) => n + pick(s).predicted, 0),
      scores.reduce((n, s) => n + pick(s).gold, 0),
      scores.reduce((n, s) => n + pick(s).correct, 0),
    );
  return { all: sum((s) => s.all), nonOneToOne: sum((s) => s.nonOneToOne) };
}

function linkScores(predicted: number, gold: number, correct: number): LinkScores {
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predicted, gold, correct };
}

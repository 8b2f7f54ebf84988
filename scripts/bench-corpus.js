// Real text for `npm run bench` (issue 11, "Benchmark on real text"): the documents are built from the
// 2,000 sentences of MLQE-PE en-zh (../shared/data/mlqe-pe-en-zh, read in place through
// tests/support/mlqe.ts): English Wikipedia sentences, their Chinese machine translation and its
// post-edit. About 11,000 distinct English words instead of the seed's 35, so the tokenizer, speller,
// QA and diff caches work as they do on a real document.
//
// Which side Verso reviews: Verso's seed is English MT of Chinese, and its QA checks English (the
// speller has an English dictionary only; issue 11 item 7). So the English `src` is the text under
// review and the Chinese post-edit `pe` (fluent, human-checked Chinese) is its source column. The data
// has no English post-edits: where a figure needs an edited text (QA, exports, report, the English word
// diff) the edits are generated (words of the real vocabulary replaced, dropped or inserted). The one
// figure that can use real post-edits is the word diff of the Chinese MT against its post-edit.
//
// MLQE-PE is tokenized (spaces around punctuation, between Chinese words): bench.js passes the
// sentences detokenized by the alignment gold set's helpers (tests/support/align-gold.ts), which made
// the same choice of sides, so the documents read like ordinary text.
//
// Without the data the sentences are generated from the seed's vocabulary as before issue 11, and a
// notice says so.

/** Chinese words of the seed's register for generated sentences (no MLQE-PE). */
const ZH = (
  '建设 合作 发展 推进 经济 贸易 国家 地区 试验区 总体 方案 政策 开放 创新 改革 企业 ' +
  '市场 投资 基础设施 港口 物流 金融 服务 产业 园区 项目 工程 交通 能源 城市 政府 部门'
).split(' ');

/**
 * The sentences the bench documents are made of, and generators over them.
 *
 * @param rows MLQE-PE rows detokenized: `{ en }` (the English source), `zh` (the Chinese post-edit)
 *   and `mt` (the Chinese MT); undefined when the data is absent
 * @param vocabularyOf (texts) => their distinct words (tests/support/mlqe.ts): what generated edits
 *   insert
 * @param absentPath where the data was looked for (for the notice)
 * @param seedVocabulary the seed's words, for generated sentences without the data
 * @param random a seeded PRNG, only used to generate sentences without the data
 */
export function benchCorpus({ rows, vocabularyOf, absentPath, seedVocabulary, random }) {
  const real = rows !== undefined && rows.length > 0;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentences = real
    ? rows.map(({ en, zh, mt }) => ({ en, zh, mt }))
    : Array.from({ length: 2000 }, () => {
        const n = 10 + Math.floor(random() * 16);
        const en = Array.from({ length: n }, () => pick(seedVocabulary)).join(' ');
        const zh = Array.from({ length: n }, () => pick(ZH)).join('');
        return { en: `${en}.`, zh: `${zh}。`, mt: `${zh}。` };
      });
  if (!real) {
    console.warn(
      `bench: ${absentPath} is absent (set VERSO_SHARED_DATA): the bench documents are generated ` +
        "from the seed's vocabulary (synthetic), as before issue 11.",
    );
  }
  for (const s of sentences) s.words = s.en.split(' ').length;
  const vocabulary = vocabularyOf(sentences.map((s) => s.en));
  const distinctWords = new Set(
    sentences.flatMap((s) => s.en.toLowerCase().match(/\p{L}+/gu) ?? []),
  );

  /** Indexes of whole random sentences of about `words` English words in all (at least one). */
  const sentenceRun = (random, words) => {
    const chosen = [];
    let count = 0;
    while (count < words) {
      const i = Math.floor(random() * sentences.length);
      const n = sentences[i].words;
      // Stop short rather than overshoot by more than the shortfall.
      if (chosen.length > 0 && count + n - words > words - count) break;
      chosen.push(i);
      count += n;
    }
    return chosen;
  };

  return {
    real,
    /** What the text is, for row names and notes. */
    label: real
      ? `MLQE-PE en-zh, ${sentences.length.toLocaleString('en')} sentences, ` +
        `${distinctWords.size.toLocaleString('en')} distinct English words`
      : `the seed's vocabulary (${seedVocabulary.length} words; MLQE-PE absent)`,
    vocabulary,
    /** An English paragraph of whole sentences, about `words` words. */
    paragraph(random, words) {
      return sentenceRun(random, words)
        .map((i) => sentences[i].en)
        .join(' ');
    },
    /** An English paragraph (`en`) and the Chinese of the same sentences (`zh`, the post-edit). */
    bilingualParagraph(random, words) {
      const run = sentenceRun(random, words);
      return {
        en: run.map((i) => sentences[i].en).join(' '),
        zh: run.map((i) => sentences[i].zh).join(''),
      };
    },
    /**
     * `count` paragraph pairs [Chinese MT, its post-edit] of whole sentences (about 20–100 English
     * words' worth); real post-edits with the data, generated English ones without (`postEdit`).
     */
    mtPostEditPairs(random, count, postEdit) {
      return Array.from({ length: count }, () => {
        const run = sentenceRun(random, 20 + Math.floor(random() * 80));
        if (!real) {
          const mt = run.map((i) => sentences[i].en).join(' ');
          return [mt, postEdit(random, mt)];
        }
        return [run.map((i) => sentences[i].mt).join(''), run.map((i) => sentences[i].zh).join('')];
      });
    },
  };
}

/** The opening of BENCHMARKS.md's "Real text and floors" section: what the documents are made of. */
export function corpusNotes(corpus) {
  const text = corpus.real
    ? `**Text.** Every document is made of whole sentences (${corpus.label}) from ` +
      '../shared/data/mlqe-pe-en-zh, its dev and test20 splits read in place (English Wikipedia ' +
      'sentences, their Chinese machine translation and its post-edit; the seed has 35 distinct ' +
      'words), detokenized and drawn by a seeded PRNG into paragraphs (40–60 words for the 20,000-' +
      'paragraph document). The English side is the text under review and the Chinese post-edit its ' +
      "source: Verso's seed is English MT of Chinese and its QA checks English (the speller has an " +
      'English dictionary only), so this direction puts real vocabulary through the tokenizer, ' +
      'speller, QA and diff; the post-edit rather than the MT stands for the original because it is ' +
      'the fluent, checked Chinese. Real post-edits exist only for the Chinese side: the second ' +
      'word-diff set is MLQE-PE MT against its post-edits. Still generated, because the data has ' +
      'none: the edits of the English text (QA, exports, report, review copy, HTER, the English ' +
      'word-diff set: about one word in eight replaced by a word of the same vocabulary, dropped or ' +
      'inserted), the inline codes of the TMX/XLIFF units (bold around three words, a line break), and ' +
      "the exported project's statuses and comments. Replace-all replaces the real lower-case word " +
      'whose whole-word hits come closest to 2,000 by the runner-up (its name is in the row). ' +
      'Alignment (gold set) and the translation memory already used this data; the sync project ' +
      'uses the same paragraphs.'
    : `**Text.** MLQE-PE (../shared/data/mlqe-pe-en-zh) was absent: the documents were generated from ` +
      `${corpus.label} as before issue 11 (set VERSO_SHARED_DATA to use real sentences).`;
  return ['## Real text and floors (issue 11)', '', text, ''].join('\n');
}

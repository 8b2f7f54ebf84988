/**
 * Automatic alignment (issue 3): paragraphs or sentences of a source and its translation, with a
 * confidence per link, and the sentence splitter of sentence mode. The public API of `core/align`.
 */
// @ts-nocheck

export {
  align,
  AlignAbortedError,
  type AbortFlag,
  type AlignLink,
  type AlignOptions,
} from './aligner.ts';
export { alignSentences, type SentenceAlignment } from './sentence-align.ts';
export { splitSentences, type SentencePart } from './sentences.ts';

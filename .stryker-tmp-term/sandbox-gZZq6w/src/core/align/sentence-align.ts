/**
 * Sentence alignment inside one paragraph pair (issue 3, deliverable 4): both paragraphs are split into
 * sentences (sentences.ts) and aligned with the same aligner as paragraphs, so the same length model,
 * anchors and confidence apply.
 */
// @ts-nocheck

import { align, type AlignLink, type AlignOptions } from './aligner.ts';
import { splitSentences, type SentencePart } from './sentences.ts';

/** The sentences of a paragraph pair and the links between them. */
export interface SentenceAlignment {
  /** Sentences of the source paragraph with their trailing whitespace (they join back into it). */
  readonly source: readonly SentencePart[];
  readonly target: readonly SentencePart[];
  /** Links between sentence indexes, as {@link align} returns them. */
  readonly links: readonly AlignLink[];
}

/**
 * Splits both paragraphs into sentences (by `options.sourceLang` / `targetLang`) and aligns them. An
 * empty paragraph has no sentences, so all sentences of the other side become 1-0 or 0-1 links.
 *
 * @throws AlignAbortedError when `options.signal` is raised
 */
export function alignSentences(
  sourceParagraph: string,
  targetParagraph: string,
  options: AlignOptions = {},
): SentenceAlignment {
  const source = splitSentences(sourceParagraph, options.sourceLang);
  const target = splitSentences(targetParagraph, options.targetLang);
  const links = align(
    source.map((part) => part.text),
    target.map((part) => part.text),
    options,
  );
  return { source, target, links };
}

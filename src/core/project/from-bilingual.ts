/**
 * Turns what an importer or the aligner produced into the segments of a new project: one row per
 * bilingual unit, or one row per alignment link of two plain-text files.
 */
import type { BilingualDocument } from '../formats/common/bilingual.ts';
import { joinText } from '../align/realign.ts';
import type { NewProject, NewSegment } from './repository.ts';

/** A link between paragraphs of the source and the MT (see src/core/align). */
export interface ParagraphLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
}

/** Languages of a new bilingual project (BCP 47). */
export interface LanguagePair {
  readonly sourceLang: string;
  readonly targetLang: string;
}

/** True when the document does not say both languages (the UI then asks for them). */
export function needsLanguages(doc: BilingualDocument): boolean {
  return doc.sourceLang.trim() === '' || doc.targetLang.trim() === '';
}

/** The new project for an imported interchange file: ids, states, notes and codes kept. */
export function projectFromBilingual(
  doc: BilingualDocument,
  fileName: string,
  languages: LanguagePair,
): NewProject {
  return {
    name: fileName.replace(/\.[^.]+$/, '') || fileName,
    fileName,
    sourceLang: languages.sourceLang,
    targetLang: languages.targetLang,
    segments: doc.units.map((u): NewSegment => ({
      source: u.source,
      mt: u.target,
      ...(u.status === undefined ? {} : { status: u.status }),
      ...(u.notes.length > 0 ? { notes: u.notes } : {}),
      ...(u.codes.length > 0 ? { codes: u.codes } : {}),
      ...(u.id === undefined ? {} : { externalId: u.id }),
      ...(u.alignScore === undefined ? {} : { alignScore: u.alignScore }),
      ...(u.preserved === undefined ? {} : { preserved: u.preserved }),
    })),
  };
}

/**
 * The rows of two aligned plain-text files: each link becomes one row, the paragraphs on each side
 * joined as one paragraph (a 1-2 link is usually a paragraph the MT engine split), with its score.
 */
export function segmentsFromLinks(
  source: readonly string[],
  target: readonly string[],
  links: readonly ParagraphLink[],
): NewSegment[] {
  return links.map((link) => ({
    source: link.source.map((i) => source[i] ?? '').reduce(joinText, ''),
    mt: link.target.map((j) => target[j] ?? '').reduce(joinText, ''),
    alignScore: link.score,
  }));
}

export { isBilingualFile } from '../formats/open/detect.ts';

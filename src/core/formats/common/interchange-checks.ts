/**
 * What every interchange writer (XLIFF 2.1, XLIFF 1.2, TMX) refuses to write, because the file would
 * look valid but be wrong for the tools that read it (issue 11 items 2 and 13):
 * - a language that is undetermined (`und`, or missing): no CAT tool can match `xml:lang="und"`;
 * - a segment whose text holds a placeholder that none of its inline codes stands for (`⟨5⟩` after
 *   the digit of `⟨2⟩` was edited): it would be written as literal text beside an orphaned code.
 */
import { languagesOf, type ExportInput } from '../../export/export-input.ts';
import { VersoInputError } from '../../model/errors.ts';
import { unknownPlaceholder } from '../../model/inline-codes.ts';

/** True when a language tag says nothing: empty, or BCP 47 "undetermined" (`und`, `und-…`). */
export function isUndetermined(tag: string | undefined): boolean {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return primary === '' || primary === 'und';
}

/**
 * The language pair of an interchange file (see languagesOf), after checking the input can be written.
 *
 * @param format the file format, for messages ("XLIFF 2.1")
 * @throws VersoInputError `errors.undeterminedSourceLanguage` / `errors.undeterminedTargetLanguage`
 *   (params: format) naming the missing language and how to give it; `errors.placeholderUnknown` (params: format, segment, placeholder)
 *   naming the segment (1-based position) and the placeholder.
 */
export function checkedInterchange(
  input: ExportInput,
  format: string,
): { source: string; target: string } {
  const { meta } = input;
  const languages = languagesOf(meta);
  if (isUndetermined(languages.target)) throw undetermined(format, 'target');
  // A project without a source language has the MT (the target language) as its source.
  if (meta.sourceLang !== undefined && isUndetermined(meta.sourceLang)) {
    throw undetermined(format, 'source');
  }
  input.segments.forEach((segment, i) => {
    const codes = segment.codes ?? [];
    for (const text of [segment.text, segment.mt, segment.source ?? '']) {
      const placeholder = unknownPlaceholder(text, codes);
      if (placeholder === undefined) continue;
      throw new VersoInputError(
        'errors.placeholderUnknown',
        { format, segment: i + 1, placeholder },
        `Cannot write ${format}: segment ${i + 1} holds “${placeholder}”, which is none of its inline codes (a placeholder was edited). Restore the placeholder from the segment's history or the MT, then export again.`,
      );
    }
  });
  return languages;
}

function undetermined(format: string, side: 'source' | 'target'): VersoInputError {
  return new VersoInputError(
    side === 'source' ? 'errors.undeterminedSourceLanguage' : 'errors.undeterminedTargetLanguage',
    { format },
    `Cannot write ${format}: the ${side} language is undetermined ("und"), which no translation tool can match. Give it (verso export --${side}-lang TAG, or the project's languages) and export again.`,
  );
}

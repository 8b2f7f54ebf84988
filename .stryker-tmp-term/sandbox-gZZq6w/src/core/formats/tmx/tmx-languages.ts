/**
 * Choosing the language pair of a TMX file. A TMX unit holds its text in any number of languages; a
 * Verso project has one source and one target.
 */
// @ts-nocheck

import { VersoInputError } from '../../model/errors.ts';
import { formatLanguageTag } from '../common/bcp47.ts';

/** The languages a caller asks for (a project's pair), when it knows them. */
export interface LanguagePair {
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

/**
 * The pair to import:
 * - source: the one asked for, else the header's `srclang` (unless `*all*`), else the first unit's
 *   `srclang`, else the language of its first variant;
 * - target: the one asked for, else the language other than the source found most often in units that
 *   have the source (ties: the first met in the file).
 *
 * @param units the languages of each unit, lower-cased, in document order
 * @throws VersoInputError `errors.tmxLanguages` when the source is in no unit, there is no other
 *   language, or no unit has both languages
 */
export function chooseLanguages(
  fileName: string,
  units: readonly { readonly languages: readonly string[]; readonly srclang?: string }[],
  headerSrclang: string | undefined,
  asked: LanguagePair,
): { source: string; target: string } {
  const first = units[0];
  const header = headerSrclang?.toLowerCase() === '*all*' ? undefined : headerSrclang;
  const source = (
    asked.sourceLang ??
    header ??
    first?.srclang ??
    first?.languages[0] ??
    ''
  ).toLowerCase();
  const all = [...new Set(units.flatMap((u) => u.languages))];
  const refuse = (target: string, why: string): never => {
    const found = all.map(formatLanguageTag).join(', ') || 'none';
    throw new VersoInputError(
      'errors.tmxLanguages',
      {
        file: fileName,
        source: formatLanguageTag(source),
        target: formatLanguageTag(target),
        languages: found,
      },
      `${fileName}: ${why} (languages in the file: ${found}). Choose a source and target language the file has.`,
    );
  };
  const withSource = units.filter((u) => u.languages.includes(source));
  if (withSource.length === 0) {
    refuse(
      asked.targetLang ?? '',
      `no translation unit has the source language ${formatLanguageTag(source) || '(none)'}`,
    );
  }
  const target = (asked.targetLang ?? mostFrequentOther(withSource, source) ?? '').toLowerCase();
  if (target === '') refuse('', `the file has no language other than ${formatLanguageTag(source)}`);
  if (target === source) refuse(target, 'the source and target languages are the same');
  if (!withSource.some((u) => u.languages.includes(target))) {
    refuse(
      target,
      `no translation unit has both ${formatLanguageTag(source)} and ${formatLanguageTag(target)}`,
    );
  }
  return { source, target };
}

function mostFrequentOther(
  units: readonly { readonly languages: readonly string[] }[],
  source: string,
): string | undefined {
  const counts = new Map<string, number>();
  for (const unit of units) {
    for (const language of new Set(unit.languages)) {
      if (language !== source) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [language, count] of counts) {
    // Map iteration follows first appearance, so a tie keeps the earlier language.
    if (best === undefined || count > counts.get(best)!) best = language;
  }
  return best;
}

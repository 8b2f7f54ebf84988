/**
 * The QA context of the CLI, one for every command that checks (issue 11 item 3): `verso qa` and the
 * change report of `verso export --format report` count the same findings on the same file. The
 * shipped Belt-and-Road pack (unless left out), the project's own term rules and word list (a backup's),
 * extra rules (`--rules`), and the English dictionary (dictionary-en).
 */
import type { ProjectMeta } from '../core/model/model.ts';
import type { QaContext, Speller } from '../core/qa/index.ts';
import { createSpeller } from '../core/qa/speller.ts';
import type { TermRule } from '../core/terms/model.ts';
import { BELT_AND_ROAD_PACK } from '../core/terms/packs/belt-and-road.ts';
import { isUndetermined } from '../core/formats/common/interchange-checks.ts';

/** What the command line adds to the project's own QA settings. */
export interface CliQaOptions {
  /** Leave the Belt-and-Road pack out (`--no-pack`). */
  readonly noPack?: boolean;
  /** Term rules of `--rules TERMBASE`. */
  readonly extraRules?: readonly TermRule[];
}

/** The QA context for a project's checks from the command line. */
export async function cliQaContext(
  meta: ProjectMeta,
  options: CliQaOptions = {},
): Promise<QaContext> {
  return {
    terms: [
      ...(options.noPack ? [] : BELT_AND_ROAD_PACK),
      ...(meta.qa?.termRules ?? []),
      ...(options.extraRules ?? []),
    ],
    projectWords: meta.qa?.words ?? [],
    speller: await englishSpeller(),
    targetLang: knownLanguage(meta.targetLang) ?? 'en',
    ...(knownLanguage(meta.sourceLang) ? { sourceLang: meta.sourceLang! } : {}),
  };
}

/** A language tag worth passing on: not empty and not "und" (undetermined). */
export function knownLanguage(lang: string | undefined): string | undefined {
  return isUndetermined(lang) ? undefined : lang;
}

/**
 * The English speller over dictionary-en's Hunspell files, bundled into the command (Vite `?raw`,
 * loaded only when a command checks). The package exports only its Node entry point, which reads the
 * files relative to itself, so they are imported by path.
 */
async function englishSpeller(): Promise<Speller> {
  const [aff, dic] = await Promise.all([
    import('../../node_modules/dictionary-en/index.aff?raw'),
    import('../../node_modules/dictionary-en/index.dic?raw'),
  ]);
  return createSpeller(aff.default, dic.default, [], 'en');
}

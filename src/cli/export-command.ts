/**
 * `verso export`: anything Verso opens in — a document, a bilingual interchange file (XLIFF, TMX,
 * TSV/CSV) or a project backup — and any export out (core/export): the clean edition (txt, md, html,
 * docx), the Word review copy (docx-review), XLIFF 2.1, XLIFF 1.2, TMX, the change report, a backup.
 * Reading is pure (bytes in, export input out); exporting is core's exportProject.
 */
import type { Backup } from '../core/formats/backup/model.ts';
import { createBackup } from '../core/formats/backup/write.ts';
import { lqaFromBilingual, projectFromBilingual } from '../core/project/from-bilingual.ts';
import { DEFAULT_SCORECARD } from '../core/lqa/presets.ts';
import type { OpenedFile } from '../core/formats/open/document-file.ts';
import { openAnyFile } from '../core/formats/open/open-any.ts';
import type { BilingualDocument } from '../core/formats/common/bilingual.ts';
import {
  EXPORT_KINDS,
  type ExportedFile,
  type ExportInput,
  type ExportKind,
} from '../core/export/index.ts';
import type { DecodeOptions } from '../core/text/decode.ts';
import type { ProjectMeta, Revision, Segment } from '../core/model/model.ts';
import { newProjectRecords } from '../core/project/records.ts';
import { termPairsOf } from '../core/terms/pairs.ts';
import { rulesOfPacks } from '../core/terms/packs/index.ts';
import { EXIT_OK, usageFailure, writeFileOutput, writeOutput, type CliIo } from './io.ts';

/** Output formats of `verso export` (the export kinds of core/export). */
export const EXPORT_FORMATS = EXPORT_KINDS;
export type ExportFormat = ExportKind;

/** A language nothing gives: BCP 47 "undetermined" (the interchange exports refuse it). */
const UNKNOWN_LANGUAGE = 'und';

/** `--source-lang` / `--target-lang` of `verso export`. */
export interface ExportLanguages {
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

/**
 * The language of one side: the file's when it says one, else the command line's, else `und`. An
 * undetermined language is the same as none (a backup of a project made from a bare document).
 */
function languageOf(fromFile: string | undefined, given: string | undefined): string {
  const said = fromFile?.trim();
  if (said && said.toLowerCase() !== UNKNOWN_LANGUAGE) return said;
  return given?.trim() || UNKNOWN_LANGUAGE;
}

/**
 * Writes an export to `output` (`-o`) or stdout. Binary exports (Word) go to stdout only when it is
 * not a terminal, where they would be garbage: there they are a usage error (exit 2) asking for -o.
 */
export async function writeExport(
  exported: ExportedFile,
  output: string | undefined,
  io: CliIo,
): Promise<number> {
  const { data } = exported;
  if (typeof data === 'string') return writeOutput(data, output, io);
  if (output !== undefined) {
    const { writeBytes } = io;
    if (!writeBytes) throw new Error('verso: this I/O cannot write binary files');
    return writeFileOutput(output, io, () => writeBytes(output, data));
  }
  if (io.stdoutIsTerminal || !io.stdoutBytes) {
    return usageFailure(
      `export: ${exported.fileName} is a binary file; write it with -o FILE or redirect standard output`,
      'Usage: verso export FILE --format FORMAT [-o OUT]',
      io,
    );
  }
  io.stdoutBytes(data);
  return EXIT_OK;
}

/**
 * What the exports need of the project in a file. A plain document counts as a fresh project (every
 * segment `new`, its text the MT), a bilingual file as the project Verso would import from it
 * (statuses, notes as comments, codes and ids kept), a backup as the project it holds.
 *
 * @param now timestamp for a fresh project and the export's dates
 * @param options `encoding` to read the file in (the CLI's --encoding)
 * @throws VersoInputError for any problem in the file (see `openAnyFile`)
 */
export function exportInputOf(
  bytes: Uint8Array,
  fileName: string,
  now: number,
  options: ExportLanguages & DecodeOptions = {},
): ExportInput {
  const languages = options;
  const opened = openAnyFile(bytes, fileName, undefined, undefined, options);
  if (opened.kind === 'bilingual') return bilingualInput(opened.document, fileName, now, languages);
  const backup = opened.kind === 'backup' ? opened.backup : backupOfDocument(opened, now);
  const { project } = backup;
  const sourceLang =
    project.sourceLang === undefined && languages.sourceLang === undefined
      ? undefined
      : languageOf(project.sourceLang, languages.sourceLang);
  return backupInput(
    {
      ...backup,
      project: {
        ...project,
        targetLang: languageOf(project.targetLang, languages.targetLang),
        ...(sourceLang === undefined ? {} : { sourceLang }),
      },
    },
    now,
  );
}

/**
 * The project of a backup: segments with their revision counts and times, the term rules in force
 * (its own and its packs') as pairs for the edit classification.
 */
function backupInput(backup: Backup, now: number): ExportInput {
  const { project } = backup;
  const revisions: Revision[] = backup.revisions.map((r) => ({ ...r }));
  const counts = new Map<string, { count: number; last: number }>();
  for (const r of revisions) {
    const seen = counts.get(r.segmentId);
    counts.set(r.segmentId, {
      count: (seen?.count ?? 0) + 1,
      last: Math.max(seen?.last ?? r.createdAt, r.createdAt),
    });
  }
  const segments: Segment[] = backup.segments.map((s) => ({
    ...s,
    revisionCount: counts.get(s.id)?.count ?? 1,
    updatedAt: counts.get(s.id)?.last ?? project.updatedAt,
  }));
  const meta: ProjectMeta = {
    ...project,
    id: 'cli',
    segmentCount: segments.length,
  };
  const terms = termPairsOf([
    ...(project.qa?.termRules ?? []),
    ...rulesOfPacks(project.qa?.packs ?? []),
  ]);
  return {
    meta,
    segments,
    revisions,
    now,
    ...(terms.length > 0 ? { terms } : {}),
    ...(backup.lqa ? { lqa: backup.lqa } : {}),
  };
}

/**
 * The project a bilingual file makes, exactly as the app's storage makes it (newProjectRecords, a pure
 * function): segments `s1…sN`, the correction starting at the file's target, notes as comments by the
 * file, ITS quality issues (XLIFF 2) as errors of the MQM Core scorecard, logged by the file. Languages the file does not say are those given (`--source-lang`, `--target-lang`, which also
 * choose the pair of a TMX file), else `und`.
 */
function bilingualInput(
  document: BilingualDocument,
  fileName: string,
  now: number,
  languages: ExportLanguages,
): ExportInput {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const project = projectFromBilingual(document, name, {
    sourceLang: languageOf(document.sourceLang, languages.sourceLang),
    targetLang: languageOf(document.targetLang, languages.targetLang),
  });
  const { meta, segments } = newProjectRecords('cli', project, now);
  let n = 0;
  const lqa = lqaFromBilingual(
    document,
    segments.map((s) => s.id),
    DEFAULT_SCORECARD,
    { author: name, now, newId: () => `e${++n}` },
  );
  return { meta, segments, now, ...(lqa ? { lqa } : {}) };
}

/**
 * The backup of a project freshly made from a document, as the app's storage makes it: segment ids
 * `s1…sN`, one `import` revision per segment (ids 1…N).
 */
export function backupOfDocument(
  document: Extract<OpenedFile, { kind: 'document' }>,
  now: number,
): Backup {
  const segments: Segment[] = document.paragraphs.map((mt, i) => ({
    id: `s${i + 1}`,
    mt,
    text: mt,
    status: 'new',
    comments: [],
    revisionCount: 1,
    updatedAt: now,
  }));
  const revisions: Revision[] = segments.map((s, i) => ({
    id: i + 1,
    segmentId: s.id,
    text: s.mt,
    status: 'new',
    origin: 'import',
    createdAt: now,
  }));
  const meta = {
    id: 'cli',
    name: document.name,
    fileName: document.fileName,
    createdAt: now,
    updatedAt: now,
    segmentCount: segments.length,
    targetLang: UNKNOWN_LANGUAGE,
  };
  return createBackup(meta, segments, revisions, now);
}

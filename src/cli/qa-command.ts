/**
 * `verso qa FILE [--rules FILE] [--json]`: the QA checks of the app (issue 4, deliverable 6) on any
 * file Verso opens — a document, a bilingual file (XLIFF, TMX, TSV/CSV) or a backup — with the
 * default rules: the shipped Belt-and-Road pack, the English dictionary (dictionary-en), a backup's
 * own term rules and word list, and the termbase given with `--rules`.
 */
import type { Segment } from '../core/model/model.ts';
import { findingsLeft, skippedChecks, type Finding } from '../core/qa/index.ts';
import { formatQaMessage } from '../core/qa/messages.ts';
import type { QaMessage } from '../core/qa/types.ts';
import type { TermRule } from '../core/terms/model.ts';
import { readTermbase } from '../core/terms/termbase.ts';
import { cliQaContext, knownLanguage } from './qa-context.ts';
import { exportInputOf } from './export-command.ts';
import { answerWithoutWork, encodingOption, readInput, writeOutput, type CliIo } from './io.ts';
import { defineCommand, parseOptions } from './options.ts';

/** The usage line of `verso qa`. */
export const QA_USAGE =
  'verso qa FILE [--rules TERMBASE] [--no-pack] [--encoding NAME] [--json] [-o OUT]';

/** `verso qa --help`. */
export const QA_HELP = `Usage: ${QA_USAGE}

Reads FILE — a document (.txt, .md; UTF-8, UTF-16 with a byte-order mark, or GB18030), a bilingual
file (XLIFF .xlf/.xliff, TMX .tmx, TSV/CSV .tsv/.csv) or a Verso backup (.json) — and runs Verso's
quality checks on every segment's current text: term rules (the shipped Belt-and-Road pack, a
backup's own rules, TERMBASE), spelling of English targets (English dictionary plus a backup's word
list; words that read as names — capitalised inside a sentence, in the MT too — as notes), repeated
words and phrases, spacing, leftover Chinese characters and punctuation, unbalanced brackets and
quotes, numbers that differ from the MT or source, inline codes, variants of frequent phrases,
duplicated, untouched, too short or too long segments and boilerplate.

Options:
  --rules TERMBASE    also apply the term rules of TERMBASE: TBX-Basic (.tbx) or TSV (.tsv, header
                      "preferred<TAB>forbidden<TAB>source<TAB>note", variants separated by |, re:
                      for a regular expression)
  --no-pack           leave the Belt-and-Road term pack out
  --encoding NAME     read FILE in NAME (latin1, windows-1252, gb18030, cesu-8…) instead of
                      detecting it
  --json              print [{ "segment": n, "rule": "…", "severity": "error|warning|info",
                      "start": i, "end": j, "text": "…", "suggestion": "…" }], one finding per line;
                      segment is 1-based, start/end are offsets in that segment's current text
  -o, --output OUT    write to OUT instead of standard output
  -h, --help          show this help

Exit status: 0 whatever the checks find, 1 a problem in FILE or TERMBASE (the message names the
file and position), 2 wrong usage.
`;

/** The command line of `verso qa` (see {@link QA_HELP}). */
const QA_OPTIONS = defineCommand({
  command: 'qa',
  positionals: ['file'],
  missing: 'needs the FILE to check',
  tooMany: 'one FILE at a time',
  flags: { json: {}, 'no-pack': {} },
  values: { rules: {}, encoding: {}, output: { short: 'o' } },
});

/** What `verso qa` checked: the segments and their findings. */
export interface QaReport {
  readonly segments: readonly Segment[];
  readonly findings: readonly Finding[];
  /** Why some checks did not run (no dictionary for the target's language), said once. */
  readonly skipped?: readonly QaMessage[];
}

/** Runs `verso qa` with the arguments after `qa`; resolves to the exit status. */
export async function runQa(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(QA_OPTIONS, args);
  if (parsed.kind !== 'run') return answerWithoutWork(parsed, QA_HELP, `Usage: ${QA_USAGE}`, io);
  const { file } = parsed.args;
  const options = encodingOption(parsed.values.encoding);
  const project = await readInput(file, io, (bytes) =>
    exportInputOf(bytes, file, io.now(), options),
  );
  if (!project.ok) return project.status;
  let extra: TermRule[] = [];
  const rulesFile = parsed.values.rules;
  if (rulesFile !== undefined) {
    const { sourceLang, targetLang } = project.value.meta;
    const rules = await readInput(rulesFile, io, (bytes) =>
      readTermbase(bytes, rulesFile, {
        targetLang: knownLanguage(targetLang) ?? 'en',
        ...(knownLanguage(sourceLang) ? { sourceLang: sourceLang! } : {}),
      }),
    );
    if (!rules.ok) return rules.status;
    extra = rules.value;
  }
  const { meta, segments } = project.value;
  const ctx = await cliQaContext(meta, { noPack: parsed.flags['no-pack'], extraRules: extra });
  const findings = findingsLeft(segments, ctx, meta.qa?.ignored);
  const report = { segments, findings, skipped: skippedChecks(ctx).map((s) => s.message) };
  const output = parsed.flags.json ? formatFindingsJson(report) : formatFindingsText(report, file);
  return writeOutput(output, parsed.values.output, io);
}

/**
 * The findings as the JSON array of the CLI contract, one finding per line: `segment` 1-based,
 * `start`/`end` offsets in that segment's current text, `suggestion` only when there is one.
 */
export function formatFindingsJson({ segments, findings }: QaReport): string {
  const position = new Map(segments.map((s, i) => [s.id, i + 1]));
  const lines = findings.map((f) =>
    JSON.stringify({
      segment: position.get(f.segmentId) ?? 0,
      rule: f.rule,
      severity: f.severity,
      start: f.start,
      end: f.end,
      text: f.text,
      ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
    }),
  );
  return lines.length === 0 ? '[]\n' : `[\n  ${lines.join(',\n  ')}\n]\n`;
}

/**
 * The findings to read: a summary line, then one line per finding, compiler style —
 * `FILE:SEGMENT:START-END: severity [rule] message (→ suggestion)`.
 */
export function formatFindingsText(
  { segments, findings, skipped = [] }: QaReport,
  file: string,
): string {
  const position = new Map(segments.map((s, i) => [s.id, i + 1]));
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const lines = [
    `${file}: ${segments.length} segments, ${findings.length} findings (${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes)`,
    ...skipped.map((m) => `${file}: ${formatQaMessage(m)}`),
  ];
  for (const f of findings) {
    const suggestion =
      f.suggestion === undefined
        ? ''
        : ` → ${f.suggestion === '' ? '(delete)' : `“${f.suggestion}”`}`;
    lines.push(
      `${file}:${position.get(f.segmentId) ?? 0}:${f.start}-${f.end}: ${f.severity} [${f.rule}] ${formatQaMessage(f.message)}${suggestion}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

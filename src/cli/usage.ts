/** Help texts of the `verso` command (GUIDE part 5: every subcommand has `--help`). */

/** One line per subcommand, printed on wrong usage. */
export const USAGE =
  'Usage: verso export FILE --format txt|md|html|docx|docx-review|xliff2|xliff12|tmx|report|lqa-tsv|lqa-csv|json [--source-lang LANG] [--target-lang LANG] [--encoding NAME] [-o OUT]\n       verso align SOURCE TARGET [--json] [-o OUT]\n       verso import FILE [--json] [-o OUT]\n       verso metrics MT_FILE FINAL_FILE [--json] [-o OUT]\n       verso qa FILE [--rules TERMBASE] [--json] [-o OUT]\n       verso lqa FILE [--json] [-o OUT]\n       verso tm import|lookup|concordance|export … --memory DIR\n       verso --help';

/** `verso --help`. */
export const MAIN_HELP = `Verso: review machine translations paragraph by paragraph.

${USAGE}

Commands:
  export    Write an edition (txt, md, html, docx), the Word review copy, XLIFF, TMX, the change
            report or a backup of a document, bilingual file or backup
  align     Align the paragraphs of a source text and its translation (links with confidence)
  import    Check and read an XLIFF, TMX, TSV or CSV file as a bilingual project (summary or JSON)
  metrics   HTER (TER with shifts, MT → final) of line-parallel MT and final files, per line and whole
  qa        Quality checks (term rules, spelling, numbers, repeats, variants…) of any file Verso opens
  lqa       The quality score (MQM) and logged errors of a backup or an XLIFF 2 file with ITS issues
  tm        Translation memory in a folder: import TMX, look up fuzzy matches, concordance, export TMX

Options:
  -h, --help    Show this help; \`verso export --help\` shows the command's own

Exit status: 0 success, 1 a problem in the input file, 2 wrong usage.
`;

/** `verso export --help`. */
export const EXPORT_HELP = `Usage: verso export FILE --format FORMAT [--source-lang LANG] [--target-lang LANG] [--encoding NAME] [-o OUT]

Reads FILE — a document (.txt, .md, .markdown, .text or no extension; UTF-8, UTF-16 with a
byte-order mark, or GB18030), a bilingual file (XLIFF .xlf/.xliff, TMX .tmx, TSV/CSV .tsv/.csv)
or a Verso backup (.json) — as the project Verso would make of it, and writes FORMAT:
  txt          the clean edition as plain text: one paragraph per block, excluded segments left out
  md           the clean edition as Markdown (plain text is escaped so that it renders as written)
  html         the clean edition as one self-contained HTML page (headings kept, print style)
  docx         the clean edition as a Word document (headings, title and language set)
  docx-review  a Word document with every change from the MT as a tracked change, comments kept
  xliff2       XLIFF 2.1: source, final text, statuses, comments as notes, the MT as a candidate
  xliff12      XLIFF 1.2: the same, the MT as a machine-translation alternative
  tmx          TMX 1.4b: source and final text, status and MT as properties, comments as notes
  report       the change report: summary, HTER and its distribution, the QA findings left (the
               checks of verso qa, run on the final text), the quality assessment (score, errors,
               segments to rework) when FILE has one, every changed segment
  lqa-tsv      the logged errors as a table for spreadsheets (TSV; lqa-csv: CSV), one per row
  json         a Verso backup; for a document, that of a new project with every segment "new"

Word files are binary: give -o, or redirect standard output to a file.

Options:
  -f, --format FORMAT   one of the above (default: the extension of OUT: txt, md, html, docx,
                        xlf (XLIFF 2.1), tmx, json)
  --encoding NAME       read FILE in NAME (latin1, windows-1252, gb18030, big5, cesu-8…)
                        instead of detecting it (Verso asks when it cannot tell)
  -o, --output OUT      write to OUT instead of standard output
      --source-lang LANG  the source language (BCP 47) when FILE does not say it (TMX: the one to take)
      --target-lang LANG  the target language when FILE does not say it: a TSV without a header row,
                        a plain document (TMX: the one to take)
  -h, --help            show this help

XLIFF and TMX need both languages: without them the export is refused (exit 1), since no translation
tool can match "und".

Exit status: 0 success, 1 a problem in FILE (the message names the file and position), 2 wrong usage.
`;

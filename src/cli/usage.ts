/** Help texts of the `verso` command (GUIDE part 5: every subcommand has `--help`). */

/** One line per subcommand, printed on wrong usage. */
export const USAGE =
  'Usage: verso export FILE --format txt|md|json [-o OUT]\n       verso align SOURCE TARGET [--json] [-o OUT]\n       verso import FILE [--json] [-o OUT]\n       verso --help';

/** `verso --help`. */
export const MAIN_HELP = `Verso: review machine translations paragraph by paragraph.

${USAGE}

Commands:
  export    Write the clean edition (txt, md) or a backup (json) of a document or backup
  align     Align the paragraphs of a source text and its translation (links with confidence)
  import    Check and read an XLIFF, TMX, TSV or CSV file as a bilingual project (summary or JSON)

Options:
  -h, --help    Show this help; \`verso export --help\` shows the command's own

Exit status: 0 success, 1 a problem in the input file, 2 wrong usage.
`;

/** `verso export --help`. */
export const EXPORT_HELP = `Usage: verso export FILE --format txt|md|json [-o OUT]

Reads FILE, a document (.txt, .md, .markdown, .text or no extension; UTF-8, UTF-16 with a
byte-order mark, or GB18030) or a Verso backup (.json), and writes:
  txt    the clean edition as plain text: one paragraph per block, excluded segments left out
  md     the clean edition as Markdown (plain text is escaped so that it renders as written)
  json   a Verso backup; for a document, that of a new project with every segment "new"

Options:
  -f, --format FORMAT   txt, md or json (default: the extension of OUT, when it is one of them)
  -o, --output OUT      write to OUT instead of standard output
  -h, --help            show this help

Exit status: 0 success, 1 a problem in FILE (the message names the file and position), 2 wrong usage.
`;

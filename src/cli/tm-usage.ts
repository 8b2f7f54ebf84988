/** Help texts of `verso tm` (GUIDE part 5: every subcommand has `--help`). */

/** The usage lines of `verso tm`, printed on wrong usage. */
export const TM_USAGE = `Usage: verso tm import FILE.tmx --memory DIR [--source-lang L] [--target-lang L] [--name NAME] [--project NAME]
       verso tm lookup TEXT --memory DIR [--mt] [--json] [--min N] [--limit N] [--before TEXT --after TEXT] [-o OUT]
       verso tm concordance PHRASE --memory DIR [--json] [--in FIELDS] [--project ID] [--from DATE] [--to DATE] [--limit N] [-o OUT]
       verso tm export --memory DIR [-o OUT]`;

const MEMORY_FOLDER = `A memory is a folder: manifest.json (format, version, language pair) and units.jsonl (one
translation unit per line, as JSON). Each file is replaced atomically when the memory changes.`;

const EXIT = `Exit status: 0 success, 1 a problem in a file (the message names the file and position), 2 wrong
usage.`;

/** `verso tm --help`. */
export const TM_HELP = `${TM_USAGE}

Translation memory: corrections stored with their source (or MT), found again by fuzzy match.

Commands:
  import        Add the units of a TMX 1.4b file to the memory in DIR (created if needed)
  lookup        Matches for a source sentence (or, with --mt, an MT sentence), best first
  concordance   Where a word or phrase occurs in the memory's sources, MTs and targets
  export        The memory as TMX 1.4b

${MEMORY_FOLDER}

\`verso tm COMMAND --help\` describes each command. ${EXIT}
`;

/** `verso tm import --help`. */
export const TM_IMPORT_HELP = `Usage: verso tm import FILE.tmx --memory DIR [--source-lang L] [--target-lang L] [--name NAME] [--project NAME]

Reads FILE, a TMX 1.1–1.4b file, and adds its units to the memory in DIR, creating the memory (and
the folder) if there is none. A unit with the same source and target as a stored one is merged with
it: the newer dates and users are kept and its use count goes up. Creation and change dates and
users, use counts, notes and properties are kept; Verso's own properties give the MT (x-verso-mt)
and the neighbouring segments for context matches (x-context-pre, x-context-post).

The language pair is the file's (its header's srclang and the most frequent other language); a new
memory takes it, an existing one must have the same pair.

Options:
  --memory DIR        the memory's folder (required)
  --source-lang L     import these languages of a file with several
  --target-lang L
  --name NAME         the name of a new memory (default: the folder's name)
  --project NAME      credit units without a project to NAME
  -h, --help          show this help

${MEMORY_FOLDER}

${EXIT}
`;

/** `verso tm lookup --help`. */
export const TM_LOOKUP_HELP = `Usage: verso tm lookup TEXT --memory DIR [--mt] [--json] [--min N] [--limit N] [--before TEXT --after TEXT] [-o OUT]

Prints the memory's matches for TEXT, a source sentence, best first: the match percentage, the
stored source with its differences from TEXT ([-removed-]{+added+}), and the target (numbers and
inline codes that differ put in from TEXT where that is certain).

Percentages are computed as CAT tools do: the word-level edit distance (each CJK character a word)
over the longer text (OmegaT), minus one point for each kind of minor difference — case,
punctuation, white space, inline codes, numbers (two when a number cannot be put into the target) —
at most five (memoQ's 95–99 % band). Only identical text scores 100 %; 101 % is an identical text
whose neighbours are the same too (--before and --after).

Options:
  --memory DIR        the memory's folder (required)
  --mt                TEXT is an MT sentence: compare it with the stored MTs ("this MT was
                      corrected before as…")
  --min N             lowest percentage shown (default 70)
  --limit N           most matches shown (default 9)
  --before TEXT       the sentences before and after TEXT in its document, for 101 % matches
  --after TEXT
  --source-lang L     check that the memory has this language pair
  --target-lang L
  --json              print [{ "score", "kind": "context|exact|fuzzy", "by": "source|mt",
                      "differences", "stored", "diff": [{ "kind", "text" }], "target",
                      "storedTarget", "substitutions", "source", "mt", "id", "project", "author",
                      "changedAt", "uses" }]
  -o, --output OUT    write to OUT instead of standard output
  -h, --help          show this help

${EXIT}
`;

/** `verso tm concordance --help`. */
export const TM_CONCORDANCE_HELP = `Usage: verso tm concordance PHRASE --memory DIR [--json] [--in FIELDS] [--project ID] [--from DATE] [--to DATE] [--limit N] [-o OUT]

Prints the units whose source, MT or target has PHRASE — whole words, any case, any white space
between them; CJK text by characters — most recently changed first, the phrase marked [like this].

Options:
  --memory DIR        the memory's folder (required)
  --in FIELDS         where to look, comma-separated: source, mt, target (default all three)
  --project ID        only units of this project (its id or name)
  --from DATE         only units changed on or after DATE (YYYY-MM-DD, UTC)
  --to DATE           only units changed on or before DATE
  --limit N           most units shown (default 50)
  --json              print { "hits": [{ "id", "source", "mt", "target", "spans": { "source":
                      [[start, end]], … }, "project", "changedAt" }], "more": true|false }
  -o, --output OUT    write to OUT instead of standard output
  -h, --help          show this help

${EXIT}
`;

/** `verso tm export --help`. */
export const TM_EXPORT_HELP = `Usage: verso tm export --memory DIR [-o OUT]

Writes the memory in DIR as a TMX 1.4b file (valid against the TMX DTD): one <tu> per unit with its
dates, users and use count, the MT, project and context as properties, inline codes as TMX codes.
A unit stored without a source has its MT as source variant, tagged <target>-x-mt.

Options:
  --memory DIR        the memory's folder (required)
  -o, --output OUT    write to OUT instead of standard output
  -h, --help          show this help

${EXIT}
`;

/**
 * `verso lqa FILE [--scorecard CARD] [--json]` (issue 15, deliverable 4): the quality score (MQM) and
 * the logged errors of a Verso backup or an XLIFF 2 file carrying ITS Localization Quality Issue
 * annotations — any file Verso opens, in fact; one without an assessment has no errors, and its score
 * is 100 (MQM Core). The score is core's (lqa/score.ts), the same as the app's toolbar and report.
 */
import { errorText, sortErrors } from '../core/lqa/error.ts';
import { parseScorecard } from '../core/lqa/lqa-json.ts';
import { categoryPathName, scorecardName, severityName } from '../core/lqa/names.ts';
import { DEFAULT_SCORECARD } from '../core/lqa/presets.ts';
import { lqaScore, type LqaScore } from '../core/lqa/score.ts';
import { categoryIndex, categoryWeight, type Scorecard } from '../core/lqa/scorecard.ts';
import type { ExportInput } from '../core/export/export-input.ts';
import { languagesOf } from '../core/export/export-input.ts';
import { exportInputOf } from './export-command.ts';
import { answerWithoutWork, encodingOption, readInput, writeOutput, type CliIo } from './io.ts';
import { defineCommand, parseOptions } from './options.ts';

/** The usage line of `verso lqa`. */
export const LQA_USAGE = 'verso lqa FILE [--scorecard CARD] [--encoding NAME] [--json] [-o OUT]';

/** `verso lqa --help`. */
export const LQA_HELP = `Usage: ${LQA_USAGE}

Prints the quality score of FILE and the errors logged on it: a Verso backup (.json) with its
scorecard and errors, or an XLIFF 2 file (.xlf/.xliff) whose targets carry ITS Localization
Quality Issue annotations (its:locQualityIssueType… on <mrk>, as Verso's XLIFF export writes them;
issues of other tools are mapped to the MQM Core scorecard). Any other file Verso opens has no
errors.

The score follows the MQM scoring model:
  score = 100 − penalty points × reference words ÷ evaluated words
penalty points = Σ category weight × severity multiplier (MQM Core: neutral 0, minor 1, major 5,
critical 25), reference words = 1000, evaluated words = the words of the final text of every
segment not excluded (a Chinese target: characters ÷ 1.5; Japanese: characters ÷ 2.5). The
translation passes when the score, rounded to two decimals, reaches the scorecard's threshold.

Options:
  --scorecard CARD    score with the scorecard in CARD (a Verso scorecard file, .json) instead of
                      FILE's own (a backup's) or MQM Core
  --encoding NAME     read FILE in NAME instead of detecting it
  --json              print { "score", "passed", "passThreshold", "penaltyTotal", "evaluatedWords",
                      "referenceWords", "wordBasis", "bySeverity", "byCategory": […], "errors": [
                      { "segment": n, "category", "severity", "penalty", "start", "end", "text",
                      "comment", "author", "createdAt", "detached" } …], "uncounted": […] };
                      segment is 1-based, start/end are offsets in that segment's current text
                      (absent for an error on the whole segment)
  -o, --output OUT    write to OUT instead of standard output
  -h, --help          show this help

Exit status: 0 whatever the score, 1 a problem in FILE or CARD (the message names the file and
position), 2 wrong usage.
`;

const LQA_OPTIONS = defineCommand({
  command: 'lqa',
  positionals: ['file'],
  missing: 'needs the FILE to score',
  tooMany: 'one FILE at a time',
  flags: { json: {} },
  values: { scorecard: {}, encoding: {}, output: { short: 'o' } },
});

/** Runs `verso lqa` with the arguments after `lqa`; resolves to the exit status. */
export async function runLqa(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(LQA_OPTIONS, args);
  if (parsed.kind !== 'run') return answerWithoutWork(parsed, LQA_HELP, `Usage: ${LQA_USAGE}`, io);
  const { file } = parsed.args;
  const options = encodingOption(parsed.values.encoding);
  const project = await readInput(file, io, (bytes) =>
    exportInputOf(bytes, file, io.now(), options),
  );
  if (!project.ok) return project.status;
  let scorecard = project.value.lqa?.scorecard ?? DEFAULT_SCORECARD;
  const cardFile = parsed.values.scorecard;
  if (cardFile !== undefined) {
    const card = await readInput(cardFile, io, (bytes) =>
      parseScorecard(new TextDecoder().decode(bytes), cardFile),
    );
    if (!card.ok) return card.status;
    scorecard = card.value;
  }
  const report = lqaReport(project.value, scorecard);
  const output = parsed.flags.json
    ? `${JSON.stringify(report, null, 2)}\n`
    : formatLqaText(report, file, scorecard);
  return writeOutput(output, parsed.values.output, io);
}

/** One error as `verso lqa --json` prints it. */
export interface LqaReportError {
  readonly segment: number;
  readonly id: string;
  readonly category: string;
  readonly severity: string;
  readonly penalty: number;
  readonly start?: number;
  readonly end?: number;
  readonly text: string;
  readonly comment?: string;
  readonly author: string;
  readonly createdAt: string;
  readonly detached: boolean;
}

/** What `verso lqa --json` prints. */
export interface LqaReport {
  readonly scorecard: string;
  readonly score: number | null;
  readonly passed: boolean | null;
  readonly passThreshold: number;
  readonly penaltyTotal: number;
  readonly normedPenalty: number | null;
  readonly evaluatedWords: number;
  readonly referenceWords: number;
  readonly wordBasis: LqaScore['wordBasis'];
  readonly bySeverity: LqaScore['bySeverity'];
  readonly byCategory: readonly {
    readonly category: string;
    readonly path: readonly string[];
    readonly counts: Readonly<Record<string, number>>;
    readonly penalty: number;
  }[];
  readonly errors: readonly LqaReportError[];
  readonly uncounted: LqaScore['uncounted'];
}

/** The score and errors of a project under `scorecard`. */
export function lqaReport(input: ExportInput, scorecard: Scorecard): LqaReport {
  const errors = input.lqa?.errors ?? [];
  const score = lqaScore({
    segments: input.segments,
    errors,
    scorecard,
    targetLang: languagesOf(input.meta).target,
  });
  const positions = new Map(input.segments.map((s, i) => [s.id, i]));
  const index = categoryIndex(scorecard);
  const multipliers = new Map(scorecard.severities.map((s) => [s.id, s.weight]));
  const uncounted = new Set(score.uncounted.map((u) => u.errorId));
  const listed = sortErrors(
    errors.filter((e) => !uncounted.has(e.id)),
    input.segments.map((s) => s.id),
  ).map((e): LqaReportError => {
    const at = positions.get(e.segmentId) ?? 0;
    const segment = input.segments[at]!;
    return {
      segment: at + 1,
      id: e.id,
      category: e.categoryId,
      severity: e.severityId,
      penalty:
        categoryWeight(index.get(e.categoryId)?.category) * (multipliers.get(e.severityId) ?? 0),
      ...(e.span ? { start: e.span.start, end: e.span.end } : {}),
      text: errorText(e, segment.text),
      ...(e.comment === undefined ? {} : { comment: e.comment }),
      author: e.author,
      createdAt: new Date(e.createdAt).toISOString(),
      detached: e.detached === true,
    };
  });
  return {
    scorecard: scorecard.id,
    score: score.score,
    passed: score.passed,
    passThreshold: score.passThreshold,
    penaltyTotal: score.penaltyTotal,
    normedPenalty: score.normedPenalty,
    evaluatedWords: score.evaluatedWords,
    referenceWords: score.referenceWords,
    wordBasis: score.wordBasis,
    bySeverity: score.bySeverity,
    byCategory: score.rows.map((r) => ({
      category: r.categoryId,
      path: r.path,
      counts: r.counts,
      penalty: r.penalty,
    })),
    errors: listed,
    uncounted: score.uncounted,
  };
}

/**
 * The report to read: a summary line, the counts, then one line per error, compiler style —
 * `FILE:SEGMENT:START-END: severity Category/Subtype “text” — comment`.
 */
export function formatLqaText(report: LqaReport, file: string, card: Scorecard): string {
  const verdict =
    report.score === null
      ? 'not scored (no words to evaluate)'
      : `MQM score ${report.score.toFixed(2)}, ${report.passed ? 'pass' : 'fail'} (threshold ${report.passThreshold})`;
  const severities = Object.entries(report.bySeverity)
    .map(([id, n]) => `${n} ${id}`)
    .join(', ');
  const words =
    report.wordBasis.unit === 'characters'
      ? `${round(report.evaluatedWords)} evaluated words (characters ÷ ${report.wordBasis.charactersPerWord})`
      : `${round(report.evaluatedWords)} evaluated words`;
  const lines = [
    `${file}: ${verdict}`,
    `${file}: ${report.errors.length} errors (${severities}), ${round(report.penaltyTotal)} penalty points, ${words}, ${report.referenceWords} reference words, scorecard ${scorecardName(card)}`,
  ];
  for (const e of report.errors) {
    const where = e.start === undefined ? '' : `:${e.start}-${e.end}`;
    const label = `${severityName(card, e.severity)} ${categoryPathName(card, e.category)}`;
    const text = e.start === undefined ? '(whole segment)' : `“${e.text}”`;
    const detached = e.detached ? ' (detached)' : '';
    const comment = e.comment === undefined ? '' : ` — ${e.comment}`;
    lines.push(`${file}:${e.segment}${where}: ${label} ${text}${detached}${comment}`);
  }
  if (report.uncounted.length > 0) {
    lines.push(
      `${file}: ${report.uncounted.length} errors not counted (excluded or removed segments)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

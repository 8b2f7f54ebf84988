/**
 * `verso tm lookup` and `verso tm concordance`: a memory folder searched, the results as text to read
 * or as JSON (see their help in tm-usage.ts).
 */
import {
  CONCORDANCE_FIELDS,
  type ConcordanceField,
  type ConcordanceQuery,
  type ConcordanceResult,
} from '../core/tm/concordance.ts';
import type { LookupQuery, TmMatch } from '../core/tm/lookup.ts';
import type { TranslationMemory } from '../core/tm/memory.ts';
import type { MemoryUnit } from '../core/tm/model.ts';
import { sameLanguage } from '../core/tm/units.ts';
import type { DiffOp } from '../core/text/diff.ts';
import { EXIT_BAD_INPUT, answerWithoutWork, usageFailure, writeOutput, type CliIo } from './io.ts';
import { defineCommand, parseOptions } from './options.ts';
import { loadMemory, noMemory } from './tm-store.ts';
import { TM_CONCORDANCE_HELP, TM_LOOKUP_HELP, TM_USAGE } from './tm-usage.ts';

const LOOKUP_OPTIONS = defineCommand({
  command: 'tm lookup',
  positionals: ['text'],
  missing: 'needs the TEXT to look up',
  tooMany: 'one TEXT at a time (quote it)',
  flags: { json: {}, mt: {} },
  values: {
    memory: {},
    min: {},
    limit: {},
    before: {},
    after: {},
    'source-lang': {},
    'target-lang': {},
    output: { short: 'o' },
  },
});

/** `verso tm lookup TEXT --memory DIR …`. */
export async function runTmLookup(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(LOOKUP_OPTIONS, args);
  if (parsed.kind !== 'run') return answerWithoutWork(parsed, TM_LOOKUP_HELP, TM_USAGE, io);
  const { values } = parsed;
  if (values.memory === undefined)
    return usageFailure('tm lookup: missing --memory DIR', TM_USAGE, io);
  const threshold = whole(values.min, 70, 0, 101);
  const limit = whole(values.limit, 9, 1, 1000);
  if (threshold === undefined)
    return usageFailure('tm lookup: --min takes a whole number from 0 to 101', TM_USAGE, io);
  if (limit === undefined)
    return usageFailure('tm lookup: --limit takes a whole number from 1 to 1000', TM_USAGE, io);
  if ((values.before === undefined) !== (values.after === undefined))
    return usageFailure('tm lookup: give --before and --after together', TM_USAGE, io);
  const memory = await openMemory(values.memory, io);
  if (typeof memory === 'number') return memory;
  const pairProblem = checkPair(memory, values['source-lang'], values['target-lang']);
  if (pairProblem !== undefined) {
    io.stderr(`verso: ${values.memory}: ${pairProblem}\n`);
    return EXIT_BAD_INPUT;
  }
  const text = parsed.args.text;
  const query: LookupQuery = {
    ...(parsed.flags.mt ? { mt: text } : { source: text }),
    ...(values.before === undefined || values.after === undefined
      ? {}
      : { context: { before: values.before, after: values.after } }),
  };
  const matches = memory.lookup(query, { threshold, limit });
  const output = parsed.flags.json
    ? `${JSON.stringify(matches.map(matchJson), null, 2)}\n`
    : matchesText(matches, values.memory, memory, threshold);
  return writeOutput(output, values.output, io);
}

const CONCORDANCE_OPTIONS = defineCommand({
  command: 'tm concordance',
  positionals: ['phrase'],
  missing: 'needs the PHRASE to look for',
  tooMany: 'one PHRASE at a time (quote it)',
  flags: { json: {} },
  values: { memory: {}, in: {}, project: {}, from: {}, to: {}, limit: {}, output: { short: 'o' } },
});

/** `verso tm concordance PHRASE --memory DIR …`. */
export async function runTmConcordance(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(CONCORDANCE_OPTIONS, args);
  if (parsed.kind !== 'run') return answerWithoutWork(parsed, TM_CONCORDANCE_HELP, TM_USAGE, io);
  const { values } = parsed;
  const wrong = (message: string) => usageFailure(`tm concordance: ${message}`, TM_USAGE, io);
  if (values.memory === undefined) return wrong('missing --memory DIR');
  const fields = values.in?.split(',').map((f) => f.trim()) ?? [...CONCORDANCE_FIELDS];
  const unknown = fields.find((f) => !(CONCORDANCE_FIELDS as readonly string[]).includes(f));
  if (unknown !== undefined) return wrong(`--in takes source, mt and target, not '${unknown}'`);
  const from = values.from === undefined ? undefined : day(values.from);
  const to = values.to === undefined ? undefined : day(values.to);
  if (from === null || to === null) return wrong('--from and --to take a date, YYYY-MM-DD');
  const limit = whole(values.limit, 50, 1, 10000);
  if (limit === undefined) return wrong('--limit takes a whole number from 1 to 10000');
  const memory = await openMemory(values.memory, io);
  if (typeof memory === 'number') return memory;
  const query: ConcordanceQuery = {
    text: parsed.args.phrase,
    fields: fields as ConcordanceField[],
    limit,
    ...(values.project === undefined ? {} : { projects: [values.project] }),
    ...(from === undefined ? {} : { from }),
    // The whole last day: up to the last millisecond before the next one.
    ...(to === undefined ? {} : { to: to + 86_400_000 - 1 }),
  };
  const result = memory.concordance(query);
  const output = parsed.flags.json
    ? `${JSON.stringify(concordanceJson(result), null, 2)}\n`
    : concordanceText(result, query, values.memory);
  return writeOutput(output, values.output, io);
}

/** The memory in `dir`, or the exit status after saying why there is none. */
async function openMemory(dir: string, io: CliIo): Promise<TranslationMemory | number> {
  const loaded = await loadMemory(dir, io);
  if (!loaded.ok) return loaded.status;
  return loaded.memory ?? noMemory(dir, io);
}

/** Why the memory's pair is not the one asked for, if it is not. */
function checkPair(
  memory: TranslationMemory,
  source?: string,
  target?: string,
): string | undefined {
  const { sourceLang, targetLang } = memory.info;
  if (
    (source === undefined || sameLanguage(source, sourceLang)) &&
    (target === undefined || sameLanguage(target, targetLang))
  )
    return undefined;
  return `the memory holds ${sourceLang} → ${targetLang}, not ${source ?? sourceLang} → ${target ?? targetLang}`;
}

/** A whole number option in [min, max], its default when absent, undefined when it is not one. */
function whole(
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  return /^\d+$/.test(value) && n >= min && n <= max ? n : undefined;
}

/** Midnight UTC of a YYYY-MM-DD date; null when it is not one. */
function day(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().startsWith(value) ? ms : null;
}

/** A diff as text: `[-removed-]{+added+}` (wdiff's notation). */
export function diffText(ops: readonly DiffOp[]): string {
  return ops
    .map((op) =>
      op.kind === 'equal' ? op.text : op.kind === 'delete' ? `[-${op.text}-]` : `{+${op.text}+}`,
    )
    .join('');
}

/** Where a unit comes from, in a few words: project, author, date, uses. */
function provenance(unit: MemoryUnit): string {
  const parts = [
    unit.projectName ?? unit.projectId,
    unit.author,
    new Date(unit.changedAt).toISOString().slice(0, 10),
    unit.uses > 1 ? `stored ${unit.uses} times` : undefined,
  ];
  return parts.filter((p) => p !== undefined).join(', ');
}

function matchesText(
  matches: readonly TmMatch[],
  dir: string,
  memory: TranslationMemory,
  threshold: number,
): string {
  if (matches.length === 0)
    return `${dir}: no match of ${threshold}% or more among ${memory.size} units.\n`;
  const lines: string[] = [];
  matches.forEach((m, i) => {
    const what =
      m.kind === 'context'
        ? 'context match'
        : m.kind === 'exact'
          ? 'exact match'
          : `differs in ${m.differences.join(', ')}`;
    lines.push(`${i + 1}. ${m.score}%  ${what}  (${provenance(m.unit)})`);
    lines.push(`   ${m.by === 'source' ? 'source' : 'MT'}: ${diffText(m.diff)}`);
    if (m.by === 'mt' && m.unit.source !== undefined) lines.push(`   source: ${m.unit.source}`);
    lines.push(`   target: ${m.target}`);
    if (m.substitutions.length > 0)
      lines.push(`   (put in: ${m.substitutions.map((s) => `${s.from} → ${s.to}`).join(', ')})`);
  });
  return `${lines.join('\n')}\n`;
}

function matchJson(m: TmMatch): Record<string, unknown> {
  const { unit } = m;
  return {
    score: m.score,
    kind: m.kind,
    by: m.by,
    differences: m.differences,
    stored: (m.by === 'source' ? unit.source : unit.mt) ?? '',
    diff: m.diff,
    target: m.target,
    storedTarget: unit.target,
    substitutions: m.substitutions,
    ...(unit.source === undefined ? {} : { source: unit.source }),
    ...(unit.mt === undefined ? {} : { mt: unit.mt }),
    id: unit.id,
    ...(unit.projectName === undefined && unit.projectId === undefined
      ? {}
      : { project: unit.projectName ?? unit.projectId }),
    ...(unit.author === undefined ? {} : { author: unit.author }),
    changedAt: new Date(unit.changedAt).toISOString(),
    uses: unit.uses,
  };
}

/** `text` with each span marked [like this]. */
function marked(
  text: string,
  spans: readonly { start: number; end: number }[] | undefined,
): string {
  let out = '';
  let at = 0;
  for (const s of spans ?? []) {
    out += `${text.slice(at, s.start)}[${text.slice(s.start, s.end)}]`;
    at = s.end;
  }
  return out + text.slice(at);
}

function concordanceText(result: ConcordanceResult, query: ConcordanceQuery, dir: string): string {
  const { hits, more } = result;
  const count = `${hits.length}${more ? '+' : ''} ${hits.length === 1 && !more ? 'unit' : 'units'}`;
  const lines = [
    `${dir}: ${count} with “${query.text}” (${(query.fields ?? CONCORDANCE_FIELDS).join(', ')})`,
  ];
  hits.forEach(({ unit, spans }, i) => {
    lines.push(`${i + 1}. (${provenance(unit)})`);
    if (unit.source !== undefined) lines.push(`   source: ${marked(unit.source, spans.source)}`);
    if (unit.mt !== undefined) lines.push(`   MT:     ${marked(unit.mt, spans.mt)}`);
    lines.push(`   target: ${marked(unit.target, spans.target)}`);
  });
  if (more) lines.push(`(more: raise --limit to see them)`);
  return `${lines.join('\n')}\n`;
}

function concordanceJson({ hits, more }: ConcordanceResult): Record<string, unknown> {
  return {
    hits: hits.map(({ unit, spans }) => ({
      id: unit.id,
      ...(unit.source === undefined ? {} : { source: unit.source }),
      ...(unit.mt === undefined ? {} : { mt: unit.mt }),
      target: unit.target,
      spans: Object.fromEntries(
        Object.entries(spans).map(([field, list]) => [field, list.map((s) => [s.start, s.end])]),
      ),
      ...(unit.projectName === undefined && unit.projectId === undefined
        ? {}
        : { project: unit.projectName ?? unit.projectId }),
      changedAt: new Date(unit.changedAt).toISOString(),
    })),
    more,
  };
}

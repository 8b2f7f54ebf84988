/**
 * Verso's QA engine (issue 4): the registry of checks, a whole-document run (what the QA worker does)
 * and a live check of one segment (what the editor does while typing), and one-click fixes.
 *
 * Every check looks at one segment; cross-segment checks (duplicates, variants, length outliers) read
 * the document's statistics, computed once per run. So `runChecks(doc)` is exactly the concatenation
 * of `checkSegment(s, ctx, documentStats(doc))` over its segments, and a live check agrees with the
 * worker. Excluded segments are not checked: they are not part of the edition.
 */
import { groupHitsBySegment } from '../review/hits.ts';
import type { Segment } from '../model/model.ts';
import { boilerplateCheck } from './boilerplate.ts';
import { unbalancedCheck } from './brackets.ts';
import { prepareContext, spellerFor, type Check, type PreparedContext } from './check.ts';
import { cjkCheck } from './cjk.ts';
import { duplicateCheck } from './duplicates.ts';
import { applyFixes, makeFinding, type FindingSpec } from './finding.ts';
import { fullwidthCheck } from './fullwidth.ts';
import { lengthRatioCheck } from './length-ratio.ts';
import { numberCheck } from './numbers.ts';
import { placeholderCheck } from './placeholders.ts';
import { repeatedPhraseCheck } from './repeated-phrase.ts';
import { repeatedWordCheck } from './repeated-word.ts';
import { spacingCheck } from './spacing.ts';
import { nameCheck, spellingCheck } from './spelling.ts';
import { documentStats, type DocumentStats } from './stats.ts';
import { termCheck } from './term.ts';
import { scanDocument, scannedText, scanText } from '../text/document-scan.ts';
import type { ScannedText } from '../text/words.ts';
import type { Finding, QaContext, QaMessage } from './types.ts';
import { untouchedCheck } from './untouched.ts';
import { variantCheck } from './variant-check.ts';

export type { Finding, QaContext, QaMessage, Severity, Speller } from './types.ts';
export type { DocumentStats } from './stats.ts';
export { applyFix, applyFixes } from './finding.ts';
export { documentStats } from './stats.ts';

/** Every check, in the order their findings are listed for one span. */
export const CHECKS: readonly Check[] = [
  placeholderCheck,
  termCheck,
  numberCheck,
  cjkCheck,
  fullwidthCheck,
  spellingCheck,
  nameCheck,
  repeatedWordCheck,
  repeatedPhraseCheck,
  variantCheck,
  unbalancedCheck,
  spacingCheck,
  lengthRatioCheck,
  duplicateCheck,
  boilerplateCheck,
  untouchedCheck,
];

/** The rule ids, for the QA panel's filter and the project's "disabled rules" setting. */
export const QA_RULES: readonly string[] = CHECKS.map((c) => c.id);

/**
 * Rules a term finding overrides where they overlap: a term rule is the reviewer's (or the glossary's)
 * explicit word, the others are guesses ("Fourty" is a term violation, not also a misspelling, and the
 * pack's rendering of "double-attraction and double-attraction" wins over dropping the repetition).
 */
const YIELD_TO_TERMS = new Set(['spelling', 'name', 'variant', 'repeated-phrase', 'repeated-word']);

/** Checks a whole document: every segment, with the document's statistics. */
export function runChecks(segments: readonly Segment[], ctx: QaContext): Finding[] {
  const context = prepareContext(ctx);
  const scanned = scanDocument(segments.map((s) => s.text));
  const doc = documentStats(segments, ctx, scanned);
  const findings: Finding[] = [];
  segments.forEach((segment, i) => {
    if (segment.status === 'excluded') return;
    // Each segment's words are built right before its checks: garbage the moment they are done.
    for (const finding of checkScanned(segment, scannedText(scanned, i), context, doc, i))
      findings.push(finding);
  });
  return findings;
}

/**
 * The findings left in a document: `runChecks` without those the reviewer ignored (kept with the
 * project, `ProjectQa.ignored`). What the QA panel lists, `verso qa` prints and the change report
 * counts (issue 11 item 3).
 */
export function findingsLeft(
  segments: readonly Segment[],
  ctx: QaContext,
  ignored: readonly { readonly findingId: string }[] = [],
): Finding[] {
  const findings = runChecks(segments, ctx);
  if (ignored.length === 0) return findings;
  const skip = new Set(ignored.map((i) => i.findingId));
  return findings.filter((f) => !skip.has(f.id));
}

/**
 * Checks that cannot run in this context, to say once (issue 11 item 7): spelling when the speller's
 * dictionary is not in the target's language (an English dictionary on a German target).
 */
export function skippedChecks(
  ctx: QaContext,
): { readonly rule: 'spelling'; readonly message: QaMessage }[] {
  if (!ctx.speller || spellerFor(ctx)) return [];
  return [
    {
      rule: 'spelling',
      message: {
        key: 'qa.skipped.spelling',
        params: { lang: ctx.targetLang, dictionary: ctx.speller.lang ?? '' },
      },
    },
  ];
}

/**
 * Checks one segment, as while it is being edited. Without `doc` the cross-segment checks
 * (duplicates, variants) are skipped and lengths are judged by the prior model.
 */
export function checkSegment(segment: Segment, ctx: QaContext, doc?: DocumentStats): Finding[] {
  if (segment.status === 'excluded') return [];
  return checkScanned(segment, scanText(segment.text), prepareContext(ctx), doc);
}

/**
 * The texts "fix all" produces: for each segment with fixable findings, its text with every
 * suggestion applied (see `applyFixes`). Segments whose text would not change are left out; the UI
 * saves one revision per entry, all in one undo step. Findings marked `needsPreview` are left out
 * unless `options.previewed` says the reviewer has seen their before/after (issue 11 item 5).
 *
 * @throws RangeError when a finding no longer matches its segment's text (re-run the checks first)
 */
export function fixAll(
  segments: readonly Segment[],
  findings: readonly Finding[],
  options: { readonly previewed?: boolean } = {},
): { segmentId: string; before: string; after: string }[] {
  const bySegment = groupBySegment(
    options.previewed ? findings : findings.filter((f) => !f.needsPreview),
  );
  const changes: { segmentId: string; before: string; after: string }[] = [];
  for (const segment of segments) {
    const list = bySegment.get(segment.id);
    if (!list) continue;
    const after = applyFixes(segment.text, list);
    if (after !== segment.text)
      changes.push({ segmentId: segment.id, before: segment.text, after });
  }
  return changes;
}

/** Findings grouped by segment id, in their given order (for `sortByRisk` and `fixAll`). */
export function groupBySegment(findings: readonly Finding[]): Map<string, Finding[]> {
  return groupHitsBySegment(findings);
}

function checkScanned(
  segment: Segment,
  scan: ScannedText,
  context: PreparedContext,
  doc: DocumentStats | undefined,
  index?: number,
): Finding[] {
  const specs: FindingSpec[] = [];
  const report = (spec: FindingSpec) => void specs.push(spec);
  const input = { segment, scan, context, doc, index };
  for (const check of CHECKS) if (!context.disabled.has(check.id)) check.run(input, report);
  if (specs.length === 0) return [];
  let kept = specs;
  if (specs.some((s) => s.rule === 'term' && s.end > s.start)) {
    const terms = specs.filter((s) => s.rule === 'term' && s.end > s.start);
    kept = specs.filter(
      (s) => !YIELD_TO_TERMS.has(s.rule) || !terms.some((t) => t.start < s.end && s.start < t.end),
    );
  }
  if (kept.length > 1) kept.sort((a, b) => a.start - b.start);
  const findings: Finding[] = [];
  for (const spec of kept) {
    const finding = makeFinding(segment.id, segment.text, spec);
    // Sorted by start, equal findings (same id, so same start) are among the last ones kept with
    // that start: one of each is kept.
    let seen = false;
    for (let k = findings.length - 1; k >= 0 && findings[k]!.start === finding.start; k--) {
      if (findings[k]!.id === finding.id) {
        seen = true;
        break;
      }
    }
    if (!seen) findings.push(finding);
  }
  return findings;
}

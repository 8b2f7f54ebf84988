/** Building findings with their stable ids, and applying their suggestions. */
import type { Finding, QaMessage, Severity } from './types.ts';

/** What a check says about a span; {@link makeFinding} adds the id and the flagged text. */
export interface FindingSpec {
  readonly rule: string;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
  /** The suggestion must be seen before it is applied (see `Finding.needsPreview`). */
  readonly needsPreview?: boolean;
  readonly key: string;
  readonly params?: QaMessage['params'];
  /**
   * Told apart findings of one rule on the same span: "missing" findings all have the empty span at 0,
   * so what is missing goes into the hash.
   */
  readonly discriminator?: string;
}

/** The finding for `spec` in segment `segmentId` whose current text is `text`. */
export function makeFinding(segmentId: string, text: string, spec: FindingSpec): Finding {
  const flagged = text.slice(spec.start, spec.end);
  const hashed =
    spec.discriminator === undefined ? flagged : `${flagged}\u0000${spec.discriminator}`;
  const id = `${spec.rule}:${segmentId}:${spec.start}:${spec.end}:${hashText(hashed)}`;
  const message = { key: spec.key, params: spec.params ?? NO_PARAMS };
  // Two literals rather than a spread: a run makes tens of thousands of findings.
  const { rule, severity, start, end, suggestion } = spec;
  if (suggestion === undefined)
    return { id, rule, severity, segmentId, start, end, text: flagged, message };
  return spec.needsPreview
    ? {
        id,
        rule,
        severity,
        segmentId,
        start,
        end,
        text: flagged,
        suggestion,
        needsPreview: true,
        message,
      }
    : { id, rule, severity, segmentId, start, end, text: flagged, suggestion, message };
}

const NO_PARAMS: QaMessage['params'] = Object.freeze({});

/** FNV-1a (32 bits) of the UTF-16 code units, in base 36: short, fast, stable across runs and engines. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Applies one finding's suggestion to `text`; the text is returned unchanged when the finding has no
 * suggestion.
 *
 * @throws RangeError when the text at the finding's span is no longer the flagged text (it changed
 *   since the check), so a stale fix never lands in the wrong place.
 */
export function applyFix(text: string, finding: Finding): string {
  return applyFixes(text, [finding]);
}

/**
 * Applies the suggestions of several findings of one segment, from the end so that earlier offsets
 * stay valid. Findings without a suggestion are skipped, and so is any finding overlapping one
 * already applied (two checks may flag the same words: the later-starting one wins, then the longer).
 *
 * @throws RangeError as {@link applyFix}
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixable = findings
    .filter((f) => f.suggestion !== undefined)
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Infinity;
  for (const finding of fixable) {
    if (finding.end > limit) continue;
    if (text.slice(finding.start, finding.end) !== finding.text) {
      throw new RangeError(
        `Finding ${finding.id} no longer matches the text at ${finding.start}–${finding.end}.`,
      );
    }
    result =
      result.slice(0, finding.start) + (finding.suggestion ?? '') + result.slice(finding.end);
    limit = finding.start;
  }
  return result;
}

/**
 * `finding` moved to [start, end) of a text that changed elsewhere since the check (the reviewer typed
 * before it: issue 13 item 4). Its id is the one the check would give it there (same rule, segment and
 * hash), so ignoring the moved finding ignores what the next check finds.
 */
export function movedFinding(finding: Finding, start: number, end: number): Finding {
  if (finding.start === start && finding.end === end) return finding;
  const hash = finding.id.slice(finding.id.lastIndexOf(':') + 1);
  return {
    ...finding,
    start,
    end,
    id: `${finding.rule}:${finding.segmentId}:${start}:${end}:${hash}`,
  };
}

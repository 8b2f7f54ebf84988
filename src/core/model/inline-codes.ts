/**
 * Inline codes (XLIFF `<ph>`, `<pc>`, `<sc>/<ec>`, `<g>`, `<x/>`, `<bx/>/<ex/>`, `<bpt>/<ept>`, `<it>`,
 * TMX `<bpt>/<ept>/<ph>/<it>/<hi>`…) are shown in segment text as visible, protected placeholders:
 *
 *   ⟨1⟩ … ⟨/1⟩   a paired code (opening and closing)
 *   ⟨2/⟩         a standalone code
 *
 * The brackets are U+27E8 / U+27E9 (mathematical angle brackets), which do not occur in ordinary prose,
 * so a placeholder can be recognised, kept intact while editing, checked and turned back into the
 * original markup on export. The original markup of each code lives in the segment's `codes`.
 */

export const CODE_OPEN = '\u27E8';
export const CODE_CLOSE = '\u27E9';

export type InlineCodeKind = 'open' | 'close' | 'standalone';

/** One inline code of a segment: what the placeholder stands for. */
export interface InlineCode {
  /** Placeholder number (unique in the segment; an open/close pair shares it). */
  readonly n: number;
  readonly kind: InlineCodeKind;
  /** Element name in the file (`ph`, `pc`, `bpt`, `g`, `x`…). */
  readonly element: string;
  /** The code's id in the file, when it has one. */
  readonly id?: string;
  /** Original markup (serialised XML of the element, or its native code text), kept for export. */
  readonly data: string;
  /**
   * The native code the placeholder stands for, when the file gives it: the `<data>` an XLIFF 2 code
   * points to, the content of a TMX or XLIFF 1.2 `<bpt>`/`<ept>`/`<ph>`/`<it>` (e.g. `{\b `, `<b>`).
   */
  readonly original?: string;
}

/** The placeholder text for a code. */
export function placeholder(code: Pick<InlineCode, 'n' | 'kind'>): string {
  if (code.kind === 'open') return `${CODE_OPEN}${code.n}${CODE_CLOSE}`;
  if (code.kind === 'close') return `${CODE_OPEN}/${code.n}${CODE_CLOSE}`;
  return `${CODE_OPEN}${code.n}/${CODE_CLOSE}`;
}

/** Matches one placeholder; groups: 1 = "/" for close, 2 = number, 3 = "/" for standalone. */
export const PLACEHOLDER_PATTERN = /\u27E8(\/?)(\d+)(\/?)\u27E9/g;

/** The placeholders in a text, in order, as their literal strings. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[0]);
}

/**
 * True when the text contains a broken placeholder: a bracket that is not part of a whole placeholder
 * (what a keystroke inside `⟨12⟩` leaves behind).
 */
export function hasBrokenPlaceholder(text: string): boolean {
  const rest = text.replace(PLACEHOLDER_PATTERN, '');
  return rest.includes(CODE_OPEN) || rest.includes(CODE_CLOSE);
}

/** Why an edit is refused: see `checkPlaceholderEdit`. */
export type PlaceholderEditProblem = 'broken' | 'changed' | 'unknown' | 'extra';

/** The verdict on an edit of a text with placeholders. */
export type PlaceholderEditVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly problem: PlaceholderEditProblem;
      /** The placeholder concerned (for `broken`: the text around the stray bracket). */
      readonly placeholder: string;
    };

const EDIT_OK: PlaceholderEditVerdict = { ok: true };

/** The segment an edit is checked against: its inline codes, and the texts that carry them. */
export interface PlaceholderContext {
  readonly codes?: readonly Pick<InlineCode, 'n' | 'kind'>[];
  readonly mt: string;
  readonly source?: string;
}

/**
 * Whether the edit `before` → `after` of a segment's text keeps every placeholder atomic (issue 11 item
 * 2): whole placeholders may be typed, pasted, moved or deleted, but never changed. The edit is refused
 * when it
 * - `broken`: leaves a bracket that is not part of a whole placeholder (a keystroke inside `⟨/2⟩`);
 * - `changed`: replaces a placeholder by another one in one step (`⟨2⟩` → `⟨5⟩`, `⟨12⟩` → `⟨1⟩`: any
 *   digit edited);
 * - `unknown`: brings in a placeholder that is none of the segment's codes;
 * - `extra`: brings in more copies of a placeholder than the source, the MT or the text before have.
 *
 * A segment without codes has no placeholders: `⟨` is then an ordinary character. The editor calls this
 * on every input and restores `before` when the verdict is not ok.
 */
export function checkPlaceholderEdit(
  before: string,
  after: string,
  segment: PlaceholderContext,
): PlaceholderEditVerdict {
  const codes = segment.codes ?? [];
  if (codes.length === 0 || before === after) return EDIT_OK;
  if (hasBrokenPlaceholder(after) && !hasBrokenPlaceholder(before)) {
    return { ok: false, problem: 'broken', placeholder: strayBracketContext(after) };
  }
  const { removed, inserted } = changedTokens(tokens(before), tokens(after));
  const added = withoutAll(inserted.filter(isPlaceholder), removed);
  if (added.length === 0) return EDIT_OK;
  const lost = withoutAll(removed.filter(isPlaceholder), inserted);
  if (lost.length > 0) return { ok: false, problem: 'changed', placeholder: lost[0]! };
  const known = new Set(codes.map(placeholder));
  const allowed = (p: string) =>
    Math.max(count(before, p), count(segment.mt, p), count(segment.source ?? '', p));
  for (const p of added) {
    if (!known.has(p)) return { ok: false, problem: 'unknown', placeholder: p };
    if (count(after, p) > allowed(p)) return { ok: false, problem: 'extra', placeholder: p };
  }
  return EDIT_OK;
}

/**
 * The first placeholder-like string of `text` that none of `codes` stands for, or the text around a
 * stray bracket; `undefined` when every placeholder is one of the codes. An export refuses such a text
 * (it would write a literal `⟨5⟩` beside an orphaned closing code).
 */
export function unknownPlaceholder(
  text: string,
  codes: readonly Pick<InlineCode, 'n' | 'kind'>[],
): string | undefined {
  if (codes.length === 0) return undefined;
  const known = new Set(codes.map(placeholder));
  const unknown = placeholdersIn(text).find((p) => !known.has(p));
  if (unknown !== undefined) return unknown;
  return hasBrokenPlaceholder(text) ? strayBracketContext(text) : undefined;
}

/** Whole placeholders as one token each, every other UTF-16 unit as its own. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    for (let i = last; i < match.index; i++) out.push(text[i]!);
    out.push(match[0]);
    last = match.index + match[0].length;
  }
  for (let i = last; i < text.length; i++) out.push(text[i]!);
  return out;
}

/** The tokens between the common prefix and the common suffix of the two token lists. */
function changedTokens(a: readonly string[], b: readonly string[]) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), inserted: b.slice(start, endB) };
}

function isPlaceholder(token: string): boolean {
  return token.length > 2 && token.startsWith(CODE_OPEN);
}

/** `items` with one occurrence of each of `other` taken out (a multiset difference). */
function withoutAll(items: readonly string[], other: readonly string[]): string[] {
  const rest = [...items];
  for (const o of other) {
    const i = rest.indexOf(o);
    if (i >= 0) rest.splice(i, 1);
  }
  return rest;
}

function count(text: string, p: string): number {
  return text.split(p).length - 1;
}

/** A few characters around the first bracket that is not part of a whole placeholder. */
function strayBracketContext(text: string): string {
  const masked = text.replace(PLACEHOLDER_PATTERN, (m) => ' '.repeat(m.length));
  const i = masked.search(/[\u27E8\u27E9]/);
  return text.slice(Math.max(0, i - 3), i + 4);
}

/**
 * `text` with each placeholder blanked out by as many spaces, so offsets stay those of `text`: what the
 * QA checks read, since codes are not text (a `⟨1⟩` is no number, issue 11 item 7).
 */
export function maskPlaceholders(text: string): string {
  if (!text.includes(CODE_OPEN)) return text;
  return text.replace(PLACEHOLDER_PATTERN, (m) => ' '.repeat(m.length));
}

/** `text` without its placeholders (for lengths and counts, where codes take no room). */
export function withoutPlaceholders(text: string): string {
  if (!text.includes(CODE_OPEN)) return text;
  return text.replace(PLACEHOLDER_PATTERN, '');
}

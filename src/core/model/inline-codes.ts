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

/**
 * Offsets in a document's text → line and column, for messages that say where a problem is. Parsers
 * keep plain offsets on every element (cheap) and ask for a line and column only when they report.
 */
// @ts-nocheck


/** A position in a text file; both numbers are 1-based. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps string offsets to line/column. Line breaks are CR LF, LF or a lone CR, as in XML's end-of-line
 * handling (XML 1.0 §2.11); columns count UTF-16 code units from 1, as editors' "go to column" do.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Line and column of `offset` (clamped to the text). */
  positionOf(offset: number): TextPosition {
    const starts = (this.starts ??= lineStarts(this.text));
    const at = Math.max(0, Math.min(offset, this.text.length));
    // Binary search for the last line start ≤ at.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The selection in a segment's correction editor, for the `Log error` form (issue 15): a textarea
 * keeps its selection after the focus moves to the toolbar button, so it is read from the row.
 */
import type { LqaSpan } from '../../core/lqa/error.ts';

/** The selected span of segment `segmentId`'s correction under `grid`, if any text is selected. */
export function correctionSelection(
  grid: Element | null | undefined,
  segmentId: string,
): LqaSpan | undefined {
  const row = grid?.shadowRoot?.querySelector(
    `verso-segment-row[data-segment-id="${CSS.escape(segmentId)}"]`,
  );
  const editor = row?.shadowRoot?.querySelector('textarea.editor');
  if (!(editor instanceof HTMLTextAreaElement)) return undefined;
  const { selectionStart: start, selectionEnd: end } = editor;
  return end > start ? { start, end } : undefined;
}

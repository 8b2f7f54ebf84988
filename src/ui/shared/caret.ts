/**
 * Where the caret goes when a field's text is replaced from outside (undo, redo, another tab, another
 * reviewer) while the reviewer is in it (issue 11 item 11: after Ctrl+Y the caret jumped to the end).
 * A caret before the change stays; one after it keeps its distance from the end; one inside it goes to
 * the end of the new text of the change — as editors place it after an undo.
 */
export function caretAfterChange(before: string, after: string, caret: number): number {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix += 1;
  if (caret <= prefix) return caret;
  if (caret >= before.length - suffix) return after.length - (before.length - caret);
  return after.length - suffix;
}

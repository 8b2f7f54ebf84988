import { describe, expect, it } from 'vitest';
import { UndoStack, type UndoEntry } from '../../../../src/core/project/undo.ts';

/** A step that changed segment `id` from `before` to `after`. */
const step = (id: string, before = 'a', after = 'b'): UndoEntry => ({
  label: 'typing',
  items: [
    {
      segmentId: id,
      before: { text: before, status: 'new' },
      after: { text: after, status: 'edited' },
    },
  ],
});

describe('UndoStack', () => {
  it('can neither undo nor redo when new', () => {
    const stack = new UndoStack();
    expect([stack.canUndo, stack.canRedo]).toEqual([false, false]);
    expect(stack.undo()).toBeUndefined();
    expect(stack.redo()).toBeUndefined();
  });

  it('stays empty after an undo or a redo with nothing to take', () => {
    const stack = new UndoStack();
    stack.undo();
    expect(stack.canRedo).toBe(false);
    stack.redo();
    expect(stack.canUndo).toBe(false);
  });

  it('can undo a recorded step, and redo it once undone', () => {
    const stack = new UndoStack();
    const entry = step('s1');
    stack.push(entry);
    expect([stack.canUndo, stack.canRedo]).toEqual([true, false]);
    expect(stack.undo()).toBe(entry);
    expect([stack.canUndo, stack.canRedo]).toEqual([false, true]);
    expect(stack.redo()).toBe(entry);
    expect([stack.canUndo, stack.canRedo]).toEqual([true, false]);
  });

  it('undoes the latest step first and redoes in the order undone', () => {
    const stack = new UndoStack();
    const [first, second] = [step('s1'), step('s2')];
    stack.push(first);
    stack.push(second);
    expect(stack.undo()).toBe(second);
    expect(stack.undo()).toBe(first);
    expect(stack.redo()).toBe(first);
    expect(stack.redo()).toBe(second);
  });

  it('forgets the undone steps when a new step is recorded', () => {
    const stack = new UndoStack();
    stack.push(step('s1'));
    stack.undo();
    stack.push(step('s2'));
    expect(stack.canRedo).toBe(false);
    expect(stack.redo()).toBeUndefined();
  });

  it('ignores a step that changed nothing', () => {
    const stack = new UndoStack();
    stack.push(step('s1'));
    stack.undo();
    stack.push({ label: 'replace', items: [] });
    expect(stack.canUndo).toBe(false);
    // The ignored step does not clear what can be redone either.
    expect(stack.canRedo).toBe(true);
  });

  it('records a change of structure that has no item', () => {
    const stack = new UndoStack();
    const structure: UndoEntry = {
      label: 'structure',
      items: [],
      structure: { before: [], after: [], beforeMode: 'paragraph', afterMode: 'sentence' },
    };
    stack.push(structure);
    expect(stack.undo()).toBe(structure);
  });

  it('drops restructure steps from both stacks and keeps the others in order', () => {
    const stack = new UndoStack();
    const structure = (): UndoEntry => ({
      label: 'structure',
      items: [],
      structure: { before: [], after: [], beforeMode: 'paragraph', afterMode: 'paragraph' },
    });
    const [a, b, c, d] = [step('a'), structure(), step('c'), structure()];
    for (const e of [a, b, c, d]) stack.push(e);
    stack.undo(); // d to redo
    stack.undo(); // c to redo
    expect(stack.dropStructure()).toBe(2);
    expect(stack.redo()).toBe(c);
    expect(stack.canRedo).toBe(false);
    expect(stack.undo()).toBe(c);
    expect(stack.undo()).toBe(a);
    expect(stack.canUndo).toBe(false);
    expect(stack.dropStructure()).toBe(0);
  });

  it('keeps the latest 500 steps by default, dropping the oldest', () => {
    const stack = new UndoStack();
    for (let i = 0; i < 501; i++) stack.push(step(`s${i}`));
    const undone: string[] = [];
    for (let entry = stack.undo(); entry; entry = stack.undo()) {
      undone.push(entry.items[0]!.segmentId);
    }
    expect(undone).toHaveLength(500);
    expect(undone.at(0)).toBe('s500');
    expect(undone.at(-1)).toBe('s1');
  });

  it('keeps exactly as many steps as its limit', () => {
    const stack = new UndoStack(2);
    stack.push(step('a'));
    stack.push(step('b'));
    expect(stack.undo()?.items[0]?.segmentId).toBe('b');
    expect(stack.undo()?.items[0]?.segmentId).toBe('a');
    expect(stack.canUndo).toBe(false);
  });

  it('forgets everything when cleared', () => {
    const stack = new UndoStack();
    stack.push(step('s1'));
    stack.push(step('s2'));
    stack.undo();
    stack.clear();
    expect([stack.canUndo, stack.canRedo]).toEqual([false, false]);
    expect(stack.undo()).toBeUndefined();
    expect(stack.redo()).toBeUndefined();
  });
});

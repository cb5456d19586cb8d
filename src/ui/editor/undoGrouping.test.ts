import { describe, expect, it } from 'vitest';
import { newUndoGroup } from '../../state/editorBridge.ts';
import { createUndoGrouping } from './undoGrouping.ts';

/**
 * A stand-in for Monaco's undo stack: edits join the open step until a stop is pushed; `undo`
 * takes back the last step as a whole (and, like Monaco, changes the version).
 */
function fakeEditor(initial: string) {
  let text = initial;
  let version = 1;
  const steps: { before: string }[] = [];
  let stepOpen = false;
  return {
    target: {
      pushUndoStop: () => { stepOpen = false; },
      versionId: () => version,
    },
    edit(next: string) {
      if (!stepOpen) steps.push({ before: text });
      stepOpen = true;
      text = next;
      version++;
    },
    type(next: string) {
      // Monaco pushes a stop before typing that follows a programmatic edit.
      stepOpen = false;
      this.edit(next);
    },
    undo() {
      const step = steps.pop();
      if (!step) return;
      stepOpen = false;
      text = step.before;
      version++;
    },
    text: () => text,
    steps: () => steps.length,
  };
}

describe('undo grouping', () => {
  it('makes each ungrouped batch its own undo step', () => {
    const editor = fakeEditor('weight: 10');
    const grouping = createUndoGrouping(editor.target);
    grouping.apply(undefined, () => editor.edit('weight: 11'));
    grouping.apply(undefined, () => editor.edit('weight: 12'));
    expect(editor.steps()).toBe(2);
    editor.undo();
    expect(editor.text()).toBe('weight: 11');
  });

  it('joins a gesture\'s batches into one step that one undo reverts exactly', () => {
    const editor = fakeEditor('weight: 10');
    const grouping = createUndoGrouping(editor.target);
    editor.type('weight: 10 # typed');
    const drag = newUndoGroup('drag');
    for (const w of [14, 23, 40, 35]) grouping.apply(drag, () => editor.edit(`weight: ${w} # typed`));
    grouping.end(drag);
    expect(editor.steps()).toBe(2);
    editor.undo();
    expect(editor.text()).toBe('weight: 10 # typed');
  });

  it('starts a new step after the gesture ends, for another gesture, or an ungrouped edit', () => {
    const editor = fakeEditor('w: 0');
    const grouping = createUndoGrouping(editor.target);
    const first = newUndoGroup('drag');
    grouping.apply(first, () => editor.edit('w: 1'));
    grouping.apply(first, () => editor.edit('w: 2'));
    grouping.end(first);
    grouping.apply(first, () => editor.edit('w: 3')); // a late write of an ended gesture
    expect(editor.steps()).toBe(2);

    const second = newUndoGroup('drag');
    grouping.apply(second, () => editor.edit('w: 4'));
    expect(editor.steps()).toBe(3);
    grouping.apply(undefined, () => editor.edit('w: 5')); // e.g. a link loaded meanwhile
    grouping.apply(second, () => editor.edit('w: 6'));
    expect(editor.steps()).toBe(5);
  });

  it('does not join across an edit made in between (undo, typing)', () => {
    const editor = fakeEditor('w: 0');
    const grouping = createUndoGrouping(editor.target);
    const drag = newUndoGroup('drag');
    grouping.apply(drag, () => editor.edit('w: 1'));
    editor.undo();
    grouping.apply(drag, () => editor.edit('w: 2'));
    expect(editor.steps()).toBe(1);
    editor.undo();
    expect(editor.text()).toBe('w: 0');
  });

  it('closes the open step on interrupt, and ignores the end of a group that is not open', () => {
    const editor = fakeEditor('w: 0');
    const grouping = createUndoGrouping(editor.target);
    const drag = newUndoGroup('drag');
    grouping.apply(drag, () => editor.edit('w: 1'));
    grouping.end(newUndoGroup('other'));
    grouping.apply(drag, () => editor.edit('w: 2'));
    expect(editor.steps()).toBe(1);
    grouping.interrupt();
    grouping.apply(drag, () => editor.edit('w: 3'));
    expect(editor.steps()).toBe(2);
  });
});

import type { UndoGroup } from '../../state/editorBridge.ts';

/** The two things of a Monaco editor that undo grouping needs (a fake in unit tests). */
export interface UndoStopTarget {
  /** Closes the open undo step: the next edit starts a new one (`editor.pushUndoStop`). */
  pushUndoStop(): void;
  /** Changes with every edit of the text, undo and redo included (`model.getVersionId`). */
  versionId(): number;
}

export interface UndoGrouping {
  /** Runs `applyEdits` as its own undo step, or as part of the open step of `group`. */
  apply(group: UndoGroup | undefined, applyEdits: () => void): void;
  /** `group`'s gesture is over: closes its step (a no-op when another step is open). */
  end(group: UndoGroup): void;
  /** Something else happened (the user focused the text): closes any open step. */
  interrupt(): void;
}

/**
 * Monaco joins consecutive edits into one undo step until an undo stop is pushed. An ungrouped
 * batch is wrapped in stops (one step). A group's first batch pushes a stop before it only; its
 * later batches join that step while the text is exactly as the group's last batch left it (a
 * keystroke, an undo or any other edit in between starts a new step). `end` closes it.
 */
export function createUndoGrouping(target: UndoStopTarget): UndoGrouping {
  let open: { group: UndoGroup; version: number } | null = null;

  const close = () => {
    open = null;
    target.pushUndoStop();
  };

  return {
    apply(group, applyEdits) {
      const joins = group !== undefined && open !== null && open.group === group && open.version === target.versionId();
      if (!joins) target.pushUndoStop();
      open = null;
      applyEdits();
      if (group === undefined) target.pushUndoStop();
      else open = { group, version: target.versionId() };
    },
    end(group) {
      if (open?.group === group) close();
    },
    interrupt() {
      if (open) close();
    },
  };
}

import { setYamlText } from './actions/scenario.ts';
import { getAppState } from './store.ts';
import { applyTextEdits, type LineColRange, type TextEdit } from './textEdits.ts';

/**
 * Names one gesture whose edits undo as a single step: a slider drag rewrites the YAML many
 * times (live, so the graph follows), yet Ctrl+Z takes the whole drag back at once. Compared by
 * identity; make one per gesture with `newUndoGroup`.
 */
export interface UndoGroup {
  readonly label: string;
}

export function newUndoGroup(label: string): UndoGroup {
  return { label };
}

export interface ApplyEditsOptions {
  /**
   * Edits of the same group applied one after another (nothing else edited the text between
   * them) join one undo step; `endUndoGroup` closes it. Without a group a batch is its own step.
   */
  undoGroup?: UndoGroup;
}

/**
 * What the mounted editor offers to the rest of the app (trace links, graph edits, Problems).
 * The editor registers itself; callers use the functions below and never hold the editor.
 */
export interface EditorCommands {
  applyEdits(edits: readonly TextEdit[], options?: ApplyEditsOptions): void;
  /** Closes the undo step of `group` (the gesture ended); a no-op for any other group. */
  endUndoGroup?(group: UndoGroup): void;
  revealLine(line: number, endLine?: number): void;
  highlightLines(ranges: readonly Pick<LineColRange, 'line' | 'endLine'>[]): void;
  setCursor(line: number, col?: number): void;
  focus(): void;
}

let mounted: EditorCommands | null = null;

/** Called by the editor component when it mounts; the returned function unregisters it. */
export function registerEditorCommands(commands: EditorCommands): () => void {
  mounted = commands;
  return () => {
    if (mounted === commands) mounted = null;
  };
}

/**
 * Edits the YAML text. With the editor mounted the edits go through it (Ctrl+Z undoes them: one
 * step per call, or per gesture with `undoGroup`); otherwise they apply to the stored text.
 */
export function applyYamlEdits(edits: readonly TextEdit[], options: ApplyEditsOptions = {}): void {
  if (edits.length === 0) return;
  if (mounted) mounted.applyEdits(edits, options);
  else setYamlText(applyTextEdits(getAppState().scenario.yaml, edits));
}

/** The gesture is over: its edits stay one undo step, the next edit starts another. */
export function endUndoGroup(group: UndoGroup): void {
  mounted?.endUndoGroup?.(group);
}

/** Scrolls the editor to the lines (and marks them) without taking focus. */
export function revealInEditor(line: number, endLine: number = line): void {
  mounted?.revealLine(line, endLine);
  mounted?.highlightLines([{ line, endLine }]);
}

/** Moves the cursor to a line and focuses the editor (Problems list, "go to line"). */
export function goToLineInEditor(line: number, col = 1): void {
  if (!mounted) return;
  mounted.revealLine(line);
  mounted.setCursor(line, col);
  mounted.focus();
}

export function clearEditorHighlight(): void {
  mounted?.highlightLines([]);
}

/** Focuses the editor; false when it is not mounted yet. */
export function focusEditor(): boolean {
  if (!mounted) return false;
  mounted.focus();
  return true;
}

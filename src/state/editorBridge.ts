import { setYamlText } from './actions/scenario.ts';
import { getAppState } from './store.ts';
import { applyTextEdits, type LineColRange, type TextEdit } from './textEdits.ts';

/**
 * What the mounted editor offers to the rest of the app (trace links, graph edits, Problems).
 * The editor registers itself; callers use the functions below and never hold the editor.
 */
export interface EditorCommands {
  applyEdits(edits: readonly TextEdit[]): void;
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
 * Edits the YAML text. With the editor mounted the edits go through it (Ctrl+Z undoes them);
 * otherwise they apply to the stored text.
 */
export function applyYamlEdits(edits: readonly TextEdit[]): void {
  if (edits.length === 0) return;
  if (mounted) mounted.applyEdits(edits);
  else setYamlText(applyTextEdits(getAppState().scenario.yaml, edits));
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

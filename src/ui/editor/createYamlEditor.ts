import type { AnalyzerMessage } from '../../engine/analyze/types.ts';
import type { Diagnostic } from '../../engine/model/diagnostic.ts';
import type { EditorProblem } from '../../state/slices/editor.ts';
import type { ApplyEditsOptions, UndoGroup } from '../../state/editorBridge.ts';
import type { LineColRange, TextEdit } from '../../state/textEdits.ts';
import type { ThemeName } from '../theme/palette.ts';
import { registerQuickFixes } from './codeActions.ts';
import { ENGINE_MARKER_OWNER, markerFromDiagnostic, readYamlProblems } from './markers.ts';
import { monaco } from './monacoApi.ts';
import { defineMonacoThemes, monacoThemeName } from './monacoThemes.ts';
import { ensureMonacoYaml } from './monacoYaml.ts';
import { SCENARIO_MODEL_URI } from './schemas.ts';
import { editorOptions } from './editorOptions.ts';
import { createUndoGrouping } from './undoGrouping.ts';
import './yamlEditor.css';

export interface YamlEditorOptions {
  domNode: HTMLElement;
  value: string;
  theme: ThemeName;
  readOnly?: boolean;
  ariaLabel?: string;
  /** Every change of the text: typing, undo, `setValue`, `applyEdits`. */
  onChange?: (value: string) => void;
  onCursorChange?: (line: number, col: number) => void;
  /** Syntax and schema problems from monaco-yaml (not the ones passed to `setMarkers`). */
  onYamlProblemsChange?: (problems: EditorProblem[]) => void;
}

export type LineSpan = Pick<LineColRange, 'line' | 'endLine'>;

export interface YamlEditor {
  getValue(): string;
  /** Replaces the whole text as one undoable edit (no-op when unchanged). */
  setValue(value: string): void;
  /**
   * Applies edits as one undo step: Ctrl+Z reverts them. With `undoGroup`, consecutive calls
   * of that group share one step (a slider drag) until `endUndoGroup`.
   */
  applyEdits(edits: readonly TextEdit[], options?: ApplyEditsOptions): void;
  /** Closes the undo step of a group (the gesture is over). */
  endUndoGroup(group: UndoGroup): void;
  /** Shows engine diagnostics as squiggles (replacing the previous set); their quick fixes become code actions. */
  setMarkers(diagnostics: readonly Diagnostic[]): void;
  /** Scrolls so the lines are visible (centred if they were not). */
  revealLine(line: number, endLine?: number): void;
  /** Marks whole lines (trace/graph selection); an empty list clears the marks. */
  highlightLines(spans: readonly LineSpan[]): void;
  setCursor(line: number, col?: number): void;
  setTheme(theme: ThemeName): void;
  setReadOnly(readOnly: boolean): void;
  focus(): void;
  dispose(): void;
}

function toMonacoRange(model: monaco.editor.ITextModel, edit: TextEdit): monaco.IRange {
  if ('range' in edit) {
    const { line, col, endLine, endCol } = edit.range;
    return new monaco.Range(line, col, endLine, endCol);
  }
  const start = model.getPositionAt(edit.offset);
  const end = model.getPositionAt(edit.offset + edit.length);
  return monaco.Range.fromPositions(start, end);
}

/** Creates a Monaco YAML editor with schema completion, hover and validation in `domNode`. */
export function createYamlEditor(options: YamlEditorOptions): YamlEditor {
  ensureMonacoYaml(monaco);
  defineMonacoThemes(monaco);

  const uri = monaco.Uri.parse(SCENARIO_MODEL_URI);
  monaco.editor.getModel(uri)?.dispose();
  const model = monaco.editor.createModel(options.value, 'yaml', uri);
  const editor = monaco.editor.create(options.domNode, {
    ...editorOptions,
    model,
    theme: monacoThemeName[options.theme],
    readOnly: options.readOnly ?? false,
    ariaLabel: options.ariaLabel ?? 'Scenario YAML',
  });
  const highlights = editor.createDecorationsCollection();
  const undoGrouping = createUndoGrouping({ pushUndoStop: () => editor.pushUndoStop(), versionId: () => model.getVersionId() });
  let shown: readonly AnalyzerMessage[] = [];

  const subscriptions: monaco.IDisposable[] = [
    registerQuickFixes(model, () => shown),
    model.onDidChangeContent(() => options.onChange?.(model.getValue())),
    editor.onDidChangeCursorPosition((e) => options.onCursorChange?.(e.position.lineNumber, e.position.column)),
    // Typing never joins a gesture's undo step, even one that has not ended yet.
    editor.onDidFocusEditorText(() => undoGrouping.interrupt()),
    monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((changed) => changed.toString() === uri.toString())) {
        options.onYamlProblemsChange?.(readYamlProblems(model));
      }
    }),
  ];

  function applyEdits(edits: readonly TextEdit[], { undoGroup }: ApplyEditsOptions = {}): void {
    if (edits.length === 0) return;
    const operations = edits.map((edit) => ({ range: toMonacoRange(model, edit), text: edit.text, forceMoveMarkers: true }));
    undoGrouping.apply(undoGroup, () => editor.executeEdits('playground', operations));
  }

  return {
    getValue: () => model.getValue(),
    setValue(value) {
      if (value === model.getValue()) return;
      applyEdits([{ offset: 0, length: model.getValueLength(), text: value }]);
    },
    applyEdits,
    endUndoGroup: (group) => undoGrouping.end(group),
    setMarkers(diagnostics) {
      shown = diagnostics;
      monaco.editor.setModelMarkers(model, ENGINE_MARKER_OWNER, diagnostics.map(markerFromDiagnostic));
    },
    revealLine(line, endLine = line) {
      editor.revealLinesInCenterIfOutsideViewport(line, Math.max(line, endLine), monaco.editor.ScrollType.Smooth);
    },
    highlightLines(spans) {
      highlights.set(spans.map(({ line, endLine }) => ({
        range: new monaco.Range(line, 1, Math.max(line, endLine), 1),
        options: { isWholeLine: true, className: 'itp-line-highlight', linesDecorationsClassName: 'itp-line-highlight-gutter' },
      })));
    },
    setCursor(line, col = 1) {
      editor.setPosition({ lineNumber: line, column: col });
    },
    setTheme(theme) {
      monaco.editor.setTheme(monacoThemeName[theme]);
    },
    setReadOnly(readOnly) {
      editor.updateOptions({ readOnly });
    },
    focus: () => editor.focus(),
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
      highlights.clear();
      editor.dispose();
      model.dispose();
    },
  };
}

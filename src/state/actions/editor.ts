import { PERF_MARKS, perfMarkOnce } from '../../perf/marks.ts';
import type { EditorProblem } from '../slices/editor.ts';
import { getAppState, patchSlice } from '../store.ts';

export function setEditorReady(ready: boolean): void {
  if (ready) perfMarkOnce(PERF_MARKS.monacoReady);
  patchSlice('editor', { ready });
}

export function setEditorCursor(line: number, col: number): void {
  const { cursor } = getAppState().editor;
  if (cursor.line !== line || cursor.col !== col) patchSlice('editor', { cursor: { line, col } });
}

export function setYamlProblems(yamlProblems: readonly EditorProblem[]): void {
  patchSlice('editor', { yamlProblems });
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** A problem shown in the editor (squiggle), the status line and the Problems tab. */
export interface EditorProblem {
  severity: ProblemSeverity;
  message: string;
  /** 1-based, Monaco convention (endCol is the column after the last character). */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** Who reported it: 'yaml' (syntax and schema, from monaco-yaml) or 'engine'. */
  source: string;
  code?: string;
}

export interface EditorSlice {
  /** True once Monaco is mounted and showing the text. */
  ready: boolean;
  cursor: { line: number; col: number };
  /** Syntax and schema problems reported by monaco-yaml (engine diagnostics live in `engine`). */
  yamlProblems: readonly EditorProblem[];
}

export function initialEditorSlice(): EditorSlice {
  return { ready: false, cursor: { line: 1, col: 1 }, yamlProblems: [] };
}

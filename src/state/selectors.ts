import type { Diagnostic } from '../engine/model/diagnostic.ts';
import type { EditorProblem, ProblemSeverity } from './slices/editor.ts';

export type ProblemCounts = Record<ProblemSeverity, number>;

const severityOfLevel: Record<Diagnostic['level'], ProblemSeverity> = {
  Error: 'error',
  Warning: 'warning',
  Info: 'info',
};

export function problemFromDiagnostic(d: Diagnostic): EditorProblem {
  const { line, col, endLine, endCol } = d.range;
  return { severity: severityOfLevel[d.level], message: d.message, line, col, endLine, endCol, source: 'engine', code: d.code };
}

const rank: Record<ProblemSeverity, number> = { error: 0, warning: 1, info: 2 };

/** YAML (syntax/schema) problems and engine diagnostics in document order, errors first on ties. */
export function mergeProblems(yamlProblems: readonly EditorProblem[], diagnostics: readonly Diagnostic[]): EditorProblem[] {
  return [...yamlProblems, ...diagnostics.map(problemFromDiagnostic)]
    .sort((a, b) => a.line - b.line || a.col - b.col || rank[a.severity] - rank[b.severity]);
}

export function countProblems(problems: readonly EditorProblem[]): ProblemCounts {
  const counts: ProblemCounts = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 errors · 1 warning", or "No problems". Info items are not counted in the summary. */
export function summarizeProblems(counts: ProblemCounts): string {
  const parts: string[] = [];
  if (counts.error) parts.push(plural(counts.error, 'error'));
  if (counts.warning) parts.push(plural(counts.warning, 'warning'));
  if (counts.info && parts.length === 0) parts.push(plural(counts.info, 'note'));
  return parts.length ? parts.join(' · ') : 'No problems';
}

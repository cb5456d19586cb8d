import { useMemo } from 'react';
import type { AnalyzerMessage } from '../../engine/analyze/types.ts';
import { countProblems, problemFromDiagnostic, summarizeProblems, type ProblemCounts } from '../../state/selectors.ts';
import type { EditorProblem, ProblemSeverity } from '../../state/slices/editor.ts';
import { useAppStore } from '../../state/store.ts';

/** A row of the Problems tab: the editor problem, plus the analyzer message behind it (resource, fixes). */
export interface ProblemItem extends EditorProblem {
  diagnostic?: AnalyzerMessage;
}

export interface ProblemsView {
  problems: ProblemItem[];
  counts: ProblemCounts;
  summary: string;
  /** The analyzer has not answered yet (first load): "no problems" is not known yet. */
  checking: boolean;
}

const rank: Record<ProblemSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Engine diagnostics (parse, model, analyzer) and any other editor problems, in document order
 * (errors first on ties), counted, memoised on the two store fields. Notes (Info) are not
 * problems: with nothing else the summary still reads "No problems", with the notes counted.
 */
export function useProblems(): ProblemsView {
  const yamlProblems = useAppStore((s) => s.editor.yamlProblems);
  const diagnostics = useAppStore((s) => s.engine.diagnostics);
  const checking = useAppStore((s) => s.engine.analyzedRevision === 0 && s.engine.yamlError === null);
  return useMemo(() => {
    const problems: ProblemItem[] = [
      ...yamlProblems,
      ...diagnostics.map((d): ProblemItem => ({ ...problemFromDiagnostic(d), diagnostic: d })),
    ].sort((a, b) => a.line - b.line || a.col - b.col || rank[a.severity] - rank[b.severity]);
    const counts = countProblems(problems);
    return { problems, counts, summary: summarize(counts, checking), checking };
  }, [yamlProblems, diagnostics, checking]);
}

function summarize(counts: ProblemCounts, checking: boolean): string {
  if (counts.error || counts.warning) return summarizeProblems(counts);
  if (checking) return 'Checking…';
  return counts.info ? `No problems · ${counts.info} note${counts.info === 1 ? '' : 's'}` : 'No problems';
}

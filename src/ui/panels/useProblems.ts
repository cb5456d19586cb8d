import { useMemo } from 'react';
import { countProblems, mergeProblems, summarizeProblems, type ProblemCounts } from '../../state/selectors.ts';
import type { EditorProblem } from '../../state/slices/editor.ts';
import { useAppStore } from '../../state/store.ts';

export interface ProblemsView {
  problems: EditorProblem[];
  counts: ProblemCounts;
  summary: string;
}

/** YAML and engine problems, merged and counted (memoised on the two store fields). */
export function useProblems(): ProblemsView {
  const yamlProblems = useAppStore((s) => s.editor.yamlProblems);
  const diagnostics = useAppStore((s) => s.engine.diagnostics);
  return useMemo(() => {
    const problems = mergeProblems(yamlProblems, diagnostics);
    const counts = countProblems(problems);
    return { problems, counts, summary: summarizeProblems(counts) };
  }, [yamlProblems, diagnostics]);
}

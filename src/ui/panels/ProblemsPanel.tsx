import type { QuickFix } from '../../engine/analyze/types.ts';
import { selectElement } from '../../state/actions/view.ts';
import { applyYamlEdits, goToLineInEditor } from '../../state/editorBridge.ts';
import type { ProblemSeverity } from '../../state/slices/editor.ts';
import { getAppState } from '../../state/store.ts';
import { istioDocsUrl } from '../editor/istioDocs.ts';
import { quickFixes } from '../editor/quickFixes/quickFixes.ts';
import { TEST_IDS } from '../testIds.ts';
import { graphElementForProblem } from './problemGraphElement.ts';
import { useProblems, type ProblemItem } from './useProblems.ts';
import './ProblemsPanel.css';

const SEVERITY_LABEL: Record<ProblemSeverity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/**
 * Every YAML, schema and analyzer problem. A click moves the editor cursor to it and selects
 * the graph element it is about; a problem with a quick fix has a Fix button (the same edit as
 * the editor's code action: one undoable step); IST codes link to Istio's page for the code.
 */
export function ProblemsPanel() {
  const { problems, checking } = useProblems();
  if (problems.length === 0) {
    return <p className="panel-placeholder">{checking ? 'Checking the YAML…' : 'No problems found in the YAML.'}</p>;
  }
  return (
    <ul className="problems-list" data-testid={TEST_IDS.problemsList}>
      {problems.map((problem, index) => (
        <ProblemRow key={`${problem.source}-${problem.line}-${problem.col}-${problem.code ?? ''}-${index}`} problem={problem} />
      ))}
    </ul>
  );
}

function ProblemRow({ problem }: { problem: ProblemItem }) {
  const fixes = problem.diagnostic?.fixes ?? [];
  const fix = fixes.find((f) => f.preferred) ?? fixes[0];
  const docs = problem.code ? istioDocsUrl(problem.code) : undefined;
  return (
    <li className="problem-row">
      <button
        type="button"
        className="problem-item"
        data-testid={TEST_IDS.problemItem}
        data-severity={problem.severity}
        data-code={problem.code}
        onClick={() => reveal(problem)}
      >
        <span className={`severity-badge severity-${problem.severity}`}>{SEVERITY_LABEL[problem.severity]}</span>
        <span className="problem-message">{problem.message}</span>
        <span className="problem-location">Ln {problem.line}, Col {problem.col}</span>
      </button>
      <span className="problem-actions">
        {fix && (
          <button type="button" className="problem-fix" title={fix.title} aria-label={`Fix: ${fix.title}`} onClick={() => applyFix(fix)}>
            Fix
          </button>
        )}
        {problem.code &&
          (docs ? (
            <a className="problem-code" href={docs} target="_blank" rel="noreferrer" title={`What ${problem.code} means (istio.io)`}>
              {problem.code}
            </a>
          ) : (
            <span className="problem-code">{problem.code}</span>
          ))}
      </span>
    </li>
  );
}

function reveal(problem: ProblemItem): void {
  goToLineInEditor(problem.line, problem.col);
  if (!problem.diagnostic) return;
  const id = graphElementForProblem(getAppState().engine.topology, problem.diagnostic);
  if (id) selectElement(id);
}

function applyFix(fix: QuickFix): void {
  quickFixes.run(({ editsForFix }) => {
    const edits = editsForFix(getAppState().scenario.yaml, fix);
    if (edits) applyYamlEdits(edits);
  });
}

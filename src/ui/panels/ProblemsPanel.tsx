import { goToLineInEditor } from '../../state/editorBridge.ts';
import type { ProblemSeverity } from '../../state/slices/editor.ts';
import { TEST_IDS } from '../testIds.ts';
import { useProblems } from './useProblems.ts';
import './ProblemsPanel.css';

const SEVERITY_LABEL: Record<ProblemSeverity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** Every syntax, schema and engine problem; a click moves the editor cursor to it. */
export function ProblemsPanel() {
  const { problems } = useProblems();
  if (problems.length === 0) {
    return <p className="panel-placeholder">No problems found in the YAML.</p>;
  }
  return (
    <ul className="problems-list" data-testid={TEST_IDS.problemsList}>
      {problems.map((problem, index) => (
        <li key={`${problem.source}-${problem.line}-${problem.col}-${index}`}>
          <button
            type="button"
            className="problem-item"
            data-testid={TEST_IDS.problemItem}
            data-severity={problem.severity}
            onClick={() => goToLineInEditor(problem.line, problem.col)}
          >
            <span className={`severity-badge severity-${problem.severity}`}>{SEVERITY_LABEL[problem.severity]}</span>
            <span className="problem-message">{problem.message}</span>
            <span className="problem-location">
              Ln {problem.line}, Col {problem.col}
              {problem.code ? ` · ${problem.code}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

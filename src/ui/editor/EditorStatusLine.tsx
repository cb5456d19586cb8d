import { openPanelTab } from '../../state/actions/view.ts';
import { useAppStore } from '../../state/store.ts';
import { useProblems } from '../panels/useProblems.ts';
import { TEST_IDS } from '../testIds.ts';

/** Under the editor: problem summary (opens the Problems tab) and cursor position. */
export function EditorStatusLine() {
  const { counts, summary } = useProblems();
  const ready = useAppStore((s) => s.editor.ready);
  const cursor = useAppStore((s) => s.editor.cursor);
  const tone = counts.error ? 'error' : counts.warning ? 'warning' : 'ok';
  return (
    <div className="editor-status" data-testid={TEST_IDS.editorStatus}>
      <button
        type="button"
        className={`status-problems status-${tone}`}
        data-testid={TEST_IDS.problemSummary}
        aria-label={`${summary}. Open the Problems tab`}
        title={`${summary}: open the Problems tab`}
        onClick={() => openPanelTab('problems')}
      >
        <span className="status-dot" aria-hidden /><span className="status-summary">{summary}</span>
      </button>
      <span className="status-cursor" data-testid={TEST_IDS.cursorPosition}>
        {ready ? `Ln ${cursor.line}, Col ${cursor.col}` : 'Loading editor…'}
      </span>
    </div>
  );
}

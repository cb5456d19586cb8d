import { useEffect } from 'react';
import { useAppStore } from '../../../state/store.ts';
import { TEST_IDS } from '../../testIds.ts';
import { TraceComposer } from './TraceComposer.tsx';
import { TraceSteps } from './TraceSteps.tsx';
import { isOwnSelection, showSampledTrace } from './traceActions.ts';
import { useTraceTab } from './traceStore.ts';
import './TracePanel.css';

/**
 * Trace tab: compose one request and read its decisions, or click a pod / edge in the graph to
 * see the trace of the last live request that went through it.
 */
export function TracePanel() {
  const selected = useAppStore((s) => s.view.selectedElement);
  const revision = useAppStore((s) => s.engine.revision);
  const { result, source, error, pending } = useTraceTab();

  useEffect(() => {
    if (selected && !isOwnSelection(selected)) void showSampledTrace(selected);
  }, [selected]);

  return (
    <div className="trace-panel" data-testid={TEST_IDS.tracePanel} data-revision={revision}>
      <TraceComposer />
      {error && <p className="trace-error" role="status">{error}</p>}
      {result && (
        <>
          <p className="trace-summary" data-testid={TEST_IDS.traceSummary} data-status={result.status} aria-live="polite">
            <span className={`status-code ${result.status > 0 && result.status < 400 ? 'is-ok' : 'is-error'}`}>{result.status || '—'}</span>
            <span className="trace-summary-text">{withoutStatus(result.summary, result.status)}</span>
            <span className="trace-origin">
              {source?.kind === 'sample' ? `live request #${result.sequence ?? '?'} through the selected element` : `sent from ${result.from}`}
            </span>
          </p>
          <TraceSteps result={result} />
        </>
      )}
      {!result && !error && (
        <p className="panel-placeholder">
          {pending ? 'Tracing…' : 'Send a request to see every decision the mesh makes for it, or click a pod or edge in the graph to trace a live request.'}
        </p>
      )}
    </div>
  );
}

/** '200 from pod-x 10.0.0.1:80' -> 'from pod-x 10.0.0.1:80' (the status is shown beside it). */
function withoutStatus(summary: string, status: number): string {
  const prefix = `${status} `;
  return status > 0 && summary.startsWith(prefix) ? summary.slice(prefix.length) : summary;
}

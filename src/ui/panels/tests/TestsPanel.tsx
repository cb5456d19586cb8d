import { goToLineInEditor } from '../../../state/editorBridge.ts';
import { TEST_IDS } from '../../testIds.ts';
import { TestItem } from './TestItem.tsx';
import { useTestRun } from './useTestRun.ts';
import './TestsPanel.css';

const EXAMPLE = `apiVersion: playground/v1
kind: Test
metadata: {name: v2-gets-most, namespace: my-namespace}
spec:
  from: my-client
  request: curl http://my-service:8080/
  expect:
    status: 200
    share: {subset: {v2: "90% ± 3"}}`;

/**
 * Tests tab: every `kind: Test` of the YAML, run against the committed text, each expectation
 * green or red with what was observed; a failing one can show the trace of a request that broke it.
 */
export function TestsPanel() {
  const run = useTestRun();
  if (!run) return <p className="panel-placeholder">Running tests…</p>;
  if (run.fatal) {
    return <p className="panel-placeholder" data-testid={TEST_IDS.testsPanel}>The YAML does not parse, so no test ran: {run.fatal}</p>;
  }
  const { tests, passed, failed } = run.report;
  if (tests.length === 0) {
    return (
      <div className="tests-panel tests-empty" data-testid={TEST_IDS.testsPanel}>
        <p>
          No tests yet. Add a <code>kind: Test</code> document to check where requests go; it runs here on every edit
          and in CI with <code>npx istio-traffic-playground test scenario.yaml</code>.
        </p>
        <pre className="tests-example">{EXAMPLE}</pre>
      </div>
    );
  }
  return (
    <div className="tests-panel" data-testid={TEST_IDS.testsPanel}>
      <p className="tests-summary" data-testid={TEST_IDS.testsSummary} data-passed={passed} data-failed={failed} aria-live="polite">
        <span className={failed ? 'tests-count is-fail' : 'tests-count is-pass'}>{failed ? `${failed} failed` : 'All passed'}</span>
        <span className="tests-total">{passed} passed, {failed} failed</span>
      </p>
      <ul className="tests-list">
        {tests.map((t) => (
          <TestItem key={`${t.namespace}/${t.name}/${t.line}`} test={t} model={run.model} onGoToLine={(line) => goToLineInEditor(line)} />
        ))}
      </ul>
    </div>
  );
}

import { goToLineInEditor } from '../../../state/editorBridge.ts';
import { TEST_IDS } from '../../testIds.ts';
import { TestItem } from './TestItem.tsx';
import { useTestResults } from './useTestResults.ts';
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
 * Tests tab: every `kind: Test` of the YAML, run by the engine worker after each successful load,
 * each expectation green or red with what was observed; a failing one can show the trace of a
 * request that broke it. While a newer run is in flight the last results stay, marked "Running…".
 */
export function TestsPanel() {
  const { results, running, yamlError } = useTestResults();
  if (yamlError) {
    return <p className="panel-placeholder" data-testid={TEST_IDS.testsPanel}>The YAML does not parse, so no test ran: {yamlError.message}</p>;
  }
  if (!results) return <p className="panel-placeholder" aria-busy="true">Running tests…</p>;
  const { tests, passed, failed } = results;
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
    <div className={`tests-panel${running ? ' is-running' : ''}`} data-testid={TEST_IDS.testsPanel} aria-busy={running}>
      <p className="tests-summary" data-testid={TEST_IDS.testsSummary} data-passed={passed} data-failed={failed} data-running={running} aria-live="polite">
        <span className={failed ? 'tests-count is-fail' : 'tests-count is-pass'}>{failed ? `${failed} failed` : 'All passed'}</span>
        <span className="tests-total">{passed} passed, {failed} failed</span>
        {running && <span className="tests-running">Running…</span>}
      </p>
      <ul className="tests-list">
        {tests.map((t) => (
          <TestItem key={t.key} test={t} onGoToLine={(line) => goToLineInEditor(line)} />
        ))}
      </ul>
    </div>
  );
}

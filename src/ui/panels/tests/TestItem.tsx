import type { TestResultView } from '../../../worker/protocol.ts';
import { TEST_IDS } from '../../testIds.ts';
import { showTestTrace } from './showTestTrace.ts';

interface TestItemProps {
  test: TestResultView;
  onGoToLine(line: number): void;
}

/** One Test: its name and request, then each expectation with its verdict and YAML line. */
export function TestItem({ test, onGoToLine }: TestItemProps) {
  const verdict = test.passed ? 'passed' : 'failed';
  return (
    <li className={`test-item ${test.passed ? 'is-pass' : 'is-fail'}`} data-testid={TEST_IDS.testItem} data-name={test.name} data-passed={test.passed}>
      <div className="test-head">
        <span className="test-icon" role="img" aria-label={verdict}>{test.passed ? '✓' : '✗'}</span>
        <button type="button" className="test-name link-button" onClick={() => onGoToLine(test.line)} title={`Go to line ${test.line}`}>
          {test.name}
        </button>
        <span className="test-request" title={test.curl}>
          {test.from} · {test.curl}
          {test.requests > 1 ? ` · ${test.requests} requests, seed ${test.seed}` : ''}
        </span>
      </div>
      {test.error && <p className="test-error">{test.error}</p>}
      <ul className="test-assertions">
        {test.assertions.map((a, i) => (
          <li key={i} className={`test-assertion ${a.passed ? 'is-pass' : 'is-fail'}`} data-testid={TEST_IDS.testAssertion} data-label={a.label} data-passed={a.passed}>
            <span className="test-icon" role="img" aria-label={a.passed ? 'passed' : 'failed'}>{a.passed ? '✓' : '✗'}</span>
            <span className="assertion-label">{a.label}</span>
            <span className="assertion-message">{a.message}</span>
            <span className="assertion-actions">
              {!a.passed && a.sampleIndex !== undefined && (
                <button type="button" className="text-button" data-testid={TEST_IDS.testShowTrace} onClick={() => void showTestTrace(test, i)}>
                  Show trace
                </button>
              )}
              <button type="button" className="link-button assertion-line" onClick={() => onGoToLine(a.range.line)}>
                Ln {a.range.line}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

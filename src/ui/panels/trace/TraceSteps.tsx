import type { TraceResult } from '../../../worker/protocol.ts';
import { TEST_IDS } from '../../testIds.ts';
import { revealStep } from './traceActions.ts';

const STAGE_LABELS: Record<string, string> = {
  client: 'client', listener: 'listener', virtualHost: 'virtual host', virtualService: 'VirtualService', route: 'route',
  weightedPick: 'weighted pick', destinationRule: 'DestinationRule', cluster: 'subset', loadBalancer: 'load balancer',
  kubeProxy: 'kube-proxy', outcome: 'outcome',
};

/** The numbered decisions of one request; each YAML reference is a button. */
export function TraceSteps({ result }: { result: TraceResult }) {
  return (
    <ol className="trace-steps" data-testid={TEST_IDS.traceSteps}>
      {result.steps.map((step, i) => (
        <li key={i} className={`trace-step stage-${step.stage}`} data-testid={TEST_IDS.traceStep} data-stage={step.stage}>
          <span className="trace-step-number">{i + 1}</span>
          <span className="trace-step-stage">{STAGE_LABELS[step.stage] ?? step.stage}</span>
          <span className="trace-step-message">{step.message}</span>
          {step.ref ? (
            <button
              type="button"
              className="trace-step-ref"
              data-testid={TEST_IDS.traceStepRef}
              data-line={step.ref.line}
              onClick={() => revealStep(step)}
              title={`${step.ref.kind} ${step.ref.namespace}/${step.ref.name}: show line ${step.ref.line} in the editor${step.elementId ? ' and the element in the graph' : ''}`}
            >
              <span className="trace-ref-line">line {step.ref.line}</span>
              <span className="trace-ref-kind">{step.ref.kind}</span>
              <span className="trace-ref-name">{step.ref.name}</span>
            </button>
          ) : (
            <span />
          )}
        </li>
      ))}
    </ol>
  );
}

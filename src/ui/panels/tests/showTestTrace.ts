import type { MeshModel, TestResult } from '../../../engine/index.ts';
import { clientId } from '../../../engine/topology/ids.ts';
import { openPanelTab } from '../../../state/actions/view.ts';
import type { TraceResult } from '../../../worker/protocol.ts';
import { patchTraceTab } from '../trace/traceStore.ts';

/**
 * "Show trace" of a failing assertion: replays the test exactly as it ran up to the failing
 * request, and shows that request's trace in the Trace tab with the composer filled in (client
 * and curl line), so the request can be sent again from there.
 */
export async function showTestTrace(model: MeshModel, test: TestResult, sampleIndex: number): Promise<boolean> {
  const { traceTestRequest } = await import('./testEngine.ts');
  const traced = traceTestRequest(model, test.test, sampleIndex);
  if (!traced) return false;
  const [ns, name] = traced.from.split('/');
  const d = traced.decision;
  const outcome = [...traced.steps].reverse().find((s) => s.stage === 'outcome');
  const result: TraceResult = {
    status: d.status,
    flags: d.flags,
    summary: `${outcome?.message ?? `${d.status}`} (request ${traced.index + 1} of Test ${test.name})`,
    from: traced.from,
    curl: traced.curl,
    path: [],
    steps: traced.steps.map((s) => ({ stage: s.stage, message: s.message, ref: s.ref })),
  };
  patchTraceTab({ clientId: clientId(ns, name), curl: traced.curl, curlEdited: true, result, source: { kind: 'composer' }, error: null, pending: false });
  openPanelTab('trace');
  return true;
}

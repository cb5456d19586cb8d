import { clientId } from '../../../engine/topology/ids.ts';
import { openPanelTab } from '../../../state/actions/view.ts';
import { requestTestFailureTrace } from '../../../worker/client.ts';
import type { TestResultView } from '../../../worker/protocol.ts';
import { patchTraceTab } from '../trace/traceStore.ts';

/**
 * "Show trace" of a failing assertion: the worker replays the test exactly as it ran up to the
 * failing request, and that request's trace shows in the Trace tab with the composer filled in
 * (client and curl line), so the request can be sent again from there.
 */
export async function showTestTrace(test: TestResultView, assertionIndex: number): Promise<boolean> {
  patchTraceTab({ pending: true, error: null });
  const { result, error } = await requestTestFailureTrace(test.key, assertionIndex);
  if (!result) {
    patchTraceTab({ pending: false, error: error ?? `No trace for Test ${test.name}.` });
    openPanelTab('trace');
    return false;
  }
  const [ns, name] = result.from.split('/');
  patchTraceTab({ clientId: clientId(ns, name), curl: result.curl, curlEdited: true, result, source: { kind: 'composer' }, error: null, pending: false });
  openPanelTab('trace');
  return true;
}

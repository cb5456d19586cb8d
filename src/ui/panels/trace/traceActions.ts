import { revealInEditor } from '../../../state/editorBridge.ts';
import { selectElement } from '../../../state/actions/view.ts';
import { requestTrace, requestTraceSample } from '../../../worker/client.ts';
import type { TraceStepView } from '../../../worker/protocol.ts';
import { patchTraceTab, useTraceTab } from './traceStore.ts';

let ticket = 0;

/** Sends the composed request; the newest answer wins. */
export async function sendComposedRequest(from: string, curl: string): Promise<void> {
  const mine = ++ticket;
  patchTraceTab({ pending: true, error: null });
  const reply = await requestTrace(from, curl);
  if (mine !== ticket) return;
  patchTraceTab({ pending: false, result: reply.result, error: reply.error ?? null, source: { kind: 'composer' } });
}

/** Shows the trace of the last live request through a graph element. */
export async function showSampledTrace(elementId: string): Promise<void> {
  const mine = ++ticket;
  patchTraceTab({ pending: true, error: null });
  const reply = await requestTraceSample(elementId);
  if (mine !== ticket) return;
  patchTraceTab({
    pending: false,
    result: reply.result,
    source: { kind: 'sample', elementId },
    error: reply.error ?? (reply.result ? null : 'No request has gone through this element yet. Let the traffic run a moment and click it again.'),
  });
}

/** A step's YAML link: highlight the lines in the editor and the element in the graph. */
export function revealStep(step: TraceStepView): void {
  if (step.ref) revealInEditor(step.ref.line);
  if (step.elementId) {
    patchTraceTab({ ownSelection: step.elementId });
    selectElement(step.elementId);
  }
}

export function isOwnSelection(id: string | null): boolean {
  return id !== null && useTraceTab.getState().ownSelection === id;
}

/**
 * The Trace tab's own state (composer text, the trace shown), kept outside the component so
 * it survives switching tabs. UI-local and ephemeral: not part of the app store or permalinks.
 */
import { create } from 'zustand';
import type { TraceResult } from '../../../worker/protocol.ts';

export interface TraceTabState {
  /** Selected client id (topology), '' = the first one. */
  clientId: string;
  curl: string;
  /** True once the user typed in the curl field: a new scenario no longer replaces it. */
  curlEdited: boolean;
  result: TraceResult | null;
  /** 'composer': a request sent from the composer; otherwise the graph element sampled. */
  source: { kind: 'composer' } | { kind: 'sample'; elementId: string } | null;
  error: string | null;
  pending: boolean;
  /** The last element this tab selected itself (so its own clicks do not trigger a sample). */
  ownSelection: string | null;
}

export const useTraceTab = create<TraceTabState>()(() => ({
  clientId: '',
  curl: '',
  curlEdited: false,
  result: null,
  source: null,
  error: null,
  pending: false,
  ownSelection: null,
}));

export function patchTraceTab(patch: Partial<TraceTabState>): void {
  useTraceTab.setState(patch);
}

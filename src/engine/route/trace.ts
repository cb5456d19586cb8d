import type { SourceRef } from '../model/source.ts';

/** The stages of a request's journey, in order. The UI draws one column per stage. */
export type TraceStage =
  | 'client'
  | 'listener'
  | 'virtualHost'
  | 'virtualService'
  | 'route'
  | 'weightedPick'
  | 'destinationRule'
  | 'cluster'
  | 'loadBalancer'
  | 'kubeProxy'
  | 'outcome';

export interface TraceStep {
  stage: TraceStage;
  message: string;
  ref?: SourceRef;
}

/**
 * Collects trace steps when a trace was asked for. Routing code calls `trace?.add(...)`:
 * the hot path (simulation) passes no sink and builds no strings.
 */
export class TraceSink {
  readonly steps: TraceStep[] = [];
  add(stage: TraceStage, message: string, ref?: SourceRef): void {
    this.steps.push(ref ? { stage, message, ref } : { stage, message });
  }
}

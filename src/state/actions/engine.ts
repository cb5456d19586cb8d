import type { Diagnostic } from '../../engine/model/diagnostic.ts';
import type { Topology } from '../../engine/topology/types.ts';
import type { LiveStats } from '../../worker/liveStats.ts';
import type { TrafficRequestInfo } from '../../worker/protocol.ts';
import type { CaptionPart, TestResults } from '../slices/engine.ts';
import { patchSlice } from '../store.ts';

export function setEngineRunning(): void {
  patchSlice('engine', { status: 'running' });
}

/** A successful load of `forYaml` (called by the worker bridge). */
export function setEngineResult(
  forYaml: string,
  result: { revision: number; topology: Topology; caption: CaptionPart[]; diagnostics: readonly Diagnostic[]; live: LiveStats; trafficRequests?: readonly TrafficRequestInfo[] },
): void {
  patchSlice('engine', { status: 'ready', forYaml, yamlError: null, ...result });
}

/** The text has a YAML syntax error: keep the last good topology and live stats, show the error. */
export function setEngineYamlError(forYaml: string, yamlError: { line: number; message: string }, diagnostics: readonly Diagnostic[]): void {
  patchSlice('engine', { status: 'failed', forYaml, yamlError, diagnostics });
}

/** The analyzer's diagnostics for the running revision (they follow its result). */
export function setEngineDiagnostics(revision: number, diagnostics: readonly Diagnostic[]): void {
  patchSlice('engine', { diagnostics, analyzedRevision: revision });
}

export function setLiveStats(live: LiveStats): void {
  patchSlice('engine', { live });
}

/** The worker finished the Tests of a revision (null: forget them, the worker was replaced). */
export function setTestResults(tests: TestResults | null): void {
  patchSlice('engine', { tests });
}

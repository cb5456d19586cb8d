import type { Diagnostic } from '../../engine/model/diagnostic.ts';
import type { EngineSlice } from '../slices/engine.ts';
import { patchSlice } from '../store.ts';

export function setEngineRunning(): void {
  patchSlice('engine', { status: 'running' });
}

/** Stores the engine's answer for `forYaml` (called by the worker bridge). */
export function setEngineResult(forYaml: string, result: unknown, diagnostics: readonly Diagnostic[]): void {
  patchSlice('engine', { status: 'ready', forYaml, result, diagnostics });
}

export function setEngineFailed(forYaml: string, diagnostics: EngineSlice['diagnostics'] = []): void {
  patchSlice('engine', { status: 'failed', forYaml, result: null, diagnostics });
}

import type { Diagnostic } from '../../engine/model/diagnostic.ts';

/**
 * Engine output for the committed YAML. `result` is typed `unknown` until the compiled model
 * type is settled; the worker bridge fills this slice, the UI only reads it.
 */
export interface EngineSlice {
  status: 'idle' | 'running' | 'ready' | 'failed';
  /** Which committed text the result belongs to. */
  forYaml: string | null;
  result: unknown;
  diagnostics: readonly Diagnostic[];
}

export function initialEngineSlice(): EngineSlice {
  return { status: 'idle', forYaml: null, result: null, diagnostics: [] };
}

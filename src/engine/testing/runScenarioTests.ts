import type { Diagnostic } from '../model/diagnostic.ts';
import type { MeshModel } from '../model/mesh.ts';
import { runTests } from './runTests.ts';
import type { TestReport } from './types.ts';

export interface ScenarioTestRun {
  report: TestReport;
  model: MeshModel;
  /** The scenario's own diagnostics (Test problems included), for context in reports. */
  diagnostics: Diagnostic[];
  /** Set when the text is not readable YAML: no test ran ("Line 4: ..."). */
  fatal?: string;
}

/**
 * YAML text -> test report, for the CLI and the conformance suite. `load` is the engine
 * entry (normally `loadScenario`); tests pass a deliberately broken variant through it.
 */
export function runScenarioTests(text: string, load: (text: string) => { model: MeshModel; diagnostics: Diagnostic[] }): ScenarioTestRun {
  const loaded = load(text);
  const syntax = loaded.diagnostics.find((d) => d.code === 'YAML0001' || d.code.startsWith('ITP1'));
  if (syntax) return { report: { tests: [], passed: 0, failed: 0 }, model: loaded.model, diagnostics: loaded.diagnostics, fatal: syntax.message };
  return { report: runTests(loaded), model: loaded.model, diagnostics: loaded.diagnostics };
}

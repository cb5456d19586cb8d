/**
 * The engine's public API: YAML text -> resources -> mesh model -> compiled routing ->
 * per-request decisions with traces. Pure TypeScript: no DOM, no Node, no React.
 */
import { parseScenario } from './parse/parseScenario.ts';
import { buildModel } from './model/buildModel.ts';
import { compileMesh, type CompiledMesh } from './compile/compileMesh.ts';
import { createRequestStream, type RequestStream } from './simulate/requestStream.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import type { KubeProxyMode, MeshModel } from './model/mesh.ts';
import type { Resource } from './model/resource.ts';

export interface LoadedScenario {
  resources: Resource[];
  model: MeshModel;
  mesh: CompiledMesh;
  stream: RequestStream;
  /** Parse, model and traffic diagnostics, in document order. */
  diagnostics: Diagnostic[];
}

/** Everything from one edit of the YAML text. Never throws: problems are diagnostics. */
export function loadScenario(text: string, options: { kubeProxyMode?: KubeProxyMode } = {}): LoadedScenario {
  const parsed = parseScenario(text);
  const built = buildModel(parsed.resources, options);
  const mesh = compileMesh(built.model);
  const stream = createRequestStream(built.model);
  const diagnostics = [...parsed.diagnostics, ...built.diagnostics, ...stream.diagnostics].sort(
    (a, b) => a.range.line - b.range.line || a.range.col - b.range.col,
  );
  return { resources: parsed.resources, model: built.model, mesh, stream, diagnostics };
}

export { parseScenario } from './parse/parseScenario.ts';
export { buildModel } from './model/buildModel.ts';
export { compileMesh, getClientView, getRouteTable, getCluster } from './compile/compileMesh.ts';
export type { CompiledMesh } from './compile/compileMesh.ts';
export { routeRequest } from './route/routeRequest.ts';
export { TraceSink } from './route/trace.ts';
export type { TraceStep, TraceStage } from './route/trace.ts';
export type { Decision, ResponseFlag, ClientMode } from './route/outcome.ts';
export { simulate } from './simulate/simulate.ts';
export type { SimulationResult, PodCount } from './simulate/simulate.ts';
export { createRequestStream } from './simulate/requestStream.ts';
export type { RequestStream, PreparedTemplate } from './simulate/requestStream.ts';
export { findTrafficSource } from './simulate/findTrafficSource.ts';
export { parseCurl } from './curl/parseCurl.ts';
export { runTests, runScenarioTests, traceTestRequest } from './testing/index.ts';
export type { AssertionResult, TestReport, TestResult, TracedTestRequest, ScenarioTestRun } from './testing/index.ts';
export type * from './model/routingTest.ts';
export { createRng } from './route/lb/index.ts';
export type { Rng } from './route/lb/index.ts';
export type * from './model/mesh.ts';
export type * from './model/resource.ts';
export type * from './model/source.ts';
export type * from './model/diagnostic.ts';
export type * from './model/request.ts';
export type * from './compile/types.ts';

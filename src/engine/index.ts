/**
 * The engine's public API: YAML text -> resources -> mesh model -> compiled routing ->
 * per-request decisions with traces. Pure TypeScript: no DOM, no Node, no React.
 */
// Node entry points get RE2 with the engine; the browser worker provides it lazily (regex/re2.ts).
import './regex/provideRe2.ts';

export { loadScenario } from './loadScenario.ts';
export type { LoadedScenario } from './loadScenario.ts';
export { provideRe2, hasRe2 } from './regex/re2.ts';
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

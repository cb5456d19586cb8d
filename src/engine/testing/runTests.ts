import { formatCurl } from '../curl/formatCurl.ts';
import type { MeshModel } from '../model/mesh.ts';
import type { HttpRequest } from '../model/request.ts';
import type { RoutingTest } from '../model/routingTest.ts';
import type { Decision } from '../route/outcome.ts';
import { TraceSink, type TraceStep } from '../route/trace.ts';
import { prepareTest, sendTestRequests } from './sendRequests.ts';
import { startTest } from './stepTest.ts';
import type { TestReport, TestResult } from './types.ts';

/**
 * Runs every `Test` document of a scenario against its mesh. Each test gets a freshly compiled
 * mesh and its own seeded PRNG, so results do not depend on test order or on the live view.
 * Pure and deterministic; never throws (a test that cannot run fails with `error`).
 */
export function runTests(loaded: { model: MeshModel }): TestReport {
  const tests = loaded.model.tests.map((t) => runTest(loaded.model, t));
  const passed = tests.filter((t) => t.passed).length;
  return { tests, passed, failed: tests.length - passed };
}

export function runTest(model: MeshModel, test: RoutingTest): TestResult {
  const run = startTest(model, test);
  run.step(test.requests);
  return run.result();
}

/** One request of a test, rebuilt with its trace (for "Show trace" and CI logs). */
export interface TracedTestRequest {
  index: number;
  /** 'ns/name' of the client pod. */
  from: string;
  request: HttpRequest;
  /** The request as a curl line (header values of request `index` included). */
  curl: string;
  decision: Decision;
  steps: TraceStep[];
}

/**
 * Replays requests 0..index of `test` exactly as runTests sent them (same fresh mesh, same
 * seed) and returns the trace of request `index`. Undefined when the test cannot run.
 */
export function traceTestRequest(model: MeshModel, test: RoutingTest, index: number): TracedTestRequest | undefined {
  const p = prepareTest(model, test);
  if (!p.ok || index < 0 || index >= test.requests) return undefined;
  const sink = new TraceSink();
  let decision: Decision | undefined;
  sendTestRequests(p.prepared, test.seed, index + 1, (d, i) => { if (i === index) decision = d; }, { sink, index });
  const request = p.prepared.requestAt(index);
  const client = p.prepared.client;
  return { index, from: `${client.namespace}/${client.name}`, request, curl: formatCurl(request), decision: decision!, steps: sink.steps };
}

import { compileMesh } from '../compile/compileMesh.ts';
import type { MeshModel } from '../model/mesh.ts';
import type { RoutingTest } from '../model/routingTest.ts';
import { createRng } from '../route/lb/index.ts';
import type { Decision } from '../route/outcome.ts';
import { routeRequest } from '../route/routeRequest.ts';
import { evaluate } from './evaluate.ts';
import { prepareTest } from './sendRequests.ts';
import type { TestResult } from './types.ts';

/** One Test run a slice at a time (the engine worker yields between slices). */
export interface TestStepper {
  /** Sends up to `max` more requests; true once every request is sent (or the test cannot run). */
  step(max: number): boolean;
  /** The verdict; only once `step` returned true. */
  result(): TestResult;
}

/**
 * Starts `test`: prepares it and compiles its fresh mesh. The requests then go out exactly as
 * sendTestRequests sends them (same mesh, same seeded PRNG, same order), however they are
 * sliced, so `traceTestRequest` rebuilds the same decisions.
 */
export function startTest(model: MeshModel, test: RoutingTest): TestStepper {
  const base = {
    namespace: test.namespace,
    name: test.name,
    from: test.from,
    curl: test.curl,
    requests: test.requests,
    seed: test.seed,
    range: test.range,
    line: test.ref.line,
    test,
  };
  const p = prepareTest(model, test);
  if (!p.ok) {
    const failed: TestResult = { ...base, passed: false, error: p.error, assertions: [] };
    return { step: () => true, result: () => failed };
  }
  const prepared = p.prepared;
  const mesh = compileMesh(prepared.model);
  const rng = createRng(test.seed);
  const decisions: Decision[] = new Array(test.requests);
  let sent = 0;
  return {
    step(max) {
      const end = Math.min(test.requests, sent + Math.max(1, max));
      for (; sent < end; sent++) decisions[sent] = routeRequest(mesh, prepared.client, prepared.requestAt(sent), rng);
      return sent >= test.requests;
    },
    result() {
      if (sent < test.requests) throw new Error(`test ${test.name}: ${sent} of ${test.requests} requests sent`);
      const obs = { decisions, variantKey: prepared.variantKey, ctx: { model: prepared.model, namespace: test.namespace } };
      const assertions = test.expectations.map((e) => evaluate(e, obs));
      return { ...base, passed: assertions.every((a) => a.passed), assertions };
    },
  };
}

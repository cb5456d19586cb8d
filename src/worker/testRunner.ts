/**
 * The scenario's `kind: Test` documents, run inside the engine worker after each successful
 * load. A run goes test by test, a few hundred requests at a time, and yields (`schedule`,
 * setTimeout 0 in the worker) every SLICE_MS, so live ticks, stats and pings keep flowing while
 * a 100,000-request test runs; a newer revision cancels the run in flight. Results are posted
 * once per revision; "Show trace" of a failing assertion replays its request here as well.
 */
import type { MeshModel } from '../engine/model/mesh.ts';
import { startTest, type TestStepper } from '../engine/testing/stepTest.ts';
import { traceTestRequest } from '../engine/testing/runTests.ts';
import type { TestResult } from '../engine/testing/types.ts';
import type { Topology } from '../engine/topology/types.ts';
import type { TestResultsMessage, TestResultView } from './protocol.ts';
import { traceView, type TraceAnswer } from './traceRequest.ts';

/** Longest stretch of test work between two yields (a live tick is 50 ms). */
export const SLICE_MS = 8;
/** Requests sent between two looks at the clock. */
const REQUESTS_PER_CHECK = 100;

export interface TestRunnerOptions {
  post(message: TestResultsMessage): void;
  /** Runs `fn` after the messages and timers already queued (setTimeout 0 in the worker). */
  schedule(fn: () => void): void;
  now?: () => number;
  sliceMs?: number;
}

export interface TestRunner {
  /** Runs every Test of `revision`, cancelling the run of an older one. Nothing runs before `schedule` fires. */
  start(revision: number, model: MeshModel, topology: Topology): void;
  /** The revision whose tests are running, undefined when idle. */
  readonly running: number | undefined;
  /** The trace of the request that broke an assertion; answered once the running revision's tests are done. */
  traceFailure(testKey: string, assertionIndex: number, reply: (answer: TraceAnswer) => void): void;
}

interface Run {
  revision: number;
  model: MeshModel;
  topology: Topology;
  started: number;
  next: number;
  stepper?: TestStepper;
  results: TestResult[];
}

export function createTestRunner(options: TestRunnerOptions): TestRunner {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let running: Run | undefined;
  let done: Run | undefined;
  let waiting: (() => void)[] = [];

  function slice(run: Run): void {
    if (running !== run) return; // a newer revision took over
    const end = now() + sliceMs;
    const tests = run.model.tests;
    while (run.next < tests.length) {
      const result = stepOne(run);
      if (result) {
        run.results.push(result);
        run.stepper = undefined;
        run.next++;
      }
      if (now() >= end) break;
    }
    if (run.next < tests.length) options.schedule(() => slice(run));
    else finish(run);
  }

  function finish(run: Run): void {
    running = undefined;
    done = run;
    const tests = run.results.map(viewOf);
    const passed = tests.filter((t) => t.passed).length;
    options.post({ type: 'testResults', revision: run.revision, tests, passed, failed: tests.length - passed, elapsedMs: now() - run.started });
    const answers = waiting;
    waiting = [];
    for (const answer of answers) answer();
  }

  function traceFailure(testKey: string, assertionIndex: number, reply: (answer: TraceAnswer) => void): void {
    if (running) {
      waiting.push(() => traceFailure(testKey, assertionIndex, reply));
      return;
    }
    if (!done) return reply({ ok: false, error: 'No scenario is loaded yet.' });
    const i = done.results.findIndex((t, j) => keyOf(t, j) === testKey);
    const test = done.results[i];
    if (!test) return reply({ ok: false, error: 'That Test is no longer in the scenario.' });
    const sample = test.assertions[assertionIndex]?.sampleIndex;
    if (sample === undefined || test.assertions[assertionIndex].passed) return reply({ ok: false, error: 'That assertion passes now.' });
    try {
      reply(traceSample(done, test, sample));
    } catch (e) {
      reply({ ok: false, error: `The engine failed on this trace (${e instanceof Error ? e.message : String(e)}).` });
    }
  }

  return {
    start(revision, model, topology) {
      const run: Run = { revision, model, topology, started: now(), next: 0, results: [] };
      running = run;
      options.schedule(() => slice(run));
    },
    get running() {
      return running?.revision;
    },
    traceFailure,
  };
}

/** Advances the run's current test by one chunk; its result once it is complete. An engine bug fails that test only. */
function stepOne(run: Run): TestResult | undefined {
  const test = run.model.tests[run.next];
  try {
    run.stepper ??= startTest(run.model, test);
    return run.stepper.step(REQUESTS_PER_CHECK) ? run.stepper.result() : undefined;
  } catch (e) {
    const error = `The engine failed on this test (${e instanceof Error ? e.message : String(e)}).`;
    const { namespace, name, from, curl, requests, seed, range } = test;
    return { namespace, name, from, curl, requests, seed, range, line: test.ref.line, test, passed: false, error, assertions: [] };
  }
}

function traceSample(run: Run, test: TestResult, index: number): TraceAnswer {
  const traced = traceTestRequest(run.model, test.test, index);
  const client = traced && run.model.pods.find((p) => `${p.namespace}/${p.name}` === traced.from);
  if (!traced || !client) return { ok: false, error: `Test ${test.name} cannot run any more.` };
  const result = traceView(run.topology, client, traced.request, traced.decision, traced.steps, traced.curl);
  return { ok: true, result: { ...result, summary: `${result.summary} (request ${index + 1} of Test ${test.name})` } };
}

const keyOf = (t: TestResult, index: number) => `${index}:${t.namespace}/${t.name}`;

function viewOf(t: TestResult, index: number): TestResultView {
  const { test: _test, ...rest } = t;
  return { ...rest, key: keyOf(t, index) };
}

import { describe, expect, it } from 'vitest';
import { loadScenario, runTests } from '../engine/index.ts';
import { seedYaml } from '../scenarios/seed.ts';
import { createEngineSession } from './engineSession.ts';
import type { TestResultsMessage } from './protocol.ts';
import { createTestRunner } from './testRunner.ts';
import type { TraceAnswer } from './traceRequest.ts';

const testDoc = (share: string, requests = 2000) => `
---
apiVersion: playground/v1
kind: Test
metadata: {name: v2-gets-most, namespace: infra-jinsu-lab}
spec:
  from: sleep
  request: curl http://httpping-without-sidecar.infra-jinsu-lab:8080/ping
  requests: ${requests}
  expect: {status: 200, share: {subset: {v2: "${share}"}}}
`;
const passing = seedYaml + testDoc('90% ± 3');
const SHARE = 1; // assertion index of the share (status 200 comes first)

/** A session and a runner driven by hand: `schedule` queues, `now` advances 1 ms per look. */
function setup(sliceMs = 8) {
  const session = createEngineSession();
  const posted: TestResultsMessage[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const runner = createTestRunner({ post: (m) => posted.push(m), schedule: (fn) => queue.push(fn), now: () => clock++, sliceMs });
  const load = (yaml: string) => {
    const reply = session.load(1, yaml, 1);
    if (reply.type !== 'loaded') throw new Error('not loaded');
    const s = session.scenario!;
    runner.start(s.revision, s.loaded.model, s.topology);
    return reply.revision;
  };
  const drain = () => {
    let slices = 0;
    for (; queue.length > 0; slices++) queue.shift()!();
    return slices;
  };
  return { runner, posted, queue, load, drain };
}

describe('test runner (worker side)', () => {
  it('runs the Tests of a revision in slices and posts the same results as runTests, once', () => {
    const t = setup();
    const revision = t.load(passing);
    expect(t.posted).toHaveLength(0); // nothing runs before the scheduler fires
    expect(t.runner.running).toBe(revision);
    expect(t.drain()).toBeGreaterThan(2); // 2000 requests, 100 per look at the clock, 8 looks per slice
    expect(t.posted).toHaveLength(1);
    const msg = t.posted[0];
    expect(msg).toMatchObject({ type: 'testResults', revision, passed: 1, failed: 0 });
    expect(msg.tests[0].assertions[SHARE].message).toMatch(/subset v2 got (8[7-9]|9[0-3])(\.\d)?% of 2000 requests/);
    // Same numbers as the one-shot runner, and plain data (structured-clone friendly: no parsed Test, no functions).
    const { test: _t, ...expected } = runTests(loadScenario(passing)).tests[0];
    expect(msg.tests[0]).toEqual({ ...expected, key: '0:infra-jinsu-lab/v2-gets-most' });
    expect(structuredClone(msg)).toEqual(msg);
    expect(t.runner.running).toBeUndefined();
  });

  it('a newer load cancels the run in flight: only the newest revision is posted', () => {
    const t = setup();
    const first = t.load(passing);
    t.queue.shift()!(); // one slice of revision 1
    const second = t.load(passing.replace('weight: 10', 'weight: 35'));
    expect(second).toBe(first + 1);
    t.drain();
    expect(t.posted.map((m) => m.revision)).toEqual([second]);
    expect(t.posted[0]).toMatchObject({ passed: 0, failed: 1 });
    expect(t.posted[0].tests[0].assertions[SHARE].message).toMatch(/subset v2 got 7[0-4](\.\d)?% of 2000 requests/);
  });

  it('traces the request that broke a failing assertion, waiting for the run to finish', () => {
    const t = setup();
    t.load(seedYaml + testDoc('100%'));
    const answers: TraceAnswer[] = [];
    t.runner.traceFailure('0:infra-jinsu-lab/v2-gets-most', SHARE, (a) => answers.push(a));
    expect(answers).toHaveLength(0); // still running
    t.drain();
    expect(answers).toHaveLength(1);
    const answer = answers[0];
    if (!answer.ok) throw new Error(answer.error);
    const sample = t.posted[0].tests[0].assertions[SHARE].sampleIndex!;
    expect(answer.result.summary).toContain(`(request ${sample + 1} of Test v2-gets-most)`);
    expect(answer.result.curl).toBe('curl http://httpping-without-sidecar.infra-jinsu-lab:8080/ping');
    expect(answer.result.steps.find((s) => s.stage === 'weightedPick')?.message).toContain('|v1|');
    expect(answer.result.path[0]).toMatch(/^client:/);
    // A passing assertion, or an unknown test, has nothing to show.
    t.runner.traceFailure('0:infra-jinsu-lab/v2-gets-most', 0, (a) => answers.push(a));
    t.runner.traceFailure('7:nope/none', SHARE, (a) => answers.push(a));
    expect(answers.slice(1)).toEqual([{ ok: false, error: 'That assertion passes now.' }, { ok: false, error: 'That Test is no longer in the scenario.' }]);
  });

  it('a scenario without Tests posts an empty result for its revision', () => {
    const t = setup();
    const revision = t.load(seedYaml);
    expect(t.drain()).toBe(1);
    expect(t.posted).toEqual([{ type: 'testResults', revision, tests: [], passed: 0, failed: 0, elapsedMs: expect.any(Number) }]);
  });
});

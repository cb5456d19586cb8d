import { describe, expect, it } from 'vitest';
import { seedYaml } from '../scenarios/seed.ts';
import { createEngineSession } from './engineSession.ts';

const V1 = 'cluster:outbound|8080|v1|httpping-without-sidecar.infra-jinsu-lab.svc.cluster.local';

describe('engine session', () => {
  it('loads a scenario with topology, caption and the Traffic curl lines', () => {
    const s = createEngineSession();
    const reply = s.load(1, seedYaml, 1);
    expect(reply.type).toBe('loaded');
    if (reply.type !== 'loaded') return;
    expect(reply).toMatchObject({ id: 1, revision: 1 });
    expect(reply.topology.clusters).toHaveLength(2);
    expect(reply.caption.map((p) => p.text).join('')).toContain('splits 10/90 between subsets v1 and v2');
    expect(reply.caption.some((p) => p.line === 97)).toBe(true);
    expect(reply.requests).toEqual([
      expect.objectContaining({ from: expect.stringMatching(/^infra-jinsu-lab\/sleep-/), curl: expect.stringContaining("-H 'foo: bar'") }),
    ]);
  });

  it('a YAML syntax error answers yamlError and keeps the last good run going', () => {
    const s = createEngineSession();
    s.load(1, seedYaml, 1);
    s.simulation!.advance(1000, 1);
    const before = s.simulation;
    const reply = s.load(2, seedYaml.replace('kind: Traffic', 'kind: [Traffic'), 1);
    expect(reply).toMatchObject({ type: 'yamlError', id: 2, line: expect.any(Number) });
    expect(s.simulation).toBe(before);
    expect(s.simulation!.stats().total).toBe(20);
  });

  it('a new revision, or a reset, starts the counters from zero', () => {
    const s = createEngineSession();
    s.load(1, seedYaml, 1);
    s.simulation!.advance(2000, 1);
    expect(s.simulation!.stats().total).toBe(40);
    const reply = s.load(2, seedYaml.replace('weight: 10', 'weight: 50'), 1);
    expect(reply).toMatchObject({ type: 'loaded', revision: 2 });
    expect(s.simulation!.stats()).toMatchObject({ total: 0, revision: 2 });
    s.simulation!.advance(1000, 1);
    s.reset(5);
    expect(s.simulation!.stats()).toMatchObject({ total: 0, revision: 2 });
  });

  it('traces a composed request with YAML references and graph elements', () => {
    const s = createEngineSession();
    const reply = s.load(1, seedYaml, 1);
    if (reply.type !== 'loaded') throw new Error('not loaded');
    const { from, curl } = reply.requests[0];
    const answer = s.trace(from, curl);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const route = answer.result.steps.find((st) => st.stage === 'route');
    expect(route).toMatchObject({ ref: { kind: 'VirtualService', line: 108 }, elementId: expect.stringMatching(/^route:/) });
    expect(answer.result.status).toBe(200);
    expect(answer.result.path[0]).toMatch(/^client:/);
    expect(s.trace('nobody/here', curl)).toMatchObject({ ok: false });
  });

  it('replays the last live request through an element exactly', () => {
    const s = createEngineSession();
    s.load(1, seedYaml, 9);
    s.simulation!.advance(5000, 1);
    const answer = s.traceSample(V1);
    expect(answer?.ok).toBe(true);
    if (!answer?.ok) return;
    expect(answer.result.path).toContain(V1);
    const rec = s.simulation!.lastRequestThrough(V1)!;
    expect(answer.result.path).toEqual(s.simulation!.paths[rec.pathIndex].ids);
    // Every pod: the replayed trace lands on the very pod the live request hit.
    for (const pod of s.simulation!.paths.map((p) => p.podId).filter(Boolean) as string[]) {
      expect(s.traceSample(pod)?.ok && (s.traceSample(pod) as { result: { path: string[] } }).result.path.at(-1)).toBe(pod);
    }
    const pick = answer.result.steps.find((st) => st.stage === 'weightedPick');
    expect(pick?.message).toContain('-> outbound|8080|v1|');
    expect(answer.result.sequence).toBeGreaterThan(0);
    expect(s.traceSample('pod:none')).toBeNull();
  });
});

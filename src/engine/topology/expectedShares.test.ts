import { describe, expect, it } from 'vitest';
import { loadScenario } from '../index.ts';
import { consistentHashYaml } from '../../scenarios/consistentHash.ts';
import { noSidecarClientYaml } from '../../scenarios/noSidecarClient.ts';
import { seedYaml } from '../../scenarios/seed.ts';
import { describeTopology } from './describeTopology.ts';
import { binomialBand, expectedShares, type ObservedCounts } from './expectedShares.ts';

const topo = (yaml: string) => describeTopology(loadScenario(yaml));
const counts = (c: Partial<ObservedCounts>): ObservedCounts => ({ total: 0, byEdge: {}, byCluster: {}, byPod: {}, hashKeys: {}, byHashKey: {}, ...c });

describe('expectedShares', () => {
  it('splits a route by its weights and a subset evenly over its pods', () => {
    const t = topo(seedYaml);
    const [v1, v2] = t.clusters;
    const weighted = t.edges.filter((e) => e.kind === 'weighted');
    const r = expectedShares(t, counts({ total: 1000, byEdge: { [weighted[0].id]: 97, [weighted[1].id]: 903 }, byCluster: { [v1.id]: 97, [v2.id]: 903 } }));
    expect(r.clusters[v1.id]).toEqual({ observed: 97, expected: 100 });
    expect(r.clusters[v2.id]).toEqual({ observed: 903, expected: 900 });
    for (const id of v1.podIds) expect(r.pods[id].expected).toBeCloseTo(100 / 3);
    for (const id of v2.podIds) expect(r.pods[id].expected).toBeCloseTo(300);
  });

  it('kube-proxy spreads evenly over every endpoint and counts into the pods\' subsets', () => {
    const t = topo(noSidecarClientYaml);
    const kp = t.edges.filter((e) => e.kind === 'kubeProxy');
    expect(kp).toHaveLength(6);
    const byEdge = Object.fromEntries(kp.map((e, i) => [e.id, 100 + i]));
    const r = expectedShares(t, counts({ total: 615, byEdge }));
    for (const e of kp) expect(r.pods[e.target].expected).toBeCloseTo(102.5);
    const v1 = t.clusters[0];
    expect(r.clusters[v1.id]).toEqual({ observed: 303, expected: 307.5 });
  });

  // Requests without a key used to be expected 1/N per pod. Envoy hashes them with a random
  // value (thread_aware_lb_impl.cc LoadBalancerImpl::chooseHost), so each pod gets its share
  // of the ring instead: keylessHashShares.test.ts checks that against a simulation.
  it('consistent hashing: each key on its pod, requests without a key by ring share', () => {
    const t = topo(consistentHashYaml);
    const c = t.clusters[0];
    const [p0, p1, p2] = c.podIds;
    const space = c.hashSpace!;
    expect(Object.values(space).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const r = expectedShares(t, counts({
      total: 120,
      byCluster: { [c.id]: 120 },
      hashKeys: { 'foo: bar': [p0], 'foo: baz': [p1] },
      byHashKey: { [c.id]: { 'foo: bar': 50, 'foo: baz': 40 } },
    }));
    expect(r.pods[p0].expected).toBeCloseTo(50 + 30 * space[p0]);
    expect(r.pods[p1].expected).toBeCloseTo(40 + 30 * space[p1]);
    expect(r.pods[p2].expected).toBeCloseTo(30 * space[p2]);
  });

  it('binomialBand is ±2 standard deviations, clamped', () => {
    const [lo, hi] = binomialBand(0.1, 100);
    expect(lo).toBeCloseTo(0.04);
    expect(hi).toBeCloseTo(0.16);
    expect(binomialBand(0.01, 4)[0]).toBe(0);
    expect(binomialBand(0.5, 0)).toEqual([0, 1]);
  });
});

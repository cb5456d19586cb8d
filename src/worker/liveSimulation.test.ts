import { describe, expect, it } from 'vitest';
import { loadScenario } from '../engine/index.ts';
import { describeTopology } from '../engine/topology/describeTopology.ts';
import { consistentHashYaml } from '../scenarios/consistentHash.ts';
import { seedYaml } from '../scenarios/seed.ts';
import { createLiveSimulation } from './liveSimulation.ts';
import { PARTICLE_STRIDE, P_PATH } from './protocol.ts';

const V1 = 'cluster:outbound|8080|v1|httpping-without-sidecar.infra-jinsu-lab.svc.cluster.local';
const V2 = 'cluster:outbound|8080|v2|httpping-without-sidecar.infra-jinsu-lab.svc.cluster.local';

function start(yaml = seedYaml, seed = 7, revision = 1) {
  const loaded = loadScenario(yaml);
  return createLiveSimulation({ loaded, topology: describeTopology(loaded), revision, seed });
}

/** Advances in uneven wall-clock ticks, as a real timer would. */
function run(sim: ReturnType<typeof start>, wallMs: number, speed = 1) {
  const steps = [50, 37, 63, 50, 120, 30];
  for (let t = 0, i = 0; t < wallMs; i++) {
    const dt = Math.min(steps[i % steps.length], wallMs - t);
    sim.advance(dt, speed);
    t += dt;
  }
}

describe('live simulation', () => {
  it('emits requests at the Traffic rate and counts every one', () => {
    const sim = start();
    run(sim, 10_000);
    const live = sim.stats();
    expect(live.total).toBe(200); // 20 req/s for 10 s
    expect(live.status).toEqual({ '200': 200 });
    expect(live.byCluster[V1] + live.byCluster[V2]).toBe(200);
    expect(Object.values(live.byPod).reduce((a, b) => a + b, 0)).toBe(200);
    expect(live.revision).toBe(1);
  });

  it('speed scales the simulated clock', () => {
    const sim = start();
    run(sim, 1000, 5);
    expect(sim.stats().total).toBe(100);
  });

  it('same seed gives the same numbers however the clock is ticked', () => {
    const a = start(seedYaml, 42);
    const b = start(seedYaml, 42);
    run(a, 30_000);
    for (let i = 0; i < 600; i++) b.advance(50, 1);
    expect(a.stats().byPod).toEqual(b.stats().byPod);
    expect(a.stats().byEdge).toEqual(b.stats().byEdge);
    const c = start(seedYaml, 43);
    run(c, 30_000);
    expect(c.stats().byPod).not.toEqual(a.stats().byPod);
  });

  it('splits about 10/90 and keeps a 60 s series', () => {
    const sim = start(seedYaml, 3);
    run(sim, 100_000);
    const live = sim.stats();
    expect(live.total).toBe(2000);
    expect(live.byCluster[V1] / live.total).toBeGreaterThan(0.07);
    expect(live.byCluster[V1] / live.total).toBeLessThan(0.13);
    expect(live.series).toHaveLength(60);
    expect(live.series[59].t).toBe(100);
    const last = live.series[30].byCluster;
    expect((last[V1] ?? 0) + (last[V2] ?? 0)).toBe(20);
  });

  it('samples at most ~60 dots per second per client, spread over the path table', () => {
    const sim = start();
    run(sim, 200, 1);
    const first = sim.takeParticles()!;
    expect(first.paths.length).toBeGreaterThan(0);
    expect(first.count).toBe(4); // 20 req/s: every request becomes a dot
    // 10x speed = 200 req/s: capped.
    let dots = 0;
    for (let i = 0; i < 100; i++) {
      sim.advance(50, 10);
      const b = sim.takeParticles();
      if (!b) continue;
      dots += b.count;
      for (let j = 0; j < b.count; j++) expect(b.data[j * PARTICLE_STRIDE + P_PATH]).toBeLessThan(b.pathBase + b.paths.length);
    }
    expect(sim.stats().total).toBe(4 + 1000);
    expect(dots).toBeGreaterThan(200);
    expect(dots).toBeLessThanOrEqual(60 * 5 + 30);
  });

  it('colours dots by hash key under consistent hashing and records where keys land', () => {
    const sim = start(consistentHashYaml, 1);
    run(sim, 5000);
    const live = sim.stats();
    expect(Object.keys(live.hashKeys).sort()).toEqual(['foo: alice', 'foo: bar', 'foo: baz', 'foo: bob', 'foo: qux']);
    for (const pods of Object.values(live.hashKeys)) expect(pods).toHaveLength(1);
    const batch = sim.takeParticles()!;
    expect(batch.colours.some((c) => c.kind === 'hash')).toBe(true);
    expect(batch.colours.some((c) => c.kind === 'none')).toBe(true);
  });

  it('finds the last request through an element', () => {
    const sim = start();
    run(sim, 2000);
    const rec = sim.lastRequestThrough(V1);
    expect(rec).toBeDefined();
    expect(rec!.sequence).toBeLessThanOrEqual(40);
    expect(sim.lastRequestThrough('pod:nope')).toBeUndefined();
  });

  it('runRequests routes exactly N requests, the same ones the clock would', () => {
    const ticked = start(seedYaml, 9);
    run(ticked, 25_000); // 20 req/s -> 500 requests
    const stepped = start(seedYaml, 9);
    expect(stepped.runRequests(300)).toBe(300);
    expect(stepped.runRequests(200)).toBe(200);
    expect(stepped.stats().total).toBe(500);
    expect(stepped.stats().byPod).toEqual(ticked.stats().byPod);
    expect(stepped.simTimeMs).toBeCloseTo(25_000, 6);
    expect(stepped.takeParticles()?.count ?? 0).toBe(0);
  });
});

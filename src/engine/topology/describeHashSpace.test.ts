import { describe, expect, it } from 'vitest';
import { loadScenario, type LoadedScenario } from '../index.ts';
import { consistentHashYaml } from '../../scenarios/consistentHash.ts';
import { stickyHeaderMaglevYaml } from '../../scenarios/stickyHeaderMaglev.ts';
import { seedYaml } from '../../scenarios/seed.ts';
import { hashHeaderValues } from '../route/lb/index.ts';
import { createLiveSimulation } from '../../worker/liveSimulation.ts';
import { describeHashSpace, findHashCluster, placeKeys, type HashSpace } from './describeHashSpace.ts';
import { describeTopology } from './describeTopology.ts';
import { diffKeyPlacement } from './diffKeyPlacement.ts';
import { hashLayoutOf, movedSpaceFraction } from './hashLayout.ts';

const hashClusterId = (loaded: LoadedScenario) => describeTopology(loaded).clusters.find((c) => /RING_HASH|MAGLEV/.test(c.lbLabel))!.id;

function describe1(yaml: string, liveLabels?: string[]): { loaded: LoadedScenario; space: HashSpace } {
  const loaded = loadScenario(yaml);
  return { loaded, space: describeHashSpace(loaded, hashClusterId(loaded), { liveLabels })! };
}

function expectWholeSpace(space: HashSpace) {
  expect(space.endpoints.reduce((s, e) => s + e.share, 0)).toBeCloseTo(1, 12);
  expect(space.arcs.length).toBeLessThanOrEqual(2048);
  expect(space.arcs[0].start).toBe(0);
  expect(space.arcs[space.arcs.length - 1].end).toBe(1);
  for (let i = 1; i < space.arcs.length; i++) expect(space.arcs[i].start).toBe(space.arcs[i - 1].end);
}

/** 300 synthetic header values, placed on a space's table. */
function synthetic(loaded: LoadedScenario, space: HashSpace) {
  const layout = hashLayoutOf(findHashCluster(loaded, space.clusterId)!)!;
  const keys = Array.from({ length: 300 }, (_, i) => ({ label: `user: u${i}`, hash: hashHeaderValues([`u${i}`])!, source: 'traffic' as const }));
  return { layout, placed: { keys: placeKeys(layout, space.endpoints, keys), endpoints: space.endpoints } };
}

describe('describeHashSpace', () => {
  it('ring hash (consistent-hash example): six pods share the ring, each key value lands on a pod', () => {
    const { space } = describe1(consistentHashYaml);
    expect(space.algorithm).toBe('RING_HASH');
    expect(space.policyLabel).toBe('RING_HASH on header foo');
    expect(space.minRingSize).toBe(1024);
    expect(space.endpoints).toHaveLength(6);
    // ceil(1024 / 6) = 171 points per host.
    for (const e of space.endpoints) expect(e.count).toBe(171);
    expect(space.size).toBe(6 * 171);
    for (const e of space.endpoints) expect(e.share).toBeGreaterThan(0.08);
    expectWholeSpace(space);
    expect(space.keys.map((k) => k.label)).toEqual(['foo: bar', 'foo: baz', 'foo: qux', 'foo: alice', 'foo: bob']);
    const bar = space.keys[0];
    expect(bar.hash).toBe('5234164152756840025'); // xxh64("bar"), DESIGN.md's vector
    expect(bar.hex).toBe(BigInt(bar.hash).toString(16).padStart(16, '0'));
    expect(bar.position).toBeCloseTo(Number(BigInt(bar.hash)) / 2 ** 64, 12);
    for (const k of space.keys) expect(space.endpoints[k.endpoint].podId).toBe(k.podId);
  });

  it('places each key on the pod the live simulation routes it to', () => {
    const { loaded, space } = describe1(consistentHashYaml);
    const sim = createLiveSimulation({ loaded, topology: describeTopology(loaded), revision: 1, seed: 7 });
    sim.runRequests(2000);
    const live = sim.stats().hashKeys;
    for (const k of space.keys) expect(live[k.label]).toEqual([k.podId]);
  });

  it('adds live labels not in the Traffic, hashed like the router does', () => {
    const { space } = describe1(consistentHashYaml, ['foo: bar', 'foo: zed', 'other: x']);
    expect(space.keys.map((k) => `${k.label}/${k.source}`)).toEqual(['foo: bar/traffic', 'foo: baz/traffic', 'foo: qux/traffic', 'foo: alice/traffic', 'foo: bob/traffic', 'foo: zed/live']);
  });

  it('maglev (sticky-header-maglev example): shares are entries / M', () => {
    const { space } = describe1(stickyHeaderMaglevYaml);
    expect(space.algorithm).toBe('MAGLEV');
    expect(space.size).toBe(65537);
    expect(space.endpoints).toHaveLength(5);
    expect(space.endpoints.reduce((s, e) => s + e.count, 0)).toBe(65537);
    for (const e of space.endpoints) expect(e.share).toBeCloseTo(0.2, 3);
    expectWholeSpace(space);
    expect(space.keys).toHaveLength(8);
    for (const k of space.keys) {
      expect(k.index).toBe(Number(BigInt(k.hash) % 65537n));
      expect(k.position).toBeCloseTo(k.index / 65537, 12);
    }
  });

  it('is undefined for a cluster without consistent hashing', () => {
    const loaded = loadScenario(seedYaml);
    for (const c of describeTopology(loaded).clusters) expect(describeHashSpace(loaded, c.id)).toBeUndefined();
    expect(describeHashSpace(loaded, 'cluster:nope')).toBeUndefined();
  });
});

describe('keys that move when a pod goes away', () => {
  it('ring hash, 6 -> 5 pods: at least the removed pod\'s keys move, and often some more', () => {
    const a = describe1(consistentHashYaml);
    const b = describe1(consistentHashYaml.replace(/replicas: 3/, 'replicas: 2'));
    expect(b.space.endpoints).toHaveLength(5);
    const before = synthetic(a.loaded, a.space);
    const after = synthetic(b.loaded, b.space);
    const diff = diffKeyPlacement(before.placed, after.placed);
    const gone = a.space.endpoints.find((e) => !b.space.endpoints.some((x) => x.podId === e.podId))!;
    const hadGone = before.placed.keys.filter((k) => k.podId === gone.podId).length;
    expect(diff.compared).toBe(300);
    expect(diff.moved.filter((m) => m.podGone)).toHaveLength(hadGone);
    expect(diff.moved.length).toBeGreaterThan(hadGone); // ceil(1024/5) = 205 points per host: new points capture keys
    expect(diff.fraction).toBeGreaterThan(0.12);
    expect(diff.fraction).toBeLessThan(0.45);
    const space = movedSpaceFraction(before.layout, after.layout);
    expect(space).toBeGreaterThan(gone.share);
    expect(Math.abs(space - diff.fraction)).toBeLessThan(0.08);
  });

  it('maglev, 5 -> 4 pods: about 1/5 of keys move, nearly all of them from the removed pod', () => {
    const a = describe1(stickyHeaderMaglevYaml);
    const b = describe1(stickyHeaderMaglevYaml.replace(/replicas: 5/, 'replicas: 4'));
    expect(b.space.endpoints).toHaveLength(4);
    const diff = diffKeyPlacement(synthetic(a.loaded, a.space).placed, synthetic(b.loaded, b.space).placed);
    expect(diff.fraction).toBeGreaterThan(0.14);
    expect(diff.fraction).toBeLessThan(0.28);
    expect(diff.moved.filter((m) => !m.podGone).length).toBeLessThanOrEqual(diff.moved.length * 0.2);
    const space = movedSpaceFraction(synthetic(a.loaded, a.space).layout, synthetic(b.loaded, b.space).layout);
    expect(space).toBeGreaterThan(0.2);
    expect(space).toBeLessThan(0.24);
  });

  it('an unchanged cluster moves nothing', () => {
    const a = describe1(consistentHashYaml);
    const b = describe1(consistentHashYaml.replace('rate: 20', 'rate: 30'));
    expect(diffKeyPlacement(a.space, b.space)).toEqual({ moved: [], compared: 5, fraction: 0 });
    const la = hashLayoutOf(findHashCluster(a.loaded, a.space.clusterId)!)!;
    const lb = hashLayoutOf(findHashCluster(b.loaded, b.space.clusterId)!)!;
    expect(movedSpaceFraction(la, lb)).toBe(0);
  });
});

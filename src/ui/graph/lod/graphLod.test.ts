import { describe, expect, it } from 'vitest';
import { generateLargeMesh } from '../../../scenarios/generateLargeMesh.ts';
import { emptyLiveStats, type LiveStats } from '../../../worker/liveStats.ts';
import { layoutTopology } from '../layout/layoutTopology.ts';
import { buildGraphElements } from '../model/buildGraphElements.ts';
import { scenarioYaml, topologyOf } from '../model/testTopologies.ts';
import { captionServiceIds } from '../../../engine/topology/describeCaption.ts';
import { podNamer } from '../model/shortPodName.ts';
import { groupedEdgeCounts, MORE_SERVICES_ID, POD_LOD_THRESHOLD, reduceTopology, SERVICES_SHOWN } from './graphLod.ts';
import { bucket, podSummary } from './podSummary.ts';
import { equalUpTo, reuseUnchanged } from './reuseUnchanged.ts';

const NONE = { expandedBoxes: [], extraServices: 0 };
const large = topologyOf(generateLargeMesh());

describe('reduceTopology', () => {
  it('leaves a small mesh alone', () => {
    const seed = topologyOf(scenarioYaml('seed'));
    const g = reduceTopology(seed, NONE);
    expect(g.topology).toBe(seed);
    expect(g.podLod).toBe(false);
    expect(g.more).toBeUndefined();
    expect([...g.expanded]).toEqual(seed.clusters.map((c) => c.id));
  });

  it('draws the busiest Services of a large mesh, its boxes summarised, the rest behind one node', () => {
    expect(large.pods.length).toBeGreaterThan(POD_LOD_THRESHOLD);
    // Each Service's configured rate: the 4 clients' 100 req/s, split by their entries' weights.
    expect(large.services.reduce((sum, s) => sum + s.rate, 0)).toBeCloseTo(400);
    const g = reduceTopology(large, NONE);
    expect(g.podLod).toBe(true);
    expect(g.expanded.size).toBe(0);
    const services = g.topology.services.filter((s) => s.id !== MORE_SERVICES_ID);
    expect(services).toHaveLength(SERVICES_SHOWN);
    // The busiest by configured rate, in topology order.
    const minShown = Math.min(...services.map((s) => s.rate));
    expect(large.services.filter((s) => s.rate > minShown).every((s) => services.includes(s))).toBe(true);
    expect(g.topology.services.at(-1)!.id).toBe(MORE_SERVICES_ID);
    expect(g.more).toMatchObject({ services: 100 - SERVICES_SHOWN, shown: SERVICES_SHOWN, total: 100 });
    // A hidden Service's elements stand behind the "more" node; a summarised box's pods behind their box.
    const hidden = large.services.find((s) => !services.includes(s))!;
    expect(g.nodeAlias.get(hidden.id)).toBe(MORE_SERVICES_ID);
    const pod = g.topology.pods[0];
    expect(g.nodeAlias.get(pod.id)).toBe(pod.clusterId);
    // Every proxy edge to a hidden Service is carried by one grouped edge per proxy.
    const grouped = g.topology.edges.filter((e) => e.target === MORE_SERVICES_ID);
    expect(grouped.length).toBeGreaterThan(0);
    const members = grouped.flatMap((e) => g.edgeGroups.get(e.id)!);
    expect(members.length).toBe(large.edges.filter((e) => e.kind === 'proxy' && g.nodeAlias.get(e.target) === MORE_SERVICES_ID).length);
    const byEdge = Object.fromEntries(members.map((id) => [id, 2]));
    expect(Object.values(groupedEdgeCounts(g, byEdge)).reduce((a, b) => a + b, 0)).toBe(2 * members.length);
  });

  it('shows more Services on demand and the pods of expanded boxes only', () => {
    const g = reduceTopology(large, { expandedBoxes: [large.clusters[0].id], extraServices: 5 });
    expect(g.topology.services).toHaveLength(SERVICES_SHOWN + 5 + 1);
    const live: LiveStats = { ...emptyLiveStats(1), total: 10, byPod: { [large.clusters[0].podIds[0]]: 7 } };
    const layout = layoutTopology(g.topology, { lod: { expanded: g.expanded } });
    const { nodes } = buildGraphElements(g.topology, live, 'light', layout, g);
    const pods = nodes.filter((n) => n.type === 'pod');
    const expandedBox = g.topology.clusters.find((c) => g.expanded.has(c.id));
    expect(pods).toHaveLength(expandedBox ? expandedBox.podIds.length : 0);
    expect(nodes.filter((n) => n.type === 'more')).toHaveLength(1);
    for (const box of nodes.filter((n) => n.type === 'subset')) expect(box.data.summary?.pods).toBe(box.data.cluster.podIds.length);
    expect(nodes.length).toBeLessThan(120);
  });

  it('draws the Services the caption names', () => {
    const drawn = (t: typeof large) => new Set(reduceTopology(t, NONE).topology.services.map((s) => s.id));
    expect(captionServiceIds(large)).toHaveLength(1);
    for (const id of captionServiceIds(large)) expect(drawn(large).has(id)).toBe(true);
    // Two clients: two sentences, two Services, both drawn; still SERVICES_SHOWN of them.
    const two = topologyOf(generateLargeMesh({ clients: 2 }));
    expect(captionServiceIds(two)).toHaveLength(2);
    for (const id of captionServiceIds(two)) expect(drawn(two).has(id)).toBe(true);
    expect(drawn(two).size).toBe(SERVICES_SHOWN + 1);
    // The first client calls only quiet Services (the others got busier): the caption's is drawn in place of the least busy.
    const first = new Set(large.edges.filter((e) => e.source === large.proxies[0].id).map((e) => e.target));
    const quiet = { ...large, services: large.services.map((s) => (first.has(s.id) ? s : { ...s, rate: s.rate + 10 })) };
    expect(captionServiceIds(quiet)).toEqual(captionServiceIds(large));
    expect(drawn(quiet).has(captionServiceIds(large)[0])).toBe(true);
    expect(drawn(quiet).size).toBe(SERVICES_SHOWN + 1);
  });

  it('names pods relative to the whole mesh, not to what is drawn', () => {
    const box = reduceTopology(large, NONE).topology.clusters[0].id;
    const g = reduceTopology(large, { expandedBoxes: [box], extraServices: 0 });
    const { nodes } = buildGraphElements(g.topology, emptyLiveStats(1), 'light', layoutTopology(g.topology, { lod: { expanded: g.expanded } }), g);
    const name = podNamer(large.pods);
    const pods = nodes.filter((n) => n.type === 'pod');
    expect(pods.length).toBeGreaterThan(0);
    for (const n of pods) if (n.type === 'pod') expect(n.data.shortName).toBe(name(n.data.pod.name));
  });

  it('keeps the drawn layout when only live counts change', () => {
    const g = reduceTopology(large, NONE);
    const layout = layoutTopology(g.topology, { lod: { expanded: g.expanded } });
    const tick = (n: number): LiveStats => ({ ...emptyLiveStats(1), total: n, byPod: { [g.topology.pods[0].id]: n } });
    const a = buildGraphElements(g.topology, tick(5), 'light', layout, g);
    const b = buildGraphElements(g.topology, tick(6), 'light', layout, g);
    expect(b.nodes.map((n) => [n.id, n.position])).toEqual(a.nodes.map((n) => [n.id, n.position]));
    // Only the nodes whose numbers changed are new objects.
    const reused = reuseUnchanged(a.nodes, b.nodes);
    expect(reused.filter((n, i) => n !== a.nodes[i]).map((n) => n.id)).toEqual([g.topology.pods[0].clusterId]);
  });
});

describe('pod summary', () => {
  it('counts ready pods and requests, a bar per pod (grey when not ready)', () => {
    const c = large.clusters[0];
    const pods = new Map(large.pods.map((p) => [p.id, p.id === c.podIds[1] ? { ...p, ready: false } : p]));
    const s = podSummary(c, pods, (id) => (id === c.podIds[0] ? 3 : 1), false);
    expect(s).toMatchObject({ pods: c.podIds.length, ready: c.podIds.length - 1, served: 3 + c.podIds.length - 2 });
    expect(s.bars.slice(0, 2)).toEqual([3, -1]);
  });

  it('buckets many pods into at most the bars there is room for', () => {
    expect(bucket([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(bucket([1, 1, 1, 1, -1, -1], 3)).toEqual([2, 2, -1]);
  });
});

describe('reuseUnchanged', () => {
  it('keeps equal objects and the whole array when nothing changed', () => {
    const a = [{ id: 'x', data: { n: 1, bars: [1, 2] } }, { id: 'y', data: { n: 2, bars: [] } }];
    const same = [{ id: 'x', data: { n: 1, bars: [1, 2] } }, { id: 'y', data: { n: 2, bars: [] } }];
    expect(reuseUnchanged(a, same)).toBe(a);
    const changed = reuseUnchanged(a, [{ id: 'x', data: { n: 1, bars: [1, 3] } }, same[1]]);
    expect(changed[0]).not.toBe(a[0]);
    expect(changed[1]).toBe(a[1]);
    expect(equalUpTo({ a: { b: { c: 1 } } }, { a: { b: { c: 1 } } }, 1)).toBe(false);
  });
});

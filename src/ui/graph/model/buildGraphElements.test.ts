import { describe, expect, it } from 'vitest';
import { emptyLiveStats, type LiveStats } from '../../../worker/liveStats.ts';
import { categoricalColor } from '../../theme/palette.ts';
import { buildGraphElements } from './buildGraphElements.ts';
import type { GraphNode, PodGraphNode } from './graphTypes.ts';
import { commonDashPrefix, deploymentOfPodName, middleTruncate, podNamer, shortPodNames } from './shortPodName.ts';
import { scenarioYaml, threeSubsetsFivePodsYaml, topologyOf } from './testTopologies.ts';

interface Rect { id: string; x: number; y: number; w: number; h: number }

/** Absolute rectangles (children offset by their parent). */
function rects(nodes: GraphNode[]): Rect[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes.map((n) => {
    const parent = n.parentId ? byId.get(n.parentId)! : undefined;
    return { id: n.id, x: n.position.x + (parent?.position.x ?? 0), y: n.position.y + (parent?.position.y ?? 0), w: n.width!, h: n.height! };
  });
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Pairs of nodes that overlap, except a pod and its own subset box. */
function overlapping(nodes: GraphNode[]): string[] {
  const r = rects(nodes);
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const out: string[] = [];
  for (let i = 0; i < r.length; i++)
    for (let j = i + 1; j < r.length; j++) {
      if (parentOf.get(r[i].id) === r[j].id || parentOf.get(r[j].id) === r[i].id) continue;
      if (overlaps(r[i], r[j])) out.push(`${r[i].id} × ${r[j].id}`);
    }
  return out;
}

function positions(nodes: GraphNode[]) {
  return Object.fromEntries(nodes.map((n) => [n.id, [n.position.x, n.position.y, n.width, n.height]]));
}

const count = (nodes: GraphNode[], type: GraphNode['type']) => nodes.filter((n) => n.type === type).length;

describe('buildGraphElements', () => {
  const seed = topologyOf(scenarioYaml('seed'));

  it('draws the seed left to right: client, sidecar, Service, route, two subset boxes holding six pods', () => {
    const { nodes, edges } = buildGraphElements(seed, emptyLiveStats(), 'light');
    expect([count(nodes, 'client'), count(nodes, 'proxy'), count(nodes, 'service'), count(nodes, 'route'), count(nodes, 'subset'), count(nodes, 'pod')]).toEqual([1, 1, 1, 1, 2, 6]);
    const x = (type: GraphNode['type']) => nodes.find((n) => n.type === type)!.position.x;
    expect(x('client') < x('proxy') && x('proxy') < x('service') && x('service') < x('route') && x('route') < x('subset')).toBe(true);
    for (const pod of nodes.filter((n) => n.type === 'pod')) {
      expect(pod).toMatchObject({ extent: 'parent' });
      const parentIndex = nodes.findIndex((n) => n.id === pod.parentId);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(nodes.indexOf(pod));
      const parent = nodes[parentIndex];
      expect(pod.position.x + pod.width!).toBeLessThanOrEqual(parent.width!);
      expect(pod.position.y + pod.height!).toBeLessThanOrEqual(parent.height!);
    }
    expect(overlapping(nodes)).toEqual([]);
    expect(edges.filter((e) => e.type === 'weighted')).toHaveLength(2);
    expect(nodes.every((n) => typeof n.ariaLabel === 'string' && n.ariaLabel.length > 10)).toBe(true);
  });

  it('colours subsets by their order in topology.clusters, pods like their subset', () => {
    const { nodes } = buildGraphElements(seed, emptyLiveStats(), 'dark');
    const subsets = nodes.filter((n) => n.type === 'subset');
    expect(subsets.map((n) => n.data.color)).toEqual([categoricalColor(0, 'dark'), categoricalColor(1, 'dark')]);
    const pod = nodes.find((n): n is PodGraphNode => n.type === 'pod' && n.parentId === subsets[1].id)!;
    expect(pod.data.color).toBe(categoricalColor(1, 'dark'));
  });

  it('keeps every position when weights or live counts change', () => {
    const base = positions(buildGraphElements(seed, emptyLiveStats(), 'light').nodes);
    const reweighted = topologyOf(scenarioYaml('seed').replace('weight: 10', 'weight: 0').replace('weight: 90', 'weight: 100'));
    const live: LiveStats = { ...emptyLiveStats(1), total: 100, byPod: { [seed.pods[0].id]: 100 } };
    expect(positions(buildGraphElements(reweighted, live, 'light').nodes)).toEqual(base);
  });

  it('appends a new route below the existing one without moving anything else', () => {
    const base = scenarioYaml('seed').replace('prefix: /', 'prefix: /ping');
    const yaml = base.replace(
      '      weight: 90\n',
      '      weight: 90\n  - match:\n    - headers:\n        end-user:\n          exact: jason\n    route:\n    - destination:\n        host: httpping-without-sidecar\n        subset: v2\n',
    );
    const before = positions(buildGraphElements(topologyOf(base), emptyLiveStats(), 'light').nodes);
    const afterNodes = buildGraphElements(topologyOf(yaml), emptyLiveStats(), 'light').nodes;
    const routes = afterNodes.filter((n) => n.type === 'route');
    expect(routes).toHaveLength(2);
    for (const n of afterNodes.filter((n) => n.type !== 'route')) expect(positions([n])[n.id]).toEqual(before[n.id]);
    expect(routes[1].position.y).toBeGreaterThan(routes[0].position.y);
    expect(overlapping(afterNodes)).toEqual([]);
  });

  it('stays compact and overlap-free with 3 subsets × 5 pods (two pod columns)', () => {
    const t = topologyOf(threeSubsetsFivePodsYaml());
    const { nodes } = buildGraphElements(t, emptyLiveStats(), 'light');
    expect(count(nodes, 'subset')).toBe(3);
    expect(count(nodes, 'pod')).toBe(15);
    expect(overlapping(nodes)).toEqual([]);
    const r = rects(nodes);
    const height = Math.max(...r.map((b) => b.y + b.h)) - Math.min(...r.map((b) => b.y));
    const width = Math.max(...r.map((b) => b.x + b.w)) - Math.min(...r.map((b) => b.x));
    expect(height).toBeLessThan(700);
    expect(width / height).toBeGreaterThan(1.3);
  });

  it('has no overlap in any built-in scenario', () => {
    for (const id of ['no-sidecar-client', 'gateway-only', 'consistent-hash']) {
      expect(overlapping(buildGraphElements(topologyOf(scenarioYaml(id)), emptyLiveStats(), 'light').nodes), id).toEqual([]);
    }
  });

  it('does not call a low-weight subset unused before its first request', () => {
    const [v1, v2] = seed.edges.filter((e) => e.kind === 'weighted');
    const live: LiveStats = { ...emptyLiveStats(1), total: 20, byEdge: { [v2.id]: 20 }, byCluster: { [v2.target]: 20 } };
    const { nodes, edges } = buildGraphElements(seed, live, 'light');
    expect(nodes.find((n) => n.id === v1.target)!.data.unused).toBe(false);
    expect(edges.find((e) => e.id === v1.id)!.data!.unused).toBe(false);
    const zero = topologyOf(scenarioYaml('seed').replace('weight: 10', 'weight: 0'));
    const zeroV1 = zero.edges.find((e) => e.kind === 'weighted')!;
    const zeroLive: LiveStats = { ...emptyLiveStats(1), total: 20, byEdge: { [zero.edges.filter((e) => e.kind === 'weighted')[1].id]: 20 } };
    expect(buildGraphElements(zero, zeroLive, 'light').nodes.find((n) => n.id === zeroV1.target)!.data.unused).toBe(true);
  });

  it('labels observed shares and widens busy edges', () => {
    const [v1, v2] = seed.edges.filter((e) => e.kind === 'weighted');
    const live: LiveStats = { ...emptyLiveStats(1), total: 1000, byEdge: { [v1.id]: 97, [v2.id]: 903 } };
    const edges = buildGraphElements(seed, live, 'light').edges;
    const e1 = edges.find((e) => e.id === v1.id)!;
    const e2 = edges.find((e) => e.id === v2.id)!;
    expect(e1.data!.observed).toBeCloseTo(0.097);
    expect(e2.data!.strokeWidth).toBeGreaterThan(e1.data!.strokeWidth);
    expect(buildGraphElements(seed, emptyLiveStats(), 'light').edges.find((e) => e.id === v1.id)!.data!.observed).toBeUndefined();
  });

  it('dims routes and subsets that kube-proxy traffic bypasses, and draws dashed edges to every pod', () => {
    const t = topologyOf(scenarioYaml('no-sidecar-client'));
    const byEdge: Record<string, number> = {};
    const byPod: Record<string, number> = {};
    for (const e of t.edges.filter((e) => e.kind === 'kubeProxy' || e.kind === 'client' || e.kind === 'proxy')) byEdge[e.id] = 10;
    for (const p of t.pods) byPod[p.id] = 10;
    const { nodes, edges } = buildGraphElements(t, { ...emptyLiveStats(1), total: 60, byEdge, byPod }, 'light');
    expect(edges.filter((e) => e.data!.kind === 'kubeProxy')).toHaveLength(6);
    expect(nodes.filter((n) => n.type === 'route' || n.type === 'subset').every((n) => n.data.unused)).toBe(true);
    expect(nodes.filter((n) => n.type === 'pod').every((n) => !n.data.unused && n.data.count === 10)).toBe(true);
    expect(edges.filter((e) => e.data!.kind === 'weighted').every((e) => e.data!.unused)).toBe(true);
  });
});

describe('short pod names', () => {
  it('drops the shared prefix and the ReplicaSet hash', () => {
    const seed = topologyOf(scenarioYaml('seed'));
    const names = shortPodNames(seed.pods);
    expect(names.get('httpping-without-sidecar-v1-qj2g8cr9hz-b97nq')).toBe('v1-b97nq');
    expect(names.get('httpping-without-sidecar-v2-8tpg2dwcld-tl7q8')).toBe('v2-tl7q8');
  });

  it('keeps whole names when there is nothing to share', () => {
    expect(commonDashPrefix(['reviews-v1'])).toBe('');
    expect(commonDashPrefix(['ab', 'ab-c'])).toBe('');
    expect(commonDashPrefix(['a-b', 'a-b-c'])).toBe('a-');
    expect(shortPodNames([{ name: 'reviews-v1-abc-xyz', deployment: 'reviews-v1' }]).get('reviews-v1-abc-xyz')).toBe('reviews-v1-xyz');
    expect(middleTruncate('a-very-long-deployment-name-b97nq', 20)).toMatch(/^a-very-l…name-b97nq$|…/);
    expect(middleTruncate('short')).toBe('short');
  });

  it('podNamer: one naming for every view, also for pods known only by name', () => {
    const seed = topologyOf(scenarioYaml('seed'));
    const name = podNamer(seed.pods);
    expect(podNamer(seed.pods)).toBe(name);
    expect(name('httpping-without-sidecar-v1-qj2g8cr9hz-b97nq')).toBe('v1-b97nq');
    // A pod removed since: its Deployment read from its name, the same prefix dropped.
    expect(name('httpping-without-sidecar-v2-8tpg2dwcld-abcde')).toBe('v2-abcde');
    expect(deploymentOfPodName('reviews-v1-qj2g8cr9hz-b97nq')).toBe('reviews-v1');
    expect(deploymentOfPodName('sleep')).toBeUndefined();
    expect(name('sleep')).toBe('sleep');
  });
});

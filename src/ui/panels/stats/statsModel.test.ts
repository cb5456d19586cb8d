import { describe, expect, it } from 'vitest';
import { generateLargeMesh } from '../../../scenarios/generateLargeMesh.ts';
import { emptyLiveStats } from '../../../worker/liveStats.ts';
import { scenarioYaml, topologyOf } from '../../graph/model/testTopologies.ts';
import { podNamer } from '../../graph/model/shortPodName.ts';
import { buildStatsView, splitForEllipsis, STATS_ROWS_SHOWN } from './statsModel.ts';

describe('buildStatsView row caps', () => {
  it('lists every row of a small mesh in topology order', () => {
    const seed = topologyOf(scenarioYaml('seed'));
    const view = buildStatsView(seed, emptyLiveStats(), STATS_ROWS_SHOWN);
    expect(view.pods.map((r) => r.id)).toEqual(seed.pods.map((p) => p.id));
    expect(view.podsMore).toBeNull();
    expect(view.subsetsMore).toBeNull();
  });

  it('lists the busiest pods and subsets of a large mesh and sums up the rest', () => {
    const t = topologyOf(generateLargeMesh());
    const byPod = Object.fromEntries(t.pods.map((p, i) => [p.id, i % 13]));
    const byCluster: Record<string, number> = {};
    for (const p of t.pods) byCluster[p.clusterId] = (byCluster[p.clusterId] ?? 0) + byPod[p.id];
    const live = { ...emptyLiveStats(1), total: Object.values(byPod).reduce((a, b) => a + b, 0), byPod, byCluster };
    const view = buildStatsView(t, live, STATS_ROWS_SHOWN);
    expect(view.pods).toHaveLength(STATS_ROWS_SHOWN);
    expect(view.pods.every((r) => r.count === 12)).toBe(true);
    expect(view.podsMore!.count + STATS_ROWS_SHOWN * 12).toBe(live.total);
    expect(view.subsets).toHaveLength(STATS_ROWS_SHOWN);
    // Exports keep every row.
    const all = buildStatsView(t, live);
    expect(all.pods).toHaveLength(STATS_ROWS_SHOWN + view.podsMore!.rows);
    expect(all.podsMore).toBeNull();
  });
});

describe('buildStatsView row names', () => {
  it('one Service: subset rows read v1, v2 beside the load balancer; pods as the graph names them', () => {
    const seed = topologyOf(scenarioYaml('seed'));
    const view = buildStatsView(seed, emptyLiveStats(), STATS_ROWS_SHOWN);
    expect(view.subsets.map((r) => [r.name, r.label, r.detail, r.labelParts, r.title])).toEqual([
      ['v1', 'v1', 'LEAST_REQUEST', undefined, undefined],
      ['v2', 'v2', 'LEAST_REQUEST', undefined, undefined],
    ]);
    const name = podNamer(seed.pods);
    expect(view.pods.map((r) => r.label)).toEqual(seed.pods.map((p) => name(p.name)));
    expect(view.pods.find((r) => r.name === 'httpping-without-sidecar-v1-qj2g8cr9hz-b97nq')).toMatchObject({ label: 'v1-b97nq', detail: 'v1' });
  });

  it('several Services: every subset row names its Service (and subset), no two alike', () => {
    const t = topologyOf(generateLargeMesh());
    const view = buildStatsView(t, emptyLiveStats(), Infinity);
    const labels = view.subsets.map((r) => r.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('svc-008 · v1');
    // A Service without subsets: its name alone; the row's tooltip says it is all of its pods.
    const whole = view.subsets.find((r) => r.id === 'cluster:outbound|8080||svc-082.mesh-002.svc.cluster.local')!;
    expect(whole).toMatchObject({ name: 'all pods', label: 'svc-082', labelParts: { service: 'svc-082' }, title: 'svc-082 · all pods' });
    for (const r of view.subsets) expect(r.label.startsWith(r.labelParts!.service)).toBe(true);
    // Named by the cluster's own host, not by the Service whose route reached it first.
    for (const r of view.subsets) expect(r.id).toContain(`|${r.labelParts!.service}.`);
    // Pods: the short name, and where they belong.
    const pod = view.pods.find((r) => r.name.startsWith('svc-008-v1-'))!;
    expect(pod.label).toBe(podNamer(t.pods)(pod.name));
    expect(pod).toMatchObject({ service: 'svc-008', detail: 'svc-008 · v1', title: `${pod.name} (svc-008 · v1)` });
  });

  it('two Services of one name in different namespaces get the namespace', () => {
    const t = topologyOf(generateLargeMesh({ services: 2, namespaces: 2, virtualServices: 2, destinationRules: 0, clients: 1 }));
    const renamed = { ...t, services: t.services.map((s) => ({ ...s, name: 'api' })) };
    const view = buildStatsView(renamed, emptyLiveStats(), Infinity);
    expect(view.subsets.map((r) => r.label).sort()).toEqual(['api.mesh-000', 'api.mesh-001']);
  });
});

describe('splitForEllipsis', () => {
  it('keeps the last part of a name whole, so a cut name still tells rows apart', () => {
    expect(splitForEllipsis('recommendations-engine-008')).toEqual(['recommendations-engine', '-008']);
    expect(splitForEllipsis('api.mesh-001')).toEqual(['api.mesh', '-001']);
    expect(splitForEllipsis('productpage')).toEqual(['productpage', '']);
    expect(splitForEllipsis('svc-averyverylongtail')).toEqual(['svc-averyverylongtail', '']);
    expect(splitForEllipsis('-x')).toEqual(['-x', '']);
  });
});

import { describe, expect, it } from 'vitest';
import { generateLargeMesh } from '../../../scenarios/generateLargeMesh.ts';
import { emptyLiveStats } from '../../../worker/liveStats.ts';
import { scenarioYaml, topologyOf } from '../../graph/model/testTopologies.ts';
import { buildStatsView, STATS_ROWS_SHOWN } from './statsModel.ts';

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

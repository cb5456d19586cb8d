import { describe, expect, it } from 'vitest';
import { clusterTitle, hashClusters, isHashCluster, spaceNames } from './hashModel.ts';
import { generateLargeMesh } from '../../../scenarios/generateLargeMesh.ts';
import { loadScenario } from '../../../engine/loadScenario.ts';
import { describeTopology } from '../../../engine/topology/describeTopology.ts';
import type { HashSpaceView } from '../../../worker/protocol.ts';
import { scenarioYaml, topologyOf } from '../../graph/model/testTopologies.ts';
import { podNamer } from '../../graph/model/shortPodName.ts';

describe('hash model', () => {
  it('names pods as the graph and the Stats tab do, also pods that are gone', () => {
    const seed = topologyOf(scenarioYaml('seed'));
    const v1 = seed.pods.filter((p) => p.deployment?.endsWith('-v1'));
    const gone = 'httpping-without-sidecar-v2-8tpg2dwcld-zzzzz';
    const space = {
      endpoints: v1.map((p) => ({ name: p.name })),
      change: { removedPods: [gone], addedPods: [], moved: [] },
    } as unknown as HashSpaceView;
    const names = spaceNames(space, seed.pods);
    // Not 'b97nq': the space holds v1 pods only, yet each keeps the name the graph gives it.
    expect(names.get('httpping-without-sidecar-v1-qj2g8cr9hz-b97nq')).toBe('v1-b97nq');
    for (const p of v1) expect(names.get(p.name)).toBe(podNamer(seed.pods)(p.name));
    expect(names.get(gone)).toBe('v2-zzzzz');
  });

  it('cluster titles are short', () => {
    expect(clusterTitle('outbound|8080|v1|reviews.default.svc.cluster.local')).toBe('reviews.default · v1 · 8080');
    expect(clusterTitle('outbound|8080||recommendations.shop.svc.cluster.local')).toBe('recommendations.shop · 8080');
  });
});

describe('which hash cluster the Hash tab opens on', () => {
  it('the busiest Service first, as the graph ranks the Services it draws on a large mesh', () => {
    const topology = describeTopology(loadScenario(generateLargeMesh()));
    const clusters = hashClusters(topology);
    const rate = (c: (typeof clusters)[number]) => topology.services.find((s) => s.id === c.serviceId)!.rate;
    expect(clusters.length).toBeGreaterThan(1);
    const rates = clusters.map(rate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(rate(clusters[0])).toBeGreaterThan(rate(topology.clusters.find(isHashCluster)!));
  });
});

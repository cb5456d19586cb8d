import { describe, expect, it } from 'vitest';
import { clusterTitle, spaceNames } from './hashModel.ts';
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

import { describe, expect, it } from 'vitest';
import { clusterTitle, shortNames } from './hashModel.ts';

describe('hash model', () => {
  it('short names drop the shared prefix and the ReplicaSet hash, also for pods that are gone', () => {
    const names = shortNames(['httpping-without-sidecar-v1-qj2g8cr9hz-b97nq', 'httpping-without-sidecar-v2-8tpg2dwcld-tl7q8']);
    expect([...names.values()]).toEqual(['v1-b97nq', 'v2-tl7q8']);
  });

  it('cluster titles are short', () => {
    expect(clusterTitle('outbound|8080|v1|reviews.default.svc.cluster.local')).toBe('reviews.default · v1 · 8080');
    expect(clusterTitle('outbound|8080||recommendations.shop.svc.cluster.local')).toBe('recommendations.shop · 8080');
  });
});

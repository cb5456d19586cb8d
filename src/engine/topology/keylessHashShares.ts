import type { TopoCluster } from './types.ts';

/**
 * Where a request without a hash key goes on a RING_HASH or MAGLEV cluster: each ready pod's
 * odds, summing to 1. Envoy hashes such a request with a random 64-bit value
 * (source/extensions/load_balancing_policies/common/thread_aware_lb_impl.cc,
 * ThreadAwareLoadBalancerBase::LoadBalancerImpl::chooseHost: `const uint64_t h = hash ?
 * hash.value() : random_.random();`), so a pod gets its share of the hash space: the ring arcs
 * its points close (ring_hash_lb.cc Ring::chooseHost: first point >= h), or its Maglev table
 * entries (maglev_lb.cc chooseHost: table[h % M]). With few points per pod these shares are
 * visibly uneven, not 1/N. Without a hash space in the topology, 1/N.
 */
export function keylessHashShares(cluster: TopoCluster, readyPodIds: readonly string[]): Record<string, number> {
  const odds: Record<string, number> = {};
  const space = cluster.hashSpace;
  const total = space ? readyPodIds.reduce((sum, id) => sum + (space[id] ?? 0), 0) : 0;
  for (const id of readyPodIds) odds[id] = space && total > 0 ? (space[id] ?? 0) / total : 1 / readyPodIds.length;
  return odds;
}

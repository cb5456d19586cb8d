/**
 * RANDOM, as Envoy runs it (envoyproxy/envoy source/extensions/load_balancing_policies/random/
 * random_lb.cc, peekOrChoose): one random() per pick, `hosts_to_use[random_hash % size]`. Also
 * the pick for kube-proxy in iptables mode (a uniform endpoint per connection) and for a
 * consistent-hash request without a hash key (though Envoy does that through the ring: see
 * hashKey.ts).
 */
import type { Rng } from './rng.ts';

export interface RandomPicker {
  readonly hostCount: number;
  /** A uniform host index in [0, hostCount), -1 when there are no hosts. O(1), no allocation. */
  pick(): number;
}

export function createRandomPicker(hostCount: number, rng: Rng): RandomPicker {
  const n = hostCount;
  return {
    hostCount: n,
    pick(): number {
      return n > 0 ? rng.nextInt(n) : -1;
    },
  };
}

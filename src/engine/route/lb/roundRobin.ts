/**
 * ROUND_ROBIN with equal endpoint weights, as Envoy runs it. envoyproxy/envoy
 * source/extensions/load_balancing_policies/round_robin/round_robin_lb.h:
 *
 *   refreshHostSource: rr_indexes_.insert({source, seed_});     // seed_ = random_.random()
 *   unweightedHostPick: return hosts_to_use[rr_indexes_[source]++ % hosts_to_use.size()];
 *
 * seed_ is drawn once per load balancer instance (EdfLoadBalancerBase's constructor,
 * common/load_balancer_impl.cc), so the rotation starts at a random host, and each Envoy worker
 * thread has its own instance and its own rotation. insert() keeps an existing index when the
 * host list changes, so the counter carries on and is reduced modulo the new size. Unequal
 * weights switch Envoy to an EDF schedule, which this picker does not model.
 */
import type { Rng } from './rng.ts';

export interface RoundRobinPicker {
  readonly hostCount: number;
  /** Next host index in [0, hostCount), -1 when there are no hosts. O(1), no allocation. */
  pick(): number;
  /** The endpoint list changed size: keep counting, as Envoy's retained rr index does. */
  setHostCount(n: number): void;
}

export function createRoundRobinPicker(hostCount: number, rng: Rng): RoundRobinPicker {
  // Envoy's counter is a uint64 seeded with random(); 32 random bits are as good a start and
  // leave 2^53 - 2^32 increments of exact double arithmetic.
  let counter = rng.nextU32();
  let n = hostCount;
  let idx = n > 0 ? counter % n : 0;
  return {
    get hostCount() {
      return n;
    },
    pick(): number {
      if (n <= 0) return -1;
      const i = idx;
      idx = i + 1 === n ? 0 : i + 1;
      counter++;
      return i;
    },
    setHostCount(next: number): void {
      n = next;
      idx = n > 0 ? counter % n : 0;
    },
  };
}

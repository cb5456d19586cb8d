/**
 * LEAST_REQUEST, Istio's default LB, as Envoy runs it when all endpoint weights are equal (they
 * are in Istio unless locality weighting kicks in): power of two choices. envoyproxy/envoy
 * source/extensions/load_balancing_policies/least_request/least_request_lb.cc,
 * unweightedHostPickNChoices:
 *
 *   for (choice_idx = 0; choice_idx < choice_count_; ++choice_idx) {
 *     rand_idx = random_.random() % hosts_to_use.size();
 *     first sample is the candidate; a later one replaces it only if it has strictly fewer
 *     active requests
 *   }
 *
 * choice_count_ defaults to 2 (least_request_lb.h). The samples are drawn with replacement, so
 * both may be the same host, and ties keep the first sample. With requests that finish
 * instantly every count is 0 and this is a uniform random pick. Unequal weights switch Envoy to
 * an EDF schedule over weight / (active + 1)^bias, which this picker does not model.
 */
import type { Rng } from './rng.ts';

export interface LeastRequestPicker {
  readonly hostCount: number;
  /**
   * A host index in [0, hostCount), -1 when there are no hosts. `activeRequests[i]` is host i's
   * in-flight count (Envoy also counts pending requests); omitted means all zero.
   * O(choiceCount), no allocation.
   */
  pick(activeRequests?: ArrayLike<number>): number;
}

export function createLeastRequestPicker(hostCount: number, rng: Rng, choiceCount = 2): LeastRequestPicker {
  const n = hostCount;
  const choices = Math.max(1, choiceCount);
  return {
    hostCount: n,
    pick(activeRequests?: ArrayLike<number>): number {
      if (n <= 1) return n - 1;
      let candidate = rng.nextInt(n);
      for (let c = 1; c < choices; c++) {
        const sampled = rng.nextInt(n);
        // Draw even without counts so the random stream does not depend on whether they exist.
        if (activeRequests !== undefined && activeRequests[sampled] < activeRequests[candidate]) candidate = sampled;
      }
      return candidate;
    },
  };
}

/**
 * Rule 9, Envoy's weighted_clusters pick (envoyproxy/envoy
 * source/common/router/weighted_cluster_specifier.cc, pickClusterIndex):
 *
 *   selected_value = random_value % total_cluster_weight;
 *   walk clusters in order; pick the first with begin <= selected_value < begin + weight.
 *
 * random_value is the stream's random id (WeightedClusterSpecifierPlugin::route falls back to
 * "the value that is set by stream id" unless a random-value header or use_hash_policy is
 * configured; Istio sets neither), so it is a fresh uint64 per request: consistent hashing never
 * makes this pick sticky. A weight-0 entry has an empty interval and is never chosen. A single
 * destination never gets here: Istio emits a plain `cluster`, so its weight is ignored and no
 * random number is drawn.
 */
import type { Rng } from './rng.ts';

/** What a weighted pick decided, kept for traces ("random 8123 % 100 = 23 -> v1"). */
export interface WeightedPick {
  /** Index of the chosen entry, -1 when no entry has a positive weight. */
  index: number;
  /** The random value drawn (a 53-bit stand-in for Envoy's uint64), -1 if none was drawn. */
  random: number;
  /** random % total: the point on [0, total) that selected the entry, -1 if none. */
  selected: number;
  total: number;
}

export function newWeightedPick(): WeightedPick {
  return { index: -1, random: -1, selected: -1, total: 0 };
}

/**
 * Picks an index from `weights` (non-negative integers, in route order). Writes into `out` and
 * returns it, so a caller that keeps one `out` allocates nothing per pick. O(n).
 */
export function pickWeighted(weights: ArrayLike<number>, rng: Rng, out: WeightedPick = newWeightedPick()): WeightedPick {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  out.total = total;
  if (n === 1) {
    out.index = 0;
    out.random = -1;
    out.selected = -1;
    return out;
  }
  if (!(total > 0)) {
    out.index = -1;
    out.random = -1;
    out.selected = -1;
    return out;
  }
  const random = rng.nextU53();
  const selected = random % total;
  out.random = random;
  out.selected = selected;
  out.index = weightedIndexAt(weights, selected);
  return out;
}

/**
 * The entry whose interval [begin, begin + weight) holds `selected` (0 <= selected < total):
 * the deterministic half of pickWeighted, for replaying a trace or a known random value.
 */
export function weightedIndexAt(weights: ArrayLike<number>, selected: number): number {
  let end = 0;
  for (let i = 0; i < weights.length; i++) {
    end += weights[i];
    if (selected < end) return i;
  }
  return -1;
}

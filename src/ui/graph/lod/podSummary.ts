import type { TopoCluster, TopoPod } from '../../../engine/topology/types.ts';

/** A box's pods in one line: what a subset box of a large mesh shows instead of its pod nodes. */
export interface PodSummary {
  pods: number;
  ready: number;
  /** Requests its pods served. */
  served: number;
  /**
   * Requests per pod, in pod order, for the distribution bar; at most `MAX_BARS` (neighbouring
   * pods share a bar beyond). -1: a pod that is not ready.
   */
  bars: number[];
  /** Its pods are drawn as nodes too. */
  expanded: boolean;
}

/** Bars in a box's distribution bar (a box is ~120 px wide: a few px each). */
export const MAX_BARS = 30;

export function podSummary(cluster: TopoCluster, pods: ReadonlyMap<string, TopoPod>, served: (podId: string) => number, expanded: boolean): PodSummary {
  const perPod = cluster.podIds.map((id) => (pods.get(id)?.ready === false ? -1 : served(id)));
  const ready = perPod.filter((n) => n >= 0).length;
  const total = perPod.reduce((sum, n) => sum + Math.max(0, n), 0);
  return { pods: perPod.length, ready, served: total, bars: bucket(perPod, MAX_BARS), expanded };
}

/** `values` in at most `max` buckets of neighbours (sums; -1 only when the whole bucket is). */
export function bucket(values: number[], max: number): number[] {
  if (values.length <= max) return values;
  const out: number[] = [];
  for (let b = 0; b < max; b++) {
    const slice = values.slice(Math.floor((b * values.length) / max), Math.floor(((b + 1) * values.length) / max));
    out.push(slice.every((n) => n < 0) ? -1 : slice.reduce((sum, n) => sum + Math.max(0, n), 0));
  }
  return out;
}

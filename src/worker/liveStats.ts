/**
 * Live statistics of the running simulation, kept by the worker over EVERY request (particles are
 * only a sample) and sent to the UI a few times per second. Keys are topology element ids
 * (src/engine/topology/ids.ts), so the graph and the stats panel look numbers up directly.
 */
export interface LiveStats {
  /** Which loaded scenario (worker 'loaded' revision) these numbers belong to. */
  revision: number;
  total: number;
  /** HTTP status -> count; '0' = no response (DNS / connection failure). */
  status: Record<string, number>;
  /** Topology pod id -> requests it served. */
  byPod: Record<string, number>;
  /** Topology cluster id -> requests sent to it (200 or not). */
  byCluster: Record<string, number>;
  /** Topology edge id -> requests that travelled it (weighted edges give the observed share). */
  byEdge: Record<string, number>;
  /** Last 60 one-second buckets of simulated time: cluster id -> count in that second. */
  series: { t: number; byCluster: Record<string, number> }[];
  /** Consistent-hash key label ('foo: bar') -> the pod ids it reached (one, unless the pods changed). */
  hashKeys: Record<string, string[]>;
  /**
   * Cluster id -> hash key label -> requests with that key (consistent-hash clusters only), for
   * the expected pod shares. At most MAX_HASH_KEYS labels are tracked per revision.
   */
  byHashKey: Record<string, Record<string, number>>;
}

/** Generated cookies make every key unique: beyond this many, new keys are not tracked by name. */
export const MAX_HASH_KEYS = 64;

export function emptyLiveStats(revision = 0): LiveStats {
  return { revision, total: 0, status: {}, byPod: {}, byCluster: {}, byEdge: {}, series: [], hashKeys: {}, byHashKey: {} };
}

/**
 * Accumulates LiveStats over EVERY routed request of a live run (particles are only a sample).
 * Keys are topology element ids, taken from the request's resolved path.
 */
import type { Decision } from '../engine/route/outcome.ts';
import type { ResolvedPath } from './decisionPath.ts';
import { emptyLiveStats, MAX_HASH_KEYS, type LiveStats } from './liveStats.ts';

/** Seconds of simulated time the split series keeps. */
export const SERIES_SECONDS = 60;

export interface StatsAccumulator {
  readonly live: LiveStats;
  add(path: ResolvedPath, d: Decision, simTimeMs: number): void;
  /** Index of the last hash-key label (for colours), -1 when the key is not tracked. */
  hashKeyIndex(label: string): number;
}

export function createStatsAccumulator(revision: number): StatsAccumulator {
  const live = emptyLiveStats(revision);
  const keyIndex = new Map<string, number>();
  const inc = (rec: Record<string, number>, key: string) => {
    rec[key] = (rec[key] ?? 0) + 1;
  };

  function bucketFor(second: number): Record<string, number> {
    const s = live.series;
    const last = s[s.length - 1];
    if (last && last.t === second) return last.byCluster;
    if (last && second < last.t) return s.find((b) => b.t === second)?.byCluster ?? {};
    const from = last ? Math.max(last.t + 1, second - SERIES_SECONDS + 1) : second;
    for (let t = from; t <= second; t++) s.push({ t, byCluster: {} });
    if (s.length > SERIES_SECONDS) s.splice(0, s.length - SERIES_SECONDS);
    return s[s.length - 1].byCluster;
  }

  return {
    live,
    add(path, d, simTimeMs) {
      live.total++;
      inc(live.status, String(d.status));
      for (const e of path.edgeIds) inc(live.byEdge, e);
      if (path.viaCluster && path.groupId) inc(live.byCluster, path.groupId);
      if (path.podId && !path.failed) inc(live.byPod, path.podId);
      const bucket = bucketFor(Math.floor(simTimeMs / 1000));
      if (path.groupId) inc(bucket, path.groupId);
      if (d.hashKey !== undefined && path.groupId) {
        let idx = keyIndex.get(d.hashKey);
        if (idx === undefined && keyIndex.size < MAX_HASH_KEYS) {
          idx = keyIndex.size;
          keyIndex.set(d.hashKey, idx);
          live.hashKeys[d.hashKey] = [];
        }
        if (idx !== undefined) {
          const pods = live.hashKeys[d.hashKey];
          if (path.podId && !pods.includes(path.podId)) pods.push(path.podId);
          inc((live.byHashKey[path.groupId] ??= {}), d.hashKey);
        }
      }
    },
    hashKeyIndex(label) {
      return keyIndex.get(label) ?? -1;
    },
  };
}

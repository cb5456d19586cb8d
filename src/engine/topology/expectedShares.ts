/**
 * What the configuration predicts for each subset (cluster) and pod, to compare with what a
 * live run observed. Pure: the counts come in, expected counts go out.
 *
 * The prediction is conditional on what is random upstream of the weights: each route's
 * observed traffic is split by its weights (edge shares); a cluster's arrivals are spread
 * 1/N over its ready pods, except under consistent hashing, where every observed key lands on
 * its one pod and requests without a key follow each pod's share of the ring or Maglev table
 * (keylessHashShares.ts); kube-proxy spreads a Service's requests evenly over its endpoints.
 * Shares are fractions of all requests.
 */
import { isHashLb } from './isHashLb.ts';
import { keylessHashShares } from './keylessHashShares.ts';
import type { Topology } from './types.ts';

/** The counters expectedShares needs (a subset of the worker's LiveStats). */
export interface ObservedCounts {
  total: number;
  byEdge: Record<string, number>;
  byCluster: Record<string, number>;
  byPod: Record<string, number>;
  /** Hash key label -> pod ids it reached. */
  hashKeys: Record<string, string[]>;
  /** Cluster id -> hash key label -> requests. */
  byHashKey: Record<string, Record<string, number>>;
}

export interface ShareRow {
  observed: number;
  expected: number;
}

export interface ExpectedShares {
  total: number;
  /** By topology cluster id; includes requests that reached the subset's pods through kube-proxy. */
  clusters: Record<string, ShareRow>;
  pods: Record<string, ShareRow>;
}

export function expectedShares(topology: Topology, counts: ObservedCounts): ExpectedShares {
  const edge = (id: string) => counts.byEdge[id] ?? 0;
  const clusters: Record<string, ShareRow> = {};
  const pods: Record<string, ShareRow> = {};
  for (const c of topology.clusters) clusters[c.id] = { observed: counts.byCluster[c.id] ?? 0, expected: 0 };
  for (const p of topology.pods) pods[p.id] = { observed: counts.byPod[p.id] ?? 0, expected: 0 };
  const podHome = new Map(topology.pods.map((p) => [p.id, p.clusterId]));
  const notReady = new Set(topology.pods.filter((p) => !p.ready).map((p) => p.id));
  const bySource = new Map<string, Topology['edges']>();
  for (const e of topology.edges) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);

  // Envoy: route -> weighted clusters; service -> default cluster.
  const envoyExpected: Record<string, number> = {};
  for (const r of topology.routes) {
    const weighted = (bySource.get(r.id) ?? []).filter((e) => e.kind === 'weighted');
    const n = weighted.reduce((s, e) => s + edge(e.id), 0);
    for (const e of weighted) envoyExpected[e.target] = (envoyExpected[e.target] ?? 0) + n * (e.share ?? 0);
  }
  for (const e of topology.edges) {
    if (e.kind === 'default') envoyExpected[e.target] = (envoyExpected[e.target] ?? 0) + edge(e.id);
  }
  for (const c of topology.clusters) {
    const expected = envoyExpected[c.id] ?? 0;
    clusters[c.id].expected += expected;
    const ready = c.podIds.filter((id) => !notReady.has(id));
    if (ready.length === 0) continue;
    if (isHashLb(c.lbLabel)) {
      const arrivals = counts.byCluster[c.id] ?? 0;
      let keyed = 0;
      for (const [key, n] of Object.entries(counts.byHashKey[c.id] ?? {})) {
        const pod = (counts.hashKeys[key] ?? []).filter((id) => podHome.get(id) === c.id).pop();
        if (!pod || !pods[pod]) continue;
        pods[pod].expected += n;
        keyed += n;
      }
      const odds = keylessHashShares(c, ready);
      for (const id of ready) pods[id].expected += Math.max(0, arrivals - keyed) * odds[id];
    } else {
      for (const id of ready) pods[id].expected += expected / ready.length;
    }
  }

  // kube-proxy (clients without a sidecar, passthrough): even over the Service's endpoints.
  for (const s of topology.services) {
    const kp = (bySource.get(s.id) ?? []).filter((e) => e.kind === 'kubeProxy');
    const n = kp.reduce((sum, e) => sum + edge(e.id), 0);
    for (const e of kp) {
      const each = n / kp.length;
      const home = podHome.get(e.target);
      if (pods[e.target]) pods[e.target].expected += each;
      if (home && clusters[home]) {
        clusters[home].expected += each;
        clusters[home].observed += edge(e.id);
      }
    }
  }
  return { total: counts.total, clusters, pods };
}

/**
 * The range a share falls in about 95 % of the time by chance alone: ±2 binomial standard
 * deviations around the expected share `p` at sample size `n`, clamped to [0, 1].
 */
export function binomialBand(p: number, n: number): [number, number] {
  if (!(n > 0)) return [0, 1];
  const sd = Math.sqrt((p * (1 - p)) / n);
  return [Math.max(0, p - 2 * sd), Math.min(1, p + 2 * sd)];
}

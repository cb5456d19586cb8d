/**
 * What the Stats tab shows, derived from the topology and the live counters: rows per subset
 * and per pod (observed vs expected share with a band for chance variation), the status codes,
 * and the per-second split. Pure.
 */
import { binomialBand, expectedShares } from '../../../engine/topology/expectedShares.ts';
import type { Topology } from '../../../engine/topology/types.ts';
import type { LiveStats } from '../../../worker/liveStats.ts';

export interface ShareRowView {
  id: string;
  /** Subset name ('v1', 'all pods') or the pod's full name. */
  name: string;
  /** Short text for the row ('v1', '…b97nq'). */
  label: string;
  /** Secondary text: the subset's Service, or the pod's subset. */
  detail: string;
  colourIndex: number;
  count: number;
  /** Fractions of all requests, 0..1. */
  share: number;
  expected: number;
  band: [number, number];
  /** Observed share outside the band (more than chance would explain). */
  outside: boolean;
}

export interface StatusView {
  code: string;
  label: string;
  count: number;
  share: number;
  ok: boolean;
}

export interface SeriesPoint {
  t: number;
  total: number;
  shares: Record<string, number>;
}

/** Rows a table leaves out (a large mesh): how many, and the requests they add up to. */
export interface MoreRows {
  rows: number;
  count: number;
}

/** A table shows at most this many rows: beyond, the busiest, and one "+N more" line. */
export const STATS_ROWS_SHOWN = 20;

export interface StatsView {
  total: number;
  subsets: ShareRowView[];
  pods: ShareRowView[];
  /** Subset and pod rows beyond `STATS_ROWS_SHOWN` (null: every row is shown). */
  subsetsMore?: MoreRows | null;
  podsMore?: MoreRows | null;
  status: StatusView[];
  series: SeriesPoint[];
}

const REASONS: Record<string, string> = {
  '0': 'no response', '200': 'OK', '301': 'Moved', '302': 'Found', '400': 'Bad Request', '403': 'Forbidden', '404': 'Not Found',
  '418': "I'm a teapot", '429': 'Too Many', '500': 'Server Error', '502': 'Bad Gateway', '503': 'Unavailable', '504': 'Timeout',
};

/** `maxRows`: rows per table (the Stats tab passes `STATS_ROWS_SHOWN`; exports keep every row). */
export function buildStatsView(topology: Topology | null, live: LiveStats, maxRows = Infinity): StatsView {
  const total = live.total;
  if (!topology) return { total, subsets: [], pods: [], subsetsMore: null, podsMore: null, status: [], series: [] };
  const shares = expectedShares(topology, live);
  const colourIndex = new Map(topology.clusters.map((c, i) => [c.id, i]));
  const clusterById = new Map(topology.clusters.map((c) => [c.id, c]));
  const multiService = new Set(topology.clusters.map((c) => c.serviceId)).size > 1;
  const serviceNames = new Map(topology.services.map((s) => [s.id, s.name]));
  const serviceName = (id: string) => serviceNames.get(id) ?? '';
  const frac = (n: number) => (total > 0 ? n / total : 0);

  const row = (id: string, name: string, label: string, detail: string, ci: number, count: number, expectedCount: number): ShareRowView => {
    const share = frac(count);
    const expected = frac(expectedCount);
    const band = binomialBand(expected, total);
    return { id, name, label, detail, colourIndex: ci, count, share, expected, band, outside: total > 0 && (share < band[0] - 1e-9 || share > band[1] + 1e-9) };
  };
  const shown = (r: ShareRowView) => total === 0 || r.count > 0 || r.expected > 0;

  const allSubsets = topology.clusters
    .map((c) => {
      const s = shares.clusters[c.id];
      const name = c.subset ?? 'all pods';
      return row(c.id, name, name, multiService ? serviceName(c.serviceId) : c.lbLabel, colourIndex.get(c.id)!, s.observed, s.expected);
    })
    .filter(shown);

  const allPods = topology.pods
    .map((p) => {
      const s = shares.pods[p.id];
      const cluster = clusterById.get(p.clusterId);
      return row(p.id, p.name, shortPodLabel(p.name, p.deployment), cluster?.subset ?? 'all pods', colourIndex.get(p.clusterId) ?? 0, s.observed, s.expected);
    })
    .filter(shown);

  const status = Object.entries(live.status)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, count]) => ({ code, label: REASONS[code] ?? '', count, share: frac(count), ok: code !== '0' && Number(code) < 400 }));

  // The newest second is still filling up: leave it out of the chart.
  const complete = live.series.length > 1 ? live.series.slice(0, -1) : live.series;
  const series = complete.map((b) => {
    const n = Object.values(b.byCluster).reduce((a, x) => a + x, 0);
    const sharesAt: Record<string, number> = {};
    for (const [id, x] of Object.entries(b.byCluster)) sharesAt[id] = n > 0 ? x / n : 0;
    return { t: b.t, total: n, shares: sharesAt };
  });

  const [subsets, subsetsMore] = busiest(allSubsets, maxRows);
  const [pods, podsMore] = busiest(allPods, maxRows);
  return { total, subsets, pods, subsetsMore, podsMore, status, series };
}

/**
 * All rows in their order when there are at most `max`; else the `max` with most requests (then
 * the highest expected share, then the first), busiest first, and what the rest add up to.
 */
export function busiest(rows: ShareRowView[], max: number): [ShareRowView[], MoreRows | null] {
  if (rows.length <= max) return [rows, null];
  const ranked = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.count - a.r.count || b.r.expected - a.r.expected || a.i - b.i);
  const rest = ranked.slice(max);
  return [ranked.slice(0, max).map((x) => x.r), { rows: rest.length, count: rest.reduce((sum, x) => sum + x.r.count, 0) }];
}

/** 'httpping-v1-qj2g8cr9hz-b97nq' of Deployment 'httpping-v1' -> '…b97nq'; a bare Pod keeps its name. */
export function shortPodLabel(name: string, deployment?: string): string {
  if (!deployment || !name.startsWith(deployment + '-')) return name;
  const tail = name.slice(deployment.length + 1).split('-').pop() ?? name;
  return `…${tail}`;
}

/** '9.7 %' (one decimal below 100). */
export function formatShare(x: number): string {
  const pct = x * 100;
  return `${pct >= 99.95 ? '100' : pct.toFixed(1)} %`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

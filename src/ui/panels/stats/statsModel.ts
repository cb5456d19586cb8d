/**
 * What the Stats tab shows, derived from the topology and the live counters: rows per subset
 * and per pod (observed vs expected share with a band for chance variation), the status codes,
 * and the per-second split. Pure.
 */
import { binomialBand, expectedShares } from '../../../engine/topology/expectedShares.ts';
import type { TopoCluster, TopoService, Topology } from '../../../engine/topology/types.ts';
import type { LiveStats } from '../../../worker/liveStats.ts';
import { podNamer } from '../../graph/model/shortPodName.ts';

export interface ShareRowView {
  id: string;
  /** Subset name ('v1', 'all pods') or the pod's full name. */
  name: string;
  /** Short text for the row: 'v1'; on a mesh of several Services 'reviews · v1' or 'ratings' (a whole Service); a pod as every view names it ('v1-b97nq'). */
  label: string;
  /**
   * A subset row's label on a mesh of several Services, in parts: the Service (the Stats table
   * cuts it short in a narrow row) and the subset (always shown; none for a whole-Service cluster).
   */
  labelParts?: { service: string; subset?: string };
  /** The row's full name for its tooltip ('reviews · v1', the pod's full name and where it is); `name` when absent. */
  title?: string;
  /** On a mesh of several Services: the Service of the row's subset or pod. */
  service?: string;
  /** Secondary text: the load balancer (one Service), the subset's Service (several), or the pod's subset ('v1'; 'reviews · v1' with several Services, where the Stats table shows the Service). */
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
  const multiService = new Set(topology.clusters.map(clusterHost)).size > 1;
  const serviceName = serviceNamer(topology);
  const podName = podNamer(topology.pods);
  const frac = (n: number) => (total > 0 ? n / total : 0);

  type RowText = Pick<ShareRowView, 'name' | 'label' | 'labelParts' | 'title' | 'service' | 'detail'>;
  const row = (id: string, text: RowText, ci: number, count: number, expectedCount: number): ShareRowView => {
    const share = frac(count);
    const expected = frac(expectedCount);
    const band = binomialBand(expected, total);
    return { id, ...text, colourIndex: ci, count, share, expected, band, outside: total > 0 && (share < band[0] - 1e-9 || share > band[1] + 1e-9) };
  };
  const shown = (r: ShareRowView) => total === 0 || r.count > 0 || r.expected > 0;

  // One Service (the seed): rows are its subsets ('v1', 'v2'). Several: each row names its
  // Service too, or many would read 'v1' or 'all pods' alike (a large mesh has a hundred).
  const subsetText = (c: TopoCluster): RowText => {
    const name = c.subset ?? 'all pods';
    if (!multiService) return { name, label: name, detail: c.lbLabel };
    const service = serviceName(c);
    return { name, label: c.subset ? `${service} · ${c.subset}` : service, labelParts: { service, subset: c.subset }, title: `${service} · ${name}`, service, detail: service };
  };

  const allSubsets = topology.clusters
    .map((c) => {
      const s = shares.clusters[c.id];
      return row(c.id, subsetText(c), colourIndex.get(c.id)!, s.observed, s.expected);
    })
    .filter(shown);

  const allPods = topology.pods
    .map((p) => {
      const s = shares.pods[p.id];
      const cluster = clusterById.get(p.clusterId);
      const where = cluster && multiService ? subsetText(cluster) : undefined;
      const text: RowText = where
        ? { name: p.name, label: podName(p.name), detail: where.label, title: `${p.name} (${where.title})`, service: where.service }
        : { name: p.name, label: podName(p.name), detail: cluster?.subset ?? 'all pods' };
      return row(p.id, text, colourIndex.get(p.clusterId) ?? 0, s.observed, s.expected);
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

/** The host a cluster sends to: `outbound|8080|v1|reviews.default.svc.cluster.local` -> that host. */
const clusterHost = (c: TopoCluster) => c.name.split('|')[3] ?? c.name;

/**
 * The Service a cluster's pods belong to, by name: the Service of the cluster's host (which may
 * differ from the Service whose route reaches it first), `name.namespace` when two Services
 * share the name; a host that is no Service, without `.svc.cluster.local`.
 */
function serviceNamer(topology: Topology): (cluster: TopoCluster) => string {
  const count = new Map<string, number>();
  for (const s of topology.services) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  const nameOf = (s: TopoService) => ((count.get(s.name) ?? 0) > 1 && s.namespace ? `${s.name}.${s.namespace}` : s.name);
  const byHost = new Map(topology.services.map((s) => [s.host, nameOf(s)]));
  const byId = new Map(topology.services.map((s) => [s.id, nameOf(s)]));
  return (c) => byHost.get(clusterHost(c)) ?? byId.get(c.serviceId) ?? clusterHost(c).replace(/\.svc\.cluster\.local$/, '');
}

/**
 * A name cut in two for a narrow row: the head gives way (ellipsis), the tail stays, so a cut
 * name keeps its distinguishing end (`recommendations-engine-008` -> `recommend…-008`). The
 * tail is the last `-` or `.` part (up to 8 characters); a name without one is cut at its end.
 */
export function splitForEllipsis(name: string): [head: string, tail: string] {
  const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf('.'));
  if (cut <= 0 || name.length - cut > 8) return [name, ''];
  return [name.slice(0, cut), name.slice(cut)];
}

/** '9.7 %' (one decimal below 100). */
export function formatShare(x: number): string {
  const pct = x * 100;
  return `${pct >= 99.95 ? '100' : pct.toFixed(1)} %`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

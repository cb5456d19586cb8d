import type { Topology, TopoEdge } from '../../../engine/topology/types.ts';
import type { LiveStats } from '../../../worker/liveStats.ts';

const countOf = (table: Record<string, number>, id: string) => table[id] ?? 0;

/** Live numbers per graph element, read from the worker's stats (keys are topology ids). */
export interface LiveUsage {
  /** Any traffic counted yet (before that, nothing is "unused"). */
  active: boolean;
  edge(id: string): number;
  pod(id: string): number;
  cluster(id: string): number;
  /** Requests that matched the route: its incoming edge, or the sum of its destinations. */
  route(id: string): number;
  /** Observed share of a weighted edge among its route's weighted edges (undefined: no traffic yet). */
  observedShare(edge: TopoEdge): number | undefined;
  /** Share of all requests that took the edge (0..1): observed, or the expected share before traffic. */
  fraction(edge: TopoEdge): number;
  /**
   * The edge should carry requests even if none took it yet: a weighted destination with a
   * positive weight on a route that matches requests (a 10 % subset after 20 requests is
   * "not yet", not "unused").
   */
  expectsTraffic(edge: TopoEdge): boolean;
  /** Some incoming edge of the element expects traffic. */
  expectsTrafficTo(id: string): boolean;
}

export function liveUsage(t: Topology, live: LiveStats): LiveUsage {
  const active = live.total > 0;
  const outgoing = new Map<string, TopoEdge[]>();
  for (const e of t.edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);
  const edge = (id: string) => countOf(live.byEdge, id);
  const sumOut = (id: string, kind?: TopoEdge['kind']) =>
    (outgoing.get(id) ?? []).filter((e) => !kind || e.kind === kind).reduce((sum, e) => sum + edge(e.id), 0);
  const kubeProxyFanout = (source: string) => (outgoing.get(source) ?? []).filter((e) => e.kind === 'kubeProxy').length || 1;

  const routeCount = (id: string) => {
    const incoming = t.edges.filter((e) => e.target === id).reduce((sum, e) => sum + edge(e.id), 0);
    return Math.max(incoming, sumOut(id));
  };
  const expectsTraffic = (e: TopoEdge) => e.kind === 'weighted' && (e.share ?? 1) > 0 && routeCount(e.source) > 0;

  return {
    active,
    edge,
    pod: (id) => countOf(live.byPod, id),
    cluster: (id) => countOf(live.byCluster, id),
    route: routeCount,
    expectsTraffic,
    expectsTrafficTo: (id) => t.edges.some((e) => e.target === id && expectsTraffic(e)),
    observedShare(e) {
      if (e.kind !== 'weighted') return undefined;
      const total = sumOut(e.source, 'weighted');
      return total > 0 ? edge(e.id) / total : undefined;
    },
    fraction(e) {
      if (active) return Math.min(1, edge(e.id) / live.total);
      if (e.kind === 'weighted') return e.share ?? 1;
      if (e.kind === 'kubeProxy') return 1 / kubeProxyFanout(e.source);
      return 1;
    },
  };
}

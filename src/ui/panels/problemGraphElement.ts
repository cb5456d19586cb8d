import type { Diagnostic } from '../../engine/model/diagnostic.ts';
import type { SourceRef } from '../../engine/model/source.ts';
import type { Topology } from '../../engine/topology/types.ts';

/**
 * The graph element a problem is about, by the resource it names: a VirtualService's route
 * (the last route starting at or above the problem's line), a DestinationRule's subset box
 * (the subset named in the message when there is one), a Service, a client or pod of a
 * Deployment/Pod, the clients of a Traffic, or the proxy that ignores a gateway-only
 * VirtualService. Null when the resource is not on the graph (nothing sends traffic to it).
 */
export function graphElementForProblem(topology: Topology | null, d: Pick<Diagnostic, 'kind' | 'namespace' | 'name' | 'message' | 'range'>): string | null {
  if (!topology || !d.kind || !d.name) return null;
  const is = (ref: SourceRef | undefined) => !!ref && ref.kind === d.kind && ref.name === d.name && ref.namespace === d.namespace;
  switch (d.kind) {
    case 'VirtualService': {
      const routes = topology.routes.filter((r) => is(r.ref)).sort((a, b) => a.ref.line - b.ref.line);
      const route = routes.filter((r) => r.ref.line <= d.range.line).pop() ?? routes[0];
      if (route) return route.id;
      const proxy = topology.proxies.find((p) => is(p.virtualService?.ref) || p.ignored.some((i) => is(i.ref)));
      return proxy?.id ?? null;
    }
    case 'DestinationRule': {
      const clusters = topology.clusters.filter((c) => is(c.destinationRuleRef) || is(c.lbRef));
      const named = clusters.find((c) => c.subset && new RegExp(`\\b[Ss]ubset ${escape(c.subset)}\\b`).test(d.message));
      return (named ?? clusters[0])?.id ?? null;
    }
    case 'Service':
      return topology.services.find((s) => is(s.ref))?.id ?? null;
    case 'Deployment':
    case 'Pod':
      return topology.clients.find((c) => is(c.ref))?.id ?? topology.pods.find((p) => is(p.ref))?.id ?? null;
    case 'Traffic':
      return topology.clients.find((c) => c.namespace === d.namespace && c.traffic.includes(d.name as string))?.id ?? null;
    default:
      return null;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import type { MoreServices } from '../lod/graphLod.ts';
import type { TopoClient, TopoCluster, TopoPod, TopoProxy, TopoRoute, TopoService } from '../../../engine/topology/types.ts';

/** Screen-reader descriptions of graph nodes: what the element is, its key facts, its live count. */

const requests = (n: number) => `${n} ${n === 1 ? 'request' : 'requests'}`;
const unusedNote = (unused: boolean) => (unused ? ', unused by the current traffic' : '');
const labelList = (labels: Record<string, string>) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ') || 'none';

export function describeClient(c: TopoClient): string {
  const sidecar = c.mode === 'gateway' ? 'an Istio ingress gateway (Envoy)' : c.hasSidecar ? 'with an Envoy sidecar' : 'without a sidecar, so kube-proxy routes its requests';
  return `Client pod ${c.name} in namespace ${c.namespace}, ${sidecar}. Sends traffic ${c.traffic.join(', ') || 'none'}.`;
}

export function proxyTitle(p: TopoProxy): string {
  return p.mode === 'sidecar' ? 'Envoy sidecar' : p.mode === 'gateway' ? 'Ingress gateway' : 'kube-proxy';
}

export function describeProxy(p: TopoProxy): string {
  return `${proxyTitle(p)}, outbound port ${p.port}: ${p.summary}.`;
}

export function describeService(s: TopoService): string {
  return `Service ${s.name}${s.namespace ? ` in namespace ${s.namespace}` : ''}, port ${s.ports}${s.clusterIP ? `, ClusterIP ${s.clusterIP}` : ''}.`;
}

export function describeRoute(r: TopoRoute, position: number, count: number, unused: boolean): string {
  const chips = r.chips.length ? `; ${r.chips.join(', ')}` : '';
  return `Route ${position} of VirtualService ${r.virtualService}${r.name ? ` (${r.name})` : ''}: match ${r.summary}${chips}. ${requests(count)}${unusedNote(unused)}.`;
}

export function describeSubset(c: TopoCluster, title: string, count: number, unused: boolean): string {
  const what = c.subset ? `Subset ${title}` : `All pods of the Service`;
  const defined = c.defined ? '' : ' Not defined by any DestinationRule: requests get 503 NC.';
  return `${what}, labels ${labelList(c.labels)}, load balancer ${c.lbLabel}, ${c.podIds.length} pods. ${requests(count)}${unusedNote(unused)}.${defined}`;
}

export function describePod(p: TopoPod, count: number): string {
  const version = p.labels.version ? `, version ${p.labels.version}` : '';
  return `Pod ${p.name}, IP ${p.ip}${version}${p.ready ? '' : ', not ready'}. ${requests(count)} served.`;
}

export function describeMoreServices(m: MoreServices, count: number): string {
  const which = m.services > 0 ? `${m.services} more Services (${m.subsets} subsets, ${m.pods} pods) are not drawn` : `All ${m.total} Services are drawn`;
  return `${which}: the graph shows the ${m.shown} that the Traffic calls most. ${requests(count)} went to the ones not drawn.`;
}

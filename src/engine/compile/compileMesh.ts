import type { MeshModel, Pod, ServicePort } from '../model/mesh.ts';
import { buildCluster } from './buildCluster.ts';
import { compileGatewayTable, gatewaysForPod } from './compileGatewayTable.ts';
import { compileSidecarTable } from './compileSidecarTable.ts';
import { buildMeshIndex, type MeshIndex } from './meshIndex.ts';
import { selectVirtualServices, type VirtualServiceSelection } from './selectVirtualServices.ts';
import type { ClientView, Cluster, RouteTable } from './types.ts';
import type { Gateway } from '../model/mesh.ts';
import type { DnsAnswer } from '../route/resolveDns.ts';
import type { VhostLookup } from '../route/vhostCache.ts';

/**
 * The compiled form of a scenario. Compiling is lazy: a client's view, a port's route table
 * and a cluster are built the first time a request needs them, then reused, so an edit costs
 * only the index build and routing is map lookups.
 */
export interface CompiledMesh {
  index: MeshIndex;
  views: Map<Pod, ClientView & ViewInternals>;
  /** kube-proxy IPVS round-robin counters, per Service ('ns/name'). */
  kubeProxyCounters: Map<string, number>;
  /** Ready endpoints of a Service port (kube-proxy's view), filled on first use. */
  endpointsByPort: Map<ServicePort, { pod: Pod; port: number }[]>;
}

interface ViewInternals {
  selection?: VirtualServiceSelection;
  gatewayObjects: Gateway[];
  /** Cluster name -> cluster, or null when Envoy would have no such cluster (503 NC). */
  clusterCache: Map<string, Cluster | null>;
  /** Request-path memos (pure functions of the model and this client), see route/resolveDns.ts and route/vhostCache.ts. */
  dnsCache: Map<string, DnsAnswer>;
  vhostCache: Map<number, VhostLookup>;
}

export function compileMesh(model: MeshModel): CompiledMesh {
  return { index: buildMeshIndex(model), views: new Map(), kubeProxyCounters: new Map(), endpointsByPort: new Map() };
}

export function getClientView(mesh: CompiledMesh, pod: Pod): ClientView & ViewInternals {
  let view = mesh.views.get(pod);
  if (view) return view;
  const gatewayObjects = pod.isIngressGateway ? gatewaysForPod(mesh.index, pod) : [];
  const mode = pod.isIngressGateway ? 'gateway' : pod.hasSidecar ? 'sidecar' : 'kube-proxy';
  view = {
    client: pod,
    mode,
    routeTables: new Map(),
    clusters: new Map(),
    gateways: gatewayObjects.map((g) => `${g.namespace}/${g.name}`),
    selection: mode === 'sidecar' ? selectVirtualServices(mesh.index, pod.namespace, 'mesh') : undefined,
    gatewayObjects,
    clusterCache: new Map(),
    dnsCache: new Map(),
    vhostCache: new Map(),
  };
  mesh.views.set(pod, view);
  return view;
}

export function getRouteTable(mesh: CompiledMesh, view: ClientView & ViewInternals, port: number): RouteTable {
  let table = view.routeTables.get(port);
  if (table) return table;
  table =
    view.mode === 'gateway'
      ? compileGatewayTable(mesh.index, view.client, view.gatewayObjects, port)
      : compileSidecarTable(mesh.index, view.client, view.selection!, port);
  view.routeTables.set(port, table);
  return table;
}

/** The cluster by Envoy name (outbound|port|subset|fqdn) for this client, or undefined (503 NC). */
export function getCluster(mesh: CompiledMesh, view: ClientView & ViewInternals, name: string): Cluster | undefined {
  const cached = view.clusterCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const [, portText, subset, host] = name.split('|');
  const svc = mesh.index.servicesByFqdn.get(host);
  const cluster = svc ? buildCluster(mesh.index, view.client.namespace, svc, Number(portText), subset || undefined) : undefined;
  view.clusterCache.set(name, cluster ?? null);
  if (cluster) view.clusters.set(name, cluster);
  return cluster;
}

/** Does the gateway pod listen on this port at all (some Gateway server exposes it)? */
export function gatewayListens(view: ClientView & ViewInternals, port: number): boolean {
  return view.gatewayObjects.some((g) => (Array.isArray(g.spec.servers) ? g.spec.servers : []).some((s) => s?.port?.number === port));
}

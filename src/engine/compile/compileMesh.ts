import type { MeshModel, Pod, ServicePort } from '../model/mesh.ts';
import { buildCluster } from './buildCluster.ts';
import { compileGatewayTable, gatewaysForPod } from './compileGatewayTable.ts';
import { compileSidecarTable } from './compileSidecarTable.ts';
import { buildMeshIndex, labelsMatch, resolveServiceHost, resolveTargetPort, type MeshIndex } from './meshIndex.ts';
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

/**
 * The Gateway server port (`servers[].port.number`) that receives a request sent to the gateway
 * at `host:port`, or undefined when nothing listens there. Istio reads a server port number as a
 * port of the gateway's Service and listens on that port's targetPort, or on the number itself
 * when no Service port matches (pilot/pkg/model/gateway.go resolvePorts). A request reaches the
 * pod through its Service (URL host = that Service: the Service port maps to the targetPort) or
 * straight at the pod port.
 */
export function gatewayServerPort(mesh: CompiledMesh, view: ClientView & ViewInternals, host: string, port: number): number | undefined {
  let cache = gatewayPortCache.get(view);
  if (!cache) gatewayPortCache.set(view, (cache = new Map()));
  const key = `${host}:${port}`;
  if (cache.has(key)) return cache.get(key);
  const answer = resolveGatewayServerPort(mesh, view, host, port);
  cache.set(key, answer);
  return answer;
}

const gatewayPortCache = new WeakMap<object, Map<string, number | undefined>>();

function resolveGatewayServerPort(mesh: CompiledMesh, view: ClientView & ViewInternals, host: string, port: number): number | undefined {
  const pod = view.client;
  const services = mesh.index.model.services.filter(
    (svc) => svc.namespace === pod.namespace && Object.keys(svc.selector).length > 0 && labelsMatch(pod.labels, svc.selector),
  );
  const podPort = (svcPort: number): number | undefined => {
    for (const svc of services) {
      const sp = svc.ports.find((p) => p.port === svcPort);
      if (sp) return resolveTargetPort(pod, sp);
    }
    return undefined;
  };
  const target = resolveServiceHost(mesh.index, host, pod.namespace);
  const arrival = target && services.includes(target) ? podPort(port) : port;
  if (arrival === undefined) return undefined;
  for (const g of view.gatewayObjects) {
    for (const s of Array.isArray(g.spec.servers) ? g.spec.servers : []) {
      const n = s?.port?.number;
      if (typeof n === 'number' && (podPort(n) ?? n) === arrival) return n;
    }
  }
  return undefined;
}

import type { MeshModel, Pod, Service, ServicePort } from '../model/mesh.ts';

/** Lookups built once per model, so per-client compilation and routing are map reads. */
export interface MeshIndex {
  model: MeshModel;
  servicesByFqdn: Map<string, Service>;
  servicesByClusterIp: Map<string, Service>;
  podsByKey: Map<string, Pod>;
}

export function buildMeshIndex(model: MeshModel): MeshIndex {
  const servicesByFqdn = new Map<string, Service>();
  const servicesByClusterIp = new Map<string, Service>();
  for (const svc of model.services) {
    if (!servicesByFqdn.has(svc.fqdn)) servicesByFqdn.set(svc.fqdn, svc);
    if (svc.clusterIP && !servicesByClusterIp.has(svc.clusterIP)) servicesByClusterIp.set(svc.clusterIP, svc);
  }
  const podsByKey = new Map<string, Pod>();
  for (const pod of model.pods) podsByKey.set(`${pod.namespace}/${pod.name}`, pod);
  return { model, servicesByFqdn, servicesByClusterIp, podsByKey };
}

/**
 * Rule 2: the Service a host name (port already stripped) names for a client in `clientNs`:
 * svc.ns.svc.cluster.local, svc.ns.svc, svc.ns, the ClusterIP, and bare svc only for clients
 * in ns. This is both what the pod's DNS search path resolves and which domains Istio puts on
 * the Service's virtual host (pilot/pkg/networking/core/httproute.go generateVirtualHostDomains).
 */
export function resolveServiceHost(index: MeshIndex, host: string, clientNs: string): Service | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  const byIp = index.servicesByClusterIp.get(h);
  if (byIp) return byIp;
  const parts = h.split('.');
  if (parts.length === 1) return index.servicesByFqdn.get(`${h}.${clientNs}.svc.cluster.local`);
  if (parts.length === 2) return index.servicesByFqdn.get(`${h}.svc.cluster.local`);
  if (parts.length === 3 && parts[2] === 'svc') return index.servicesByFqdn.get(`${h}.cluster.local`);
  return index.servicesByFqdn.get(h);
}

/** The Service port a request on `port` uses, or undefined (no such port: connection refused). */
export function findServicePort(svc: Service, port: number): ServicePort | undefined {
  return svc.ports.find((p) => p.port === port);
}

/** Does the pod carry every label of `selector`? An empty selector selects nothing here (Service semantics). */
export function labelsMatch(labels: Record<string, string>, selector: Record<string, string>): boolean {
  for (const key in selector) {
    if (labels[key] !== selector[key]) return false;
  }
  return true;
}

/** Rule 14: the endpoint port on a pod; named targetPorts resolve through the pod's container ports. */
export function resolveTargetPort(pod: Pod, sp: ServicePort): number | undefined {
  if (typeof sp.targetPort === 'number') return sp.targetPort;
  const named = pod.containerPorts.find((c) => c.name === sp.targetPort);
  return named?.containerPort;
}

/** The Service's ready endpoint pods for a port (Kubernetes EndpointSlice semantics). */
export function serviceEndpoints(index: MeshIndex, svc: Service, sp: ServicePort): { pod: Pod; port: number }[] {
  if (Object.keys(svc.selector).length === 0) return [];
  const out: { pod: Pod; port: number }[] = [];
  for (const pod of index.model.pods) {
    if (pod.namespace !== svc.namespace || !pod.ready || !labelsMatch(pod.labels, svc.selector)) continue;
    const port = resolveTargetPort(pod, sp);
    if (port !== undefined) out.push({ pod, port });
  }
  return out;
}

import type { Pod } from '../model/mesh.ts';
import type { HttpRequest } from '../model/request.ts';
import { getClientView, type CompiledMesh } from '../compile/compileMesh.ts';
import { findServicePort, resolveServiceHost, serviceEndpoints } from '../compile/meshIndex.ts';
import type { Rng } from './lb/index.ts';
import type { Decision } from './outcome.ts';
import type { TraceSink } from './trace.ts';
import { resolveDnsCached } from './resolveDns.ts';

/**
 * Rule 1: a client without a sidecar ignores VirtualServices and DestinationRules. Its
 * connection to the ClusterIP is load-balanced by kube-proxy: iptables mode picks a uniform
 * random endpoint per connection (curl opens one per request); IPVS mode is round robin.
 * kubernetes.io/docs/reference/networking/virtual-ips/
 */
export function routeKubeProxy(mesh: CompiledMesh, client: Pod, req: HttpRequest, rng: Rng, trace?: TraceSink, view = getClientView(mesh, client)): Decision {
  const dns = resolveDnsCached(mesh, view, req.host);
  if (dns.kind === 'nxdomain') {
    trace?.add('kubeProxy', `DNS: ${req.host} does not resolve (no Service of that name is visible from namespace ${client.namespace})`);
    trace?.add('outcome', 'curl: (6) Could not resolve host');
    return { status: 0, flags: ['DNS'], mode: 'kube-proxy' };
  }
  if (dns.kind === 'external') {
    trace?.add('kubeProxy', `${req.host} is outside the cluster: the request leaves the mesh unchanged`);
    trace?.add('outcome', 'external host: 200 assumed');
    return { status: 200, flags: [], mode: 'kube-proxy', cluster: 'external' };
  }
  if (dns.kind === 'pod') {
    trace?.add('kubeProxy', `${req.host} is the IP of pod ${dns.pod.namespace}/${dns.pod.name}: sent straight to it`, dns.pod.ref);
    return { status: 200, flags: [], mode: 'kube-proxy', pod: dns.pod, podPort: req.port };
  }
  const svc = dns.service;
  const sp = findServicePort(svc, req.port);
  if (!sp) {
    trace?.add('kubeProxy', `Service ${svc.namespace}/${svc.name} has no port ${req.port} (ports: ${svc.ports.map((p) => p.port).join(', ')})`, svc.ref);
    trace?.add('outcome', 'curl: (7) Failed to connect: connection refused');
    return { status: 0, flags: ['CF'], mode: 'kube-proxy', service: `${svc.namespace}/${svc.name}` };
  }
  let endpoints = mesh.endpointsByPort.get(sp);
  if (!endpoints) mesh.endpointsByPort.set(sp, (endpoints = serviceEndpoints(mesh.index, svc, sp)));
  const service = `${svc.namespace}/${svc.name}`;
  if (endpoints.length === 0) {
    trace?.add('kubeProxy', `Service ${service} has no ready endpoints: kube-proxy rejects the connection`, svc.ref);
    trace?.add('outcome', 'curl: (7) Failed to connect: connection refused');
    return { status: 0, flags: ['CF'], mode: 'kube-proxy', service };
  }
  let pick: number;
  if (mesh.index.model.kubeProxyMode === 'ipvs') {
    const n = mesh.kubeProxyCounters.get(service) ?? 0;
    mesh.kubeProxyCounters.set(service, n + 1);
    pick = n % endpoints.length;
  } else {
    pick = rng.nextInt(endpoints.length);
  }
  const ep = endpoints[pick];
  if (trace) {
    trace.add('kubeProxy', `${req.host} resolves to ClusterIP ${svc.clusterIP}; kube-proxy (${mesh.index.model.kubeProxyMode}) picks ${mesh.index.model.kubeProxyMode === 'ipvs' ? 'round robin' : 'a uniformly random endpoint'}: ${ep.pod.name} (${pick + 1} of ${endpoints.length}).${view.mode === 'kube-proxy' ? ' VirtualServices and DestinationRules do not apply without a sidecar.' : ' The sidecar passed the connection through untouched, so no VirtualService or DestinationRule applied.'}`, svc.ref);
    trace.add('outcome', `200 from ${ep.pod.name} ${ep.pod.ip}:${ep.port}`, ep.pod.ref);
  }
  return { status: 200, flags: [], mode: 'kube-proxy', service, pod: ep.pod, podPort: ep.port };
}

export { resolveServiceHost };

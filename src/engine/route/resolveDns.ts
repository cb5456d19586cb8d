import type { Pod, Service } from '../model/mesh.ts';
import type { CompiledMesh } from '../compile/compileMesh.ts';
import { resolveServiceHost } from '../compile/meshIndex.ts';

export type DnsAnswer =
  | { kind: 'service'; service: Service }
  | { kind: 'pod'; pod: Pod }
  | { kind: 'external' }
  | { kind: 'nxdomain' };

/**
 * What the client's resolver answers for a URL host. Cluster-local names (one label, a
 * namespace-qualified name, *.svc, *.cluster.local) that name no Service do not resolve;
 * other names are assumed to be real external hosts (the playground has no internet).
 */
export function resolveDns(mesh: CompiledMesh, client: Pod, host: string): DnsAnswer {
  const h = host.toLowerCase().replace(/\.$/, '');
  const svc = resolveServiceHost(mesh.index, h, client.namespace);
  if (svc) return { kind: 'service', service: svc };
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) {
    const pod = mesh.index.model.pods.find((p) => p.ip === h);
    return pod ? { kind: 'pod', pod } : { kind: 'external' };
  }
  const parts = h.split('.');
  const clusterLocal =
    parts.length === 1 ||
    h.endsWith('.svc') ||
    h.endsWith('.cluster.local') ||
    (parts.length === 2 && mesh.index.model.namespaces.has(parts[1]));
  return clusterLocal ? { kind: 'nxdomain' } : { kind: 'external' };
}

/** Distinct URL hosts remembered per client; more clear the memo. */
const MAX_HOSTS = 4096;

/**
 * resolveDns memoised in the client's view: the answer depends only on the model, the client's
 * namespace and the host, so each distinct host is resolved once per compiled mesh.
 */
export function resolveDnsCached(mesh: CompiledMesh, view: { client: Pod; dnsCache: Map<string, DnsAnswer> }, host: string): DnsAnswer {
  let answer = view.dnsCache.get(host);
  if (answer === undefined) {
    answer = resolveDns(mesh, view.client, host);
    if (view.dnsCache.size >= MAX_HOSTS) view.dnsCache.clear();
    view.dnsCache.set(host, answer);
  }
  return answer;
}

import type { HttpRequest } from '../model/request.ts';
import type { SourceRef } from '../model/source.ts';
import type { CompiledMesh, getClientView } from '../compile/compileMesh.ts';
import type { Cluster, HashPolicy } from '../compile/types.ts';
import type { Rng } from './lb/index.ts';
import type { Decision } from './outcome.ts';
import type { TraceSink } from './trace.ts';
import { pickEndpoint } from './pickEndpoint.ts';

type View = ReturnType<typeof getClientView>;

/**
 * Rule 11: from a cluster name to an endpoint. No cluster (unknown host, port or a subset no
 * DestinationRule defines) -> 503 NC; a cluster without ready endpoints -> 503 UH; otherwise
 * the cluster's load balancer picks a pod (rule 13) at pod IP : targetPort (rule 14).
 */
export function sendToCluster(
  mesh: CompiledMesh,
  view: View,
  cluster: Cluster | undefined,
  clusterName: string,
  req: HttpRequest,
  rng: Rng,
  hashPolicies: readonly HashPolicy[],
  trace?: TraceSink,
  destRef?: SourceRef,
): Decision {
  const mode = view.mode;
  if (!cluster) {
    const [, port, subset, host] = clusterName.split('|');
    const svc = mesh.index.servicesByFqdn.get(host);
    const why = !svc
      ? `${host} is not a Service (a short destination host is read in the VirtualService's namespace)`
      : !svc.ports.some((p) => p.port === Number(port))
        ? `Service ${svc.namespace}/${svc.name} has no port ${port}`
        : `subset ${subset} is not defined by any DestinationRule for ${host} visible here`;
    trace?.add('cluster', `no cluster ${clusterName}: ${why}`, destRef);
    trace?.add('outcome', '503 NC: no cluster found', destRef);
    return { status: 503, flags: ['NC'], mode, cluster: clusterName, subset: subset || undefined };
  }
  if (trace) {
    trace.add('destinationRule', cluster.destinationRuleReason, cluster.destinationRule?.ref);
    trace.add('cluster', `cluster ${cluster.name}: ${cluster.endpoints.length} ready endpoint${cluster.endpoints.length === 1 ? '' : 's'}${cluster.subset ? ` with subset ${cluster.subset}'s labels` : ''}`, cluster.destinationRule?.ref ?? cluster.service?.ref);
  }
  if (cluster.endpoints.length === 0) {
    trace?.add('outcome', '503 UH: no healthy upstream (the subset selects no ready pod)', destRef);
    return { status: 503, flags: ['UH'], mode, cluster: cluster.name, subset: cluster.subset };
  }
  const pick = pickEndpoint(cluster, req, view.client, rng, hashPolicies, trace);
  const ep = cluster.endpoints[pick.index];
  trace?.add('outcome', `200 from ${ep.pod.name} ${ep.address}`, ep.pod.ref);
  const d: Decision = { status: 200, flags: [], mode, cluster: cluster.name, subset: cluster.subset, pod: ep.pod, podPort: ep.port };
  if (pick.hashKey !== undefined) d.hashKey = pick.hashKey;
  return d;
}

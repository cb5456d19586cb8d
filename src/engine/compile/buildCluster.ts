import type { Service } from '../model/mesh.ts';
import { refOf } from '../model/resource.ts';
import { outboundClusterName } from './clusterName.ts';
import { compileLbPolicy } from './compileLbPolicy.ts';
import { findDestinationRule } from './findDestinationRule.ts';
import { findServicePort, labelsMatch, serviceEndpoints, type MeshIndex } from './meshIndex.ts';
import { resolveTrafficPolicy } from './resolveTrafficPolicy.ts';
import type { Cluster } from './types.ts';

/**
 * The Envoy cluster outbound|port|subset|fqdn for a client namespace, or undefined when
 * Envoy would have no such cluster (unknown host, port or subset: the route then answers
 * 503 NC, rule 11). A subset that selects no ready pods is a cluster with no endpoints (503 UH).
 */
export function buildCluster(
  index: MeshIndex,
  clientNamespace: string,
  svc: Service,
  port: number,
  subsetName: string | undefined,
): Cluster | undefined {
  const sp = findServicePort(svc, port);
  if (!sp) return undefined;
  const dr = findDestinationRule(index.model, clientNamespace, svc.fqdn, svc.namespace);
  let subsetLabels: Record<string, string> | undefined;
  let subsetPolicy;
  let policyPath: (string | number)[] = ['spec', 'trafficPolicy', 'loadBalancer'];
  let policyRule = dr?.rules[0];
  if (subsetName !== undefined) {
    const found = dr?.subsets.find((s) => s.subset.name === subsetName);
    if (!found) return undefined;
    subsetLabels = found.subset.labels && typeof found.subset.labels === 'object' ? found.subset.labels : {};
    subsetPolicy = found.subset.trafficPolicy;
    if (subsetPolicy?.loadBalancer) {
      policyPath = ['spec', 'subsets', found.index, 'trafficPolicy', 'loadBalancer'];
      policyRule = found.rule;
    }
  }
  const trafficPolicy = resolveTrafficPolicy(dr?.trafficPolicy, subsetPolicy, port);
  const lbRef = trafficPolicy?.loadBalancer && policyRule ? refOf(policyRule.resource, policyPath) : undefined;
  const endpoints = serviceEndpoints(index, svc, sp)
    .filter((e) => !subsetLabels || labelsMatch(e.pod.labels, subsetLabels))
    .map((e) => ({ pod: e.pod, port: e.port, address: `${e.pod.ip}:${e.port}` }));
  return {
    name: outboundClusterName(port, subsetName, svc.fqdn),
    service: svc,
    subset: subsetName,
    port,
    endpoints,
    destinationRule: dr?.rules[0],
    destinationRuleReason: dr ? dr.reason : 'no DestinationRule for this host: Istio defaults apply',
    policy: compileLbPolicy(trafficPolicy?.loadBalancer, lbRef),
    trafficPolicy,
  };
}

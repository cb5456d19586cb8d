import type { ConsistentHashLB, TrafficPolicy } from '../model/istio.ts';
import type { Service } from '../model/mesh.ts';
import { hashPolicyOf } from './compileLbPolicy.ts';
import { findDestinationRule } from './findDestinationRule.ts';
import type { MeshIndex } from './meshIndex.ts';
import type { HashPolicy } from './types.ts';

/**
 * Rule 13: consistent hashing is two halves in Envoy. The cluster gets a ring hash / Maglev
 * load balancer (the DestinationRule's merged trafficPolicy, see buildCluster), and the *route*
 * gets hash policies saying what to hash. Istio sets the route's hash policy from the
 * DestinationRule of each destination — istio pilot/pkg/networking/core/route/route.go
 * HashForHTTPDestination: the subset's port-level setting, else the subset's, else the
 * top-level port-level setting (only when the destination names its port), else the top-level
 * consistentHash. Undefined when that DestinationRule does not hash.
 */
export function hashPolicyForDestination(
  index: MeshIndex,
  clientNamespace: string,
  host: string,
  subset: string | undefined,
  explicitPort: number | undefined,
): HashPolicy | undefined {
  const svc = index.servicesByFqdn.get(host);
  if (!svc) return undefined;
  const dr = findDestinationRule(index.model, clientNamespace, host, svc.namespace);
  if (!dr) return undefined;
  const top = dr.trafficPolicy;
  const sub = subset === undefined ? undefined : dr.subsets.find((s) => s.subset.name === subset)?.subset.trafficPolicy;
  const ch =
    portLevelHash(sub, explicitPort) ?? hashOf(sub) ?? portLevelHash(top, explicitPort) ?? hashOf(top);
  return ch ? hashPolicyOf(ch) : undefined;
}

/**
 * The default route of a Service without a VirtualService (route.go hashForService): the
 * top-level consistentHash, replaced by the port-level one for the listener port if that has one.
 */
export function hashPolicyForService(index: MeshIndex, clientNamespace: string, svc: Service, port: number): HashPolicy | undefined {
  const dr = findDestinationRule(index.model, clientNamespace, svc.fqdn, svc.namespace);
  const top = dr?.trafficPolicy;
  const ch = portLevelHash(top, port) ?? hashOf(top);
  return ch ? hashPolicyOf(ch) : undefined;
}

function hashOf(p: TrafficPolicy | undefined): ConsistentHashLB | undefined {
  const ch = p?.loadBalancer?.consistentHash;
  return ch && typeof ch === 'object' ? ch : undefined;
}

function portLevelHash(p: TrafficPolicy | undefined, port: number | undefined): ConsistentHashLB | undefined {
  if (!p || port === undefined || !Array.isArray(p.portLevelSettings)) return undefined;
  const setting = p.portLevelSettings.find((s) => s?.port?.number === port);
  const ch = setting?.loadBalancer?.consistentHash;
  return ch && typeof ch === 'object' ? ch : undefined;
}

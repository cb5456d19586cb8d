import type { TrafficPolicy } from '../model/istio.ts';

type PolicyFields = Omit<TrafficPolicy, 'portLevelSettings'>;

/**
 * The effective policy for one cluster (rule 12). Mirrors Istio's MergeTrafficPolicy
 * (pilot/pkg/networking/core/cluster_traffic_policy.go): port-level settings of the
 * top-level policy replace it for that port (no inheritance: "default values will be applied
 * to fields omitted in port-level traffic policies"); a subset's fields then override field by
 * field; the subset's own port-level settings replace the result for that port.
 */
export function resolveTrafficPolicy(
  top: TrafficPolicy | undefined,
  subset: TrafficPolicy | undefined,
  port: number,
): PolicyFields | undefined {
  const base = applyPortLevel(top, port);
  if (!subset) return base;
  const merged: PolicyFields = { ...(base ?? {}) };
  if (subset.loadBalancer) merged.loadBalancer = subset.loadBalancer;
  if (subset.connectionPool) merged.connectionPool = subset.connectionPool;
  if (subset.outlierDetection) merged.outlierDetection = subset.outlierDetection;
  if (subset.tls) merged.tls = subset.tls;
  const portLevel = findPortLevel(subset, port);
  return portLevel ? stripPort(portLevel) : merged;
}

function applyPortLevel(policy: TrafficPolicy | undefined, port: number): PolicyFields | undefined {
  if (!policy) return undefined;
  const portLevel = findPortLevel(policy, port);
  if (portLevel) return stripPort(portLevel);
  const { portLevelSettings: _ignored, ...rest } = policy;
  return rest;
}

function findPortLevel(policy: TrafficPolicy, port: number) {
  if (!Array.isArray(policy.portLevelSettings)) return undefined;
  return policy.portLevelSettings.find((p) => p && p.port && p.port.number === port);
}

function stripPort(p: NonNullable<TrafficPolicy['portLevelSettings']>[number]): PolicyFields {
  const { port: _port, ...rest } = p;
  return rest;
}

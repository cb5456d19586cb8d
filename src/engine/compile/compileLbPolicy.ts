import type { LoadBalancerSettings } from '../model/istio.ts';
import type { SourceRef } from '../model/source.ts';
import { DEFAULT_MAX_RING_SIZE } from '../route/lb/ringHash.ts';
import { isPrime, MAX_MAGLEV_TABLE_SIZE } from '../route/lb/maglev.ts';
import type { HashPolicy, LbPolicy } from './types.ts';

/** Istio's defaults (pilot/pkg/networking/core/cluster_traffic_policy.go applyLoadBalancer). */
export const DEFAULT_MIN_RING_SIZE = 1024;
export const DEFAULT_MAGLEV_TABLE_SIZE = 65537;

/**
 * Rule 13: the load balancer Envoy gets for a cluster. No DestinationRule (or no loadBalancer)
 * means LEAST_REQUEST; LEAST_CONN is Istio's deprecated alias of LEAST_REQUEST;
 * consistentHash with only a key is ring hash with minimum ring 1024.
 */
export function compileLbPolicy(lb: LoadBalancerSettings | undefined, ref?: SourceRef): LbPolicy {
  if (!lb || typeof lb !== 'object') return { kind: 'LEAST_REQUEST', label: 'LEAST_REQUEST', ref };
  const ch = lb.consistentHash;
  if (ch && typeof ch === 'object') {
    const hash = hashPolicyOf(ch);
    const keyLabel = hash ? describeHash(hash) : 'no key';
    if (ch.maglev) {
      // Istio rejects a size that is not a prime <= 5000011 (the analyzer says so): use the default.
      const size = positiveInt(ch.maglev.tableSize);
      const tableSize = size !== undefined && size <= MAX_MAGLEV_TABLE_SIZE && isPrime(size) ? size : DEFAULT_MAGLEV_TABLE_SIZE;
      return { kind: 'MAGLEV', hash, tableSize, ref, label: `MAGLEV on ${keyLabel}` };
    }
    // Envoy caps the ring at maximum_ring_size (8M by default): a larger minimum is clamped.
    const ringSize = Math.min(positiveInt(ch.ringHash?.minimumRingSize) ?? positiveInt(ch.minimumRingSize) ?? DEFAULT_MIN_RING_SIZE, DEFAULT_MAX_RING_SIZE);
    return { kind: 'RING_HASH', hash, ringSize, ref, label: `RING_HASH on ${keyLabel}` };
  }
  switch (lb.simple) {
    case 'ROUND_ROBIN':
      return { kind: 'ROUND_ROBIN', label: 'ROUND_ROBIN', ref };
    case 'RANDOM':
      return { kind: 'RANDOM', label: 'RANDOM', ref };
    case 'PASSTHROUGH':
      return { kind: 'PASSTHROUGH', label: 'PASSTHROUGH', ref };
    default:
      return { kind: 'LEAST_REQUEST', label: 'LEAST_REQUEST', ref };
  }
}

export function hashPolicyOf(ch: NonNullable<LoadBalancerSettings['consistentHash']>): HashPolicy | undefined {
  if (typeof ch.httpHeaderName === 'string' && ch.httpHeaderName) {
    return { type: 'header', name: ch.httpHeaderName.toLowerCase() };
  }
  if (ch.httpCookie && typeof ch.httpCookie.name === 'string') {
    return { type: 'cookie', name: ch.httpCookie.name, cookieTtl: ch.httpCookie.ttl, cookiePath: ch.httpCookie.path };
  }
  if (ch.useSourceIp === true) return { type: 'sourceIp' };
  if (typeof ch.httpQueryParameterName === 'string' && ch.httpQueryParameterName) {
    return { type: 'queryParameter', name: ch.httpQueryParameterName };
  }
  return undefined;
}

export function describeHash(h: HashPolicy): string {
  switch (h.type) {
    case 'header':
      return `header ${h.name}`;
    case 'cookie':
      return `cookie ${h.name}`;
    case 'sourceIp':
      return 'source IP';
    case 'queryParameter':
      return `query parameter ${h.name}`;
  }
}

function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}

import type { DestinationRule } from '../../model/mesh.ts';
import { isRecord, listAt } from '../context.ts';
import { type Sink, checkDuration, isPrime } from './rules.ts';

const HASH_KEYS = ['httpHeaderName', 'httpCookie', 'useSourceIp', 'httpQueryParameterName'] as const;

/**
 * What Istio's validation webhook rejects in a DestinationRule beyond field types
 * (pkg/config/validation/validation.go ValidateDestinationRule, validateTrafficPolicy,
 * validateLoadBalancer): duplicate subset names, one load-balancer kind, one consistent-hash
 * key and one hash algorithm, a prime maglev table. Texts are Istio's own. A consistentHash
 * without key is accepted by Istio but hashes nothing: a warning here (IST0133).
 */
export function validateDestinationRule(dr: DestinationRule, sink: Sink): void {
  const seen = new Set<string>();
  listAt(dr.spec.subsets).forEach((s, i) => {
    if (!isRecord(s)) return;
    if (typeof s.name === 'string') {
      if (seen.has(s.name)) sink(['spec', 'subsets', i, 'name'], `duplicate subset names: ${s.name}`);
      seen.add(s.name);
    }
    validatePolicy(s.trafficPolicy, ['spec', 'subsets', i, 'trafficPolicy'], sink);
  });
  validatePolicy(dr.spec.trafficPolicy, ['spec', 'trafficPolicy'], sink);
}

function validatePolicy(policy: unknown, at: (string | number)[], sink: Sink): void {
  if (!isRecord(policy)) return;
  validateLoadBalancer(policy.loadBalancer, [...at, 'loadBalancer'], sink);
  listAt(policy.portLevelSettings).forEach((p, i) => {
    if (isRecord(p)) validateLoadBalancer(p.loadBalancer, [...at, 'portLevelSettings', i, 'loadBalancer'], sink);
  });
  if (isRecord(policy.outlierDetection)) {
    checkDuration(sink, [...at, 'outlierDetection', 'interval'], policy.outlierDetection.interval);
    checkDuration(sink, [...at, 'outlierDetection', 'baseEjectionTime'], policy.outlierDetection.baseEjectionTime);
  }
}

function validateLoadBalancer(lb: unknown, at: (string | number)[], sink: Sink): void {
  if (!isRecord(lb)) return;
  const kinds = ['simple', 'consistentHash', 'backendUtilization'].filter((k) => lb[k] !== undefined && lb[k] !== null);
  if (kinds.length > 1) sink(at, `only one of ${kinds.join(', ')} can be set in a loadBalancer`);
  const ch = lb.consistentHash;
  if (!isRecord(ch)) return;
  const cp = [...at, 'consistentHash'];
  const keys = HASH_KEYS.filter((k) => ch[k] !== undefined && ch[k] !== null && ch[k] !== false);
  if (keys.length > 1) sink(cp, `only one hash key can be set in consistentHash, not ${keys.join(' and ')}`);
  if (keys.length === 0) {
    sink(cp, `consistentHash has no hash key (${HASH_KEYS.join(', ')}): every request gets a random pod`, true);
  }
  const algorithms = ['ringHash', 'maglev'].filter((k) => isRecord(ch[k]));
  if (algorithms.length > 1) sink(cp, 'only one of ringHash or maglev can be set in consistentHash');
  if (typeof ch.minimumRingSize === 'number' && ch.minimumRingSize !== 0) {
    sink([...cp, 'minimumRingSize'], "consistent hash MinimumRingSize is deprecated, use ConsistentHashLB's RingHash configuration instead", true);
    if (algorithms.length) sink([...cp, 'minimumRingSize'], 'only one of MinimumRingSize or Maglev/Ringhash can be specified');
  }
  if (isRecord(ch.maglev)) {
    const size = ch.maglev.tableSize;
    const sp = [...cp, 'maglev', 'tableSize'];
    if (size === undefined || size === 0) sink([...cp, 'maglev'], 'tableSize must be set for maglev');
    else if (typeof size === 'number') {
      if (size >= 5000011) sink(sp, 'tableSize must be less than 5000011 for maglev');
      if (!isPrime(size)) sink(sp, `tableSize must be a prime number for maglev (${size} is not; 65537 is the default)`);
    }
  }
  if (isRecord(ch.httpCookie)) checkDuration(sink, [...cp, 'httpCookie', 'ttl'], ch.httpCookie.ttl === '0s' ? undefined : ch.httpCookie.ttl);
}

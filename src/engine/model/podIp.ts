import { assignByKey, formatIPv4 } from './ipv4.ts';
import { stableHash32 } from './stableHash.ts';

/**
 * Pod IPs: 10.x.y.z with x outside the Service range (10.96.0.0/12, see clusterIp.ts) and
 * z in 1..254, chosen by a hash of `namespace/name` alone. So editing a weight, adding a
 * Deployment or reordering documents never moves a pod, and Envoy's consistent-hash keys
 * (`ip:port`) stay put: the ring only changes when the set of pods does.
 * About 15.6 million addresses: a collision among 1,000 pods happens in ~3% of scenarios
 * and moves only one of the two pods (see assignByKey).
 */
const SECOND_OCTETS = Array.from({ length: 256 }, (_, i) => i).filter((i) => i < 96 || i > 111);
const SPACE = SECOND_OCTETS.length * 256 * 254;

export function podIpFor(namespace: string, name: string, attempt = 0): string {
  const h = stableHash32(`${namespace}/${name}` + (attempt ? `#${attempt}` : '')) % SPACE;
  const d = (h % 254) + 1;
  const c = Math.floor(h / 254) % 256;
  const b = SECOND_OCTETS[Math.floor(h / (254 * 256))];
  return formatIPv4(10, b, c, d);
}

export interface PodAddressInput {
  namespace: string;
  name: string;
  /** status.podIP, already validated: kept as is and reserved. */
  fixedIp?: string;
}

/** IPs for `pods`, index-aligned with the input. */
export function assignPodIps(pods: readonly PodAddressInput[]): string[] {
  const taken = new Set<string>();
  for (const p of pods) if (p.fixedIp) taken.add(p.fixedIp);
  const key = (p: PodAddressInput) => `${p.namespace}/${p.name}`;
  const auto = pods.filter((p) => !p.fixedIp).map(key);
  const byKey = assignByKey(auto, taken, (k, attempt) => {
    const slash = k.indexOf('/');
    return podIpFor(k.slice(0, slash), k.slice(slash + 1), attempt);
  });
  return pods.map((p) => p.fixedIp ?? (byKey.get(key(p)) as string));
}

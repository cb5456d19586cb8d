import { assignByKey, formatIPv4 } from './ipv4.ts';
import { stableHash32 } from './stableHash.ts';

/**
 * Service ClusterIPs in 10.96.0.0/12 (kubeadm's default service CIDR), from a hash of
 * `namespace/name`, so they are stable under any other edit. Skips .0 and .255 in the last
 * octet and the two addresses clusters reserve: 10.96.0.1 (kubernetes) and 10.96.0.10
 * (kube-dns). `spec.clusterIP` overrides; `None` (headless) is kept as the literal 'None'.
 */
const SPACE = 16 * 256 * 254;
const RESERVED = ['10.96.0.1', '10.96.0.10'];

export function clusterIpFor(namespace: string, name: string, attempt = 0): string {
  const h = stableHash32(`svc:${namespace}/${name}` + (attempt ? `#${attempt}` : '')) % SPACE;
  const d = (h % 254) + 1;
  const c = Math.floor(h / 254) % 256;
  const b = 96 + Math.floor(h / (254 * 256));
  return formatIPv4(10, b, c, d);
}

export interface ServiceAddressInput {
  namespace: string;
  name: string;
  /** spec.clusterIP when set and valid (an IPv4 address or 'None'). */
  fixedIp?: string;
}

/** ClusterIPs for `services`, index-aligned with the input. */
export function assignClusterIps(services: readonly ServiceAddressInput[]): string[] {
  const taken = new Set<string>(RESERVED);
  for (const s of services) if (s.fixedIp && s.fixedIp !== 'None') taken.add(s.fixedIp);
  const key = (s: ServiceAddressInput) => `${s.namespace}/${s.name}`;
  const byKey = assignByKey(services.filter((s) => !s.fixedIp).map(key), taken, (k, attempt) => {
    const slash = k.indexOf('/');
    return clusterIpFor(k.slice(0, slash), k.slice(slash + 1), attempt);
  });
  return services.map((s) => s.fixedIp ?? (byKey.get(key(s)) as string));
}

import type { TopoPod } from '../../../engine/topology/types.ts';

/** Longest prefix ending in '-' shared by all names (two or more), leaving something of each. */
export function commonDashPrefix(names: readonly string[]): string {
  const distinct = [...new Set(names)];
  if (distinct.length < 2) return '';
  let prefix = distinct[0];
  for (const name of distinct) {
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i]) i++;
    prefix = prefix.slice(0, i);
  }
  const cut = prefix.lastIndexOf('-') + 1;
  prefix = prefix.slice(0, cut);
  return distinct.every((name) => name.length > prefix.length) ? prefix : '';
}

/** Keeps the start and the (distinguishing) end of a long name: `productpage…-7d9f-b97nq`. */
export function middleTruncate(name: string, max = 22): string {
  if (name.length <= max) return name;
  const tail = Math.ceil((max - 1) * 0.6);
  return name.slice(0, max - 1 - tail) + '…' + name.slice(name.length - tail);
}

/**
 * What a pod node shows of its short name: the whole of it when short (`v1-b97nq`), else its
 * distinguishing end (`productpage-v1-knbdm` → `…v1-knbdm`); the full name is in the tooltip.
 * Sized for a pod node's first line beside a four-digit counter.
 */
export function podDisplayName(short: string, max = 10): string {
  if (short.length <= max) return short;
  const parts = short.split('-');
  const lastTwo = parts.slice(-2).join('-');
  if (parts.length >= 2 && lastTwo.length <= max - 1) return '…' + lastTwo;
  const last = parts[parts.length - 1];
  return last.length <= max - 1 ? '…' + last : middleTruncate(short, max);
}

/**
 * Short display names for pods, by pod name: the part every Deployment (or bare pod) shares is
 * dropped, and so is the ReplicaSet hash of a Deployment's pod (`<deployment>-<hash>-<id>`).
 * `httpping-without-sidecar-v1-qj2g8cr9hz-b97nq` next to a v2 Deployment becomes `v1-b97nq`.
 */
export function shortPodNames(pods: readonly Pick<TopoPod, 'name' | 'deployment'>[]): Map<string, string> {
  const owners = pods.map((p) => p.deployment ?? p.name);
  const prefix = commonDashPrefix(owners);
  const out = new Map<string, string>();
  for (const pod of pods) {
    const dep = pod.deployment;
    const generated = dep && pod.name.startsWith(dep + '-') ? pod.name.slice(dep.length + 1).split('-') : undefined;
    const short = generated && generated.length === 2 ? `${dep!.slice(prefix.length)}-${generated[1]}` : pod.name.slice(prefix.length);
    out.set(pod.name, short);
  }
  return out;
}

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

/** Kubernetes-shaped pod names `<deployment>-<10 chars>-<5 chars>`: the Deployment part. */
const GENERATED = /^(.+)-[a-z0-9]{10}-[a-z0-9]{5}$/;

/** The Deployment a pod name says it belongs to (for a pod known only by its name), if any. */
export function deploymentOfPodName(name: string): string | undefined {
  return GENERATED.exec(name)?.[1];
}

type NamedPod = Pick<TopoPod, 'name' | 'deployment'>;

function shortName(pod: NamedPod, prefix: string): string {
  const dep = pod.deployment;
  const generated = dep && pod.name.startsWith(dep + '-') ? pod.name.slice(dep.length + 1).split('-') : undefined;
  if (dep && generated && generated.length === 2 && dep.startsWith(prefix)) return `${dep.slice(prefix.length)}-${generated[1]}`;
  return pod.name.startsWith(prefix) && pod.name.length > prefix.length ? pod.name.slice(prefix.length) : pod.name;
}

/**
 * Short display names for pods, by pod name: the part every Deployment (or bare pod) shares is
 * dropped, and so is the ReplicaSet hash of a Deployment's pod (`<deployment>-<hash>-<id>`).
 * `httpping-without-sidecar-v1-qj2g8cr9hz-b97nq` next to a v2 Deployment becomes `v1-b97nq`.
 * Views name pods through `podNamer`, which shortens these further to fit a pod node.
 */
export function shortPodNames(pods: readonly NamedPod[]): Map<string, string> {
  const prefix = commonDashPrefix(pods.map((p) => p.deployment ?? p.name));
  return new Map(pods.map((pod) => [pod.name, shortName(pod, prefix)]));
}

/** Pod name -> what every view shows for it; also names pods that are gone. */
export type PodNamer = (name: string) => string;

const namers = new WeakMap<readonly NamedPod[], PodNamer>();

/**
 * How every view calls a pod, one string per pod: the graph's pod nodes, the Stats tab's pod
 * rows and hash keys, the Hash tab's chart, table and moved keys. It is `podDisplayName` of the
 * pod's short name: `v1-b97nq` (the seed), `…v2-hc2wg` past 10 characters (the start elided, the
 * distinguishing end kept); the views put the full pod name in a tooltip. Pass the engine's
 * whole topology's pods (never the part a large mesh draws), so a name does not depend on what
 * else is shown. A pod not in the list (removed since, as the Hash tab's moved keys mention) is
 * named by the same rule, its Deployment read from its name. Memoised per pod list.
 */
export function podNamer(pods: readonly NamedPod[]): PodNamer {
  let namer = namers.get(pods);
  if (!namer) {
    const names = shortPodNames(pods);
    const prefix = commonDashPrefix(pods.map((p) => p.deployment ?? p.name));
    namer = (name) => podDisplayName(names.get(name) ?? shortName({ name, deployment: deploymentOfPodName(name) }, prefix));
    namers.set(pods, namer);
  }
  return namer;
}

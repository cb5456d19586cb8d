import { stableChars } from './stableHash.ts';

/**
 * Pod names for Deployment replicas, shaped like Kubernetes'
 * `<deployment>-<pod-template-hash>-<5 chars>` (e.g. `httpping-v1-7fd6bfdb57-bcpdh`).
 *
 * Kubernetes derives the middle part from the pod template and the tail at random. Here
 * both come from the namespace, the Deployment name and the replica index only, so editing a
 * weight, a label or an image never renames pods (consistent-hash results stay comparable),
 * and scaling 3 -> 2 removes exactly the last pod.
 */
export function stableSuffix(namespace: string, deployment: string): string {
  return stableChars(`${namespace}/${deployment}`, 10);
}

export function podSuffix(namespace: string, deployment: string, index: number, attempt = 0): string {
  const seed = `${namespace}/${deployment}/${index}` + (attempt ? `#${attempt}` : '');
  return stableChars(seed, 5);
}

/**
 * Names of replicas 0..count-1. A tail already taken by a lower index (1 in 14 million) is
 * re-derived, so a name depends only on its index and the ones before it.
 */
export function deploymentPodNames(namespace: string, deployment: string, count: number): string[] {
  const middle = stableSuffix(namespace, deployment);
  const used = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    let attempt = 0;
    let tail = podSuffix(namespace, deployment, i);
    while (used.has(tail)) tail = podSuffix(namespace, deployment, i, ++attempt);
    used.add(tail);
    names.push(`${deployment}-${middle}-${tail}`);
  }
  return names;
}

/**
 * Killing pods in the playground. Kubernetes has no field for "this pod is down", so the
 * playground reads one annotation (the UI's "kill pod" button writes it into the YAML):
 *
 *   metadata.annotations:
 *     playground.istio.io/killed: "true"
 *
 * - On a Pod, or in a Deployment's pod template: that pod / every replica is not ready.
 * - On a Deployment's own metadata: "true" kills every replica; otherwise a list of pod
 *   names or their 5-character tails, separated by commas or spaces, kills just those
 *   (`"httpping-v1-7fd6bfdb57-bcpdh, zg8td"`).
 * A killed pod keeps its name and IP but is not an endpoint (requests to a subset whose
 * pods are all killed get 503 UH).
 */
export const KILLED_ANNOTATION = 'playground.istio.io/killed';

export function isKilledFlag(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'true';
}

/** Pod names (or tails) listed in a Deployment's killed annotation. */
export function killedList(value: string | undefined): Set<string> {
  if (value === undefined || isKilledFlag(value)) return new Set();
  return new Set(value.split(/[\s,]+/).filter((s) => s !== ''));
}

export function isKilledByDeployment(podName: string, deploymentAnnotation: string | undefined, list: Set<string>): boolean {
  if (isKilledFlag(deploymentAnnotation)) return true;
  if (list.size === 0) return false;
  return list.has(podName) || list.has(podName.slice(podName.lastIndexOf('-') + 1));
}

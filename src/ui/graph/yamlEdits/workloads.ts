/**
 * Deployments and Service selectors as read from the scenario text, and which of them a subset
 * box holds. Pure data: the reading (which needs the yaml parser) is in readDeployments.ts.
 */

/** A Deployment as the replica stepper needs it, read from the scenario text. */
export interface DeploymentInfo {
  namespace: string;
  name: string;
  replicas: number;
  /** Pod template labels. */
  labels: Record<string, string>;
}

/** A Service's pod selector, read from the scenario text. */
export interface ServiceSelector {
  namespace: string;
  name: string;
  selector: Record<string, string>;
}

export interface Workloads {
  deployments: DeploymentInfo[];
  services: ServiceSelector[];
}

/** The Deployments whose pods a subset (or whole-service cluster) selects: same namespace, all labels. */
export function deploymentsForLabels(deployments: readonly DeploymentInfo[], namespace: string, labels: Record<string, string>): DeploymentInfo[] {
  const entries = Object.entries(labels);
  if (entries.length === 0) return [];
  return deployments.filter((d) => d.namespace === namespace && entries.every(([k, v]) => d.labels[k] === v));
}

/**
 * The Deployments behind an Envoy cluster `outbound|port|subset|name.ns.svc.cluster.local`: pods
 * the Service selects and, for a subset, that also carry the subset's labels.
 */
export function deploymentsForCluster(workloads: Workloads, clusterName: string, namespace: string, subsetLabels: Record<string, string>): DeploymentInfo[] {
  const host = clusterName.split('|')[3] ?? '';
  const [name, ns] = host.split('.');
  const service = workloads.services.find((s) => s.name === name && s.namespace === (ns ?? namespace));
  return deploymentsForLabels(workloads.deployments, service?.namespace ?? namespace, { ...(service?.selector ?? {}), ...subsetLabels });
}

import { parseDocuments } from './findResourceDocument.ts';

/** A Deployment as the replica stepper needs it, read from the scenario text. */
export interface DeploymentInfo {
  namespace: string;
  name: string;
  replicas: number;
  /** Pod template labels. */
  labels: Record<string, string>;
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
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

/** Every Deployment in the text, in document order (replicas default to 1, like Kubernetes). */
export function readDeployments(text: string): DeploymentInfo[] {
  return readWorkloads(text).deployments;
}

/** Deployments and Service selectors of the text, in document order. */
export function readWorkloads(text: string): Workloads {
  const out: DeploymentInfo[] = [];
  const services: ServiceSelector[] = [];
  for (const doc of parseDocuments(text)) {
    let js: Record<string, any> | null;
    try {
      js = doc.toJS({ maxAliasCount: 100 }) as Record<string, any> | null;
    } catch {
      continue; // alias bombs and the like: not a Deployment we can step
    }
    if (!js || typeof js !== 'object' || typeof js.metadata?.name !== 'string') continue;
    if (js.kind === 'Service') {
      const namespace = typeof js.metadata.namespace === 'string' ? js.metadata.namespace : 'default';
      services.push({ namespace, name: js.metadata.name, selector: stringRecord(js.spec?.selector) });
      continue;
    }
    if (js.kind !== 'Deployment') continue;
    const replicas = Number(js.spec?.replicas ?? 1);
    out.push({
      namespace: typeof js.metadata.namespace === 'string' ? js.metadata.namespace : 'default',
      name: js.metadata.name,
      replicas: Number.isFinite(replicas) ? replicas : 1,
      labels: stringRecord(js.spec?.template?.metadata?.labels),
    });
  }
  return { deployments: out, services };
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

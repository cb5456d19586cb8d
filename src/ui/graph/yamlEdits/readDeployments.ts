import { parseDocuments } from './findResourceDocument.ts';
import type { DeploymentInfo, ServiceSelector, Workloads } from './workloads.ts';

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
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

import { parseDocuments } from './findResourceDocument.ts';

/** A Deployment as the replica stepper edits it, read from the scenario text. */
export interface DeploymentInfo {
  namespace: string;
  name: string;
  replicas: number;
}

/** Every Deployment in the text, in document order (replicas default to 1, like Kubernetes). */
export function readDeployments(text: string): DeploymentInfo[] {
  const out: DeploymentInfo[] = [];
  for (const doc of parseDocuments(text)) {
    let js: Record<string, any> | null;
    try {
      js = doc.toJS({ maxAliasCount: 100 }) as Record<string, any> | null;
    } catch {
      continue; // alias bombs and the like: not a Deployment we can step
    }
    if (!js || typeof js !== 'object' || js.kind !== 'Deployment' || typeof js.metadata?.name !== 'string') continue;
    const replicas = Number(js.spec?.replicas ?? 1);
    out.push({
      namespace: typeof js.metadata.namespace === 'string' ? js.metadata.namespace : 'default',
      name: js.metadata.name,
      replicas: Number.isFinite(replicas) ? replicas : 1,
    });
  }
  return out;
}

/**
 * The Deployments behind a cluster, for the graph's replica steppers: those whose pod template
 * the Service's selector (plus the subset's labels) selects, in the Service's namespace,
 * scaled-to-zero ones included (they have no pods, so the pods alone cannot name them). Read
 * from the documents as written, so the stepper shows the `replicas` the text has.
 */
import type { LoadedScenario } from '../loadScenario.ts';
import type { Service } from '../model/mesh.ts';
import type { TopoDeployment } from './types.ts';

const byScenario = new WeakMap<LoadedScenario, TopoDeployment[]>();

/** Every Deployment document, in document order (replicas default to 1, as in Kubernetes). */
function deploymentsOf(loaded: LoadedScenario): TopoDeployment[] {
  let list = byScenario.get(loaded);
  if (list) return list;
  list = [];
  for (const res of loaded.resources) {
    if (res.kind !== 'Deployment' || !res.name) continue;
    const replicas = Number(res.body?.spec?.replicas ?? 1);
    list.push({
      namespace: res.namespace,
      name: res.name,
      replicas: Number.isFinite(replicas) ? replicas : 1,
      labels: stringRecord(res.body?.spec?.template?.metadata?.labels),
    });
  }
  byScenario.set(loaded, list);
  return list;
}

/** Deployments whose template carries every label of the Service's selector and `subsetLabels`. */
export function clusterDeployments(loaded: LoadedScenario, svc: Service | undefined, subsetLabels: Record<string, string>): TopoDeployment[] {
  if (!svc) return [];
  const wanted = Object.entries({ ...svc.selector, ...subsetLabels });
  if (wanted.length === 0) return [];
  return deploymentsOf(loaded).filter((d) => d.namespace === svc.namespace && wanted.every(([k, v]) => d.labels[k] === v));
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

import { useMemo } from 'react';
import type { TopoCluster } from '../../../engine/topology/types.ts';
import { useAppStore } from '../../../state/store.ts';
import { deploymentsForCluster, readWorkloads, type DeploymentInfo, type Workloads } from '../yamlEdits/readDeployments.ts';

let cache: { text: string; workloads: Workloads } = { text: '', workloads: { deployments: [], services: [] } };

/** Deployments and Services of the committed text, parsed once per text however many boxes ask. */
function workloadsOf(text: string): Workloads {
  if (cache.text !== text) cache = { text, workloads: readWorkloads(text) };
  return cache.workloads;
}

/** The Deployments whose pods a subset box holds (for its replica steppers), scaled-to-zero ones included. */
export function useSubsetDeployments(cluster: Pick<TopoCluster, 'name' | 'labels'>, namespace: string): DeploymentInfo[] {
  const text = useAppStore((s) => s.scenario.committedYaml);
  const key = JSON.stringify(cluster.labels);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `cluster.labels`
  return useMemo(() => deploymentsForCluster(workloadsOf(text), cluster.name, namespace, cluster.labels), [text, cluster.name, namespace, key]);
}
